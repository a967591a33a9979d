//! The staff accounts as the admin sees them: each account with its actions, and the form
//! for a new one.

use crate::i18n::I18n;
use crate::ui::theme::muted;
use crate::ui::widget::{bold, error_banner, input, labelled, notice, title};
use chrono::Utc;
use iced::widget::{button, column, container, pick_list, row, scrollable, text};
use iced::{Element, Length};
use register::domain::Field;
use register::format;
use register::service::Session;
use register::service::staff::StaffAccount;

use super::{Issued, Message, Said, State, role_choices};

/// The one-time password the app made, for the admin to pass on; shown this once.
fn issued_view<'a>(issued: &Issued, i18n: &I18n) -> Element<'a, Message> {
    column![
        text(i18n.t_with(
            "staff-one-time-issued",
            &[("name", issued.name.clone().into())],
        )),
        text(issued.password.clone())
            .size(22)
            .font(iced::Font::MONOSPACE),
        text(i18n.t("staff-one-time-pass-on")).size(13).style(muted),
    ]
    .spacing(6)
    .into()
}

impl State {
    pub(super) fn content<'a>(&'a self, i18n: &I18n, me: &Session) -> Element<'a, Message> {
        let mut content = column![title(i18n.t("staff-title"))].spacing(14);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if let Some(done) = &self.done {
            content = content.push(notice(match done {
                Said::Key(key) => i18n.t(key),
                Said::RoleChanged { name, role } => i18n.t_with(
                    "role-changed-for",
                    &[
                        ("name", name.clone().into()),
                        ("role", i18n.role(*role).into()),
                    ],
                ),
            }));
        }
        let accounts: Element<'a, Message> = match &self.accounts {
            None => text(i18n.t("loading")).into(),
            Some(accounts) => column(accounts.iter().map(|a| self.account_row(a, i18n, me)))
                .spacing(8)
                .into(),
        };
        content = content.push(accounts).push(self.new_account(i18n));
        scrollable(content.padding(20)).height(Length::Fill).into()
    }

    fn account_row<'a>(
        &'a self,
        account: &StaffAccount,
        i18n: &I18n,
        me: &Session,
    ) -> Element<'a, Message> {
        let id = account.id;
        let selected = role_choices(i18n)
            .into_iter()
            .find(|c| c.role == account.role);
        let mut status = vec![if account.active {
            i18n.t("staff-active")
        } else {
            i18n.t("staff-inactive")
        }];
        if let Some(until) = account
            .locked_until
            .filter(|_| account.is_locked(Utc::now()))
        {
            status.push(i18n.t_with(
                "staff-locked-until",
                &[("until", format::date_time(until).into())],
            ));
        }
        let last_login = account
            .last_login_at
            .map(format::date_time)
            .unwrap_or_else(|| i18n.t("never"));
        // One's own role is another admin's to change: the service refuses it too.
        let role: Element<'a, Message> = if id == me.staff_id() {
            text(i18n.role(account.role)).size(14).into()
        } else {
            pick_list(role_choices(i18n), selected, move |choice| {
                Message::ChangeRole(id, choice)
            })
            .text_size(14)
            .into()
        };
        let mut actions = row![
            role,
            button(text(i18n.t("reset-password")).size(14))
                .style(button::secondary)
                .on_press(Message::StartReset(id)),
        ]
        .spacing(8)
        .align_y(iced::Center);
        if account.is_locked(Utc::now()) {
            actions = actions.push(
                button(text(i18n.t("unlock-account")).size(14)).on_press(Message::Unlock(id)),
            );
        }
        // Deactivating oneself would end the session at once; another admin does it.
        if id != me.staff_id() {
            let (label, active) = if account.active {
                ("deactivate", false)
            } else {
                ("reactivate", true)
            };
            actions = actions.push(
                button(text(i18n.t(label)).size(14))
                    .style(if active {
                        button::secondary
                    } else {
                        button::danger
                    })
                    .on_press(Message::SetActive(id, active)),
            );
        }
        let mut card = column![
            row![
                text(account.display_name.clone()).font(bold()),
                text(account.username.clone()).style(muted),
                text(status.join(" · ")),
                iced::widget::space::horizontal(),
                text(i18n.t_with("last-login", &[("at", last_login.into())]))
                    .style(muted)
                    .size(14),
            ]
            .spacing(12)
            .align_y(iced::Center),
            actions,
        ]
        .spacing(8);
        if let Some((_, role)) = self.role_change.filter(|(staff_id, _)| *staff_id == id) {
            card = card.push(
                column![
                    text(i18n.t_with(
                        "staff-role-question",
                        &[
                            ("name", account.display_name.clone().into()),
                            ("role", i18n.role(role).into()),
                        ],
                    )),
                    row![
                        button(text(i18n.t("staff-role-confirm"))).on_press(Message::ConfirmRole),
                        button(text(i18n.t("cancel")))
                            .style(button::secondary)
                            .on_press(Message::CancelRole),
                    ]
                    .spacing(8),
                ]
                .spacing(6),
            );
        }
        if self.reset == Some(id) {
            card = card.push(
                column![
                    text(i18n.t_with(
                        "staff-reset-question",
                        &[("name", account.display_name.clone().into())],
                    )),
                    row![
                        button(text(i18n.t("staff-reset-confirm")))
                            .style(button::danger)
                            .on_press(Message::ConfirmReset),
                        button(text(i18n.t("cancel")))
                            .style(button::secondary)
                            .on_press(Message::CancelReset),
                    ]
                    .spacing(8),
                ]
                .spacing(6),
            );
        }
        if let Some(issued) = self.issued.as_ref().filter(|i| i.reset && i.staff_id == id) {
            card = card.push(issued_view(issued, i18n));
        }
        container(card)
            .padding(10)
            .width(Length::Fill)
            .style(container::bordered_box)
            .into()
    }

    fn new_account<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let new = &self.new;
        let error = |field| i18n.problem_at(&new.errors, field);
        let selected = role_choices(i18n).into_iter().find(|c| c.role == new.role);
        container(
            column![
                text(i18n.t("new-staff")).font(bold()),
                row![
                    labelled(
                        i18n.field(Field::Username),
                        input("new-username", &new.username, Message::Username)
                            .on_submit(Message::Create),
                        error(Field::Username),
                    ),
                    labelled(
                        i18n.field(Field::DisplayName),
                        input("new-display-name", &new.display_name, Message::DisplayName)
                            .on_submit(Message::Create),
                        error(Field::DisplayName),
                    ),
                ]
                .spacing(12),
                labelled(
                    i18n.field(Field::Role),
                    pick_list(role_choices(i18n), selected, Message::Role).padding(8),
                    error(Field::Role),
                ),
                text(i18n.t("staff-one-time-hint")).size(13).style(muted),
                button(text(i18n.t("create-staff")))
                    .on_press_maybe((!new.busy).then_some(Message::Create)),
            ]
            .extend(
                self.issued
                    .as_ref()
                    .filter(|issued| !issued.reset)
                    .map(|issued| issued_view(issued, i18n)),
            )
            .spacing(10)
            .max_width(760),
        )
        .padding(12)
        .style(container::rounded_box)
        .into()
    }
}
