//! Keeping the erasure ledger in the backup folder: what an erasure or purge writes there once
//! it has committed (see [`crate::erasure_ledger`]).

use chrono::{NaiveDate, Utc};
use sea_orm::ConnectionTrait;
use serde_json::json;

use super::settings;
use crate::db::Db;
use crate::entity::customer;
use crate::erasure_ledger::{self, Entry};
use crate::service::audit::Event;
use crate::service::write::write_unguarded;
use crate::service::{ServiceError, Session};

/// The ledger's line for a customer about to be erased, read in the erasure's transaction.
pub(crate) async fn erasure_entry(
    conn: &impl ConnectionTrait,
    erased: &customer::Model,
) -> Result<Entry, ServiceError> {
    let key = settings::row(conn).await?.ledger_key;
    Ok(Entry::Erasure {
        at: Utc::now(),
        customer: erasure_ledger::customer_digest(&key, erased.id, erased.created_at),
        webshop: erased
            .webshop_customer_id
            .as_deref()
            .map(crate::service::erased_webshop_customer::digest),
    })
}

pub(crate) fn vouchers_entry(on: NaiveDate) -> Entry {
    Entry::VouchersPurged { at: Utc::now(), on }
}

/// Appends what committed to the ledger in the backup folder, when one is set. Should the
/// folder be out of reach (a disk unplugged), the audit trail says which entries are missing,
/// by count, so that an admin knows the ledger is short before trusting a restore.
pub(crate) async fn record(db: &Db, session: &Session, entries: &[Entry]) {
    if entries.is_empty() {
        return;
    }
    let folder = match settings::row(db.conn()).await {
        Ok(row) => row.folder,
        Err(error) => return pending(db, session, entries.len(), error.to_string()).await,
    };
    let Some(folder) = folder else { return };
    let path = erasure_ledger::path_in(std::path::Path::new(&folder));
    // Dated now, after the commit: a backup whose copy began before the commit, and so lacks
    // it, was taken before this moment and replays the line.
    let now = Utc::now();
    let stamped: Vec<Entry> = entries.iter().map(|e| e.clone().stamped(now)).collect();
    if let Err(error) = erasure_ledger::append(&path, &stamped) {
        pending(db, session, entries.len(), error.to_string()).await;
    }
}

async fn pending(db: &Db, session: &Session, count: usize, error: String) {
    let details = json!({ "entries": count, "error": error });
    // Nothing more can be done if even this fails: the erasure itself has committed.
    let _ = write_unguarded(db, session, async |_, _| {
        let event = Event::new("backup.ledger_unwritten", "register", None);
        Ok(((), vec![event.with_details(details)]))
    })
    .await;
}
