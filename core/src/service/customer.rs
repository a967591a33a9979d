//! Customers' basic data: find, open, create and edit, with optimistic locking so that two
//! workstations never silently overwrite each other's changes.

use crate::domain::AuditAction;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;

use super::audit::Event;
use super::consent;
use super::listing_trail::{self, Listing};
use super::page::{PageRequest, Rows};
use super::write::{audited, write};
use super::{ServiceError, Session, authorize, refuse_early};
use crate::db::Db;
use crate::domain::consent::{ConsentKind, ConsentSource};
use crate::domain::consultation::Why;
pub use crate::domain::customer::Customer;
use crate::domain::customer::{CustomerInput, ValidCustomer};
use crate::domain::{Field, FieldError, Permission, Problem};
use crate::entity::customer;

impl From<customer::Model> for Customer {
    fn from(model: customer::Model) -> Self {
        Self {
            id: model.id,
            first_name: model.first_name,
            last_name: model.last_name,
            email: model.email,
            phone: model.phone,
            street_address: model.street_address,
            postal_code: model.postal_code,
            city: model.city,
            country: model.country,
            newsletter: model.newsletter,
            marketing_refused: model.marketing_refused,
            webshop_username: model.webshop_username,
            webshop_password_stored: model.webshop_password_hash.is_some(),
            webshop_customer_id: model.webshop_customer_id,
            last_webshop_login_at: model.last_webshop_login_at,
            to_check: model.to_check,
            company_name: model.company_name,
            vat_id: model.vat_id,
            created_at: model.created_at,
            updated_at: model.updated_at,
            version: model.version,
        }
    }
}

impl Customer {
    /// What staff must correct: the stored values the customer form would refuse (none unless
    /// an import kept a value as written).
    pub fn problems(&self) -> Vec<FieldError> {
        self.to_input().validate().err().unwrap_or_default()
    }

    /// The stored values as form text, to start an edit from.
    pub fn to_input(&self) -> CustomerInput {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        CustomerInput {
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            email: text(&self.email),
            phone: text(&self.phone),
            street_address: text(&self.street_address),
            postal_code: text(&self.postal_code),
            city: text(&self.city),
            country: self.country.clone(),
            newsletter: self.newsletter,
            webshop_username: text(&self.webshop_username),
            company_name: text(&self.company_name),
            vat_id: text(&self.vat_id),
        }
    }
}

/// One row of the customer list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerSummary {
    pub id: i32,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub city: Option<String>,
    pub company_name: Option<String>,
    /// Imported with a value kept as written for staff to check.
    pub to_check: bool,
}

impl From<customer::Model> for CustomerSummary {
    fn from(model: customer::Model) -> Self {
        Self {
            id: model.id,
            first_name: model.first_name,
            last_name: model.last_name,
            email: model.email,
            phone: model.phone,
            city: model.city,
            company_name: model.company_name,
            to_check: model.to_check,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CustomerSort {
    /// Surname, then first name.
    #[default]
    Name,
    /// The latest added first.
    Newest,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerQuery {
    /// Matches the start of a name (either order), email or phone number, or an order number.
    pub text: String,
    pub sort: CustomerSort,
    pub page: PageRequest,
}

/// Opens one customer; the read is recorded in the audit trail.
/// Opens a customer's data, for `why`: the read is audited with its purpose, which the
/// customer's register extract gives (C-579/21).
pub async fn get(db: &Db, session: &Session, id: i32, why: &Why) -> Result<Customer, ServiceError> {
    audited(db, session, Permission::CustomerData, async |txn, _| {
        let model = find(txn, id).await?;
        let event = Event::new(AuditAction::CustomerRead, Some(id)).with_details(json!({
            "purpose": why.purpose().as_str(),
            "purpose_words": why.words(),
        }));
        Ok((model.into(), event))
    })
    .await
}

pub async fn create(
    db: &Db,
    session: &Session,
    input: &CustomerInput,
) -> Result<Customer, ServiceError> {
    refuse_early(db.conn(), session, Permission::CustomerData).await?;
    let valid = input.validate()?;
    write(db, session, Permission::CustomerData, async |txn, staff| {
        refuse_taken_webshop_username(txn, &valid, None).await?;
        let created = insert(txn, &valid, &staff.username, ConsentSource::Staff).await?;
        let event = Event::new(AuditAction::CustomerCreate, Some(created.id));
        Ok((created.into(), event))
    })
    .await
}

/// Saves an edit made to the customer as it was at `expected_version`. If anyone saved the
/// customer since, nothing is written and the result is [`ServiceError::Conflict`].
pub async fn update(
    db: &Db,
    session: &Session,
    id: i32,
    expected_version: i32,
    input: &CustomerInput,
) -> Result<Customer, ServiceError> {
    refuse_early(db.conn(), session, Permission::CustomerData).await?;
    let valid = input.validate()?;
    write(db, session, Permission::CustomerData, async |txn, staff| {
        let before = find(txn, id).await?;
        if before.version != expected_version {
            return Err(ServiceError::Conflict("customer"));
        }
        refuse_taken_webshop_username(txn, &valid, Some(id)).await?;
        let now = Utc::now();
        let mut model = <customer::ActiveModel as Default>::default();
        apply(&mut model, &valid, now);
        // The version condition makes the write itself refuse a stale edit, whatever the
        // isolation level of the database.
        let result = customer::Entity::update_many()
            .set(model)
            .col_expr(
                customer::Column::Version,
                Expr::col(customer::Column::Version).add(1),
            )
            .filter(customer::Column::Id.eq(id))
            .filter(customer::Column::Version.eq(expected_version))
            .exec(txn)
            .await?;
        if result.rows_affected != 1 {
            return Err(ServiceError::Conflict("customer"));
        }
        let after = find(txn, id).await?;
        if before.newsletter != after.newsletter {
            let (kind, source) = (ConsentKind::Newsletter, ConsentSource::Staff);
            consent::record(txn, id, kind, after.newsletter, source, &staff.username).await?;
        }
        let event = Event::new(AuditAction::CustomerUpdate, Some(id))
            .with_details(json!({ "fields": audit_names(changed_fields(&before, &after)) }));
        Ok((after.into(), event))
    })
    .await
}

pub async fn search(
    db: &Db,
    session: &Session,
    query: &CustomerQuery,
) -> Result<Rows<CustomerSummary>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::CustomerData).await?;
    let page =
        super::customer_search::page(db.conn(), &query.text, query.sort, &query.page).await?;
    let shown = page.items.iter().map(|c| c.id);
    listing_trail::shown(db, &staff, Listing::Customers, shown).await?;
    Ok(page.map(CustomerSummary::from))
}

/// The customer whose number this is, typed as digits: as the search shows a customer, so
/// it is not a read of their data.
pub async fn by_number(
    db: &Db,
    session: &Session,
    typed: &str,
) -> Result<Option<CustomerSummary>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::CustomerData).await?;
    let typed = typed.trim();
    let number = match typed.parse::<i32>() {
        Ok(number) if typed.bytes().all(|b| b.is_ascii_digit()) && !typed.starts_with('0') => {
            number
        }
        _ => return Ok(None),
    };
    let found = customer::Entity::find_by_id(number).one(db.conn()).await?;
    let shown = found.iter().map(|c| c.id);
    listing_trail::shown(db, &staff, Listing::Customers, shown).await?;
    Ok(found.map(CustomerSummary::from))
}

/// One page of the customers an import kept with values to check, in name order. They are
/// few, and the index on the mark serves them in this order.
pub async fn to_check(
    db: &Db,
    session: &Session,
    page: &PageRequest,
) -> Result<Rows<CustomerSummary>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::CustomerData).await?;
    let rows = customer::Entity::find()
        .filter(customer::Column::ToCheck.eq(true))
        .order_by_asc(customer::Column::ReversedNameKey)
        .order_by_asc(customer::Column::Id)
        .offset(page.offset)
        .limit(page.fetch_limit())
        .all(db.conn())
        .await?;
    let rows = Rows::from_rows(rows, page);
    let shown = rows.items.iter().map(|c| c.id);
    listing_trail::shown(db, &staff, Listing::Customers, shown).await?;
    Ok(rows.map(CustomerSummary::from))
}

/// How many customers are marked to check, for the list's filter.
pub async fn count_to_check(db: &Db, session: &Session) -> Result<u64, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    Ok(customer::Entity::find()
        .filter(customer::Column::ToCheck.eq(true))
        .count(db.conn())
        .await?)
}

/// How many customers the register holds, for the list's heading.
pub async fn count(db: &Db, session: &Session) -> Result<u64, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    Ok(customer::Entity::find().count(db.conn()).await?)
}

async fn find(txn: &DatabaseTransaction, id: i32) -> Result<customer::Model, ServiceError> {
    customer::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(ServiceError::NotFound("customer"))
}

/// Inserts a customer; a newsletter subscription is recorded as a consent event from `source`.
pub(crate) async fn insert(
    txn: &DatabaseTransaction,
    valid: &ValidCustomer,
    recorded_by: &str,
    source: ConsentSource,
) -> Result<customer::Model, ServiceError> {
    insert_with_webshop_id(txn, valid, None, recorded_by, source).await
}

/// [`insert`] for a customer that comes from the webshop with its own customer number.
pub(crate) async fn insert_with_webshop_id(
    txn: &DatabaseTransaction,
    valid: &ValidCustomer,
    webshop_id: Option<&str>,
    recorded_by: &str,
    source: ConsentSource,
) -> Result<customer::Model, ServiceError> {
    let created = new_model(valid, webshop_id, Utc::now()).insert(txn).await?;
    if created.newsletter {
        consent::record(
            txn,
            created.id,
            ConsentKind::Newsletter,
            true,
            source,
            recorded_by,
        )
        .await?;
    }
    Ok(created)
}

/// [`insert_with_webshop_id`] for many customers at once, given as the rows [`new_model`]
/// makes; returns their ids.
pub(crate) async fn insert_many(
    txn: &DatabaseTransaction,
    models: Vec<customer::ActiveModel>,
    recorded_by: &str,
    source: ConsentSource,
) -> Result<Vec<i32>, ServiceError> {
    let ids = super::bulk::insert_returning_ids(txn, models).await?;
    for chunk in ids.chunks(1_000) {
        let subscribers: Vec<i32> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .filter(customer::Column::Id.is_in(chunk.iter().copied()))
            .filter(customer::Column::Newsletter.eq(true))
            .into_tuple()
            .all(txn)
            .await?;
        let consents = subscribers.into_iter().map(|id| {
            let kind = ConsentKind::Newsletter;
            consent::event_model(id, kind, true, source, recorded_by)
        });
        super::bulk::insert_plain(txn, consents.collect()).await?;
    }
    Ok(ids)
}

/// The row a new customer is stored as.
pub(crate) fn new_model(
    valid: &ValidCustomer,
    webshop_id: Option<&str>,
    now: DateTime<Utc>,
) -> customer::ActiveModel {
    let mut model = customer::ActiveModel {
        created_at: Set(now),
        version: Set(1),
        webshop_password_hash: Set(None),
        webshop_customer_id: Set(webshop_id.map(str::to_owned)),
        ..Default::default()
    };
    apply(&mut model, valid, now);
    model
}

async fn refuse_taken_webshop_username(
    txn: &DatabaseTransaction,
    valid: &ValidCustomer,
    except: Option<i32>,
) -> Result<(), ServiceError> {
    let Some(username) = &valid.webshop_username else {
        return Ok(());
    };
    let mut query =
        customer::Entity::find().filter(customer::Column::WebshopUsername.eq(username.as_str()));
    if let Some(id) = except {
        query = query.filter(customer::Column::Id.ne(id));
    }
    if query.count(txn).await? > 0 {
        return Err(ServiceError::invalid(FieldError::new(
            Field::WebshopUsername,
            Problem::AlreadyInUse,
        )));
    }
    Ok(())
}

/// Sets every column a form or a file gives from validated values. The values all validate, so
/// nothing is left to check.
pub(super) fn apply(model: &mut customer::ActiveModel, valid: &ValidCustomer, now: DateTime<Utc>) {
    let text = |value: &Option<String>| value.clone();
    model.first_name = Set(valid.first_name.clone());
    model.last_name = Set(valid.last_name.clone());
    model.email = Set(valid.email.as_ref().map(|e| e.as_str().to_owned()));
    model.email_key = Set(valid.email.as_ref().map(|e| e.search_key()));
    model.phone = Set(valid.phone.as_ref().map(|p| p.as_str().to_owned()));
    model.street_address = Set(text(&valid.street_address));
    model.postal_code = Set(valid.postal_code.as_ref().map(|p| p.as_str().to_owned()));
    model.city = Set(text(&valid.city));
    model.country = Set(valid.country.as_str().to_owned());
    model.newsletter = Set(valid.newsletter);
    model.webshop_username = Set(text(&valid.webshop_username));
    model.company_name = Set(text(&valid.company_name));
    model.vat_id = Set(valid.vat_id.as_ref().map(|v| v.as_str().to_owned()));
    model.name_key = Set(valid.name_key());
    model.reversed_name_key = Set(valid.reversed_name_key());
    model.updated_at = Set(now);
    model.to_check = Set(false);
}

/// The fields an edit changed, with the names the audit trail records: the trail says what was
/// changed, never to what, so that it holds no personal data that an erasure would have to
/// reach.
pub(super) fn changed_fields(
    before: &customer::Model,
    after: &customer::Model,
) -> Vec<(Field, &'static str)> {
    let pairs = [
        (
            Field::FirstName,
            "first_name",
            before.first_name != after.first_name,
        ),
        (
            Field::LastName,
            "last_name",
            before.last_name != after.last_name,
        ),
        (Field::Email, "email", before.email != after.email),
        (Field::Phone, "phone", before.phone != after.phone),
        (
            Field::StreetAddress,
            "street_address",
            before.street_address != after.street_address,
        ),
        (
            Field::PostalCode,
            "postal_code",
            before.postal_code != after.postal_code,
        ),
        (Field::City, "city", before.city != after.city),
        (Field::Country, "country", before.country != after.country),
        (
            Field::Newsletter,
            "newsletter",
            before.newsletter != after.newsletter,
        ),
        (
            Field::WebshopUsername,
            "webshop_username",
            before.webshop_username != after.webshop_username,
        ),
        (
            Field::CompanyName,
            "company_name",
            before.company_name != after.company_name,
        ),
        (Field::VatId, "vat_id", before.vat_id != after.vat_id),
    ];
    pairs
        .into_iter()
        .filter(|(_, _, changed)| *changed)
        .map(|(field, name, _)| (field, name))
        .collect()
}

fn audit_names(fields: Vec<(Field, &'static str)>) -> Vec<&'static str> {
    fields.into_iter().map(|(_, name)| name).collect()
}
