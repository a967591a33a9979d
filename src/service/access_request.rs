//! The register of access requests: a signed letter is logged, checked, and answered with a
//! register extract (or rejected with a reason) within one month, or three when extended.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::audit::{self, Actor, Event};
use super::page::{Page, PageRequest};
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::access_request::{
    self, AccessRequestInput, AccessRequestStatus, Urgency, due_date, extended_due_date,
};
use crate::domain::{Field, FieldError, Permission, Problem, required_text};
use crate::entity::{access_request as entity, access_request_letter as letter, customer};

/// The largest scanned letter accepted: a multi-page scan at a readable resolution.
pub const MAX_LETTER_BYTES: usize = 20 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRequest {
    pub id: i32,
    pub reference: String,
    pub customer_id: Option<i32>,
    pub requester_name: String,
    pub received_on: NaiveDate,
    /// The deadline in force: the extended one if the request was extended.
    pub due_on: NaiveDate,
    pub extended: bool,
    pub extension_reason: Option<String>,
    pub logged_by: String,
    pub logged_at: DateTime<Utc>,
    pub signed: bool,
    pub identity_verified: bool,
    pub identity_method: Option<String>,
    pub letter_file_name: Option<String>,
    pub letter_sha256: Option<String>,
    pub status: AccessRequestStatus,
    pub rejection_reason: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub extract_sha256: Option<String>,
    pub extract_generated_by: Option<String>,
    pub extract_generated_at: Option<DateTime<Utc>>,
    pub version: i32,
}

impl AccessRequest {
    fn from_model(model: entity::Model) -> Result<Self, ServiceError> {
        let status = model.status.parse().map_err(ServiceError::UnexpectedData)?;
        Ok(Self {
            id: model.id,
            reference: model.reference,
            customer_id: model.customer_id,
            requester_name: model.requester_name,
            received_on: model.received_on,
            due_on: model.extended_due_on.unwrap_or(model.due_on),
            extended: model.extended_due_on.is_some(),
            extension_reason: model.extension_reason,
            logged_by: model.logged_by,
            logged_at: model.logged_at,
            signed: model.signed,
            identity_verified: model.identity_verified,
            identity_method: model.identity_method,
            letter_file_name: model.letter_file_name,
            letter_sha256: model.letter_sha256,
            status,
            rejection_reason: model.rejection_reason,
            answered_at: model.answered_at,
            extract_sha256: model.extract_sha256,
            extract_generated_by: model.extract_generated_by,
            extract_generated_at: model.extract_generated_at,
            version: model.version,
        })
    }

    pub fn urgency(&self, today: NaiveDate) -> Urgency {
        access_request::urgency(self.status, self.due_on, today)
    }
}

/// The checklist of a received letter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checklist {
    pub signed: bool,
    pub identity_verified: bool,
    /// How, e.g. "compared the signature and address with the customer's order history".
    pub identity_method: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRequestQuery {
    pub open_only: bool,
    pub page: PageRequest,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub file_name: String,
    pub content: Vec<u8>,
}

/// Logs a letter on the day it arrived; the deadline is set from the receipt date.
pub async fn log(
    db: &Db,
    session: &Session,
    input: &AccessRequestInput,
) -> Result<AccessRequest, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    let valid = input.validate(crate::format::today())?;
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, Permission::AccessRequests).await?;
    if let Some(customer_id) = valid.customer_id {
        refuse_unknown_customer(&txn, customer_id).await?;
    }
    let reference = next_reference(&txn, valid.received_on).await?;
    let created = entity::ActiveModel {
        reference: Set(reference),
        customer_id: Set(valid.customer_id),
        requester_name: Set(valid.requester_name),
        received_on: Set(valid.received_on),
        due_on: Set(due_date(valid.received_on)),
        extended_due_on: Set(None),
        extension_reason: Set(None),
        logged_by_staff_id: Set(staff.id),
        logged_by: Set(staff.username.clone()),
        logged_at: Set(Utc::now()),
        signed: Set(false),
        identity_verified: Set(false),
        identity_method: Set(None),
        letter_file_name: Set(None),
        letter_sha256: Set(None),
        status: Set(AccessRequestStatus::Received.as_str().to_owned()),
        rejection_reason: Set(None),
        answered_at: Set(None),
        extract_sha256: Set(None),
        extract_generated_by: Set(None),
        extract_generated_at: Set(None),
        version: Set(1),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let event = Event::new("access_request.log", "access_request", Some(created.id))
        .with_details(json!({ "customer": created.customer_id }));
    audit::append(&txn, &Actor::from(&staff), event).await?;
    txn.commit().await?;
    AccessRequest::from_model(created)
}

/// "TP-2026-0007": the seventh request received in 2026 (tarkastuspyyntö).
async fn next_reference(
    txn: &DatabaseTransaction,
    received_on: NaiveDate,
) -> Result<String, ServiceError> {
    let prefix = format!("TP-{}-", received_on.format("%Y"));
    let taken = entity::Entity::find()
        .filter(entity::Column::Reference.starts_with(&prefix))
        .count(txn)
        .await?;
    Ok(format!("{prefix}{:04}", taken + 1))
}

async fn refuse_unknown_customer(
    txn: &DatabaseTransaction,
    customer_id: i32,
) -> Result<(), ServiceError> {
    if customer::Entity::find_by_id(customer_id)
        .one(txn)
        .await?
        .is_none()
    {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::Required,
        )));
    }
    Ok(())
}

/// Open requests by their deadline (most urgent first), then closed ones newest first.
pub async fn list(
    db: &Db,
    session: &Session,
    query: &AccessRequestQuery,
) -> Result<Page<AccessRequest>, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    let open: Vec<&str> = AccessRequestStatus::ALL
        .into_iter()
        .filter(|s| s.is_open())
        .map(AccessRequestStatus::as_str)
        .collect();
    let mut select = entity::Entity::find();
    if query.open_only {
        select = select.filter(entity::Column::Status.is_in(open));
    }
    let rows = select
        .order_by_asc(entity::Column::AnsweredAt.is_not_null())
        .order_by_asc(entity::Column::DueOn)
        .order_by_asc(entity::Column::Id)
        .offset(query.page.offset)
        .limit(query.page.fetch_limit())
        .all(db.conn())
        .await?;
    let mut page = Page::from_rows(rows, &query.page);
    let items = std::mem::take(&mut page.items)
        .into_iter()
        .map(AccessRequest::from_model)
        .collect::<Result<_, _>>()?;
    Ok(page.keep_position(items))
}

pub async fn get(db: &Db, session: &Session, id: i32) -> Result<AccessRequest, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    let model = entity::Entity::find_by_id(id)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound("access request"))?;
    AccessRequest::from_model(model)
}

pub async fn set_checklist(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    checklist: &Checklist,
) -> Result<AccessRequest, ServiceError> {
    let method = if checklist.identity_verified {
        Some(required_text(
            Field::IdentityMethod,
            &checklist.identity_method,
            500,
        )?)
    } else {
        None
    };
    change(
        db,
        session,
        id,
        version,
        "access_request.checklist",
        |current, update| {
            require_open(current)?;
            update.signed = Set(checklist.signed);
            update.identity_verified = Set(checklist.identity_verified);
            update.identity_method = Set(method);
            Ok(())
        },
    )
    .await
}

pub async fn match_customer(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    customer_id: i32,
) -> Result<AccessRequest, ServiceError> {
    let exists = customer::Entity::find_by_id(customer_id)
        .one(db.conn())
        .await?
        .is_some();
    if !exists {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::Required,
        )));
    }
    change(
        db,
        session,
        id,
        version,
        "access_request.match",
        |current, update| {
            require_open(current)?;
            update.customer_id = Set(Some(customer_id));
            Ok(())
        },
    )
    .await
}

/// The request is genuine: signed by the customer, whose identity was checked.
pub async fn mark_verified(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
) -> Result<AccessRequest, ServiceError> {
    change(
        db,
        session,
        id,
        version,
        "access_request.verify",
        |current, update| {
            if current.status != AccessRequestStatus::Received.as_str() {
                return Err(ServiceError::WrongState("access request"));
            }
            let mut missing = Vec::new();
            if current.customer_id.is_none() {
                missing.push(FieldError::new(Field::MatchedCustomer, Problem::Required));
            }
            if !current.signed {
                missing.push(FieldError::new(Field::Signed, Problem::Required));
            }
            if !current.identity_verified {
                missing.push(FieldError::new(Field::IdentityVerified, Problem::Required));
            }
            if !missing.is_empty() {
                return Err(ServiceError::Invalid(missing));
            }
            update.status = Set(AccessRequestStatus::Verified.as_str().to_owned());
            Ok(())
        },
    )
    .await
}

pub async fn reject(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    reason: &str,
) -> Result<AccessRequest, ServiceError> {
    let reason = access_request::reason(Field::RejectionReason, reason)?;
    change(
        db,
        session,
        id,
        version,
        "access_request.reject",
        |current, update| {
            require_open(current)?;
            update.status = Set(AccessRequestStatus::Rejected.as_str().to_owned());
            update.rejection_reason = Set(Some(reason));
            update.answered_at = Set(Some(Utc::now()));
            Ok(())
        },
    )
    .await
}

/// Extends the deadline by two months (Art. 12(3)); the customer must be told why.
pub async fn extend(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    reason: &str,
) -> Result<AccessRequest, ServiceError> {
    let reason = access_request::reason(Field::ExtensionReason, reason)?;
    change(
        db,
        session,
        id,
        version,
        "access_request.extend",
        |current, update| {
            require_open(current)?;
            if current.extended_due_on.is_some() {
                return Err(ServiceError::invalid(FieldError::new(
                    Field::ExtensionReason,
                    Problem::AlreadyExtended,
                )));
            }
            update.extended_due_on = Set(Some(extended_due_date(current.received_on)));
            update.extension_reason = Set(Some(reason));
            Ok(())
        },
    )
    .await
}

/// Stores the scanned letter with its SHA-256, replacing an earlier scan.
pub async fn attach_letter(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    file_name: &str,
    content: Vec<u8>,
) -> Result<AccessRequest, ServiceError> {
    if content.is_empty() {
        return Err(ServiceError::invalid(FieldError::new(
            Field::Letter,
            Problem::Required,
        )));
    }
    if content.len() > MAX_LETTER_BYTES {
        return Err(ServiceError::invalid(FieldError::new(
            Field::Letter,
            Problem::OutOfRange {
                min: 1,
                max: MAX_LETTER_BYTES as i64,
            },
        )));
    }
    let file_name = required_text(Field::Letter, file_name, 255)?;
    let digest = hex::encode(Sha256::digest(&content));
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, Permission::AccessRequests).await?;
    let current = load_version(&txn, id, version).await?;
    let mut update: entity::ActiveModel = current.into();
    update.letter_file_name = Set(Some(file_name));
    update.letter_sha256 = Set(Some(digest.clone()));
    update.version = Set(version + 1);
    let updated = update.update(&txn).await?;
    letter::Entity::delete_by_id(id).exec(&txn).await?;
    letter::ActiveModel {
        access_request_id: Set(id),
        content: Set(content),
    }
    .insert(&txn)
    .await?;
    let event = Event::new("access_request.attach_letter", "access_request", Some(id))
        .with_details(json!({ "sha256": digest }));
    audit::append(&txn, &Actor::from(&staff), event).await?;
    txn.commit().await?;
    AccessRequest::from_model(updated)
}

/// The scanned letter, to look at; reading it is audited as it holds personal data.
pub async fn letter(db: &Db, session: &Session, id: i32) -> Result<Letter, ServiceError> {
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, Permission::AccessRequests).await?;
    let request = entity::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound("access request"))?;
    let stored = letter::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound("scanned letter"))?;
    audit::append(
        &txn,
        &Actor::from(&staff),
        Event::new("access_request.read_letter", "access_request", Some(id)),
    )
    .await?;
    txn.commit().await?;
    Ok(Letter {
        file_name: request.letter_file_name.unwrap_or_default(),
        content: stored.content,
    })
}

/// Closes a verified request as answered with the extract of this SHA-256, inside the caller's
/// transaction.
pub(crate) async fn record_answer(
    txn: &DatabaseTransaction,
    staff: &crate::entity::staff_user::Model,
    id: i32,
    version: i32,
    customer_id: i32,
    sha256: &str,
) -> Result<(), ServiceError> {
    let current = load_version(txn, id, version).await?;
    if current.status != AccessRequestStatus::Verified.as_str() {
        return Err(ServiceError::WrongState("access request"));
    }
    if current.customer_id != Some(customer_id) {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::Required,
        )));
    }
    let now = Utc::now();
    let mut update: entity::ActiveModel = current.into();
    update.status = Set(AccessRequestStatus::Answered.as_str().to_owned());
    update.answered_at = Set(Some(now));
    update.extract_sha256 = Set(Some(sha256.to_owned()));
    update.extract_generated_by = Set(Some(staff.username.clone()));
    update.extract_generated_at = Set(Some(now));
    update.version = Set(version + 1);
    update.update(txn).await?;
    let event = Event::new("access_request.answer", "access_request", Some(id))
        .with_details(json!({ "sha256": sha256 }));
    audit::append(txn, &Actor::from(staff), event).await?;
    Ok(())
}

fn require_open(current: &entity::Model) -> Result<(), ServiceError> {
    let open = current
        .status
        .parse::<AccessRequestStatus>()
        .map_err(ServiceError::UnexpectedData)?
        .is_open();
    if open {
        Ok(())
    } else {
        Err(ServiceError::WrongState("access request"))
    }
}

async fn load_version(
    txn: &DatabaseTransaction,
    id: i32,
    version: i32,
) -> Result<entity::Model, ServiceError> {
    let current = entity::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(ServiceError::NotFound("access request"))?;
    if current.version != version {
        return Err(ServiceError::Conflict("access request"));
    }
    Ok(current)
}

/// One change to a request: checked against the version the user saw, applied, audited.
async fn change(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    action: &'static str,
    edit: impl FnOnce(&entity::Model, &mut entity::ActiveModel) -> Result<(), ServiceError>,
) -> Result<AccessRequest, ServiceError> {
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, Permission::AccessRequests).await?;
    let current = load_version(&txn, id, version).await?;
    let mut update: entity::ActiveModel = current.clone().into();
    edit(&current, &mut update)?;
    update.version = Set(version + 1);
    let updated = update.update(&txn).await?;
    audit::append(
        &txn,
        &Actor::from(&staff),
        Event::new(action, "access_request", Some(id)),
    )
    .await?;
    txn.commit().await?;
    AccessRequest::from_model(updated)
}
