//! Logging in. A wrong password, a locked account and a deactivated account each get their
//! own message; nothing typed into the username is lost on a failure.

use crate::i18n::I18n;
use crate::ui::screen::{Reply, Screen, Update, reply};
use iced::widget::{button, column, container, text};
use iced::{Element, Length};
use register::db::Db;
use register::domain::Field;
use register::service::{ServiceError, ServiceResult};
use register::service::{Session, auth};

use crate::ui::widget::{error_banner, input, labelled, title};

#[derive(Debug, Default)]
pub struct State {
    username: String,
    password: String,
    failure: Option<ServiceError>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Username(String),
    Password(String),
    Submit,
    Done(ServiceResult<Session>),
}

#[derive(Debug)]
pub enum Job {
    Login { username: String, password: String },
}

/// What the login tells the app.
#[derive(Debug)]
pub enum Event {
    LoggedIn(Session),
}

impl State {
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

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    /// Nobody is logged in yet: the register alone.
    type Context = Db;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Username(value) => self.username = value,
            Message::Password(value) => self.password = value,
            Message::Submit => {
                if self.busy {
                    return Update::none();
                }
                self.busy = true;
                self.failure = None;
                return Job::Login {
                    username: self.username.clone(),
                    password: self.password.clone(),
                }
                .into();
            }
            Message::Done(Ok(session)) => {
                self.password.clear();
                return Update::event(Event::LoggedIn(session));
            }
            Message::Done(Err(failure)) => {
                self.busy = false;
                self.password.clear();
                self.failure = Some(failure);
            }
        }
        Update::none()
    }

    fn run(job: Job, db: Db) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Login { username, password } => {
                    Message::Done(auth::login(&db, &username, &password).await)
                }
            }
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
