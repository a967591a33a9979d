//! The shop's details as a form: the first set-up and the organisation settings both show
//! them with these fields, each with its problem beside it.

use crate::i18n::I18n;
use iced::Element;
use iced::widget::{column, row};
use register::domain::organisation::OrganisationInput;
use register::domain::{Field, FieldErrors};

use crate::ui::widget::{input, labelled};

/// Every field of `values`, sending `changed(field, text)` as typed and `submit` on Enter.
pub fn view<'a, M: Clone + 'a>(
    values: &'a OrganisationInput,
    errors: &'a FieldErrors,
    i18n: &I18n,
    changed: impl Fn(Field, String) -> M + Copy + 'a,
    submit: M,
) -> Element<'a, M> {
    let field = |field: Field, id: &'static str, value: &'a str| {
        labelled(
            i18n.field(field),
            input(id, value, move |value| changed(field, value)).on_submit(submit.clone()),
            i18n.problem_at(errors, field),
        )
    };
    column![
        field(
            Field::ControllerName,
            "controller-name",
            &values.controller_name
        ),
        row![
            field(Field::BusinessId, "business-id", &values.business_id),
            field(
                Field::ContactPerson,
                "contact-person",
                &values.contact_person
            ),
        ]
        .spacing(12),
        row![
            field(Field::Email, "email", &values.email),
            field(Field::Phone, "phone", &values.phone),
        ]
        .spacing(12),
        field(
            Field::StreetAddress,
            "street-address",
            &values.street_address
        ),
        row![
            field(Field::PostalCode, "postal-code", &values.postal_code),
            field(Field::City, "city", &values.city),
        ]
        .spacing(12),
        field(
            Field::NoticeAddress,
            "notice-address",
            &values.notice_address
        ),
    ]
    .spacing(14)
    .into()
}

/// The text of `input` that `field` edits, if it is one of the shop's details.
pub fn slot(input: &mut OrganisationInput, field: Field) -> Option<&mut String> {
    Some(match field {
        Field::ControllerName => &mut input.controller_name,
        Field::BusinessId => &mut input.business_id,
        Field::ContactPerson => &mut input.contact_person,
        Field::Email => &mut input.email,
        Field::Phone => &mut input.phone,
        Field::StreetAddress => &mut input.street_address,
        Field::PostalCode => &mut input.postal_code,
        Field::City => &mut input.city,
        Field::NoticeAddress => &mut input.notice_address,
        _ => return None,
    })
}
