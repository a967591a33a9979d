//! The request's other systems: for each one the processing description lists, what staff
//! found there about the requester. Nothing is chosen for staff: a system stays "not recorded"
//! until they pick what they found and save it.

use crate::i18n::I18n;
use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Element, Length};
use register::domain::Field;
use register::domain::other_systems::{Searched, SystemCheck};

use super::{Message, State};
use crate::ui::theme::muted;
use crate::ui::widget::{Choice, bold, error_banner};

impl State {
    pub(super) fn systems_view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut block = column![
            text(i18n.t("requests-systems")).font(bold()),
            text(i18n.t("requests-systems-intro")).size(13).style(muted),
        ]
        .spacing(8);
        // An answer refused until every system is recorded says so here.
        if self.error_system.is_none()
            && let Some(error) = i18n.problem_at(&self.errors, Field::OtherSystems)
        {
            block = block.push(text(error).size(13).style(text::danger));
        }
        match &self.systems {
            None => {}
            Some(Err(failure)) => block = block.push(error_banner(i18n.error(failure))),
            Some(Ok(checks)) => {
                for check in checks {
                    block = block.push(self.system_row(check, i18n));
                }
            }
        }
        block.into()
    }

    fn system_row<'a>(&'a self, check: &'a SystemCheck, i18n: &I18n) -> Element<'a, Message> {
        let key = check.system.key;
        let name = if check.system.is_email() {
            i18n.t("requests-system-email")
        } else {
            check.system.name.clone()
        };
        let recorded = match check.searched {
            None => i18n.t("requests-system-not-recorded"),
            Some(searched) => {
                let said = i18n.t(&format!("requests-system-recorded-{}", searched.key()));
                match check.note.as_deref() {
                    Some(note) if !note.trim().is_empty() => format!("{said}: {note}"),
                    _ => said,
                }
            }
        };
        let mut line = column![
            row![
                text(name).font(bold()).width(Length::FillPortion(2)),
                text(recorded).size(14).width(Length::FillPortion(3)),
            ]
            .spacing(8)
        ]
        .spacing(4);
        if self.request.status.is_open() && !self.busy {
            let (draft, note) = self
                .system_drafts
                .get(&key)
                .cloned()
                .unwrap_or((check.searched, check.note.clone().unwrap_or_default()));
            let choices: Vec<Choice<Searched>> = Searched::ALL
                .into_iter()
                .map(|searched| Choice::new(searched, outcome_label(searched, i18n)))
                .collect();
            let chosen = choices.iter().find(|c| Some(c.value) == draft).cloned();
            line = line.push(
                row![
                    pick_list(choices, chosen, move |choice| Message::SystemSearched(
                        key, choice
                    ))
                    .placeholder(i18n.t("requests-system-choose"))
                    .padding(6)
                    .width(Length::FillPortion(2)),
                    text_input(&i18n.t("requests-system-note"), &note)
                        .on_input(move |note| Message::SystemNote(key, note))
                        .on_submit(Message::SaveSystem(key))
                        .padding(6)
                        .width(Length::FillPortion(3)),
                    button(text(i18n.t("requests-system-save")))
                        .style(button::secondary)
                        .on_press(Message::SaveSystem(key)),
                ]
                .spacing(8),
            );
            if self.error_system == Some(key)
                && let Some(error) = i18n.problem_at(&self.errors, Field::OtherSystems)
            {
                line = line.push(text(error).size(13).style(text::danger));
            }
        }
        line.into()
    }
}

fn outcome_label(searched: Searched, i18n: &I18n) -> String {
    i18n.t(&format!("requests-system-{}", searched.key()))
}
