//! First run: the register has no staff, so the first admin account is created here.

use iced::widget::{button, column, container, text};
use iced::{Element, Length, Task};
use register::db::Db;
use register::domain::FieldErrors;
use register::domain::staff::StaffInput;
use register::domain::{Field, Role};
use register::i18n::I18n;
use register::service::{Session, staff};

use super::outcome::{Failure, Outcome, outcome};
use super::widgets::{error_banner, input, labelled, title};

#[derive(Debug, Default)]
pub struct State {
    username: String,
    display_name: String,
    password: String,
    password_again: String,
    errors: FieldErrors,
    passwords_differ: bool,
    failure: Option<Failure>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Username(String),
    DisplayName(String),
    Password(String),
    PasswordAgain(String),
    Submit,
    Created(Outcome<Session>),
}

pub enum Action {
    None,
    Create(StaffInput),
    Created(Session),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Username(value) => self.username = value,
            Message::DisplayName(value) => self.display_name = value,
            Message::Password(value) => self.password = value,
            Message::PasswordAgain(value) => self.password_again = value,
            Message::Submit => {
                if self.busy {
                    return Action::None;
                }
                self.passwords_differ = self.password != self.password_again;
                if self.passwords_differ {
                    return Action::None;
                }
                self.busy = true;
                self.failure = None;
                return Action::Create(StaffInput {
                    username: self.username.clone(),
                    display_name: self.display_name.clone(),
                    role: Role::Admin.as_str().to_owned(),
                    password: self.password.clone(),
                });
            }
            Message::Created(Ok(session)) => return Action::Created(session),
            Message::Created(Err(failure)) => {
                self.busy = false;
                self.errors = FieldErrors::from(failure.field_errors());
                if self.errors.is_empty() {
                    self.failure = Some(failure);
                }
            }
        }
        Action::None
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let error = |field| i18n.problem_at(&self.errors, field);
        let mut form = column![
            title(i18n.t("first-admin-title")),
            text(i18n.t("first-admin-intro")),
            labelled(
                i18n.field(Field::Username),
                input("username", &self.username, Message::Username).on_submit(Message::Submit),
                error(Field::Username),
            ),
            labelled(
                i18n.field(Field::DisplayName),
                input("display-name", &self.display_name, Message::DisplayName)
                    .on_submit(Message::Submit),
                error(Field::DisplayName),
            ),
            labelled(
                i18n.field(Field::Password),
                input("password", &self.password, Message::Password)
                    .secure(true)
                    .on_submit(Message::Submit),
                error(Field::Password),
            ),
            labelled(
                i18n.t("password-again"),
                input(
                    "password-again",
                    &self.password_again,
                    Message::PasswordAgain
                )
                .secure(true)
                .on_submit(Message::Submit),
                self.passwords_differ.then(|| i18n.t("passwords-differ")),
            ),
        ]
        .spacing(14)
        .max_width(460);
        if let Some(failure) = &self.failure {
            form = form.push(error_banner(i18n.error(failure)));
        }
        form = form.push(
            button(text(i18n.t("create-admin")))
                .padding([8, 16])
                .on_press_maybe((!self.busy).then_some(Message::Submit)),
        );
        container(form).center_x(Length::Fill).padding(40).into()
    }
}

/// Carries out the creation; the app signs the new admin in.
pub fn perform(action: Action, db: &Db) -> Task<Message> {
    match action {
        Action::None | Action::Created(_) => Task::none(),
        Action::Create(input) => Task::future(create(db.clone(), input)),
    }
}

pub async fn create(db: Db, input: StaffInput) -> Message {
    Message::Created(outcome(staff::create_first_admin(&db, &input).await))
}
