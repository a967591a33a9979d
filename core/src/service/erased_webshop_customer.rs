//! Which webshop customers were erased from the register, so that importing a webshop export
//! that still holds one of them does not bring the person back: by the webshop's customer
//! number, and, for a row that has none, by the email address. Only digests are kept, nothing
//! that names the person; the email's is keyed with the register's ledger key, since an
//! address can be guessed.

use crate::domain::AuditAction;
use std::collections::HashSet;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect,
};
use sha2::{Digest, Sha256};

use super::ServiceError;
use crate::entity::erased_email;
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
    let by_digest = ids.into_iter().map(|id| (digest(id), id)).collect();
    known::<entity::Entity>(txn, entity::Column::IdDigest, by_digest).await
}

/// The values among `by_digest` whose digest is in the table of `E`, by its `column`.
async fn known<'a, E: EntityTrait>(
    txn: &DatabaseTransaction,
    column: E::Column,
    by_digest: Vec<(String, &'a str)>,
) -> Result<HashSet<&'a str>, ServiceError> {
    if by_digest.is_empty() {
        return Ok(HashSet::new());
    }
    let found: HashSet<String> = E::find()
        .select_only()
        .column(column)
        .filter(column.is_in(by_digest.iter().map(|(d, _)| d.clone())))
        .into_tuple()
        .all(txn)
        .await?
        .into_iter()
        .collect();
    Ok(by_digest
        .into_iter()
        .filter(|(d, _)| found.contains(d))
        .map(|(_, value)| value)
        .collect())
}

/// Records that the customer with this email address (its search key) was erased.
pub(crate) async fn remember_email(
    txn: &DatabaseTransaction,
    ledger_key: &str,
    email_key: &str,
) -> Result<(), ServiceError> {
    let digest = crate::erasure_ledger::email_digest(ledger_key, email_key);
    remember_email_digest(txn, digest).await
}

/// As [`remember_email`], from the digest an erasure ledger kept.
pub(crate) async fn remember_email_digest(
    txn: &DatabaseTransaction,
    digest: String,
) -> Result<(), ServiceError> {
    let row = erased_email::ActiveModel {
        digest: Set(digest),
        erased_at: Set(Utc::now()),
    };
    erased_email::Entity::insert(row)
        .on_conflict_do_nothing()
        .exec(txn)
        .await?;
    Ok(())
}

/// The email addresses (search keys) among `emails` whose customers were erased.
pub(crate) async fn erased_emails_among<'a>(
    txn: &DatabaseTransaction,
    ledger_key: &str,
    emails: impl IntoIterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, ServiceError> {
    let by_digest = emails
        .into_iter()
        .map(|email| {
            (
                crate::erasure_ledger::email_digest(ledger_key, email),
                email,
            )
        })
        .collect();
    known::<erased_email::Entity>(txn, erased_email::Column::Digest, by_digest).await
}

/// Forgets, inside the caller's transaction, the digests of customers erased more than
/// `years` before `today` (a date in Finland). The period is the shop's: long enough for the
/// person to be gone from the webshop and from the exports that staff import. Returns how many
/// went, with the event that records it.
pub(crate) async fn purge_in(
    txn: &DatabaseTransaction,
    today: chrono::NaiveDate,
    years: u32,
) -> Result<(u64, super::audit::Event), ServiceError> {
    let cutoff = today
        .checked_sub_months(chrono::Months::new(12 * years))
        .and_then(crate::format::start_of_day_in_finland)
        .ok_or(ServiceError::UnexpectedData("date out of range".into()))?;
    let webshop_ids = entity::Entity::delete_many()
        .filter(entity::Column::ErasedAt.lt(cutoff))
        .exec(txn)
        .await?
        .rows_affected;
    let emails = erased_email::Entity::delete_many()
        .filter(erased_email::Column::ErasedAt.lt(cutoff))
        .exec(txn)
        .await?
        .rows_affected;
    // The vouchers of those customers can no longer be found by the digests either; by order
    // number they still can.
    crate::entity::order::Entity::update_many()
        .col_expr(
            crate::entity::order::Column::ErasedWebshopDigest,
            sea_orm::sea_query::Expr::value(Option::<String>::None),
        )
        .col_expr(
            crate::entity::order::Column::ErasedEmailDigest,
            sea_orm::sea_query::Expr::value(Option::<String>::None),
        )
        .filter(crate::entity::order::Column::AnonymisedAt.lt(cutoff))
        .exec(txn)
        .await?;
    let purged = webshop_ids + emails;
    let event = super::audit::Event::new(AuditAction::ErasedKeysPurge, None).with_details(
        serde_json::json!({ "webshop_ids": webshop_ids, "emails": emails, "years": years }),
    );
    Ok((purged, event))
}
