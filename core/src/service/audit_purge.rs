//! The audit trail, and with it every customer's consultation log, is kept for the years the
//! processing description gives after each event; then the oldest events are deleted. Only a
//! prefix of the chain is ever deleted: the last deleted event's number and hash stay in the
//! chain's head as its purge point, the first event kept still points at that hash, and the
//! deletion is itself an event of the chain naming the same point. So the chain kept verifies
//! from the purge point, an anchor written before it still checks (at the point itself), and
//! nobody can delete events from the middle of the chain and call it retention.

use crate::domain::AuditAction;
use chrono::{Months, NaiveDate};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde_json::json;

use super::ServiceError;
use super::audit::Event;
use crate::entity::{audit_event, audit_head};

/// Deletes, inside the caller's write transaction (which holds the chain's head), the events
/// older than `years` counted back from `today` (a date in Finland), and returns how many
/// went, with the event that records it.
pub(crate) async fn purge_in(
    txn: &DatabaseTransaction,
    today: NaiveDate,
    years: u32,
) -> Result<(u64, Event), ServiceError> {
    let cutoff = today
        .checked_sub_months(Months::new(12 * years))
        .and_then(crate::format::start_of_day_in_finland)
        .ok_or(ServiceError::UnexpectedData("date out of range".into()))?;
    let head = audit_head::Entity::find_by_id(1)
        .one(txn)
        .await?
        .ok_or(ServiceError::NotFound("audit chain head"))?;
    let first_kept: Option<i64> = audit_event::Entity::find()
        .select_only()
        .column(audit_event::Column::Seq)
        .filter(audit_event::Column::Seq.gt(head.purged_seq))
        .filter(audit_event::Column::OccurredAt.gte(cutoff))
        .order_by_asc(audit_event::Column::Seq)
        .into_tuple()
        .one(txn)
        .await?;
    // Everything before the first event still within its period; all of it when none is.
    let last = first_kept.map_or(head.seq, |seq| seq - 1);
    let event = |deleted: u64, through: i64, hash: &str| {
        Event::new(AuditAction::AuditPurge, None).with_details(json!({
            "events": deleted,
            "years": years,
            "through_seq": through,
            "through_hash": hash,
        }))
    };
    if last <= head.purged_seq {
        return Ok((0, event(0, head.purged_seq, &head.purged_hash)));
    }
    let hash: String = audit_event::Entity::find()
        .select_only()
        .column(audit_event::Column::Hash)
        .filter(audit_event::Column::Seq.eq(last))
        .into_tuple()
        .one(txn)
        .await?
        .ok_or(ServiceError::ChainBroken(last))?;
    // The table refuses to delete an event after the purge point: the point moves first.
    audit_head::Entity::update(audit_head::ActiveModel {
        id: Set(1),
        purged_seq: Set(last),
        purged_hash: Set(hash.clone()),
        ..Default::default()
    })
    .exec(txn)
    .await?;
    let deleted = audit_event::Entity::delete_many()
        .filter(audit_event::Column::Seq.lte(last))
        .exec(txn)
        .await?
        .rows_affected;
    Ok((deleted, event(deleted, last, &hash)))
}
