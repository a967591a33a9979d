//! A customer as the webshop's export gives them. A new customer is stored with every value,
//! those that do not validate kept as written and the customer marked to check. A customer
//! already in the register is brought up to date without losing what staff entered: a value
//! the file leaves blank is not in the file, and a value that does not validate does not
//! replace one the register holds.

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, DatabaseTransaction,
    EntityTrait, IntoActiveModel, ModelTrait, QueryFilter, TryIntoModel, Value,
};

use super::ServiceError;
use super::consent;
use super::customer::{self as customers, apply, changed_fields};
use crate::domain::Email;
use crate::domain::Field;
use crate::domain::consent::{ConsentKind, ConsentSource};
use crate::domain::customer::{Customer, ValidCustomer, name_key};
use crate::entity::customer;
use crate::import::Unchecked;
use crate::import::shopify_customers::ShopifyCustomer;

/// The fields a row may leave blank or give in a form that does not validate, and their columns.
const OPTIONAL: [(Field, customer::Column); 10] = [
    (Field::FirstName, customer::Column::FirstName),
    (Field::LastName, customer::Column::LastName),
    (Field::Email, customer::Column::Email),
    (Field::Phone, customer::Column::Phone),
    (Field::StreetAddress, customer::Column::StreetAddress),
    (Field::PostalCode, customer::Column::PostalCode),
    (Field::City, customer::Column::City),
    (Field::Country, customer::Column::Country),
    (Field::CompanyName, customer::Column::CompanyName),
    (Field::VatId, customer::Column::VatId),
];

fn column(field: Field) -> Option<customer::Column> {
    OPTIONAL
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, column)| *column)
}

fn text(value: &str) -> Value {
    Value::String(Some(value.to_owned()))
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::String(Some(text)) => text.is_empty(),
        _ => true,
    }
}

/// The row a new customer from a file is stored as: the values that validate, and those that
/// do not as written, which marks the customer to check.
pub(crate) fn new_row(
    valid: &ValidCustomer,
    webshop_id: Option<&str>,
    unchecked: &[Unchecked],
) -> customer::ActiveModel {
    let mut model = customers::new_model(valid, webshop_id, Utc::now());
    for kept in unchecked {
        if let Some(column) = column(kept.field) {
            model.set(column, text(&kept.written));
        }
    }
    model.to_check = Set(!unchecked.is_empty());
    model
}

/// What a webshop row did to a stored customer.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct WebshopUpdate {
    /// The fields that changed; none when the row matched the register.
    pub changed: Vec<Field>,
    /// The fields the file left blank or gave in a form that does not validate, where the
    /// register keeps what it holds.
    pub kept: Vec<Field>,
    /// The row would have subscribed the newsletter again, but the customer had withdrawn it
    /// through customer service; the withdrawal stands.
    pub kept_withdrawal: bool,
    /// Whether the stored row was written over.
    pub stored: bool,
    /// The consent event a change of the newsletter recorded.
    pub consent_event: Option<i32>,
}

/// Brings a stored customer up to date with the webshop's row. Nothing is written when nothing
/// differs, so the version stays. The webshop knows no username, so that stays as staff entered
/// it; and a newsletter withdrawn through customer service is not subscribed again by an export.
pub(crate) async fn update(
    txn: &DatabaseTransaction,
    before: &customer::Model,
    row: &ShopifyCustomer,
    recorded_by: &str,
) -> Result<WebshopUpdate, ServiceError> {
    let now = Utc::now();
    let mut from_file = before.clone().into_active_model();
    apply(&mut from_file, &row.customer, now);
    let mut after = from_file.try_into_model()?;
    after.webshop_username = before.webshop_username.clone();
    let mut kept = Vec::new();
    for (field, column) in OPTIONAL {
        let unchecked = row.unchecked.iter().find(|u| u.field == field);
        if unchecked.is_none() && !row.blank.contains(&field) {
            continue;
        }
        let file_value = unchecked.map_or_else(|| after.get(column), |u| text(&u.written));
        let stored = before.get(column);
        if is_blank(&stored) {
            after.set(column, file_value);
        } else {
            if file_value != stored {
                kept.push(field);
            }
            after.set(column, stored);
        }
    }
    after.email_key = after
        .email
        .as_deref()
        .and_then(|email| Email::parse_optional(email).ok().flatten())
        .map(|email| email.search_key());
    after.name_key = name_key(&after.first_name, &after.last_name);
    after.reversed_name_key = name_key(&after.last_name, &after.first_name);
    // Every value from the file validated, and so did every value the register keeps unless
    // the customer was already to check: only then is the whole row checked again.
    after.to_check = (!row.unchecked.is_empty() || before.to_check)
        && !Customer::from(after.clone()).problems().is_empty();
    let kept_withdrawal = !before.newsletter
        && after.newsletter
        && withdrawn_by_customer_service(txn, before.id).await?;
    if kept_withdrawal {
        after.newsletter = false;
    }
    if let Some(id) = &row.webshop_id {
        after.webshop_customer_id = Some(id.clone());
    }
    let mut changed: Vec<Field> = changed_fields(before, &after)
        .into_iter()
        .map(|(field, _)| field)
        .collect();
    if before.webshop_customer_id != after.webshop_customer_id {
        changed.push(Field::WebshopCustomerId);
    }
    let stored = !changed.is_empty() || before.to_check != after.to_check;
    if stored {
        store(txn, before, &after).await?;
    }
    let consent_event = if before.newsletter != after.newsletter {
        let source = ConsentSource::Webshop;
        let granted = after.newsletter;
        let kind = ConsentKind::Newsletter;
        Some(consent::record(txn, before.id, kind, granted, source, recorded_by).await?)
    } else {
        None
    };
    Ok(WebshopUpdate {
        changed,
        kept,
        kept_withdrawal,
        stored,
        consent_event,
    })
}

/// Writes `after` over the stored row, counting the version up.
async fn store(
    txn: &DatabaseTransaction,
    before: &customer::Model,
    after: &customer::Model,
) -> Result<(), ServiceError> {
    let mut model = after.clone().into_active_model().reset_all();
    model.id = NotSet;
    model.version = NotSet;
    model.created_at = NotSet;
    customer::Entity::update_many()
        .set(model)
        .col_expr(
            customer::Column::Version,
            Expr::col(customer::Column::Version).add(1),
        )
        .filter(customer::Column::Id.eq(before.id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Whether the customer's newsletter was last withdrawn through customer service (by phone,
/// email, letter or on the customer form) rather than in the webshop.
async fn withdrawn_by_customer_service(
    txn: &DatabaseTransaction,
    customer_id: i32,
) -> Result<bool, ServiceError> {
    let latest = consent::latest(txn, customer_id, ConsentKind::Newsletter).await?;
    Ok(latest.is_some_and(|event| {
        !event.granted
            && matches!(
                event.source.parse(),
                Ok(ConsentSource::Phone
                    | ConsentSource::Email
                    | ConsentSource::Letter
                    | ConsentSource::Staff)
            )
    }))
}
