//! Loads fictional customers, orders and reviews into the register.

use chrono::{Duration, Utc};
use rand::SeedableRng;
use rand::rngs::StdRng;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

use super::audit::{self, Actor, Event};
use super::{ServiceError, Session, authorize, customer, order, review};
use crate::db::Db;
use crate::demo;
use crate::domain::Permission;
use crate::domain::consent::ConsentSource;
use crate::entity;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    pub customers: u64,
    pub orders: u64,
    pub reviews: u64,
}

/// Adds `count` fictional customers in one transaction: all of them or, on failure, none.
/// The same seed gives the same people.
pub async fn generate(
    db: &Db,
    session: &Session,
    count: u64,
    seed: u64,
) -> Result<DemoSummary, ServiceError> {
    let txn = db.begin_write().await?;
    let admin = authorize(&txn, session, Permission::Administration).await?;
    let first_serial = entity::customer::Entity::find().count(&txn).await?;
    let mut order_serial = 100_000 + entity::order::Entity::find().count(&txn).await?;
    let mut rng = StdRng::seed_from_u64(seed);
    let now = Utc::now();
    let mut summary = DemoSummary {
        customers: 0,
        orders: 0,
        reviews: 0,
    };
    for serial in first_serial..first_serial + count {
        let generated = demo::customer(&mut rng, serial, &mut order_serial, now);
        let valid = generated.customer.validate()?;
        let created =
            customer::insert(&txn, &valid, &admin.username, ConsentSource::Webshop).await?;
        for input in &generated.orders {
            order::insert(&txn, created.id, &input.validate()?).await?;
            summary.orders += 1;
        }
        for (days_ago, input) in (1..).zip(generated.reviews) {
            let written = now - Duration::days(days_ago * 30);
            review::insert(&txn, created.id, input.validate()?, written).await?;
            summary.reviews += 1;
        }
        summary.customers += 1;
    }
    let event = Event::new("demo_data.generate", "register", None).with_details(json!({
        "customers": summary.customers,
        "orders": summary.orders,
        "reviews": summary.reviews,
    }));
    audit::append(&txn, &Actor::from(&admin), event).await?;
    txn.commit().await?;
    Ok(summary)
}
