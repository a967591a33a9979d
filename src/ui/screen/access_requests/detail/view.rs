//! How one request is drawn: the comparison with the register, the identity check, the letter
//! it came in, the answers, and the documents sent.

use crate::i18n::I18n;
use iced::widget::{
    button, checkbox, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Element, Length};
use register::domain::access_request::{AccessRequestStatus, Delivery, IdentityCheck};
use register::domain::subject::Subject;
use register::domain::{Field, Lang};
use register::format;

use super::super::compare::{self, Said};
use super::{Message, Part, State};
use crate::ui::theme::muted;
use crate::ui::widget::{Choice, bold, error_banner, hint, labelled, notice, title};

impl State {
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let request = &self.request;
        let today = format::today();
        let mut content = column![
            button(text(i18n.t("requests-back")))
                .style(button::text)
                .on_press(Message::Back),
            row![
                title(format!(
                    "{} · {}",
                    request.reference, request.requester_name
                )),
                super::super::urgency_badge(request.urgency(today), i18n),
            ]
            .spacing(12)
            .align_y(iced::Center),
            text(i18n.t_with(
                "requests-summary",
                &[
                    (
                        "channel",
                        super::super::channel_name(request.channel, i18n).into()
                    ),
                    ("received", format::date_only(request.received_on).into()),
                    ("due", format::date_only(request.due_on).into()),
                    (
                        "status",
                        super::super::status_label(request.status, i18n).into()
                    ),
                    ("by", request.logged_by.clone().into()),
                ],
            )),
        ]
        .spacing(12)
        .max_width(900);
        for (field, reason) in [
            (Field::ExtensionReason, &request.extension_reason),
            (Field::RejectionReason, &request.rejection_reason),
        ] {
            if let Some(reason) = reason {
                content =
                    content.push(text(format!("{}: {reason}", i18n.field(field))).style(muted));
            }
        }
        let open = request.status.is_open();
        let mut parts = vec![(Part::Match, self.comparison(i18n))];
        if open {
            parts.push((Part::Identity, self.identity(i18n)));
        }
        parts.push((Part::Letter, self.letter(i18n)));
        parts.push((Part::Systems, self.systems_view(i18n)));
        if open {
            parts.push((Part::Answer, self.outcomes(i18n)));
        }
        parts.push((Part::Documents, self.documents(i18n)));
        // What a press did is said where it was pressed; a part that went away with it (the
        // answers, once the request is answered) says it at the documents it added.
        let at = if parts.iter().any(|(part, _)| *part == self.at) {
            self.at
        } else {
            Part::Documents
        };
        for (part, element) in parts {
            content = content.push(element);
            if part == at {
                content = content.extend(self.feedback(i18n));
            }
        }
        scrollable(content.padding(20)).height(Length::Fill).into()
    }

    /// The failure or the outcome of the last press.
    fn feedback<'a>(&self, i18n: &I18n) -> Option<Element<'a, Message>> {
        if let Some(failure) = &self.failure {
            return Some(error_banner(i18n.error(failure)));
        }
        let what = self.done.as_ref()?.said(i18n);
        Some(notice(
            i18n.t_with("requests-done", &[("what", what.into())]),
        ))
    }

    fn comparison<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let request = &self.request;
        let said = Said {
            name: request.requester_name.clone(),
            email: request.requester_email.clone().unwrap_or_default(),
            phone: request.requester_phone.clone().unwrap_or_default(),
            address: request
                .requester_address_line(|code| i18n.words().country(code))
                .unwrap_or_default(),
        };
        let customer = match &self.customer {
            Some(Ok(customer)) => Some(customer),
            _ => None,
        };
        let matched = match (request.subject(), &self.customer) {
            (None, _) => i18n.t("requests-not-matched"),
            (Some(Subject::Erased(number)), _) => {
                i18n.t_with("requests-matched-vouchers", &[("id", number.into())])
            }
            (Some(Subject::Customer(id)), Some(Err(failure))) => {
                format!("{id}: {}", i18n.error(failure))
            }
            (Some(Subject::Customer(id)), _) => {
                i18n.t_with("requests-customer-number", &[("id", id.into())])
            }
        };
        let mut block = column![
            text(i18n.t("requests-comparison")).font(bold()),
            compare::view(&said, customer, i18n),
            text(matched).size(14),
        ]
        .spacing(8);
        if let Some(company) = customer
            .and_then(|c| c.company_name.as_deref())
            .filter(|company| !company.trim().is_empty())
        {
            // The answer goes to the address in the register, which is a company's.
            block = block.push(hint(i18n.t_with(
                "requests-company-address",
                &[("company", company.to_owned().into())],
            )));
        }
        if request.status.is_open() && !self.busy {
            block = match &self.finder {
                None => block.push(
                    row![
                        button(text(i18n.t("requests-change-match")))
                            .style(button::secondary)
                            .on_press(Message::ChangeMatch),
                        button(text(i18n.t("requests-not-in-register")))
                            .style(button::secondary)
                            .on_press_maybe(request.subject().map(|_| Message::NotInRegister)),
                    ]
                    .spacing(8),
                ),
                Some(finder) => block.push(finder.view(i18n, Message::Finder, Message::Choose)),
            };
        }
        if let Some(error) = i18n.problem_at(&self.errors, Field::MatchedCustomer) {
            block = block.push(text(error).size(13).style(text::danger));
        }
        block.into()
    }

    fn identity<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let request = &self.request;
        let mut checks: Vec<Choice<Option<IdentityCheck>>> =
            vec![Choice::new(None, i18n.t("requests-not-checked"))];
        checks.extend(
            IdentityCheck::for_channel(request.channel)
                .into_iter()
                .map(|check| Choice::new(Some(check), super::super::check_name(check, i18n))),
        );
        let chosen = checks.iter().find(|c| c.value == self.check).cloned();
        let idle = !self.busy;
        let mut block = column![
            text(i18n.t("requests-identity")).font(bold()),
            labelled(
                i18n.field(Field::IdentityVerified),
                pick_list(checks, chosen, Message::Check).width(Length::Fill),
                i18n.problem_at(&self.errors, Field::IdentityVerified),
            ),
            labelled(
                i18n.field(Field::IdentityMethod),
                text_input("", &self.note)
                    .id("identity-note")
                    .on_input(Message::Note)
                    .on_submit(Message::SaveCheck)
                    .padding(8),
                i18n.problem_at(&self.errors, Field::IdentityMethod),
            ),
            row![
                button(text(i18n.t("requests-save-check")))
                    .style(button::secondary)
                    .on_press_maybe(idle.then_some(Message::SaveCheck)),
                checkbox(request.waiting_for_requester)
                    .label(i18n.t("requests-waiting-for-requester"))
                    .on_toggle_maybe(idle.then_some(Message::Waiting)),
            ]
            .spacing(16)
            .align_y(iced::Center),
        ]
        .spacing(8);
        if request.status == AccessRequestStatus::Received {
            if let Some(since) = request.waiting_since {
                block = block.push(
                    text(i18n.t_with(
                        "requests-clock-stopped",
                        &[("since", format::date_only(since).into())],
                    ))
                    .size(13)
                    .style(muted),
                );
            } else {
                block = block.push(labelled(
                    i18n.field(Field::IdentificationNeeded),
                    text_input(&i18n.t("requests-identification-example"), &self.needed)
                        .id("identification-needed")
                        .on_input(Message::Needed)
                        .padding(8),
                    i18n.problem_at(&self.errors, Field::IdentificationNeeded),
                ));
                block = block.push(
                    row![
                        button(text(i18n.t("requests-ask-identification")))
                            .style(button::secondary)
                            .on_press_maybe(idle.then_some(Message::AskIdentification)),
                        text(i18n.t_with(
                            "requests-letter-language",
                            &[("lang", self.lang.to_string().into())],
                        ))
                        .size(13)
                        .style(muted),
                    ]
                    .spacing(8)
                    .align_y(iced::Center),
                );
            }
            block = block.push(
                button(text(i18n.t("requests-verify")))
                    .on_press_maybe(idle.then_some(Message::Verify)),
            );
        }
        block.into()
    }

    fn letter<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let request = &self.request;
        let idle = !self.busy;
        let mut line = row![].spacing(8).align_y(iced::Center);
        if request.status.is_open() {
            line = line.push(
                button(text(i18n.t("requests-attach-letter")))
                    .style(button::secondary)
                    .on_press_maybe(idle.then_some(Message::PickLetter)),
            );
        }
        line = line.push(match &request.letter_file_name {
            Some(name) => Element::from(
                row![
                    button(text(i18n.t("requests-open-letter")))
                        .style(button::secondary)
                        .on_press(Message::OpenLetter),
                    text(format!(
                        "{name} · SHA-256 {}",
                        request.letter_sha256.clone().unwrap_or_default()
                    ))
                    .size(13)
                    .style(muted),
                ]
                .spacing(8)
                .align_y(iced::Center),
            ),
            None => text(i18n.t("requests-no-letter"))
                .size(13)
                .style(muted)
                .into(),
        });
        line.into()
    }

    /// How the answer goes out: the way the request came, unless the requester asked
    /// otherwise (Art. 12(3), 15(3)); staff record what they asked for.
    fn delivery<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let request = &self.request;
        let choices: Vec<Choice<Delivery>> = Delivery::ALL
            .iter()
            .map(|&d| Choice::new(d, i18n.t(&format!("requests-delivery-{}", d.as_str()))))
            .collect();
        let chosen = choices
            .iter()
            .find(|c| c.value == request.delivery())
            .cloned();
        let why = if request.answer_by.is_some() {
            i18n.t("requests-delivery-asked")
        } else {
            i18n.t("requests-delivery-as-it-came")
        };
        let choice: Element<'a, Message> = if !self.busy && request.status.is_open() {
            pick_list(choices, chosen, Message::Delivery).into()
        } else {
            text(chosen.map(|c| c.label).unwrap_or_default()).into()
        };
        row![
            text(i18n.t("requests-delivery")),
            choice,
            text(why).size(13).style(muted),
        ]
        .spacing(10)
        .align_y(iced::Center)
        .into()
    }

    fn outcomes<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let request = &self.request;
        let idle = !self.busy;
        let today = format::today();
        let mut block = column![
            text(i18n.t("requests-answer")).font(bold()),
            row![
                text(i18n.t("requests-extract-language")),
                pick_list(Lang::DOCUMENT, Some(self.lang), Message::Lang),
            ]
            .spacing(10)
            .align_y(iced::Center),
            self.delivery(i18n),
        ]
        .spacing(8);
        if request.status == AccessRequestStatus::Verified {
            block = block.push(
                button(text(i18n.t("requests-save-extract")))
                    .on_press_maybe(idle.then_some(Message::SaveExtract)),
            );
        }
        if request.subject().is_none() {
            block = block.push(match &self.ruling_out {
                None => row![
                    button(text(i18n.t("requests-nothing-held")))
                        .on_press_maybe(idle.then_some(Message::NothingHeld)),
                    text(i18n.t("requests-nothing-held-hint"))
                        .size(13)
                        .style(muted),
                ]
                .spacing(8)
                .align_y(iced::Center)
                .into(),
                Some(candidates) => super::nothing_held::view(candidates.as_ref(), idle, i18n),
            });
        }
        block = block.push(labelled(
            i18n.t("requests-reason"),
            text_input("", &self.reason)
                .id("request-reason")
                .on_input(Message::Reason)
                .padding(8),
            i18n.problem_at(&self.errors, Field::RejectionReason)
                .or(i18n.problem_at(&self.errors, Field::ExtensionReason)),
        ));
        let mut actions = row![
            button(text(i18n.t("requests-reject")))
                .style(button::danger)
                .on_press_maybe(idle.then_some(Message::Reject))
        ]
        .spacing(8)
        .align_y(iced::Center);
        if !request.extended {
            let in_time = today <= request.original_due_on;
            actions = actions.push(
                button(text(i18n.t("requests-extend")))
                    .style(button::secondary)
                    .on_press_maybe((idle && in_time).then_some(Message::Extend)),
            );
            if !in_time {
                actions = actions.push(
                    text(i18n.t("requests-extend-too-late"))
                        .size(13)
                        .style(muted),
                );
            }
        }
        block.push(actions).into()
    }

    fn documents<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut list = column![text(i18n.t("requests-documents")).font(bold())].spacing(6);
        match &self.documents {
            None => list = list.push(text(i18n.t("loading")).style(muted)),
            Some(Err(failure)) => list = list.push(error_banner(i18n.error(failure))),
            Some(Ok(documents)) if documents.is_empty() => {
                list = list.push(text(i18n.t("requests-no-documents")).style(muted));
            }
            Some(Ok(documents)) => {
                for document in documents {
                    list = list.push(
                        row![
                            text(i18n.t(&format!(
                                "document-kind-{}",
                                document.kind.as_str().replace('_', "-")
                            )))
                            .size(14)
                            .width(Length::FillPortion(3)),
                            text(format!(
                                "{} · {} · {}",
                                document.language,
                                format::date_time(document.created_at),
                                document.created_by
                            ))
                            .size(13)
                            .style(muted)
                            .width(Length::FillPortion(4)),
                            text(format!(
                                "SHA-256 {}…",
                                document.sha256.chars().take(12).collect::<String>()
                            ))
                            .size(12)
                            .style(muted),
                            button(text(i18n.t("requests-save-document")).size(13))
                                .style(button::secondary)
                                .on_press_maybe((!self.busy).then_some(Message::SaveDocument(
                                    document.id,
                                    document.file_name.clone()
                                ))),
                        ]
                        .spacing(10)
                        .align_y(iced::Center),
                    );
                }
            }
        }
        container(list).width(Length::Fill).into()
    }
}
