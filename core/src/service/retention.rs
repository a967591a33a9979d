//! The retention review: customers with no order and no webshop login for a long time, whose
//! relationship has in practice ended.

use chrono::{DateTime, Months, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::customer::CustomerSummary;
use super::page::{PageRequest, Rows};
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::Permission;
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

/// Customers registered before the cut-off with no order and no webshop login since.
pub async fn candidates(
    db: &Db,
    session: &Session,
    idle_months: u32,
    now: DateTime<Utc>,
    page: PageRequest,
) -> Result<Rows<CustomerSummary>, ServiceError> {
    authorize(db.conn(), session, Permission::EraseCustomer).await?;
    let cutoff =
        now.checked_sub_months(Months::new(idle_months))
            .ok_or(ServiceError::UnexpectedData(
                "idle period out of range".into(),
            ))?;
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
    let rows = customer::Entity::find()
        .filter(customer::Column::CreatedAt.lt(cutoff))
        .filter(
            Condition::any()
                .add(customer::Column::LastWebshopLoginAt.is_null())
                .add(customer::Column::LastWebshopLoginAt.lt(cutoff)),
        )
        .filter(Expr::exists(recent_order).not())
        .order_by_asc(customer::Column::ReversedNameKey)
        .order_by_asc(customer::Column::Id)
        .offset(page.offset)
        .limit(page.fetch_limit())
        .all(db.conn())
        .await?;
    Ok(Rows::from_rows(rows, &page).map(CustomerSummary::from))
}
