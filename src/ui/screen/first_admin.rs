//! First run: the register has no staff, so the first admin account is created here, with the
//! shop's details that every document a customer receives carries (both in one transaction).

use crate::i18n::I18n;
use crate::ui::screen::{Reply, Screen, Update, reply};
use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Element, Length};
use register::db::Db;
use register::domain::FieldErrors;
use register::domain::organisation::OrganisationInput;
use register::domain::staff::StaffInput;
use register::domain::{Field, Password, Role};
use register::service::settings::Organisation;
use register::service::{ServiceError, ServiceResult};
use register::service::{Session, settings, staff};

use crate::ui::widget::organisation_fields;
use crate::ui::widget::{error_banner, input, labelled, new_password, title};

#[derive(Debug, Default)]
pub struct State {
    username: String,
    display_name: String,
    password: String,
    password_again: String,
    /// The shop's details as the register holds them, until loaded `None`.
    organisation: Option<OrganisationInput>,
    version: i32,
    errors: FieldErrors,
    passwords_differ: bool,
    failure: Option<ServiceError>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ServiceResult<Box<Organisation>>),
    Username(String),
    DisplayName(String),
    Password(String),
    PasswordAgain(String),
    Organisation(Field, String),
    Submit,
    Created(ServiceResult<Session>),
}

#[derive(Debug)]
pub enum Job {
    /// The shop's details as the form starts from them.
    Load,
    Create(StaffInput, i32, Box<OrganisationInput>),
}

/// What the form tells the app.
#[derive(Debug)]
pub enum Event {
    Created(Session),
}

impl State {
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let error = |field| i18n.problem_at(&self.errors, field);
        let mut account = column![
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
            new_password(
                i18n,
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
        .width(Length::Fill);
        if let Some(failure) = &self.failure {
            account = account.push(error_banner(i18n.error(failure)));
        }
        let ready = !self.busy && self.organisation.is_some();
        account = account.push(
            button(text(i18n.t("create-admin")))
                .padding([8, 16])
                .on_press_maybe(ready.then_some(Message::Submit)),
        );
        let mut shop = column![
            title(i18n.t("first-admin-shop")),
            text(i18n.t("organisation-all-required"))
        ]
        .spacing(14)
        .width(Length::Fill);
        if let Some(values) = &self.organisation {
            shop = shop.push(organisation_fields::view(
                values,
                &self.errors,
                i18n,
                Message::Organisation,
                Message::Submit,
            ));
        }
        let form = container(row![account, shop].spacing(40)).max_width(1100);
        scrollable(container(form).center_x(Length::Fill).padding(32)).into()
    }
}

/// The shop's details as the new register holds them, for the form to start from.
impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    /// Nobody can log in yet: the register alone.
    type Context = Db;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Loaded(Ok(organisation)) => {
                self.organisation = Some(organisation.to_input());
                self.version = organisation.version;
            }
            Message::Loaded(Err(failure)) => self.failure = Some(failure),
            Message::Username(value) => self.username = value,
            Message::DisplayName(value) => self.display_name = value,
            Message::Password(value) => {
                // A password that now meets the rule says so at once.
                if Password::new(&value).is_ok() {
                    self.errors.clear(Field::Password);
                }
                self.password = value;
            }
            Message::PasswordAgain(value) => self.password_again = value,
            Message::Organisation(field, value) => {
                if let Some(slot) = self
                    .organisation
                    .as_mut()
                    .and_then(|input| organisation_fields::slot(input, field))
                {
                    *slot = value;
                }
            }
            Message::Submit => {
                if self.busy {
                    return Update::none();
                }
                self.passwords_differ = self.password != self.password_again;
                let Some(organisation) = &self.organisation else {
                    return Update::none();
                };
                if self.passwords_differ {
                    return Update::none();
                }
                self.busy = true;
                self.failure = None;
                return Job::Create(
                    StaffInput {
                        username: self.username.clone(),
                        display_name: self.display_name.clone(),
                        role: Role::Admin.as_str().to_owned(),
                        password: self.password.clone(),
                    },
                    self.version,
                    Box::new(organisation.clone()),
                )
                .into();
            }
            Message::Created(Ok(session)) => return Update::event(Event::Created(session)),
            Message::Created(Err(failure)) => {
                self.busy = false;
                self.errors = FieldErrors::from(failure.field_errors());
                if self.errors.is_empty() {
                    self.failure = Some(failure);
                }
            }
        }
        Update::none()
    }

    fn run(job: Job, db: Db) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Load => Message::Loaded(settings::before_first_admin(&db).await.map(Box::new)),
                Job::Create(input, version, organisation) => {
                    Message::Created(staff::set_up(&db, &input, version, &organisation).await)
                }
            }
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
