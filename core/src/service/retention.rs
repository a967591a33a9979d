//! The retention review: customers with no order, no change and no newsletter for a long time,
//! whose relationship has in practice ended.

use std::collections::BTreeSet;

use chrono::{DateTime, Months, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::customer::CustomerSummary;
use super::listing_trail::{self, Listing};
use super::page::{PageRequest, Rows};
use super::write::write_events;
use super::{ServiceError, Session, authorize, erasure};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::consent::ErasureReason;
use crate::domain::processing::Retention;
use crate::entity::{customer, order};

/// The retention periods of the processing description, which the review starts from.
pub async fn policy(db: &Db, session: &Session) -> Result<Retention, ServiceError> {
    authorize(db.conn(), session, Permission::EraseCustomer).await?;
    Ok(super::processing::load(db.conn())
        .await?
        .description
        .retention)
}

/// Customers whose relationship has in practice ended: registered before the cut-off and, since
/// it, no order, no change to their details or consents (by staff, an import or the customer),
/// and no newsletter subscription. The register does not learn of webshop logins (Shopify's
/// export has none), so they are not weighed.
pub async fn candidates(
    db: &Db,
    session: &Session,
    idle_months: u32,
    now: DateTime<Utc>,
    page: PageRequest,
) -> Result<Rows<CustomerSummary>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::EraseCustomer).await?;
    let rows = customer::Entity::find()
        .filter(idle_since(cutoff(now, idle_months)?))
        .order_by_asc(customer::Column::ReversedNameKey)
        .order_by_asc(customer::Column::Id)
        .offset(page.offset)
        .limit(page.fetch_limit())
        .all(db.conn())
        .await?;
    let rows = Rows::from_rows(rows, &page);
    let shown = rows.items.iter().map(|c| c.id);
    listing_trail::shown(db, &staff, Listing::Customers, shown).await?;
    Ok(rows.map(CustomerSummary::from))
}

/// What erasing the listed customers did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionErasure {
    pub erased: u64,
    /// Listed customers who were no longer idle when the erasure ran (an order, a change or a
    /// subscription after the list was loaded, or erased meanwhile at another workstation).
    pub no_longer_idle: u64,
    /// Whether the erasures are in the ledger a restore replays.
    pub ledger: erasure::LedgerState,
}

/// Erases those of the listed customers who are still idle, judged again by the review's own
/// criteria inside the erasure's transaction: a customer who ordered or changed a consent
/// after the list was loaded is kept. All or none of the still idle ones are erased.
pub async fn erase_idle(
    db: &Db,
    session: &Session,
    customer_ids: &[i32],
    idle_months: u32,
    now: DateTime<Utc>,
) -> Result<RetentionErasure, ServiceError> {
    let cutoff = cutoff(now, idle_months)?;
    let listed: BTreeSet<i32> = customer_ids.iter().copied().collect();
    let erasure = write_events(db, session, Permission::EraseCustomer, async |txn, _| {
        let still_idle: Vec<i32> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .filter(customer::Column::Id.is_in(listed.iter().copied()))
            .filter(idle_since(cutoff))
            .into_tuple()
            .all(txn)
            .await?;
        let mut events = Vec::with_capacity(still_idle.len());
        for &customer_id in &still_idle {
            let reason = ErasureReason::RetentionEnded;
            let (_, event) = erasure::erase_and_record(txn, customer_id, reason).await?;
            events.push(event);
        }
        let erased = still_idle.len() as u64;
        let outcome = RetentionErasure {
            erased,
            no_longer_idle: listed.len() as u64 - erased,
            ledger: erasure::LedgerState::Written,
        };
        Ok((outcome, events))
    })
    .await?;
    let ledger = erasure::after_commit(db, session).await;
    Ok(RetentionErasure { ledger, ..erasure })
}

fn cutoff(now: DateTime<Utc>, idle_months: u32) -> Result<DateTime<Utc>, ServiceError> {
    now.checked_sub_months(Months::new(idle_months))
        .ok_or(ServiceError::UnexpectedData(
            "idle period out of range".into(),
        ))
}

/// The review's criteria, for listing and for erasing alike.
fn idle_since(cutoff: DateTime<Utc>) -> Condition {
    // Asked per customer along the orders' (customer, placed_at) index: a list of every recent
    // buyer would be as long as the order table.
    let recent_order = Query::select()
        .expr(Expr::val(1))
        .from(order::Entity)
        .and_where(
            Expr::col((order::Entity, order::Column::CustomerId))
                .equals((customer::Entity, customer::Column::Id)),
        )
        .and_where(Expr::col((order::Entity, order::Column::PlacedAt)).gte(cutoff))
        .to_owned();
    Condition::all()
        .add(customer::Column::CreatedAt.lt(cutoff))
        .add(customer::Column::UpdatedAt.lt(cutoff))
        .add(customer::Column::Newsletter.eq(false))
        .add(Expr::exists(recent_order).not())
}
