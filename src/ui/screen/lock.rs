//! The idle lock: after a period without activity the open screen is hidden (but kept) until
//! the same staff member gives their password again.

use crate::i18n::I18n;
use crate::ui::screen::{Reply, Screen, Update, reply};
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};
use register::db::Db;
use register::domain::Field;
use register::service::{ServiceError, ServiceResult};
use register::service::{Session, auth};

use crate::ui::widget::{error_banner, input, labelled, title};

/// The password field's id: it has the keyboard when the lock shows.
pub const PASSWORD: &str = "unlock-password";

#[derive(Debug, Default)]
pub struct State {
    /// Whose session is locked: only they can unlock it.
    username: String,
    password: String,
    failure: Option<ServiceError>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Password(String),
    Submit,
    Done(ServiceResult<Session>),
    LogOut,
}

#[derive(Debug)]
pub enum Job {
    /// Unlocking is a fresh login as the same user: wrong passwords count towards the lockout.
    Unlock { username: String, password: String },
}

/// What the lock tells the app.
#[derive(Debug)]
pub enum Event {
    Unlocked(Session),
    LogOut,
}

impl State {
    pub fn new(username: &str) -> Self {
        Self {
            username: username.to_owned(),
            ..Self::default()
        }
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
                input(PASSWORD, &self.password, Message::Password)
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

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    type Context = Db;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Password(value) => self.password = value,
            Message::Submit if !self.busy => {
                self.busy = true;
                self.failure = None;
                return Job::Unlock {
                    username: self.username.clone(),
                    password: std::mem::take(&mut self.password),
                }
                .into();
            }
            Message::Submit => {}
            Message::Done(Ok(session)) => return Update::event(Event::Unlocked(session)),
            Message::Done(Err(failure)) => {
                self.busy = false;
                self.failure = Some(failure);
            }
            Message::LogOut => return Update::event(Event::LogOut),
        }
        Update::none()
    }

    fn run(job: Job, db: Db) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Unlock { username, password } => {
                    Message::Done(auth::login(&db, &username, &password).await)
                }
            }
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
