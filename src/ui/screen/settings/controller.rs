//! The controller's details, printed on every register extract, letter and privacy notice.

use crate::i18n::I18n;
use iced::widget::{button, column, text};
use iced::{Element, Length};
use register::domain::Field;
use register::domain::FieldErrors;
use register::domain::organisation::OrganisationInput;
use register::service::settings::Organisation;
use register::service::{ServiceError, ServiceResult};

use crate::ui::widget::organisation_fields;
use crate::ui::widget::{error_banner, notice};

#[derive(Debug, Default)]
pub struct State {
    input: Option<OrganisationInput>,
    /// The version the form was loaded at, which the save names.
    version: i32,
    errors: FieldErrors,
    saving: bool,
    saved: bool,
    failure: Option<ServiceError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ServiceResult<Box<Organisation>>),
    Changed(Field, String),
    Save,
    Saved(ServiceResult<Box<Organisation>>),
}

/// What the form tells the settings screen.
#[derive(Debug)]
pub enum Event {
    Save(i32, Box<OrganisationInput>),
    Saved,
}

impl State {
    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Loaded(Ok(organisation)) => self.show(&organisation),
            Message::Loaded(Err(failure)) => self.failure = Some(failure),
            Message::Changed(field, value) => {
                self.saved = false;
                if let Some(slot) = self
                    .input
                    .as_mut()
                    .and_then(|input| organisation_fields::slot(input, field))
                {
                    *slot = value;
                }
            }
            Message::Save => {
                if let Some(input) = &self.input
                    && !self.saving
                {
                    self.saving = true;
                    self.failure = None;
                    return Some(Event::Save(self.version, Box::new(input.clone())));
                }
            }
            Message::Saved(Ok(organisation)) => {
                self.saving = false;
                self.saved = true;
                self.errors = FieldErrors::default();
                self.show(&organisation);
                return Some(Event::Saved);
            }
            Message::Saved(Err(failure)) => {
                self.saving = false;
                self.errors = FieldErrors::from(failure.field_errors());
                if self.errors.is_empty() {
                    self.failure = Some(failure);
                }
            }
        }
        None
    }

    fn show(&mut self, organisation: &Organisation) {
        self.input = Some(organisation.to_input());
        self.version = organisation.version;
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut content = column![].spacing(14).width(Length::Fill);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if self.saved {
            content = content.push(notice(i18n.t("saved")));
        }
        let Some(values) = &self.input else {
            return content.push(text(i18n.t("loading"))).into();
        };
        content
            .push(text(i18n.t("organisation-all-required")))
            .push(organisation_fields::view(
                values,
                &self.errors,
                i18n,
                Message::Changed,
                Message::Save,
            ))
            .push(
                button(text(i18n.t(if self.saving { "saving" } else { "save" })))
                    .on_press_maybe((!self.saving).then_some(Message::Save)),
            )
            .into()
    }
}
