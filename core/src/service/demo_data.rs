//! Loads fictional customers, orders and reviews into the register: a few hundred to try the
//! app with, or a million to measure it with. Rows go in as multi-row inserts in batches, all in
//! one transaction: all of them or, on failure, none.

use crate::domain::AuditAction;
use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use rand::SeedableRng;
use rand::rngs::StdRng;
use sea_orm::{
    ColumnTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};
use serde_json::json;

use super::audit::Event;
use super::write::write;
use super::{ServiceError, Session, bulk, customer, order, review};
use crate::db::Db;
use crate::demo::{self, DemoCustomer};
use crate::domain::Permission;
use crate::domain::consent::ConsentSource;
use crate::domain::order::ValidOrder;
use crate::entity;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoPlan {
    pub customers: u64,
    /// The same seed gives the same people.
    pub seed: u64,
    /// One customer in this many has [`demo::HEAVY_ORDERS`] orders; `None` for none.
    pub heavy_every: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DemoSummary {
    pub customers: u64,
    pub orders: u64,
    pub reviews: u64,
}

/// Customers generated and inserted together.
const BATCH: u64 = 500;

/// Adds the planned fictional customers; `progress` hears how many are in so far.
pub async fn generate(
    db: &Db,
    session: &Session,
    plan: &DemoPlan,
    progress: &mut (dyn FnMut(u64) + Send),
) -> Result<DemoSummary, ServiceError> {
    write(
        db,
        session,
        Permission::Administration,
        async |txn, admin| {
            let first_serial = entity::customer::Entity::find().count(txn).await?;
            let mut order_serial = 100_000 + entity::order::Entity::find().count(txn).await?;
            let mut rng = StdRng::seed_from_u64(plan.seed);
            let now = Utc::now();
            let mut summary = DemoSummary::default();
            let end = first_serial + plan.customers;
            let mut start = first_serial;
            while start < end {
                let batch: Vec<DemoCustomer> = (start..end.min(start + BATCH))
                    .map(|serial| {
                        let heavy = plan
                            .heavy_every
                            .is_some_and(|every| every > 0 && serial % every == every / 2);
                        demo::customer(&mut rng, serial, &mut order_serial, now, heavy)
                    })
                    .collect();
                let added = insert_batch(txn, batch, &admin.username, now).await?;
                summary.customers += added.customers;
                summary.orders += added.orders;
                summary.reviews += added.reviews;
                start += BATCH;
                progress(summary.customers);
            }
            let event = Event::new(AuditAction::DemoDataGenerate, None).with_details(json!({
                "customers": summary.customers,
                "orders": summary.orders,
                "reviews": summary.reviews,
            }));
            Ok((summary, event))
        },
    )
    .await
}

async fn insert_batch(
    txn: &DatabaseTransaction,
    batch: Vec<DemoCustomer>,
    recorded_by: &str,
    now: DateTime<Utc>,
) -> Result<DemoSummary, ServiceError> {
    let mut customers = Vec::with_capacity(batch.len());
    let mut rest = Vec::with_capacity(batch.len());
    for generated in batch {
        let valid = generated.customer.validate()?;
        let orders: Vec<ValidOrder> = generated
            .orders
            .iter()
            .map(|input| input.validate())
            .collect::<Result<_, _>>()?;
        let reviews: Vec<_> = generated
            .reviews
            .iter()
            .map(|input| input.validate())
            .collect::<Result<_, _>>()?;
        let email = valid.email.as_ref().map(|e| e.as_str().to_owned());
        customers.push(valid);
        rest.push((email, orders, reviews));
    }
    let new = customers
        .iter()
        .map(|valid| customer::new_model(valid, None, now))
        .collect();
    let ids = customer::insert_many(txn, new, recorded_by, ConsentSource::Webshop).await?;
    // The emails, unique per serial, tie the new ids to their orders and reviews, whatever
    // order the database returns them in.
    let id_of: HashMap<String, i32> = entity::customer::Entity::find()
        .select_only()
        .column(entity::customer::Column::Email)
        .column(entity::customer::Column::Id)
        .filter(entity::customer::Column::Id.is_in(ids.iter().copied()))
        .into_tuple::<(Option<String>, i32)>()
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|(email, id)| Some((email?, id)))
        .collect();
    let mut summary = DemoSummary {
        customers: ids.len() as u64,
        ..DemoSummary::default()
    };
    let mut orders = Vec::new();
    let mut reviews = Vec::new();
    for (email, customer_orders, customer_reviews) in rest {
        let id = email.and_then(|e| id_of.get(&e).copied());
        let id = id.ok_or(ServiceError::NotFound("customer"))?;
        orders.extend(customer_orders.into_iter().map(|o| (id, o)));
        for (days_ago, valid) in (1..).zip(customer_reviews) {
            let written = now - Duration::days(days_ago * 30);
            reviews.push(review::new_model(id, valid, written));
        }
    }
    summary.orders = orders.len() as u64;
    summary.reviews = reviews.len() as u64;
    bulk::insert_plain(txn, reviews).await?;
    insert_orders(txn, orders).await?;
    Ok(summary)
}

async fn insert_orders(
    txn: &DatabaseTransaction,
    orders: Vec<(i32, ValidOrder)>,
) -> Result<(), ServiceError> {
    let models = orders.iter().map(|(id, o)| order::new_model(*id, o));
    let inserted = bulk::insert_returning(txn, models.collect()).await?;
    let id_of: HashMap<&str, i32> = inserted
        .iter()
        .map(|model| (model.order_number.as_str(), model.id))
        .collect();
    let mut lines = Vec::new();
    for (_, valid) in &orders {
        let order_id = id_of
            .get(valid.order_number.as_str())
            .copied()
            .ok_or(ServiceError::NotFound("order"))?;
        lines.extend(order::line_models(order_id, &order::lines_of_valid(valid)));
    }
    bulk::insert_plain(txn, lines).await
}
