//! The idle lock: after a period without activity the open screen is hidden (but kept) until
//! the same staff member gives their password again.

use crate::i18n::I18n;
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Task};
use register::db::Db;
use register::domain::Field;
use register::service::{Session, auth};

use super::outcome::{Failure, Outcome, outcome};
use super::widgets::{error_banner, input, labelled, title};

#[derive(Debug, Default)]
pub struct State {
    password: String,
    failure: Option<Failure>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Password(String),
    Submit,
    Done(Outcome<Session>),
    LogOut,
}

pub enum Action {
    None,
    Unlock(String),
    Unlocked(Session),
    LogOut,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Password(value) => self.password = value,
            Message::Submit if !self.busy => {
                self.busy = true;
                self.failure = None;
                return Action::Unlock(std::mem::take(&mut self.password));
            }
            Message::Submit => {}
            Message::Done(Ok(session)) => return Action::Unlocked(session),
            Message::Done(Err(failure)) => {
                self.busy = false;
                self.failure = Some(failure);
            }
            Message::LogOut => return Action::LogOut,
        }
        Action::None
    }

    pub fn view<'a>(
        &'a self,
        i18n: &I18n,
        session: &Session,
        idle_minutes: u64,
    ) -> Element<'a, Message> {
        let intro = i18n.t_with(
            "locked-intro",
            &[
                ("name", session.display_name().to_owned().into()),
                ("minutes", idle_minutes.to_string().into()),
            ],
        );
        let mut form = column![
            title(i18n.t("locked-title")),
            text(intro),
            labelled(
                i18n.field(Field::Password),
                input("unlock-password", &self.password, Message::Password)
                    .secure(true)
                    .on_submit(Message::Submit),
                None,
            ),
        ]
        .spacing(14)
        .max_width(420);
        if let Some(failure) = &self.failure {
            form = form.push(error_banner(i18n.error(failure)));
        }
        form = form.push(
            row![
                button(text(i18n.t("unlock")))
                    .padding([8, 16])
                    .on_press_maybe((!self.busy).then_some(Message::Submit)),
                button(text(i18n.t("logout")))
                    .padding([8, 16])
                    .style(button::secondary)
                    .on_press(Message::LogOut),
            ]
            .spacing(10),
        );
        container(form).center_x(Length::Fill).padding(60).into()
    }
}

/// Unlocking is a fresh login as the same user: wrong passwords count towards the lockout.
/// Carries out the unlocking; the app shows the page again, or logs out.
pub fn perform(action: Action, db: &Db, username: &str) -> Task<Message> {
    match action {
        Action::None | Action::Unlocked(_) | Action::LogOut => Task::none(),
        Action::Unlock(password) => Task::future(unlock(db.clone(), username.to_owned(), password)),
    }
}

pub async fn unlock(db: Db, username: String, password: String) -> Message {
    Message::Done(outcome(auth::login(&db, &username, &password).await))
}
