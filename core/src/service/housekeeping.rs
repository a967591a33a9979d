//! What the register does by itself when someone logs in: an import whose process ended
//! mid-way is undone (see [`super::import_journal`]), and access requests (with their scanned
//! letters and the documents sent), erased customers' vouchers, the oldest events of the audit
//! trail (see [`super::audit_purge`]) and the digests of erased customers whose retention
//! period has ended are deleted. The periods are the settings' (the processing description's), so the
//! deletion does not wait for someone with the right to erase to remember it, and it happens
//! whoever logs in. Its audit events say it was automatic and name who was logged in.

use chrono::NaiveDate;
use serde_json::json;

use super::audit::Actor;
use super::import::Undone;
use super::write::write_unguarded;
use super::{
    ServiceError, Session, access_request, audit_purge, authenticate, erased_webshop_customer,
    erasure,
};
use crate::db::Db;
use crate::domain::processing::Period;

/// What the housekeeping at a login deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purged {
    /// Closed access requests past their retention period, with their letters and documents.
    pub requests: u64,
    /// Anonymised orders of erased customers past the bookkeeping period.
    pub vouchers: u64,
    /// Audit trail events (and so consultation log entries) past their period.
    pub log_events: u64,
    /// Digests of erased customers' webshop numbers and emails past their period.
    pub erased_keys: u64,
    /// Imports interrupted mid-way, undone.
    pub imports_undone: Vec<Undone>,
    /// Whether every erasure so far is in the ledger a restore replays.
    pub ledger: erasure::LedgerState,
}

impl Purged {
    pub fn is_empty(&self) -> bool {
        self.requests == 0
            && self.vouchers == 0
            && self.log_events == 0
            && self.erased_keys == 0
            && self.imports_undone.is_empty()
            && !matches!(self.ledger, erasure::LedgerState::Pending(_))
    }
}

/// Deletes, in one transaction, what has outlived its retention period on `today` (a date in
/// Finland). Nothing is written to the audit trail when nothing was due.
pub async fn at_login(
    db: &Db,
    session: &Session,
    today: NaiveDate,
) -> Result<Purged, ServiceError> {
    let staff = authenticate(db.conn(), session).await?;
    let imports_undone = super::import::interrupted(db, &Actor::from(&staff)).await?;
    let purged = write_unguarded(db, session, async |txn, _| {
        let (requests, request_event) = access_request::purge_in(txn, today).await?;
        let (vouchers, voucher_event) = erasure::purge_vouchers_in(txn, today).await?;
        let retention = super::processing::load(txn).await?.description.retention;
        let (erased_keys, keys_event) =
            erased_webshop_customer::purge_in(txn, today, retention.years(Period::ErasedKeys))
                .await?;
        // Last, so that the events of this housekeeping are never among those deleted.
        let (log_events, log_event) =
            audit_purge::purge_in(txn, today, retention.years(Period::Log)).await?;
        let automatic = |event: super::audit::Event, count: u64| {
            (count > 0).then(|| event.with_detail("automatic", json!(true)))
        };
        let events = [
            automatic(request_event, requests),
            automatic(voucher_event, vouchers),
            automatic(keys_event, erased_keys),
            automatic(log_event, log_events),
        ]
        .into_iter()
        .flatten()
        .collect();
        let purged = Purged {
            requests,
            vouchers,
            log_events,
            erased_keys,
            imports_undone,
            ledger: erasure::LedgerState::Written,
        };
        Ok((purged, events))
    })
    .await?;
    // Whatever an erasure could not write to the ledger before is written now.
    let ledger = erasure::after_commit(db, session).await;
    Ok(Purged { ledger, ..purged })
}
