//! What the privacy notice (GDPR Art. 13 and 14) and the register extract (Art. 15) say about
//! the processing, written from the processing description. Both documents take their
//! sections from here, so for the same settings they say the same things in the same words.

use fluent_bundle::FluentValue;

use super::Section;
use crate::document::Words;
use crate::domain::organisation::Controller;
use crate::domain::processing::{
    Disclosed, LegalBasis, Period, ProcessingDescription, Purpose, Received, Recipient,
    RecipientCategory, RecipientRole,
};
use crate::domain::{Lang, Phone};
use crate::fluent::capitalised;

/// Whose recipients a text names.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Every recipient the description lists: the privacy notice.
    Everyone,
    /// The recipients that received one customer's data, and apart those that may have: the
    /// register extract.
    Customer(&'a Disclosed),
}

impl Scope<'_> {
    fn received(&self, recipient: &Recipient) -> Received {
        match self {
            Scope::Everyone => Received::Yes,
            Scope::Customer(disclosed) => disclosed.received(recipient),
        }
    }

    fn unknown_methods(&self) -> &[String] {
        match self {
            Scope::Everyone => &[],
            Scope::Customer(disclosed) => &disclosed.carriers.unknown_methods,
        }
    }

    /// The sentence on published reviews, if this text has one.
    fn public_reviews(&self) -> Option<&'static str> {
        match self {
            Scope::Everyone => Some("info-recipients-public"),
            Scope::Customer(disclosed) if disclosed.published_reviews => {
                Some("info-recipients-public-yours")
            }
            Scope::Customer(_) => None,
        }
    }
}

pub struct Information<'a> {
    words: &'a Words,
    controller: &'a Controller,
    processing: &'a ProcessingDescription,
}

impl<'a> Information<'a> {
    pub fn new(
        words: &'a Words,
        controller: &'a Controller,
        processing: &'a ProcessingDescription,
    ) -> Self {
        Self {
            words,
            controller,
            processing,
        }
    }

    /// The privacy notice's sections, in the order of GDPR Art. 13 and 14.
    pub fn notice(&self) -> Vec<Section> {
        vec![
            self.controller(),
            self.purposes(),
            self.categories(),
            self.recipients(Scope::Everyone),
            self.transfers(Scope::Everyone),
            self.retention(),
            self.rights(),
            self.complaint(),
            self.requirement(),
            self.source(),
            self.automated_decisions(),
            self.security(),
            self.cookies(),
        ]
    }

    /// The register extract's information, in the order of GDPR Art. 15(1) (a)–(h), with the
    /// transfers of Art. 15(2) after the recipients.
    /// `erased`: the customer was erased, and only the order vouchers, the request records and
    /// the log are still held, for the purposes that keep them.
    pub fn extract(&self, disclosed: &Disclosed, erased: bool) -> Vec<Section> {
        let scope = Scope::Customer(disclosed);
        let (purposes, categories) = if erased {
            (
                self.purposes_of(&[
                    Purpose::Bookkeeping,
                    Purpose::DataProtectionRequests,
                    Purpose::Security,
                ]),
                self.categories_of(&["vouchers", "requests", "log"]),
            )
        } else {
            (self.purposes(), self.categories())
        };
        vec![
            purposes,
            categories,
            self.recipients(scope),
            self.transfers(scope),
            self.retention(),
            self.rights(),
            self.complaint(),
            self.source(),
            self.automated_decisions(),
        ]
    }

    fn t(&self, id: &str) -> String {
        self.words.t(id)
    }

    fn section(&self, heading: &str) -> Section {
        Section::new(self.t(heading))
    }

    pub fn controller(&self) -> Section {
        let c = self.controller;
        let place = format!("{} {}", c.postal_code, c.city).trim().to_owned();
        let address = [c.street_address.trim(), place.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let business_id = self.words.t_with(
            "info-controller-business-id",
            &[("id", c.business_id.clone().into())],
        );
        let contact = self.words.t_with(
            "info-controller-contact",
            &[
                ("name", c.contact_person.clone().into()),
                ("email", c.email.clone().into()),
            ],
        );
        // Read in Finland in Finnish and Swedish; in English, as dialled from abroad.
        let phone = match self.words.lang() {
            Lang::Fi | Lang::Sv => Phone::display(&c.phone),
            Lang::En => Phone::international(&c.phone),
        };
        let lines = [c.name.clone(), business_id, address, phone, contact]
            .into_iter()
            .filter(|line| !line.trim().is_empty())
            .collect();
        self.section("info-controller-heading").items(lines)
    }

    pub fn purposes(&self) -> Section {
        self.purposes_of(&Purpose::ALL)
    }

    /// The purposes among `which`, in the description's order.
    fn purposes_of(&self, which: &[Purpose]) -> Section {
        let lines = self
            .processing
            .purposes
            .iter()
            .filter(|purpose| which.contains(&purpose.purpose))
            .map(|purpose| {
                let mut args = vec![
                    (
                        "purpose",
                        self.t(&format!("purpose-{}", purpose.purpose.key())).into(),
                    ),
                    ("basis", self.basis(purpose.basis).into()),
                ];
                match purpose.interest() {
                    Some(interest) => {
                        args.push(("interest", interest.get(self.words.lang()).trim().into()));
                        self.words.t_with("info-purpose-interest", &args)
                    }
                    None => self.words.t_with("info-purpose-line", &args),
                }
            })
            .collect();
        self.section("info-purposes-heading")
            .paragraph(self.t("info-purposes-intro"))
            .items(lines)
    }

    fn basis(&self, basis: LegalBasis) -> String {
        self.t(&format!("basis-{}", basis.key()))
    }

    pub fn categories(&self) -> Section {
        self.categories_of(&[
            "basic",
            "account",
            "business",
            "marketing",
            "orders",
            "reviews",
            "requests",
            "log",
        ])
    }

    fn categories_of(&self, which: &[&str]) -> Section {
        let lines = which
            .iter()
            .map(|category| self.t(&format!("info-category-{category}")))
            .collect();
        self.section("info-categories-heading").items(lines)
    }

    pub fn recipients(&self, scope: Scope<'_>) -> Section {
        let listed = |received: Received, role: Option<RecipientRole>| -> Vec<String> {
            self.processing
                .recipients
                .iter()
                .filter(|r| scope.received(r) == received)
                .filter(|r| role.is_none_or(|role| r.role == role))
                .map(|r| self.recipient_line(r))
                .collect()
        };
        let mut controllers = listed(Received::Yes, Some(RecipientRole::Controller));
        controllers.extend(
            scope
                .unknown_methods()
                .iter()
                .map(|method| self.named(method, RecipientCategory::Carrier)),
        );
        let processors = listed(Received::Yes, Some(RecipientRole::Processor));
        let possible = listed(Received::Possibly, None);
        let public = scope.public_reviews();
        let mut section = self
            .section("info-recipients-heading")
            .paragraph(self.t("info-recipients-intro"));
        if controllers.is_empty()
            && processors.is_empty()
            && possible.is_empty()
            && public.is_none()
        {
            return section.paragraph(self.t("info-recipients-none"));
        }
        if !controllers.is_empty() {
            let heading = match scope {
                Scope::Everyone => "info-recipients-controllers",
                Scope::Customer(_) => "info-recipients-controllers-yours",
            };
            section = section.paragraph(self.t(heading)).items(controllers);
        }
        if !processors.is_empty() {
            section = section
                .paragraph(self.t("info-recipients-processors"))
                .items(processors);
        }
        if let Some(public) = public {
            section = section.paragraph(self.t(public));
        }
        if !possible.is_empty() {
            section = section
                .paragraph(self.t("info-recipients-possible"))
                .items(possible);
        }
        section
    }

    fn recipient_line(&self, recipient: &Recipient) -> String {
        let name = recipient.name.trim();
        if name.is_empty() {
            self.words.t_with(
                "info-recipient-unnamed",
                &[
                    ("kind", capitalised(&self.kind(recipient.category)).into()),
                    ("data", self.data(recipient.category).into()),
                ],
            )
        } else {
            self.named(name, recipient.category)
        }
    }

    fn named(&self, name: &str, category: RecipientCategory) -> String {
        self.words.t_with(
            "info-recipient-named",
            &[
                ("name", name.to_owned().into()),
                ("kind", self.kind(category).into()),
                ("data", self.data(category).into()),
            ],
        )
    }

    fn kind(&self, category: RecipientCategory) -> String {
        self.t(&format!("recipient-kind-{}", category.key()))
    }

    fn data(&self, category: RecipientCategory) -> String {
        self.t(&format!("recipient-data-{}", category.key()))
    }

    /// The recipient as a transfer names it: its name, or its kind where it has none.
    fn recipient_name(&self, recipient: &Recipient) -> String {
        match recipient.name.trim() {
            "" => capitalised(&self.kind(recipient.category)),
            name => name.to_owned(),
        }
    }

    pub fn transfers(&self, scope: Scope<'_>) -> Section {
        let lines: Vec<String> = self
            .processing
            .recipients
            .iter()
            .filter(|recipient| scope.received(recipient) != Received::No)
            .flat_map(|recipient| {
                recipient.transfers.iter().map(move |transfer| {
                    self.words.t_with(
                        "info-transfer-line",
                        &[
                            ("recipient", self.recipient_name(recipient).into()),
                            ("country", self.words.country(&transfer.country).into()),
                            (
                                "safeguard",
                                self.t(&format!("safeguard-{}", transfer.safeguard.key()))
                                    .into(),
                            ),
                        ],
                    )
                })
            })
            .collect();
        let section = self.section("info-transfers-heading");
        if lines.is_empty() {
            return section.paragraph(self.t("info-transfers-none"));
        }
        section
            .paragraph(self.words.t_with(
                "info-transfers-intro",
                &[("email", self.controller.email.clone().into())],
            ))
            .items(lines)
    }

    pub fn retention(&self) -> Section {
        let retention = &self.processing.retention;
        let year_end = retention.financial_year_end;
        let number = |n: u32| FluentValue::from(n);
        self.section("info-retention-heading").items(vec![
            self.words.t_with(
                "info-retention-customer",
                &[("months", number(retention.idle_months))],
            ),
            self.words.t_with(
                "info-retention-vouchers",
                &[(
                    "year_end",
                    self.words
                        .t_with(
                            &format!("year-end-{}", year_end.month),
                            &[("day", number(year_end.day))],
                        )
                        .into(),
                )],
            ),
            self.years("info-retention-requests", retention.years(Period::Requests)),
            self.years("info-retention-log", retention.years(Period::Log)),
            self.years("info-retention-erased", retention.years(Period::ErasedKeys)),
        ])
    }

    /// A retention text that counts whole years, in figures and in words.
    fn years(&self, key: &str, years: u32) -> String {
        self.words.t_with(
            key,
            &[
                ("years", FluentValue::from(years)),
                ("years_text", self.words.small_number(years).into()),
            ],
        )
    }

    pub fn rights(&self) -> Section {
        let uses = |basis: LegalBasis| self.processing.purposes.iter().any(|p| p.basis == basis);
        let mut rights = vec![
            self.t("info-right-access"),
            self.t("info-right-rectification"),
            self.t("info-right-erasure"),
            self.t("info-right-restriction"),
        ];
        if uses(LegalBasis::Consent) || uses(LegalBasis::Contract) {
            rights.push(self.t("info-right-portability"));
        }
        let mut section = self
            .section("info-rights-heading")
            .paragraph(self.t("info-rights-list"))
            .items(rights)
            // Art. 21(4): the right to object is presented clearly and apart from the rest.
            .paragraph(self.t("info-right-object"));
        let consented: Vec<String> = self
            .processing
            .purposes
            .iter()
            .filter(|p| p.basis == LegalBasis::Consent)
            .map(|p| uncapitalised(&self.t(&format!("purpose-{}", p.purpose.key()))))
            .collect();
        if !consented.is_empty() {
            section = section.paragraph(self.words.t_with(
                "info-right-withdraw",
                &[("purposes", consented.join(", ").into())],
            ));
        }
        section.paragraph(self.words.t_with(
            "info-rights-how",
            &[("email", self.controller.email.clone().into())],
        ))
    }

    pub fn complaint(&self) -> Section {
        self.section("info-complaint-heading")
            .paragraph(self.t("info-complaint"))
            .paragraph(self.t("info-complaint-authority"))
    }

    pub fn requirement(&self) -> Section {
        self.section("info-requirement-heading")
            .paragraph(self.t("info-requirement"))
    }

    pub fn source(&self) -> Section {
        self.section("info-source-heading")
            .paragraph(self.t("info-source"))
    }

    pub fn automated_decisions(&self) -> Section {
        let text = match &self.processing.automated_decisions {
            Some(text) => text.get(self.words.lang()).trim().to_owned(),
            None => self.t("info-automated-none"),
        };
        self.section("info-automated-heading").paragraph(text)
    }

    pub fn security(&self) -> Section {
        self.section("info-security-heading")
            .paragraph(self.t("info-security"))
    }

    pub fn cookies(&self) -> Section {
        let text = self.processing.cookies.get(self.words.lang()).trim();
        self.section("info-cookies-heading")
            .paragraph(text.to_owned())
    }
}

fn uncapitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}
