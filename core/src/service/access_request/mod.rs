//! The register of access requests: a request that came by any channel is logged, the
//! requester's identity is checked in the way that fits the channel, and the request is
//! answered within one month (three when extended): with the register extract and its covering
//! letter, with a letter that nothing is held, or with a refusal. Every letter sent is kept as
//! it was sent.

mod answers;
mod documents;
mod extract_answer;
mod intake;
mod nothing_held;
mod retention;
mod systems;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, Order};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::audit::Event;
use super::listing_trail::{self, Listing};
use super::page::{PageRequest, Rows};
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::document::letterhead::Addressee;
use crate::domain::access_request::{
    self, AccessRequestStatus, Channel, Delivery, IdentityCheck, Urgency, Waiting,
};
use crate::domain::subject::Subject;
use crate::domain::{AuditAction, Permission};
use crate::entity::access_request as entity;
use crate::service::write::write;

pub(crate) use answers::document_file_name;
pub use answers::{ask_for_identification, extend, reject};
pub use documents::{Document, StoredDocument, document, documents};
pub use extract_answer::{ExtractAnswer, answer_with_extract};
pub use intake::{
    MAX_LETTER_BYTES, ReceivedLetter, attach_letter, letter, log, mark_verified, match_customer,
    match_vouchers, set_delivery, set_identity_check, set_waiting,
};
pub use nothing_held::{answer_nothing_held, nothing_held_candidates};
pub use retention::purge_expired;
pub(crate) use retention::purge_in;
pub(crate) use systems::recorded_systems;
pub use systems::{record_system, systems};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRequest {
    pub id: i32,
    pub reference: String,
    pub channel: Channel,
    pub customer_id: Option<i32>,
    /// The erased customer, by the number they had, whose kept vouchers the request is about.
    pub erased_customer_number: Option<i32>,
    pub requester_name: String,
    pub requester_email: Option<String>,
    pub requester_phone: Option<String>,
    /// The street lines of the requester's address (a request logged before the address had
    /// fields holds all of it here).
    pub requester_address: Option<String>,
    pub requester_postal_code: Option<String>,
    pub requester_city: Option<String>,
    /// The country's code; None for Finland, or a request logged before.
    pub requester_country: Option<String>,
    pub received_on: NaiveDate,
    /// The original deadline, one month from receipt; an extension must be made before it.
    pub original_due_on: NaiveDate,
    /// The deadline in force: the extended one if the request was extended.
    pub due_on: NaiveDate,
    pub extended: bool,
    pub extension_reason: Option<String>,
    pub logged_by: String,
    pub logged_at: DateTime<Utc>,
    /// How the identity was checked; None until it has been.
    pub identity_check: Option<IdentityCheck>,
    pub identity_note: Option<String>,
    pub waiting_for_requester: bool,
    /// Since when the deadline stands still, waiting for what confirms the identity.
    pub waiting_since: Option<NaiveDate>,
    /// Days the deadline has stood still so far (already in `due_on`).
    pub paused_days: i32,
    /// How the requester asked to be answered; None: the way the request came.
    pub answer_by: Option<Delivery>,
    pub letter_file_name: Option<String>,
    pub letter_sha256: Option<String>,
    pub status: AccessRequestStatus,
    pub rejection_reason: Option<String>,
    /// When the request was closed: answered, answered that nothing is held, or refused.
    pub answered_at: Option<DateTime<Utc>>,
    pub extract_sha256: Option<String>,
    pub extract_generated_by: Option<String>,
    pub extract_generated_at: Option<DateTime<Utc>>,
    pub version: i32,
}

impl AccessRequest {
    /// Whom the request is matched to: a customer, an erased customer's kept vouchers, or
    /// (None) nobody yet.
    pub fn subject(&self) -> Option<Subject> {
        Subject::of(self.customer_id, self.erased_customer_number)
    }

    /// The requester as the request gives them: where an answer goes when the request is not
    /// matched to a customer in the register.
    pub fn requester_addressee(&self) -> Addressee {
        Addressee {
            name: self.requester_name.clone(),
            company: None,
            street_address: self.requester_address.clone(),
            postal_code: self.requester_postal_code.clone(),
            city: self.requester_city.clone(),
            country: self.requester_country.clone().unwrap_or_default(),
        }
    }

    /// The requester's address on one line, as staff compare it with the register's:
    /// "Kuusitie 3, 33100 Tampere", and the country as `name` gives it when abroad.
    pub fn requester_address_line(&self, name: impl Fn(&str) -> String) -> Option<String> {
        crate::domain::postal_address::one_line(
            self.requester_address.as_deref(),
            self.requester_postal_code.as_deref(),
            self.requester_city.as_deref(),
            self.requester_country.as_deref(),
            name,
        )
    }

    fn from_model(model: entity::Model) -> Result<Self, ServiceError> {
        let status = status_of(&model)?;
        let channel = model
            .channel
            .parse()
            .map_err(ServiceError::UnexpectedData)?;
        let identity_check = model
            .identity_check
            .as_deref()
            .map(str::parse)
            .transpose()
            .map_err(ServiceError::UnexpectedData)?;
        Ok(Self {
            id: model.id,
            reference: model.reference,
            channel,
            customer_id: model.customer_id,
            erased_customer_number: model.erased_customer_number,
            requester_name: model.requester_name,
            requester_email: model.requester_email,
            requester_phone: model.requester_phone,
            requester_address: model.requester_address,
            requester_postal_code: model.requester_postal_code,
            requester_city: model.requester_city,
            requester_country: model.requester_country,
            received_on: model.received_on,
            original_due_on: model.due_on,
            due_on: model.extended_due_on.unwrap_or(model.due_on),
            extended: model.extended_due_on.is_some(),
            extension_reason: model.extension_reason,
            logged_by: model.logged_by,
            logged_at: model.logged_at,
            identity_check,
            identity_note: model.identity_method,
            waiting_for_requester: model.waiting_for_requester,
            waiting_since: model.waiting_since,
            paused_days: model.paused_days,
            answer_by: model
                .answer_by
                .as_deref()
                .map(str::parse)
                .transpose()
                .map_err(ServiceError::UnexpectedData)?,
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

    /// Whole days to the deadline; negative when overdue.
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.due_on - today).num_days()
    }

    /// How the answer goes out: as the requester asked, or the way the request came.
    pub fn delivery(&self) -> Delivery {
        self.answer_by
            .unwrap_or_else(|| Delivery::for_channel(self.channel))
    }

    pub fn waiting(&self) -> Waiting {
        access_request::waiting(self.status, self.waiting_for_requester)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRequestQuery {
    pub open_only: bool,
    pub page: PageRequest,
}

/// Open requests by the deadline in force (most urgent first), then closed ones.
pub async fn list(
    db: &Db,
    session: &Session,
    query: &AccessRequestQuery,
) -> Result<Rows<AccessRequest>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::AccessRequests).await?;
    let open: Vec<&str> = AccessRequestStatus::ALL
        .iter()
        .filter(|s| s.is_open())
        .map(|s| s.as_str())
        .collect();
    let mut select = entity::Entity::find();
    if query.open_only {
        select = select.filter(entity::Column::Status.is_in(open));
    }
    let rows = select
        .order_by_asc(entity::Column::AnsweredAt.is_not_null())
        .order_by(Expr::cust("COALESCE(extended_due_on, due_on)"), Order::Asc)
        .order_by_asc(entity::Column::Id)
        .offset(query.page.offset)
        .limit(query.page.fetch_limit())
        .all(db.conn())
        .await?;
    let mut page = Rows::from_rows(rows, &query.page);
    let items = std::mem::take(&mut page.items)
        .into_iter()
        .map(AccessRequest::from_model)
        .collect::<Result<Vec<AccessRequest>, _>>()?;
    let shown = items.iter().map(|r| r.id);
    listing_trail::shown(db, &staff, Listing::AccessRequests, shown).await?;
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

/// The status as stored: an answer that nothing is held is stored as answered, with that
/// outcome.
pub(crate) fn status_of(model: &entity::Model) -> Result<AccessRequestStatus, ServiceError> {
    let status = model
        .status
        .parse::<AccessRequestStatus>()
        .map_err(ServiceError::UnexpectedData)?;
    Ok(
        if status == AccessRequestStatus::Answered && model.outcome.as_deref() == Some(NOTHING_HELD)
        {
            AccessRequestStatus::NothingHeld
        } else {
            status
        },
    )
}

const NOTHING_HELD: &str = "nothing_held";
const EXTRACT: &str = "extract";

/// Sets the status, and the outcome that tells the two kinds of answer apart.
fn set_status(update: &mut entity::ActiveModel, status: AccessRequestStatus) {
    let (stored, outcome) = match status {
        AccessRequestStatus::NothingHeld => (AccessRequestStatus::Answered, Some(NOTHING_HELD)),
        AccessRequestStatus::Answered => (AccessRequestStatus::Answered, Some(EXTRACT)),
        other => (other, None),
    };
    update.status = Set(stored.as_str().to_owned());
    update.outcome = Set(outcome.map(str::to_owned));
}

fn require_open(current: &entity::Model) -> Result<(), ServiceError> {
    let open = status_of(current)?.is_open();
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

/// One change to a request inside the caller's transaction: checked against the version the
/// user saw, applied, and the version moved on.
async fn change_in(
    txn: &DatabaseTransaction,
    id: i32,
    version: i32,
    edit: impl FnOnce(&entity::Model, &mut entity::ActiveModel) -> Result<(), ServiceError>,
) -> Result<entity::Model, ServiceError> {
    let current = load_version(txn, id, version).await?;
    let mut update: entity::ActiveModel = current.clone().into();
    edit(&current, &mut update)?;
    update.version = Set(version + 1);
    Ok(update.update(txn).await?)
}

/// One change to a request in a transaction of its own.
async fn change(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    action: AuditAction,
    edit: impl FnOnce(&entity::Model, &mut entity::ActiveModel) -> Result<(), ServiceError>,
) -> Result<AccessRequest, ServiceError> {
    write(db, session, Permission::AccessRequests, async |txn, _| {
        let updated = change_in(txn, id, version, edit).await?;
        let event = Event::new(action, Some(id));
        Ok((AccessRequest::from_model(updated)?, event))
    })
    .await
}

/// The request's status back to received: a verified request whose customer or identity check
/// changes has to be verified again.
fn unverify(current: &entity::Model, update: &mut entity::ActiveModel) {
    if current.status == AccessRequestStatus::Verified.as_str() {
        set_status(update, AccessRequestStatus::Received);
    }
}

/// Staff begin to wait for the requester's reply: the deadline stands still from `today`.
fn start_waiting(current: &entity::Model, update: &mut entity::ActiveModel, today: NaiveDate) {
    update.waiting_for_requester = Set(true);
    if current.waiting_since.is_none() {
        update.waiting_since = Set(Some(today));
    }
}

/// The wait is over on `today` (the reply came, or staff stopped waiting): the deadlines move
/// on by the days the clock stood still.
fn stop_waiting(current: &entity::Model, update: &mut entity::ActiveModel, today: NaiveDate) {
    update.waiting_for_requester = Set(false);
    let Some(since) = current.waiting_since else {
        return;
    };
    let paused = access_request::paused_days(since, today);
    let later = |date: NaiveDate| {
        date.checked_add_days(chrono::Days::new(u64::try_from(paused).unwrap_or(0)))
            .unwrap_or(NaiveDate::MAX)
    };
    update.due_on = Set(later(current.due_on));
    update.extended_due_on = Set(current.extended_due_on.map(later));
    update.paused_days = Set(current.paused_days.saturating_add(paused));
    update.waiting_since = Set(None);
}
