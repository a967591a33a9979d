//! Requests are kept, with their letters and the documents sent, for the years the settings
//! give after they were closed, to show that they were handled; then they are deleted.

use crate::domain::AuditAction;
use chrono::{Months, NaiveDate};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use serde_json::json;

use crate::db::Db;
use crate::domain::Permission;
use crate::domain::access_request::AccessRequestStatus;
use crate::entity::access_request as entity;
use crate::service::audit::Event;
use crate::service::write::write;
use crate::service::{ServiceError, Session, processing};

/// Deletes the requests closed before the retention period counted back from `today` (a date
/// in Finland), matched to a customer or not; their letters and documents go with them.
pub async fn purge_expired(
    db: &Db,
    session: &Session,
    today: NaiveDate,
) -> Result<u64, ServiceError> {
    let purged = write(db, session, Permission::EraseCustomer, async |txn, _| {
        purge_in(txn, today).await
    })
    .await?;
    crate::service::erasure::scrub(db, session).await;
    Ok(purged)
}

/// The purge inside the caller's transaction, with the event that records it.
pub(crate) async fn purge_in(
    txn: &DatabaseTransaction,
    today: NaiveDate,
) -> Result<(u64, Event), ServiceError> {
    let years = processing::load(txn)
        .await?
        .description
        .retention
        .request_years;
    let cutoff = today
        .checked_sub_months(Months::new(12 * years))
        .and_then(crate::format::start_of_day_in_finland)
        .ok_or(ServiceError::UnexpectedData("date out of range".into()))?;
    // As stored: an answer that nothing is held is an answered request too.
    let closed = [AccessRequestStatus::Answered, AccessRequestStatus::Rejected]
        .map(AccessRequestStatus::as_str);
    let purged = entity::Entity::delete_many()
        .filter(entity::Column::Status.is_in(closed))
        .filter(entity::Column::AnsweredAt.lt(cutoff))
        .exec(txn)
        .await?
        .rows_affected;
    let event = Event::new(AuditAction::AccessRequestPurge, None)
        .with_details(json!({ "requests": purged, "years": years }));
    Ok((purged, event))
}
