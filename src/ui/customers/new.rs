//! A new customer, e.g. for an order taken by phone.

use crate::i18n::I18n;
use iced::widget::{button, column, row, scrollable, text};
use iced::{Element, Length};
use register::db::Db;
use register::domain::FieldErrors;
use register::domain::customer::CustomerInput;
use register::service::Session;
use register::service::customer::{self, Customer};

use super::form::{self, Form};
use crate::ui::outcome::{Failure, Outcome, outcome};
use crate::ui::widgets::{error_banner, title};

#[derive(Debug, Default)]
pub struct State {
    form: Form,
    saving: bool,
    failure: Option<Failure>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Form(form::Message),
    Cancel,
    Created(Outcome<Box<Customer>>),
}

pub enum Action {
    None,
    Create(Box<CustomerInput>),
    Created(Box<Customer>),
    Cancel,
}

impl State {
    pub fn new() -> Self {
        Self {
            form: Form::new(CustomerInput {
                country: "FI".into(),
                ..CustomerInput::default()
            }),
            ..Self::default()
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Form(message) => {
                if self.form.update(message) && !self.saving {
                    self.saving = true;
                    self.failure = None;
                    return Action::Create(Box::new(self.form.input.clone()));
                }
            }
            Message::Cancel => return Action::Cancel,
            Message::Created(Ok(customer)) => return Action::Created(customer),
            Message::Created(Err(failure)) => {
                self.saving = false;
                self.form.errors = FieldErrors::from(failure.field_errors());
                if self.form.errors.is_empty() {
                    self.failure = Some(failure);
                }
            }
        }
        Action::None
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
        content = content.push(self.form.view(i18n).map(Message::Form)).push(
            row![
                button(text(i18n.t(label)))
                    .on_press_maybe((!self.saving).then_some(Message::Form(form::Message::Submit))),
                button(text(i18n.t("cancel")))
                    .style(button::secondary)
                    .on_press(Message::Cancel),
            ]
            .spacing(10),
        );
        scrollable(content.padding(20)).height(Length::Fill).into()
    }
}

pub async fn create(db: Db, session: Session, input: CustomerInput) -> Message {
    Message::Created(outcome(
        customer::create(&db, &session, &input).await.map(Box::new),
    ))
}
