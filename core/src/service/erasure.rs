//! Ending a customer relationship: the person's data is erased; orders that bookkeeping law
//! still requires stay as anonymised vouchers until their period ends.

use crate::domain::AuditAction;
use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use serde_json::json;

use super::audit::Event;
pub use super::backup::LedgerState;
use super::write::{write, write_unguarded};
use super::{ServiceError, Session};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::consent::ErasureReason;
use crate::entity::{
    access_request, access_request_document, access_request_letter, access_request_system,
    customer, order, order_line, review,
};
use crate::erasure_ledger::Entry;

/// What is written in place of an erased requester's name on a kept access request.
const ERASED: &str = "—";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erasure {
    pub orders_anonymised: u64,
    pub reviews_deleted: u64,
    pub access_requests_kept: u64,
    /// Whether the erasure is in the ledger a restore replays.
    pub ledger: LedgerState,
}

pub async fn erase(
    db: &Db,
    session: &Session,
    customer_id: i32,
    reason: ErasureReason,
) -> Result<Erasure, ServiceError> {
    let erasure = write(db, session, Permission::EraseCustomer, async |txn, _| {
        erase_and_record(txn, customer_id, reason).await
    })
    .await?;
    let ledger = after_commit(db, session).await;
    Ok(Erasure { ledger, ..erasure })
}

/// The tables an erasure or a purge deletes from or overwrites.
const ERASED_FROM: [&str; 10] = [
    "customers",
    "orders",
    "order_lines",
    "reviews",
    "consent_events",
    "access_requests",
    "access_request_letters",
    "access_request_documents",
    "access_request_systems",
    "import_journal",
];

/// What follows a committed erasure or purge: its lines moved from the register's outbox to
/// the erasure ledger, so that a restored backup does it again, and the database's files
/// cleaned of what it removed, with any plain copy of the register a cut-short backup or
/// restore left beside it. Returns where the ledger lines are.
pub(crate) async fn after_commit(db: &Db, session: &Session) -> LedgerState {
    let ledger = super::backup::ledger::flush(db, session).await;
    scrub(db, session).await;
    if let Some(register) = db.sqlite_file() {
        crate::private_copy::sweep(register);
    }
    ledger
}

/// Cleans the database's files of what a committed erasure or purge removed ([`Db::scrub`]).
/// Should a reader at another workstation hold SQLite's log past the busy timeout, the audit
/// trail says that the cleaning is pending; SQLite does it anyway when the register's last
/// connection closes.
pub(crate) async fn scrub(db: &Db, session: &Session) {
    if let Err(error) = db.scrub(&ERASED_FROM).await {
        let details = json!({ "error": error.to_string() });
        // Nothing more can be done here if even this fails: the erasure itself has committed.
        let _ = write_unguarded(db, session, async |_, _| {
            let event = Event::new(AuditAction::RegisterScrubPending, None);
            Ok(((), vec![event.with_details(details)]))
        })
        .await;
    }
}

/// Erases one customer and puts its line in the ledger's outbox, in the caller's transaction;
/// the event that records it has counts but no erased values, and so has the ledger's line.
/// The erasure's [`Erasure::ledger`] is the caller's to learn after the commit.
pub(super) async fn erase_and_record(
    txn: &DatabaseTransaction,
    customer_id: i32,
    reason: ErasureReason,
) -> Result<(Erasure, Event), ServiceError> {
    let (erasure, entry) = erase_in(txn, customer_id).await?;
    super::backup::ledger::enqueue(txn, &[entry]).await?;
    let event = Event::new(AuditAction::CustomerErase, Some(customer_id)).with_details(json!({
        "reason": reason.as_str(),
        "purpose": reason.purpose().as_str(),
        "orders_anonymised": erasure.orders_anonymised,
        "reviews_deleted": erasure.reviews_deleted,
    }));
    Ok((erasure, event))
}

/// Erases one customer in the caller's transaction: also what a restored backup's ledger
/// replays.
pub(super) async fn erase_in(
    txn: &DatabaseTransaction,
    customer_id: i32,
) -> Result<(Erasure, Entry), ServiceError> {
    let erased = customer::Entity::find_by_id(customer_id)
        .one(txn)
        .await?
        .ok_or(ServiceError::NotFound("customer"))?;
    let entry = super::backup::ledger::erasure_entry(txn, &erased).await?;
    let webshop_digest = erased
        .webshop_customer_id
        .as_deref()
        .map(super::erased_webshop_customer::digest);
    if let Some(webshop_id) = &erased.webshop_customer_id {
        super::erased_webshop_customer::remember(txn, webshop_id).await?;
    }
    let mut email_digest = None;
    if let Some(email) = &erased.email_key {
        let key = super::backup::settings::row(txn).await?.ledger_key;
        email_digest = Some(crate::erasure_ledger::email_digest(&key, email));
        super::erased_webshop_customer::remember_email(txn, &key, email).await?;
    }
    // Before the orders lose their link to the customer, which names them.
    super::import_journal::forget_customer(txn, customer_id).await?;
    let now = Utc::now();
    let orders = order::Entity::update_many()
        .col_expr(order::Column::CustomerId, Expr::value(Option::<i32>::None))
        .col_expr(
            order::Column::DeliveryName,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            order::Column::DeliveryStreetAddress,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            order::Column::DeliveryPostalCode,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            order::Column::DeliveryCity,
            Expr::value(Option::<String>::None),
        )
        .col_expr(order::Column::AnonymisedAt, Expr::value(now))
        // What still finds the vouchers for the person they are about (GDPR Art. 15).
        .col_expr(
            order::Column::ErasedCustomerNumber,
            Expr::value(Some(customer_id)),
        )
        .col_expr(
            order::Column::ErasedWebshopDigest,
            Expr::value(webshop_digest),
        )
        .col_expr(order::Column::ErasedEmailDigest, Expr::value(email_digest))
        .filter(order::Column::CustomerId.eq(customer_id))
        .exec(txn)
        .await?;
    let reviews = review::Entity::delete_many()
        .filter(review::Column::CustomerId.eq(customer_id))
        .exec(txn)
        .await?;
    let requests_of_customer = Query::select()
        .column(access_request::Column::Id)
        .from(access_request::Entity)
        .and_where(access_request::Column::CustomerId.eq(customer_id))
        .to_owned();
    access_request_letter::Entity::delete_many()
        .filter(
            access_request_letter::Column::AccessRequestId
                .in_subquery(requests_of_customer.clone()),
        )
        .exec(txn)
        .await?;
    // What staff noted about the searches may name what was found.
    access_request_system::Entity::update_many()
        .col_expr(
            access_request_system::Column::Note,
            Expr::value(Option::<String>::None),
        )
        .filter(
            access_request_system::Column::AccessRequestId
                .in_subquery(requests_of_customer.clone()),
        )
        .exec(txn)
        .await?;
    // The documents sent hold the customer's data; only their digests stay on the request.
    access_request_document::Entity::delete_many()
        .filter(access_request_document::Column::AccessRequestId.in_subquery(requests_of_customer))
        .exec(txn)
        .await?;
    // The request stays as the record that it was answered, without the requester's details
    // and without the reasons and notes staff wrote about it; it keeps the number the customer
    // had, as the vouchers do, so that it is in their copy if they ask again.
    let none = || Expr::value(Option::<String>::None);
    let requests = access_request::Entity::update_many()
        .col_expr(access_request::Column::RequesterName, Expr::value(ERASED))
        .col_expr(access_request::Column::RequesterEmail, none())
        .col_expr(access_request::Column::RequesterPhone, none())
        .col_expr(access_request::Column::RequesterAddress, none())
        .col_expr(access_request::Column::IdentityMethod, none())
        .col_expr(access_request::Column::LetterFileName, none())
        .col_expr(access_request::Column::RejectionReason, none())
        .col_expr(access_request::Column::ExtensionReason, none())
        .col_expr(
            access_request::Column::CustomerId,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(
            access_request::Column::ErasedCustomerNumber,
            Expr::value(Some(customer_id)),
        )
        .filter(access_request::Column::CustomerId.eq(customer_id))
        .exec(txn)
        .await?;
    // Consent events go with the customer row (ON DELETE CASCADE).
    customer::Entity::delete_by_id(customer_id)
        .exec(txn)
        .await?;
    let erasure = Erasure {
        orders_anonymised: orders.rows_affected,
        reviews_deleted: reviews.rows_affected,
        access_requests_kept: requests.rows_affected,
        // Known only once the erasure has committed.
        ledger: LedgerState::Pending(String::new()),
    };
    Ok((erasure, entry))
}

/// Deletes the vouchers of erased customers' orders whose bookkeeping period has ended on
/// `today` (a date in Finland): the Accounting Act keeps them for six years from the end of the
/// calendar year in which their financial year ended, the year end being in the settings.
pub async fn purge_expired_vouchers(
    db: &Db,
    session: &Session,
    today: NaiveDate,
) -> Result<u64, ServiceError> {
    let purged = write(db, session, Permission::EraseCustomer, async |txn, _| {
        purge_vouchers_in(txn, today).await
    })
    .await?;
    if purged > 0 {
        after_commit(db, session).await;
    }
    Ok(purged)
}

/// The voucher purge inside the caller's transaction, with the event that records it; a
/// purge that deleted something puts its line in the ledger's outbox.
pub(crate) async fn purge_vouchers_in(
    txn: &DatabaseTransaction,
    today: NaiveDate,
) -> Result<(u64, Event), ServiceError> {
    let year_end = super::processing::load(txn)
        .await?
        .description
        .retention
        .financial_year_end;
    let cutoff = year_end
        .voucher_purge_before(today)
        .ok_or(ServiceError::UnexpectedData("date out of range".into()))?;
    let expired = Query::select()
        .column(order::Column::Id)
        .from(order::Entity)
        .and_where(order::Column::AnonymisedAt.is_not_null())
        .and_where(order::Column::PlacedAt.lt(cutoff))
        .to_owned();
    order_line::Entity::delete_many()
        .filter(order_line::Column::OrderId.in_subquery(expired))
        .exec(txn)
        .await?;
    let purged = order::Entity::delete_many()
        .filter(order::Column::AnonymisedAt.is_not_null())
        .filter(order::Column::PlacedAt.lt(cutoff))
        .exec(txn)
        .await?
        .rows_affected;
    if purged > 0 {
        super::backup::ledger::enqueue(txn, &[super::backup::ledger::vouchers_entry(today)])
            .await?;
    }
    let event = Event::new(AuditAction::OrderPurge, None).with_details(json!({ "orders": purged }));
    Ok((purged, event))
}
