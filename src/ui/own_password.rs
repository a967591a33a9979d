//! A staff member changes their own password, over the screen they are on: the current one,
//! then the new one twice, with the rule shown before typing. Any role may; the service checks
//! the current password (`staff::change_own_password`).

use iced::Element;
use iced::widget::{button, column, row, text};
use register::domain::{Field, FieldErrors, Password};
use register::service::staff;
use register::service::{ServiceError, ServiceResult};

use crate::i18n::I18n;
use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::{bold, error_banner, input, labelled, new_password, over_the_screen};

/// The field that has the keyboard as the panel opens.
pub const CURRENT: &str = "own-current-password";

#[derive(Debug, Default)]
pub struct State {
    current: String,
    new: String,
    repeat: String,
    differ: bool,
    errors: FieldErrors,
    failure: Option<ServiceError>,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Current(String),
    New(String),
    Repeat(String),
    Submit,
    Cancel,
    Done(ServiceResult<()>),
}

#[derive(Debug)]
pub enum Job {
    Change { current: String, new: String },
}

/// What the panel tells the main window: it is done with, changed or not.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    Changed,
    Cancelled,
}

impl State {
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut form = column![
            text(i18n.t("own-password-title")).font(bold()).size(18),
            labelled(
                i18n.t("own-password-current"),
                input(CURRENT, &self.current, Message::Current)
                    .secure(true)
                    .on_submit(Message::Submit),
                None,
            ),
            new_password(
                i18n,
                i18n.field(Field::NewPassword),
                input("own-new-password", &self.new, Message::New)
                    .secure(true)
                    .on_submit(Message::Submit),
                i18n.problem_at(&self.errors, Field::Password),
            ),
            labelled(
                i18n.t("password-again"),
                input("own-new-password-again", &self.repeat, Message::Repeat)
                    .secure(true)
                    .on_submit(Message::Submit),
                self.differ.then(|| i18n.t("passwords-differ")),
            ),
        ]
        .spacing(12);
        if let Some(failure) = &self.failure {
            form = form.push(error_banner(i18n.error(failure)));
        }
        form = form.push(
            row![
                button(text(i18n.t("own-password-save")))
                    .on_press_maybe((!self.busy).then_some(Message::Submit)),
                button(text(i18n.t("cancel")))
                    .style(button::secondary)
                    .on_press(Message::Cancel),
            ]
            .spacing(10),
        );
        form = form.push(text(i18n.t("own-password-hint")).size(13).style(muted));
        over_the_screen(form, 520.0)
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Current(value) => self.current = value,
            Message::New(value) => {
                if Password::new(&value).is_ok() {
                    self.errors.clear(Field::Password);
                }
                self.new = value;
            }
            Message::Repeat(value) => {
                self.repeat = value;
                self.differ = false;
            }
            Message::Cancel => return Update::event(Event::Cancelled),
            Message::Submit if !self.busy => {
                self.differ = self.new != self.repeat;
                if self.differ {
                    return Update::none();
                }
                self.busy = true;
                self.failure = None;
                return Job::Change {
                    current: self.current.clone(),
                    new: self.new.clone(),
                }
                .into();
            }
            Message::Submit => {}
            Message::Done(Ok(())) => return Update::event(Event::Changed),
            Message::Done(Err(failure)) => {
                self.busy = false;
                self.errors = FieldErrors::from(failure.field_errors());
                if self.errors.is_empty() {
                    // A wrong current password: typed again, not kept.
                    self.current.clear();
                    self.failure = Some(failure);
                }
            }
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Change { current, new } => Message::Done(
                    staff::change_own_password(&c.db, &c.session, &current, &new).await,
                ),
            }
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
