//! The processing description form, a part at a time.

use crate::i18n::I18n;
use iced::widget::{
    Column, button, checkbox, column, container, pick_list, row, space, text, text_input,
};
use iced::{Element, Length};
use register::domain::processing::{
    Handover, LegalBasis, Period, ProcessingDescription, PurposeBasis, Recipient,
    RecipientCategory, RecipientRole, RetentionInput, Safeguard, Slot,
};
use register::domain::{Lang, Localised};
use register::fluent::capitalised;

use super::{Message, State};
use crate::ui::theme::muted;
use crate::ui::widget::{Choice, bold, error_banner, hint, labelled};
impl State {
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut content = column![text(i18n.t("processing-intro")).style(muted)]
            .spacing(14)
            .width(Length::Fill);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        let Some(form) = &self.form else {
            return content.push(text(i18n.t("loading"))).into();
        };
        if form.version == 0 {
            content = content.push(hint(i18n.t("processing-defaults")));
        }
        let description = &form.description;
        content = content
            .push(part(
                i18n.t("processing-purposes"),
                self.purposes(description, i18n),
            ))
            .push(part(
                i18n.t("processing-recipients"),
                self.recipients(description, i18n),
            ))
            .push(part(
                i18n.t("processing-shipping"),
                self.shipping(description, i18n),
            ))
            .push(part(
                i18n.t("processing-retention"),
                self.retention(&form.retention, i18n),
            ))
            .push(part(
                i18n.t("processing-automated"),
                self.automated(description, i18n),
            ))
            .push(part(
                i18n.t("processing-cookies"),
                self.localised(&description.cookies, Slot::Cookies, Message::Cookies, i18n),
            ));
        content.into()
    }

    /// The save button and how the last save went, kept in view below the scrolled form.
    pub fn save_bar<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let status: Element<'a, Message> = if !self.problems.is_empty() {
            text(i18n.t_with(
                "error-invalid-processing",
                &[("count", self.problems.len().into())],
            ))
            .style(text::danger)
            .into()
        } else if self.saved {
            text(i18n.t("saved")).style(text::success).into()
        } else {
            text("").into()
        };
        row![
            button(text(i18n.t(if self.saving { "saving" } else { "save" })))
                .on_press_maybe((self.form.is_some() && !self.saving).then_some(Message::Save)),
            status,
        ]
        .spacing(12)
        .align_y(iced::Center)
        .into()
    }

    fn error(&self, slot: Slot, i18n: &I18n) -> Option<String> {
        self.problem(slot)
            .map(|problem| i18n.problem(&problem.problem))
    }

    fn purposes<'a>(
        &'a self,
        description: &'a ProcessingDescription,
        i18n: &I18n,
    ) -> Element<'a, Message> {
        let bases: Vec<Choice<LegalBasis>> = LegalBasis::ALL
            .into_iter()
            .map(|basis| Choice::new(basis, i18n.words().t(&format!("basis-{}", basis.key()))))
            .collect();
        let mut rows = column![].spacing(10);
        for purpose in &description.purposes {
            rows = rows.push(self.purpose(purpose, &bases, i18n));
        }
        rows.into()
    }

    fn purpose<'a>(
        &'a self,
        purpose: &'a PurposeBasis,
        bases: &[Choice<LegalBasis>],
        i18n: &I18n,
    ) -> Element<'a, Message> {
        let which = purpose.purpose;
        let selected = bases.iter().find(|b| b.value == purpose.basis).cloned();
        let mut block = column![
            row![
                text(i18n.words().t(&format!("purpose-{}", which.key()))).width(Length::Fill),
                pick_list(
                    bases.to_vec(),
                    selected,
                    move |choice: Choice<LegalBasis>| { Message::Basis(which, choice.value) }
                )
                .text_size(14),
            ]
            .spacing(10)
            .align_y(iced::Center)
        ]
        .spacing(6);
        if let Some(interest) = purpose.interest() {
            block = block.push(text(i18n.t("processing-interest")).size(13).style(muted));
            block = block.push(self.localised(
                interest,
                move |lang| Slot::LegitimateInterest(which, lang),
                move |lang, text| Message::Interest(which, lang, text),
                i18n,
            ));
        }
        block.into()
    }

    /// One input for each language a document can be in, the language named beside it.
    fn localised<'a>(
        &'a self,
        value: &'a Localised,
        slot: impl Fn(Lang) -> Slot,
        on_input: impl Fn(Lang, String) -> Message + Copy + 'a,
        i18n: &I18n,
    ) -> Element<'a, Message> {
        let mut inputs = column![].spacing(4);
        for lang in Lang::DOCUMENT {
            let input = text_input("", value.get(lang))
                .on_input(move |text| on_input(lang, text))
                .padding(6)
                .size(14);
            inputs = inputs.push(
                row![
                    text(i18n.t(&format!("text-in-{}", lang.id())))
                        .size(13)
                        .width(LANGUAGE_WIDTH),
                    cell(input, self.error(slot(lang), i18n)),
                ]
                .spacing(8),
            );
        }
        inputs.into()
    }

    fn recipients<'a>(
        &'a self,
        description: &'a ProcessingDescription,
        i18n: &I18n,
    ) -> Element<'a, Message> {
        let header = row![
            heading(i18n.t("processing-recipient-name"), NAME),
            heading(i18n.t("processing-category"), KIND),
            heading(i18n.t("processing-role"), KIND),
            space::horizontal().width(REMOVE_WIDTH),
        ]
        .spacing(10);
        let mut rows = column![
            text(i18n.t("processing-recipients-help"))
                .size(13)
                .style(muted),
            header
        ]
        .spacing(8);
        for (index, recipient) in description.recipients.iter().enumerate() {
            rows = rows.push(self.recipient(index, recipient, i18n));
        }
        rows.push(
            button(text(i18n.t("processing-add-recipient")))
                .style(button::secondary)
                .on_press(Message::AddRecipient),
        )
        .into()
    }

    fn recipient<'a>(
        &'a self,
        index: usize,
        recipient: &'a Recipient,
        i18n: &I18n,
    ) -> Element<'a, Message> {
        let categories: Vec<Choice<RecipientCategory>> = RecipientCategory::ALL
            .into_iter()
            .map(|category| Choice::new(category, category_name(category, i18n)))
            .collect();
        let category = categories
            .iter()
            .find(|c| c.value == recipient.category)
            .cloned();
        let roles: Vec<Choice<RecipientRole>> = RecipientRole::ALL
            .into_iter()
            .map(|role| Choice::new(role, i18n.t(&format!("recipient-role-{}", role.key()))))
            .collect();
        let role = roles.iter().find(|r| r.value == recipient.role).cloned();
        let name = text_input("", &recipient.name)
            .on_input(move |name| Message::RecipientName(index, name))
            .padding(6);
        let mut block = column![
            row![
                cell(name, self.error(Slot::RecipientName(index), i18n)).width(NAME),
                pick_list(categories, category, move |c: Choice<RecipientCategory>| {
                    Message::RecipientCategory(index, c.value)
                })
                .width(KIND),
                pick_list(roles, role, move |r: Choice<RecipientRole>| {
                    Message::RecipientRole(index, r.value)
                })
                .width(KIND),
                remove(i18n, Message::RemoveRecipient(index)),
            ]
            .spacing(10)
        ]
        .spacing(4);
        let safeguards: Vec<Choice<Safeguard>> = Safeguard::ALL
            .into_iter()
            .map(|s| Choice::new(s, i18n.t(&format!("safeguard-short-{}", s.key()))))
            .collect();
        for (at, transfer) in recipient.transfers.iter().enumerate() {
            let chosen = safeguards
                .iter()
                .find(|s| s.value == transfer.safeguard)
                .cloned();
            let country = text_input("US", &transfer.country)
                .on_input(move |c| Message::TransferCountry(index, at, c))
                .padding(6)
                .size(14);
            block = block.push(
                row![
                    text(i18n.t("processing-transfer-country"))
                        .size(13)
                        .width(TRANSFER_LABEL),
                    cell(country, self.error(Slot::TransferCountry(index, at), i18n))
                        .width(COUNTRY_WIDTH),
                    pick_list(safeguards.clone(), chosen, move |s: Choice<Safeguard>| {
                        Message::TransferSafeguard(index, at, s.value)
                    })
                    .text_size(14)
                    .width(Length::Fill),
                    remove(i18n, Message::RemoveTransfer(index, at)),
                ]
                .spacing(10)
                .align_y(iced::Center)
                .padding(iced::Padding::ZERO.left(INDENT)),
            );
        }
        block
            .push(
                container(
                    button(text(i18n.t("processing-add-transfer")).size(13))
                        .style(button::text)
                        .padding(2)
                        .on_press(Message::AddTransfer(index)),
                )
                .padding(iced::Padding::ZERO.left(INDENT)),
            )
            .into()
    }

    fn shipping<'a>(
        &'a self,
        description: &'a ProcessingDescription,
        i18n: &I18n,
    ) -> Element<'a, Message> {
        let mut handovers: Vec<Choice<Handover>> = description
            .recipients
            .iter()
            .filter(|r| r.category == RecipientCategory::Carrier && !r.name.trim().is_empty())
            .map(|carrier| Choice::new(Handover::Carrier(carrier.key), carrier.name.clone()))
            .collect();
        handovers.push(Choice::new(Handover::Pickup, i18n.t("handover-pickup")));
        let header = row![
            heading(i18n.t("processing-shipping-method"), Length::Fill),
            heading(i18n.t("processing-handover"), Length::Fill),
            space::horizontal().width(REMOVE_WIDTH),
        ]
        .spacing(10);
        let mut rows = column![
            text(i18n.t("processing-shipping-help"))
                .size(13)
                .style(muted),
            header
        ]
        .spacing(6);
        for (index, shipping) in description.shipping_methods.iter().enumerate() {
            let chosen = handovers
                .iter()
                .find(|h| h.value == shipping.handover)
                .cloned();
            let method = text_input("", &shipping.method)
                .on_input(move |m| Message::ShippingMethod(index, m))
                .padding(6);
            let handover = pick_list(handovers.clone(), chosen, move |h: Choice<Handover>| {
                Message::Handover(index, h.value)
            })
            .width(Length::Fill);
            rows = rows.push(
                row![
                    cell(method, self.error(Slot::ShippingMethod(index), i18n)),
                    cell(handover, self.error(Slot::ShippingHandover(index), i18n)),
                    remove(i18n, Message::RemoveShippingMethod(index)),
                ]
                .spacing(10),
            );
        }
        rows = rows.push(
            button(text(i18n.t("processing-add-shipping")))
                .style(button::secondary)
                .on_press(Message::AddShippingMethod(String::new())),
        );
        let unknown: Vec<&String> = self
            .unknown_methods
            .iter()
            .filter(|method| description.handover(method).is_none())
            .collect();
        if !unknown.is_empty() {
            let mut list = column![text(i18n.t("processing-unknown-methods")).size(14)].spacing(4);
            for method in unknown {
                list = list.push(
                    row![
                        text(method.as_str()).width(Length::Fill),
                        button(text(i18n.t("processing-add-this")).size(13))
                            .style(button::secondary)
                            .on_press(Message::AddShippingMethod(method.clone())),
                    ]
                    .spacing(10)
                    .align_y(iced::Center),
                );
            }
            rows = rows.push(
                container(list)
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::bordered_box),
            );
        }
        rows.into()
    }

    fn retention<'a>(&'a self, input: &'a RetentionInput, i18n: &I18n) -> Element<'a, Message> {
        let periods = Period::ALL.map(|period| {
            labelled(
                i18n.t(&format!("processing-years-{}", period.key())),
                text_input("3", input.years(period))
                    .id(format!("years-{}", period.key()))
                    .on_input(move |text| Message::Years(period, text))
                    .padding(6),
                self.error(Slot::Years(period), i18n),
            )
        });
        let [requests, log, erased_keys] = periods;
        column![
            row![
                labelled(
                    i18n.t("processing-idle-months"),
                    text_input("36", &input.idle_months)
                        .id("idle-months")
                        .on_input(Message::IdleMonths)
                        .padding(6),
                    self.error(Slot::IdleMonths, i18n),
                ),
                labelled(
                    i18n.t("processing-year-end"),
                    text_input("31.12.", &input.financial_year_end)
                        .id("financial-year-end")
                        .on_input(Message::FinancialYearEnd)
                        .padding(6),
                    self.error(Slot::FinancialYearEnd, i18n),
                ),
            ]
            .spacing(12),
            row![requests, log, erased_keys].spacing(12),
            text(i18n.t("processing-years-reason")).size(13),
        ]
        .spacing(8)
        .into()
    }

    fn automated<'a>(
        &'a self,
        description: &'a ProcessingDescription,
        i18n: &I18n,
    ) -> Element<'a, Message> {
        let none = description.automated_decisions.is_none();
        let mut block: Column<'a, Message> = column![
            checkbox(none)
                .label(i18n.t("processing-no-automated"))
                .on_toggle(Message::NoAutomatedDecisions)
        ]
        .spacing(8);
        if let Some(text) = &description.automated_decisions {
            block = block.push(self.localised(
                text,
                Slot::AutomatedDecisions,
                Message::AutomatedDecisions,
                i18n,
            ));
        }
        block.into()
    }
}

const NAME: Length = Length::FillPortion(3);
const KIND: Length = Length::FillPortion(2);
const REMOVE_WIDTH: f32 = 70.0;
const LANGUAGE_WIDTH: f32 = 110.0;
const INDENT: f32 = 24.0;
const TRANSFER_LABEL: f32 = 200.0;
const COUNTRY_WIDTH: f32 = 70.0;

/// A column label above a table of inputs.
fn heading<'a>(label: String, width: impl Into<Length>) -> Element<'a, Message> {
    text(label).size(13).style(muted).width(width).into()
}

/// An input with its problem, if any, right below it.
fn cell<'a>(input: impl Into<Element<'a, Message>>, error: Option<String>) -> Column<'a, Message> {
    let mut cell = column![input.into()].spacing(2).width(Length::Fill);
    if let Some(error) = error {
        cell = cell.push(text(error).size(13).style(text::danger));
    }
    cell
}

/// A titled part of the form.
fn part<'a>(title: String, body: Element<'a, Message>) -> Element<'a, Message> {
    column![text(title).size(18).font(bold()), body]
        .spacing(8)
        .into()
}

fn remove<'a>(i18n: &I18n, message: Message) -> Element<'a, Message> {
    button(text(i18n.t("processing-remove")).size(13))
        .style(button::secondary)
        .padding([7, 10])
        .width(REMOVE_WIDTH)
        .on_press(message)
        .into()
}

/// A recipient's category as the staff app names it: the documents' word, capitalised.
pub fn category_name(category: RecipientCategory, i18n: &I18n) -> String {
    capitalised(
        &i18n
            .words()
            .t(&format!("recipient-kind-{}", category.key())),
    )
}
