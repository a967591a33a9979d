//! Aggregate figures with no personal data, for every role.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};

use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::order::OrderStatus;
use crate::domain::{Money, Permission};
use crate::entity::{customer, order, review};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub customers: u64,
    pub newsletter_subscribers: u64,
    pub business_customers: u64,
    pub orders_by_status: Vec<(OrderStatus, u64)>,
    /// Sum of all order lines of orders that were not cancelled, VAT included.
    pub revenue: Money,
    pub reviews: u64,
    pub hidden_reviews: u64,
    /// Mean rating of all reviews in hundredths (425 is 4.25 stars); `None` with no reviews.
    pub average_rating_hundredths: Option<i64>,
}

pub async fn summary(db: &Db, session: &Session) -> Result<Summary, ServiceError> {
    authorize(db.conn(), session, Permission::AggregateReports).await?;
    let conn = db.conn();
    let customers = customer::Entity::find().count(conn).await?;
    let newsletter_subscribers = customer::Entity::find()
        .filter(customer::Column::Newsletter.eq(true))
        .count(conn)
        .await?;
    let business_customers = customer::Entity::find()
        .filter(customer::Column::VatId.is_not_null())
        .count(conn)
        .await?;
    let mut orders_by_status = Vec::new();
    for status in OrderStatus::ALL {
        let count = order::Entity::find()
            .filter(order::Column::Status.eq(status.as_str()))
            .count(conn)
            .await?;
        orders_by_status.push((status, count));
    }
    let reviews = review::Entity::find().count(conn).await?;
    let hidden_reviews = review::Entity::find()
        .filter(review::Column::Visible.eq(false))
        .count(conn)
        .await?;
    let revenue = scalar(
        conn,
        "SELECT CAST(COALESCE(SUM(l.quantity * l.unit_price_cents), 0) AS BIGINT) AS v \
         FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status <> 'cancelled'",
    )
    .await?
    .unwrap_or(0);
    let rating_sum = scalar(
        conn,
        "SELECT CAST(COALESCE(SUM(rating), 0) AS BIGINT) AS v FROM reviews",
    )
    .await?
    .unwrap_or(0);
    let average_rating_hundredths = i64::try_from(reviews)
        .ok()
        .filter(|n| *n > 0)
        .map(|n| (rating_sum * 100 + n / 2) / n);
    Ok(Summary {
        customers,
        newsletter_subscribers,
        business_customers,
        orders_by_status,
        revenue: Money::from_cents(revenue),
        reviews,
        hidden_reviews,
        average_rating_hundredths,
    })
}

async fn scalar(conn: &impl ConnectionTrait, sql: &str) -> Result<Option<i64>, ServiceError> {
    let row = conn
        .query_one_raw(Statement::from_string(conn.get_database_backend(), sql))
        .await?;
    Ok(match row {
        Some(row) => row.try_get::<Option<i64>>("", "v")?,
        None => None,
    })
}
