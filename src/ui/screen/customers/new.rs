//! A new customer, e.g. for an order taken by phone.

use crate::i18n::I18n;
use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Element, Length};
use register::domain::FieldErrors;
use register::domain::customer::CustomerInput;
use register::service::customer::{self, Customer};
use register::service::{ServiceError, ServiceResult};

use super::form::{self, Form};
use crate::ui::widget::{discard_question, error_banner, title};

#[derive(Debug, Default)]
pub struct State {
    form: Form,
    /// The form as it opened: leaving it changed asks first.
    blank: CustomerInput,
    asking_discard: bool,
    saving: bool,
    failure: Option<ServiceError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Form(form::Message),
    Cancel,
    /// What was typed is thrown away, as asked.
    Discard,
    KeepEditing,
    Created(ServiceResult<Box<Customer>>),
}

#[derive(Debug)]
pub enum Job {
    Create(Box<CustomerInput>),
}

/// What the form tells the customers screen.
#[derive(Debug)]
pub enum Event {
    Created(Box<Customer>),
    Cancel,
}

impl State {
    pub fn new() -> Self {
        let blank = CustomerInput {
            country: "FI".into(),
            ..CustomerInput::default()
        };
        Self {
            form: Form::new(blank.clone()),
            blank,
            ..Self::default()
        }
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut content = column![title(i18n.t("new-customer"))]
            .spacing(14)
            .max_width(760);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        } else if !self.form.errors.is_empty() {
            content = content.push(error_banner(i18n.t("fix-fields")));
        }
        let label = if self.saving { "saving" } else { "create" };
        content = content.push(self.form.view(i18n).map(Message::Form));
        if self.asking_discard {
            content = content.push(discard_question(
                i18n,
                Message::Discard,
                Message::KeepEditing,
            ));
        }
        // The buttons stay in view below the form, however far it runs.
        let actions = row![
            button(text(i18n.t(label)))
                .on_press_maybe((!self.saving).then_some(Message::Form(form::Message::Submit))),
            button(text(i18n.t("cancel")))
                .style(button::secondary)
                .on_press(Message::Cancel),
        ]
        .spacing(10);
        column![
            scrollable(content.padding(20)).height(Length::Fill),
            container(actions).padding([10, 20]),
        ]
        .into()
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Form(message) => {
                if self.form.update(message) && !self.saving {
                    self.saving = true;
                    self.failure = None;
                    return Job::Create(Box::new(self.form.input.clone())).into();
                }
            }
            Message::Cancel if self.form.input != self.blank => self.asking_discard = true,
            Message::Cancel | Message::Discard => return Update::event(Event::Cancel),
            Message::KeepEditing => self.asking_discard = false,
            Message::Created(Ok(customer)) => return Update::event(Event::Created(customer)),
            Message::Created(Err(failure)) => {
                self.saving = false;
                self.form.errors = FieldErrors::from(failure.field_errors());
                if self.form.errors.is_empty() {
                    self.failure = Some(failure);
                }
            }
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Create(input) => {
                    let created = customer::create(&c.db, &c.session, &input).await;
                    Message::Created(created.map(Box::new))
                }
            }
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
