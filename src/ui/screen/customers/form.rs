//! The customer form, shared by editing and by creating a customer for a phone order.

use crate::i18n::I18n;
use iced::Element;
use iced::widget::{checkbox, column, row};
use register::domain::Field;
use register::domain::FieldErrors;
use register::domain::customer::CustomerInput;

use crate::ui::widget::{country_picker, input, labelled};
use register::domain::Phone;

const TEXT_FIELDS: [Field; 11] = [
    Field::FirstName,
    Field::LastName,
    Field::Email,
    Field::Phone,
    Field::StreetAddress,
    Field::PostalCode,
    Field::City,
    Field::Country,
    Field::WebshopUsername,
    Field::CompanyName,
    Field::VatId,
];

/// The form's first field, which has the keyboard as the form opens.
pub const FIRST: &str = "first-name";

#[derive(Debug, Clone, Default)]
pub struct Form {
    pub input: CustomerInput,
    pub errors: FieldErrors,
}

#[derive(Debug, Clone)]
pub enum Message {
    Changed(Field, String),
    Newsletter(bool),
    Submit,
}

/// A stored customer as the form shows it to edit: the phone number spaced as the customer's
/// page shows it (the service reads either way).
pub fn for_editing(mut input: CustomerInput) -> CustomerInput {
    if !input.phone.trim().is_empty() {
        input.phone = Phone::display(&input.phone);
    }
    input
}

impl Form {
    pub fn new(input: CustomerInput) -> Self {
        Self {
            input,
            errors: FieldErrors::default(),
        }
    }

    /// Applies an edit; `true` when the user asked to save.
    pub fn update(&mut self, message: Message) -> bool {
        match message {
            Message::Changed(field, value) => {
                if let Some(slot) = self.slot(field) {
                    *slot = value;
                }
                false
            }
            Message::Newsletter(value) => {
                self.input.newsletter = value;
                false
            }
            Message::Submit => true,
        }
    }

    /// Carries the user's edits over to a newer version of the customer: a field the user
    /// changed keeps the user's value, every other field takes the newer stored value.
    pub fn rebase(&mut self, base: &CustomerInput, latest: CustomerInput) {
        let mine = std::mem::replace(&mut self.input, latest);
        let mine = Form::new(mine);
        let base = Form::new(base.clone());
        for field in TEXT_FIELDS {
            if mine.value(field) != base.value(field)
                && let Some(slot) = self.slot(field)
            {
                *slot = mine.value(field).to_owned();
            }
        }
        if mine.input.newsletter != base.input.newsletter {
            self.input.newsletter = mine.input.newsletter;
        }
        self.errors = FieldErrors::default();
    }

    fn slot(&mut self, field: Field) -> Option<&mut String> {
        let input = &mut self.input;
        Some(match field {
            Field::FirstName => &mut input.first_name,
            Field::LastName => &mut input.last_name,
            Field::Email => &mut input.email,
            Field::Phone => &mut input.phone,
            Field::StreetAddress => &mut input.street_address,
            Field::PostalCode => &mut input.postal_code,
            Field::City => &mut input.city,
            Field::Country => &mut input.country,
            Field::WebshopUsername => &mut input.webshop_username,
            Field::CompanyName => &mut input.company_name,
            Field::VatId => &mut input.vat_id,
            _ => return None,
        })
    }

    fn value(&self, field: Field) -> &str {
        let input = &self.input;
        match field {
            Field::FirstName => &input.first_name,
            Field::LastName => &input.last_name,
            Field::Email => &input.email,
            Field::Phone => &input.phone,
            Field::StreetAddress => &input.street_address,
            Field::PostalCode => &input.postal_code,
            Field::City => &input.city,
            Field::Country => &input.country,
            Field::WebshopUsername => &input.webshop_username,
            Field::CompanyName => &input.company_name,
            Field::VatId => &input.vat_id,
            _ => "",
        }
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let field = |field: Field, id: &'static str| {
            labelled(
                i18n.field(field),
                input(id, self.value(field), move |value| {
                    Message::Changed(field, value)
                })
                .on_submit(Message::Submit),
                i18n.problem_at(&self.errors, field),
            )
        };
        column![
            row![
                field(Field::FirstName, FIRST),
                field(Field::LastName, "last-name")
            ]
            .spacing(12),
            row![field(Field::Email, "email"), field(Field::Phone, "phone")].spacing(12),
            field(Field::StreetAddress, "street-address"),
            row![
                field(Field::PostalCode, "postal-code"),
                field(Field::City, "city"),
                labelled(
                    i18n.field(Field::Country),
                    country_picker(i18n, &self.input.country, |code| {
                        Message::Changed(Field::Country, code)
                    }),
                    i18n.problem_at(&self.errors, Field::Country),
                ),
            ]
            .spacing(12),
            row![
                field(Field::CompanyName, "company-name"),
                field(Field::VatId, "vat-id"),
            ]
            .spacing(12),
            field(Field::WebshopUsername, "webshop-username"),
            checkbox(self.input.newsletter)
                .label(i18n.t("newsletter-subscribed"))
                .on_toggle(Message::Newsletter),
        ]
        .spacing(12)
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebase_keeps_my_changes_and_takes_theirs_elsewhere() {
        let base = CustomerInput {
            first_name: "Aino".into(),
            city: "Jyväskylä".into(),
            phone: "040 1".into(),
            ..CustomerInput::default()
        };
        let mut form = Form::new(CustomerInput {
            city: "Tampere".into(),
            ..base.clone()
        });
        let latest = CustomerInput {
            phone: "050 2".into(),
            ..base.clone()
        };
        form.rebase(&base, latest);
        assert_eq!(form.input.city, "Tampere");
        assert_eq!(form.input.phone, "050 2");
        assert_eq!(form.input.first_name, "Aino");
    }
}
