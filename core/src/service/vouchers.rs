//! The order vouchers an erasure keeps for the Accounting Act, found again for the person they
//! are about: by an order number, or, until the erased keys' retention period ends, by the
//! webshop customer number or the email address the customer had. Only digests of those are
//! kept on the vouchers, so a request can find them and nobody can read them back.

use crate::domain::AuditAction;
use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::audit::Event;
use super::write::audited_events;
use super::{ServiceError, Session};
use crate::db::Db;
use crate::domain::consent::ErasureReason;
use crate::domain::{Email, Permission};
use crate::entity::{audit_event, order};

/// One erased customer's kept vouchers, as a request's intake lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptVouchers {
    /// The number the customer had.
    pub customer_number: i32,
    pub erased_at: DateTime<Utc>,
    /// Oldest first.
    pub order_numbers: Vec<String>,
}

/// The erased customers whose kept vouchers `text` finds: an order number, a webshop customer
/// number or an email address. Each one found is a consultation of that erased customer's
/// data, and the audit trail says so.
pub async fn find(
    db: &Db,
    session: &Session,
    text: &str,
) -> Result<Vec<KeptVouchers>, ServiceError> {
    audited_events(db, session, Permission::AccessRequests, async |txn, _| {
        let mut found = Vec::new();
        for number in erased_matching(txn, text).await? {
            found.push(kept(txn, number).await?);
        }
        let events = found
            .iter()
            .map(|kept| {
                Event::new(AuditAction::VouchersFind, Some(kept.customer_number))
                    .with_details(json!({ "orders": kept.order_numbers.len() }))
            })
            .collect();
        Ok((found, events))
    })
    .await
}

/// The numbers of the erased customers whose vouchers `text` finds.
pub(crate) async fn erased_matching(
    conn: &impl ConnectionTrait,
    text: &str,
) -> Result<BTreeSet<i32>, ServiceError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(BTreeSet::new());
    }
    let mut by = vec![
        order::Column::OrderNumber.eq(text),
        order::Column::ErasedWebshopDigest.eq(super::erased_webshop_customer::digest(text)),
    ];
    if let Ok(email) = Email::parse(text) {
        let key = super::backup::settings::row(conn).await?.ledger_key;
        let digest = crate::erasure_ledger::email_digest(&key, &email.search_key());
        by.push(order::Column::ErasedEmailDigest.eq(digest));
    }
    let mut any = sea_orm::Condition::any();
    for condition in by {
        any = any.add(condition);
    }
    let numbers: Vec<Option<i32>> = order::Entity::find()
        .select_only()
        .column(order::Column::ErasedCustomerNumber)
        .filter(order::Column::AnonymisedAt.is_not_null())
        .filter(any)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(numbers.into_iter().flatten().collect())
}

/// The vouchers kept of the erased customer `number`.
pub(crate) async fn kept(
    conn: &impl ConnectionTrait,
    number: i32,
) -> Result<KeptVouchers, ServiceError> {
    let rows: Vec<(String, Option<DateTime<Utc>>)> = order::Entity::find()
        .select_only()
        .column(order::Column::OrderNumber)
        .column(order::Column::AnonymisedAt)
        .filter(order::Column::ErasedCustomerNumber.eq(number))
        .filter(order::Column::AnonymisedAt.is_not_null())
        .order_by_asc(order::Column::PlacedAt)
        .order_by_asc(order::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    let erased_at = rows
        .iter()
        .filter_map(|(_, at)| *at)
        .min()
        .ok_or(ServiceError::NotFound("kept vouchers"))?;
    Ok(KeptVouchers {
        customer_number: number,
        erased_at,
        order_numbers: rows.into_iter().map(|(number, _)| number).collect(),
    })
}

/// Why the customer was erased, as the audit trail recorded it; None once that event has
/// gone at the end of the log's retention period.
pub(crate) async fn erasure_reason(
    conn: &impl ConnectionTrait,
    number: i32,
) -> Result<Option<ErasureReason>, ServiceError> {
    let details: Option<String> = audit_event::Entity::find()
        .select_only()
        .column(audit_event::Column::Details)
        .filter(audit_event::Column::Action.eq(AuditAction::CustomerErase.code()))
        .filter(audit_event::Column::TargetKind.eq("customer"))
        .filter(audit_event::Column::TargetId.eq(number))
        .order_by_desc(audit_event::Column::Seq)
        .into_tuple()
        .one(conn)
        .await?;
    Ok(details
        .and_then(|details| serde_json::from_str::<serde_json::Value>(&details).ok())
        .and_then(|details| details["reason"].as_str().and_then(|r| r.parse().ok())))
}
