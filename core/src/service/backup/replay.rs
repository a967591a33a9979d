//! Doing again, in a restored register, what the erasure ledger says was erased or purged after
//! the backup was taken. Every entry can be replayed any number of times: a customer already
//! erased is found no more (the digest names one row, by number and moment of creation), and a
//! purge deletes only what is still there.

use crate::domain::AuditAction;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::settings;
use crate::db::Db;
use crate::domain::Permission;
use crate::entity::customer;
use crate::erasure_ledger::{self, Entry};
use crate::service::audit::Event;
use crate::service::write::write_events;
use crate::service::{ServiceError, Session, erasure, refuse_early};

/// What a replay did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Replayed {
    /// Ledger entries newer than the backup, of either kind.
    pub entries: u64,
    /// Customers of the restored register erased again.
    pub customers_erased: u64,
    /// Vouchers deleted again.
    pub vouchers_purged: u64,
}

/// Replays the entries of the ledger at `ledger` dated after `since` (every entry when
/// `None`), in one transaction. Customers are read a page at a time, so a register of any size
/// is matched in bounded memory.
pub async fn replay_ledger(
    db: &Db,
    session: &Session,
    ledger: &Path,
    since: Option<DateTime<Utc>>,
) -> Result<Replayed, ServiceError> {
    refuse_early(db.conn(), session, Permission::EraseCustomer).await?;
    let settings = settings::row(db.conn()).await?;
    let read = erasure_ledger::read(ledger, &settings.ledger_key)?;
    // The register knows how far the ledger went when it last wrote to it (a restored backup:
    // when the backup was taken): one emptied or cut short since is refused.
    read.reaches(&super::ledger::head_of(&settings), ledger)?;
    let entries: Vec<Entry> = read
        .entries
        .into_iter()
        .filter(|entry| since.is_none_or(|since| entry.at() > since))
        .collect();
    let mut customers = HashSet::new();
    let mut purge_on: Option<NaiveDate> = None;
    for entry in &entries {
        match entry {
            Entry::Erasure { customer, .. } => {
                customers.insert(customer.clone());
            }
            Entry::VouchersPurged { on, .. } => purge_on = purge_on.max(Some(*on)),
        }
    }
    write_events(db, session, Permission::EraseCustomer, async |txn, _| {
        let key = settings::row(txn).await?.ledger_key;
        let matched = matching_customers(txn, &key, &customers).await?;
        let mut events = Vec::with_capacity(matched.len());
        for (customer_id, digest) in &matched {
            erasure::erase_in(txn, *customer_id).await?;
            let event = Event::new(AuditAction::BackupErasureReplayed, Some(*customer_id))
                .with_details(json!({ "ledger_entry": digest }));
            events.push(event);
        }
        for entry in &entries {
            super::ledger::remember_identifiers(txn, entry).await?;
        }
        let mut vouchers_purged = 0;
        if let Some(on) = purge_on {
            let (purged, event) = erasure::purge_vouchers_in(txn, on).await?;
            vouchers_purged = purged;
            if purged > 0 {
                events.push(event.with_detail("replayed", json!(true)));
            }
        }
        let replayed = Replayed {
            entries: entries.len() as u64,
            customers_erased: matched.len() as u64,
            vouchers_purged,
        };
        Ok((replayed, events))
    })
    .await
}

const PAGE: u64 = 5000;

/// The customers whose ledger digest is among `wanted`, with it.
async fn matching_customers(
    txn: &sea_orm::DatabaseTransaction,
    key: &str,
    wanted: &HashSet<String>,
) -> Result<HashMap<i32, String>, ServiceError> {
    let mut found = HashMap::new();
    if wanted.is_empty() {
        return Ok(found);
    }
    let mut after = i32::MIN;
    loop {
        let page: Vec<(i32, DateTime<Utc>)> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .column(customer::Column::CreatedAt)
            .filter(customer::Column::Id.gt(after))
            .order_by_asc(customer::Column::Id)
            .limit(PAGE)
            .into_tuple()
            .all(txn)
            .await?;
        let Some(&(last, _)) = page.last() else {
            break;
        };
        for (id, created_at) in page {
            let digest = erasure_ledger::customer_digest(key, id, created_at);
            if wanted.contains(&digest) {
                found.insert(id, digest);
            }
        }
        after = last;
    }
    Ok(found)
}
