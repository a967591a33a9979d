//! Which webshop customers were erased from the register, so that importing a webshop export
//! that still holds one of them does not bring the person back. Only a digest of the webshop's
//! customer number is kept: nothing that names the person.

use std::collections::HashSet;

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use super::ServiceError;
use crate::entity::erased_webshop_customer as entity;

pub(crate) fn digest(webshop_id: &str) -> String {
    hex::encode(Sha256::digest(format!("webshop-customer:{webshop_id}")))
}

/// Records that the customer with this webshop number was erased.
pub(crate) async fn remember(
    txn: &DatabaseTransaction,
    webshop_id: &str,
) -> Result<(), ServiceError> {
    remember_digest(txn, digest(webshop_id)).await
}

/// As [`remember`], from the digest an erasure ledger kept.
pub(crate) async fn remember_digest(
    txn: &DatabaseTransaction,
    id_digest: String,
) -> Result<(), ServiceError> {
    let row = entity::ActiveModel {
        id_digest: Set(id_digest),
        erased_at: Set(Utc::now()),
    };
    // The same webshop customer may have been erased before, as a customer staff re-entered.
    entity::Entity::insert(row)
        .on_conflict_do_nothing()
        .exec(txn)
        .await?;
    Ok(())
}

/// The webshop numbers among `ids` whose customers were erased.
pub(crate) async fn erased_among<'a>(
    txn: &DatabaseTransaction,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, ServiceError> {
    let by_digest: Vec<(String, &str)> = ids.into_iter().map(|id| (digest(id), id)).collect();
    if by_digest.is_empty() {
        return Ok(HashSet::new());
    }
    let found: HashSet<String> = entity::Entity::find()
        .filter(entity::Column::IdDigest.is_in(by_digest.iter().map(|(d, _)| d.clone())))
        .all(txn)
        .await?
        .into_iter()
        .map(|row| row.id_digest)
        .collect();
    Ok(by_digest
        .into_iter()
        .filter(|(d, _)| found.contains(d))
        .map(|(_, id)| id)
        .collect())
}
