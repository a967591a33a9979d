//! Logging in. A wrong password, a locked account and a deactivated account each get their
//! own message; nothing typed into the username is lost on a failure.

use crate::i18n::I18n;
use iced::widget::{button, column, container, text};
use iced::{Element, Length, Task};
use register::db::Db;
use register::domain::Field;
use register::service::{Session, auth};

use super::outcome::{Failure, Outcome, outcome};
use super::widgets::{error_banner, input, labelled, title};

#[derive(Debug, Default)]
pub struct State {
    username: String,
    password: String,
    failure: Option<Failure>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Username(String),
    Password(String),
    Submit,
    Done(Outcome<Session>),
}

pub enum Action {
    None,
    Login { username: String, password: String },
    LoggedIn(Session),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Username(value) => self.username = value,
            Message::Password(value) => self.password = value,
            Message::Submit => {
                if self.busy {
                    return Action::None;
                }
                self.busy = true;
                self.failure = None;
                return Action::Login {
                    username: self.username.clone(),
                    password: self.password.clone(),
                };
            }
            Message::Done(Ok(session)) => {
                self.password.clear();
                return Action::LoggedIn(session);
            }
            Message::Done(Err(failure)) => {
                self.busy = false;
                self.password.clear();
                self.failure = Some(failure);
            }
        }
        Action::None
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut form = column![
            title(i18n.t("login-title")),
            labelled(
                i18n.field(Field::Username),
                input("username", &self.username, Message::Username).on_submit(Message::Submit),
                None,
            ),
            labelled(
                i18n.field(Field::Password),
                input("password", &self.password, Message::Password)
                    .secure(true)
                    .on_submit(Message::Submit),
                None,
            ),
        ]
        .spacing(14)
        .max_width(380);
        if let Some(failure) = &self.failure {
            form = form.push(error_banner(i18n.error(failure)));
        }
        let label = if self.busy { "logging-in" } else { "login" };
        form = form.push(
            button(text(i18n.t(label)))
                .padding([8, 16])
                .on_press_maybe((!self.busy).then_some(Message::Submit)),
        );
        container(form).center_x(Length::Fill).padding(60).into()
    }
}

/// Carries out the login; the app opens the main window for the session.
pub fn perform(action: Action, db: &Db) -> Task<Message> {
    match action {
        Action::None | Action::LoggedIn(_) => Task::none(),
        Action::Login { username, password } => Task::future(login(db.clone(), username, password)),
    }
}

pub async fn login(db: Db, username: String, password: String) -> Message {
    Message::Done(outcome(auth::login(&db, &username, &password).await))
}
