//! Keeping the erasure ledger in the backup folder (see [`crate::erasure_ledger`]). An erasure
//! or purge writes its lines into the register's outbox in its own transaction; once it has
//! committed, the outbox is moved to the ledger file. A process killed in between, or a backup
//! folder out of reach, leaves the lines in the outbox: they are written at the next erasure,
//! backup or login, so no erasure is missing from the ledger for longer than that, and the
//! audit trail and the erasure's own answer say while one is.

use crate::domain::AuditAction;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::json;

use super::settings;
use crate::db::Db;
use crate::entity::{backup_settings, customer, erasure_ledger_outbox as outbox};
use crate::erasure_ledger::{self, Entry, Head};
use crate::service::audit::Event;
use crate::service::write::write_unguarded;
use crate::service::{ServiceError, Session};

/// Where an erasure's ledger lines are once it has committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerState {
    /// In the ledger file in the backup folder.
    Written,
    /// No backup folder is set, so no ledger is kept: there are no backups to restore.
    NotKept,
    /// Waiting in the register: the ledger could not be written, for this reason. They are
    /// written at the next erasure, backup or login; until then a restore of an earlier backup
    /// would not do this erasure again.
    Pending(String),
}

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
        email: erased
            .email_key
            .as_deref()
            .map(|email| erasure_ledger::email_digest(&key, email)),
    })
}

pub(crate) fn vouchers_entry(on: chrono::NaiveDate) -> Entry {
    Entry::VouchersPurged { at: Utc::now(), on }
}

/// Puts `entries` in the outbox, in the caller's (the erasure's) transaction.
pub(crate) async fn enqueue(
    txn: &DatabaseTransaction,
    entries: &[Entry],
) -> Result<(), ServiceError> {
    for entry in entries {
        let json = serde_json::to_string(entry)
            .map_err(|e| ServiceError::UnexpectedData(e.to_string()))?;
        outbox::ActiveModel {
            entry: Set(json),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// Moves whatever waits in the outbox to the ledger file. Writers are serialised while it
/// runs, so that two workstations never chain two lines to the same one. A failure is recorded
/// in the audit trail (`backup.ledger_unwritten`) and returned as [`LedgerState::Pending`].
pub(crate) async fn flush(db: &Db, session: &Session) -> LedgerState {
    match move_outbox(db).await {
        Ok(state) => state,
        Err((waiting, error)) => {
            let reason = error.to_string();
            let details = json!({ "entries": waiting, "error": reason });
            // Nothing more can be done if even this fails: the erasure itself has committed,
            // and its lines wait in the outbox.
            let _ = write_unguarded(db, session, async |_, _| {
                let event = Event::new(AuditAction::BackupLedgerUnwritten, None);
                Ok(((), vec![event.with_details(details)]))
            })
            .await;
            LedgerState::Pending(reason)
        }
    }
}

async fn move_outbox(db: &Db) -> Result<LedgerState, (usize, ServiceError)> {
    let txn = db.begin_write().await.map_err(|e| (0, e.into()))?;
    let rows = outbox::Entity::find()
        .order_by_asc(outbox::Column::Id)
        .all(&txn)
        .await
        .map_err(|e| (0, e.into()))?;
    let waiting = rows.len();
    let failed = |error: ServiceError| (waiting, error);
    let settings = settings::row(&txn).await.map_err(failed)?;
    let Some(folder) = settings.folder.clone() else {
        // Without a backup folder there are no backups a ledger would be replayed into.
        delete(&txn, &rows).await.map_err(failed)?;
        txn.commit().await.map_err(|e| failed(e.into()))?;
        return Ok(LedgerState::NotKept);
    };
    if rows.is_empty() {
        return Ok(LedgerState::Written);
    }
    // Dated now, after the commit: a backup whose copy began before the commit, and so lacks
    // it, was taken before this moment and replays the line.
    let now = Utc::now();
    let entries = rows
        .iter()
        .map(|row| {
            serde_json::from_str::<Entry>(&row.entry)
                .map(|entry| entry.stamped(now))
                .map_err(|e| ServiceError::UnexpectedData(e.to_string()))
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(failed)?;
    let path = erasure_ledger::path_in(std::path::Path::new(&folder));
    let head = erasure_ledger::append(&path, &settings.ledger_key, &entries)
        .map_err(|e| failed(e.into()))?;
    record_head(&txn, settings, &head).await.map_err(failed)?;
    delete(&txn, &rows).await.map_err(failed)?;
    txn.commit().await.map_err(|e| failed(e.into()))?;
    Ok(LedgerState::Written)
}

async fn delete(txn: &DatabaseTransaction, rows: &[outbox::Model]) -> Result<(), ServiceError> {
    outbox::Entity::delete_many()
        .filter(outbox::Column::Id.is_in(rows.iter().map(|row| row.id)))
        .exec(txn)
        .await?;
    Ok(())
}

/// Keeps how far the ledger goes, for a restore to check the ledger it is given against.
pub(crate) async fn record_head(
    txn: &DatabaseTransaction,
    settings: backup_settings::Model,
    head: &Head,
) -> Result<(), ServiceError> {
    let mut row: backup_settings::ActiveModel = settings.into();
    row.ledger_lines = Set(i64::try_from(head.lines).unwrap_or(i64::MAX));
    row.ledger_mac = Set(head.mac.clone());
    row.update(txn).await?;
    Ok(())
}

/// The head the register last wrote, to check a ledger against.
pub(crate) fn head_of(settings: &backup_settings::Model) -> Head {
    Head {
        lines: u64::try_from(settings.ledger_lines).unwrap_or(0),
        mac: settings.ledger_mac.clone(),
    }
}

/// The customers of a ledger entry's webshop number and email address that an import must
/// not bring back, remembered in the caller's transaction.
pub(crate) async fn remember_identifiers(
    txn: &DatabaseTransaction,
    entry: &Entry,
) -> Result<(), ServiceError> {
    if let Entry::Erasure { webshop, email, .. } = entry {
        if let Some(digest) = webshop {
            crate::service::erased_webshop_customer::remember_digest(txn, digest.clone()).await?;
        }
        if let Some(digest) = email {
            crate::service::erased_webshop_customer::remember_email_digest(txn, digest.clone())
                .await?;
        }
    }
    Ok(())
}
