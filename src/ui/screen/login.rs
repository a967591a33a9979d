//! Logging in. A wrong password, a locked account and a deactivated account each get their
//! own message; nothing typed into the username is lost on a failure. A one-time password
//! from an admin logs in only together with a password its owner chooses, typed twice.

use crate::i18n::I18n;
use crate::ui::screen::{Reply, Screen, Update, reply};
use iced::widget::{button, column, container, text};
use iced::{Element, Length};
use register::db::Db;
use register::domain::{Field, FieldErrors};
use register::service::{LoginError, ServiceError, ServiceResult};
use register::service::{Session, auth};

use crate::ui::theme::muted;
use crate::ui::widget::{error_banner, input, labelled, new_password, title};

/// The field that has the keyboard when a one-time password was given.
pub const NEW_PASSWORD: &str = "new-password";

#[derive(Debug, Default)]
pub struct State {
    username: String,
    password: String,
    /// The one-time password was right: its owner chooses their own (None until then).
    choosing: Option<Choosing>,
    failure: Option<ServiceError>,
    busy: bool,
}

/// The password being chosen to replace a one-time password.
#[derive(Debug, Default)]
struct Choosing {
    new: String,
    repeat: String,
    differ: bool,
    errors: FieldErrors,
}

#[derive(Debug, Clone)]
pub enum Message {
    Username(String),
    Password(String),
    NewPassword(String),
    Repeat(String),
    Submit,
    Done(ServiceResult<Session>),
}

#[derive(Debug)]
pub enum Job {
    Login {
        username: String,
        password: String,
    },
    /// The one-time password, and the owner's own that replaces it.
    LoginWithNewPassword {
        username: String,
        password: String,
        new_password: String,
    },
}

/// What the login tells the app.
#[derive(Debug)]
pub enum Event {
    LoggedIn(Session),
    /// The password was a one-time password: the new password's field is shown.
    ChoosePassword,
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
        if let Some(choosing) = &self.choosing {
            form = form.extend([
                text(i18n.t("login-one-time-choose"))
                    .size(14)
                    .style(muted)
                    .into(),
                new_password(
                    i18n,
                    i18n.field(Field::NewPassword),
                    input(NEW_PASSWORD, &choosing.new, Message::NewPassword)
                        .secure(true)
                        .on_submit(Message::Submit),
                    i18n.problem_at(&choosing.errors, Field::NewPassword),
                ),
                labelled(
                    i18n.t("password-again"),
                    input("new-password-again", &choosing.repeat, Message::Repeat)
                        .secure(true)
                        .on_submit(Message::Submit),
                    choosing.differ.then(|| i18n.t("passwords-differ")),
                ),
            ]);
        }
        if let Some(failure) = &self.failure {
            form = form.push(error_banner(i18n.error(failure)));
        }
        let label = match (self.busy, &self.choosing) {
            (true, _) => "logging-in",
            (false, None) => "login",
            (false, Some(_)) => "login-with-new-password",
        };
        form = form.push(
            button(text(i18n.t(label)))
                .padding([8, 16])
                .on_press_maybe((!self.busy).then_some(Message::Submit)),
        );
        container(form).center_x(Length::Fill).padding(60).into()
    }

    fn submit(&mut self) -> Update<Self> {
        if self.busy {
            return Update::none();
        }
        let (username, password) = (self.username.clone(), self.password.clone());
        let job = match &mut self.choosing {
            None => Job::Login { username, password },
            Some(choosing) => {
                choosing.differ = choosing.new != choosing.repeat;
                if choosing.differ {
                    return Update::none();
                }
                Job::LoginWithNewPassword {
                    username,
                    password,
                    new_password: choosing.new.clone(),
                }
            }
        };
        self.busy = true;
        self.failure = None;
        job.into()
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
            Message::Username(value) => {
                // Another account: whatever was being chosen was for the one before.
                self.choosing = None;
                self.username = value;
            }
            Message::Password(value) => {
                self.choosing = None;
                self.password = value;
            }
            Message::NewPassword(value) => {
                if let Some(choosing) = &mut self.choosing {
                    choosing.new = value;
                    if register::domain::Password::new(&choosing.new).is_ok() {
                        choosing.errors.clear(Field::NewPassword);
                    }
                }
            }
            Message::Repeat(value) => {
                if let Some(choosing) = &mut self.choosing {
                    choosing.repeat = value;
                    choosing.differ = false;
                }
            }
            Message::Submit => return self.submit(),
            Message::Done(Ok(session)) => {
                self.password.clear();
                self.choosing = None;
                return Update::event(Event::LoggedIn(session));
            }
            Message::Done(Err(ServiceError::Login(LoginError::OneTimePassword))) => {
                // Right, and for one login only: kept, with the owner's own asked for beside it.
                self.busy = false;
                self.choosing = Some(Choosing::default());
                return Update::event(Event::ChoosePassword);
            }
            Message::Done(Err(failure)) => {
                self.busy = false;
                let errors = FieldErrors::from(failure.field_errors());
                match &mut self.choosing {
                    Some(choosing) if !errors.is_empty() => choosing.errors = errors,
                    _ => {
                        self.password.clear();
                        self.choosing = None;
                        self.failure = Some(failure);
                    }
                }
            }
        }
        Update::none()
    }

    fn run(job: Job, db: Db) -> Reply<Message> {
        reply(async move {
            Message::Done(match job {
                Job::Login { username, password } => auth::login(&db, &username, &password).await,
                Job::LoginWithNewPassword {
                    username,
                    password,
                    new_password,
                } => auth::login_with_new_password(&db, &username, &password, &new_password).await,
            })
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
