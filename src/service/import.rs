//! Bringing the webshop's customers in: matched on the webshop's customer number, then on the
//! email address, so that importing the same or a newer file updates rather than duplicates.
//! One transaction per file: a failure leaves the register as it was.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
};
use serde_json::json;

use super::audit::{self, Actor, Event};
use super::{ServiceError, Session, authorize, customer};
use crate::db::Db;
use crate::domain::consent::ConsentSource;
use crate::domain::{Field, Permission, Problem};
use crate::entity::{customer as entity, order, staff_user};
use crate::import::{self, Rejected, shopify_customers, shopify_orders};

const BATCH: usize = 1000;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: Vec<Rejected>,
    /// Nothing was written: the report says what an import would do.
    pub dry_run: bool,
}

/// Called after each batch with the rows done and the rows in all, for a progress bar.
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Send + Sync);

pub async fn shopify_customers(
    db: &Db,
    session: &Session,
    bytes: &[u8],
    dry_run: bool,
    progress: Progress<'_>,
) -> Result<ImportReport, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    let parsed = shopify_customers::parse(&import::decode(bytes)).map_err(bad_file)?;
    let run = Run {
        action: "import.shopify_customers",
        dry_run,
        progress,
    };
    run.batches(
        db,
        session,
        &parsed.customers,
        parsed.rejected,
        import_batch,
    )
    .await
}

/// Shopify's orders export; each order is attached to the customer with its email address.
/// An order already in the register is updated if its status changed.
pub async fn shopify_orders(
    db: &Db,
    session: &Session,
    bytes: &[u8],
    dry_run: bool,
    progress: Progress<'_>,
) -> Result<ImportReport, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    let parsed = shopify_orders::parse(&import::decode(bytes)).map_err(bad_file)?;
    let run = Run {
        action: "import.shopify_orders",
        dry_run,
        progress,
    };
    let orders =
        async |txn: &DatabaseTransaction,
               _: &staff_user::Model,
               batch: &[shopify_orders::ShopifyOrder],
               report: &mut ImportReport| { import_orders(txn, batch, report).await };
    run.batches(db, session, &parsed.orders, parsed.rejected, orders)
        .await
}

fn bad_file(error: import::FileError) -> ServiceError {
    ServiceError::BadFile(error.to_string())
}

/// One import of a read file: its rows in batches in one transaction, a progress report after
/// each batch, and the audit event.
struct Run<'a> {
    action: &'static str,
    dry_run: bool,
    progress: Progress<'a>,
}

impl Run<'_> {
    async fn batches<R>(
        self,
        db: &Db,
        session: &Session,
        rows: &[R],
        rejected: Vec<Rejected>,
        batch: impl AsyncFn(
            &DatabaseTransaction,
            &staff_user::Model,
            &[R],
            &mut ImportReport,
        ) -> Result<(), ServiceError>,
    ) -> Result<ImportReport, ServiceError> {
        let txn = db.begin_write().await?;
        let staff = authorize(&txn, session, Permission::CustomerData).await?;
        let mut report = ImportReport {
            rejected,
            dry_run: self.dry_run,
            ..ImportReport::default()
        };
        let total = rows.len();
        for (index, rows) in rows.chunks(BATCH).enumerate() {
            batch(&txn, &staff, rows, &mut report).await?;
            (self.progress)((index * BATCH + rows.len()).min(total), total);
        }
        report.rejected.sort_by_key(|r| r.row);
        finish(db, txn, &staff, self.action, &report).await?;
        Ok(report)
    }
}

async fn import_orders(
    txn: &DatabaseTransaction,
    batch: &[shopify_orders::ShopifyOrder],
    report: &mut ImportReport,
) -> Result<(), ServiceError> {
    let emails: Vec<String> = batch.iter().map(|o| o.email.search_key()).collect();
    let customers: HashMap<String, i32> = entity::Entity::find()
        .filter(entity::Column::EmailKey.is_in(emails))
        .all(txn)
        .await?
        .into_iter()
        .filter_map(|c| Some((c.email_key?, c.id)))
        .collect();
    let numbers: Vec<String> = batch.iter().map(|o| o.order.order_number.clone()).collect();
    let existing: HashMap<String, order::Model> = order::Entity::find()
        .filter(order::Column::OrderNumber.is_in(numbers))
        .all(txn)
        .await?
        .into_iter()
        .map(|o| (o.order_number.clone(), o))
        .collect();
    for row in batch {
        let Some(&customer_id) = customers.get(&row.email.search_key()) else {
            report.rejected.push(Rejected {
                row: row.row,
                field: Field::Email,
                problem: Problem::UnknownCustomer,
            });
            continue;
        };
        let valid = row.order.validate()?;
        match existing.get(&row.order.order_number) {
            Some(stored) if stored.status == valid.status.as_str() => report.unchanged += 1,
            Some(stored) => {
                let mut update: order::ActiveModel = stored.clone().into();
                update.status = Set(valid.status.as_str().to_owned());
                update.update(txn).await?;
                report.updated += 1;
            }
            None => {
                super::order::insert(txn, customer_id, &valid).await?;
                report.added += 1;
            }
        }
    }
    Ok(())
}

/// Commits the import with its audit event, or for a dry run rolls it back and records only
/// that a dry run was made.
async fn finish(
    db: &Db,
    txn: DatabaseTransaction,
    staff: &staff_user::Model,
    action: &'static str,
    report: &ImportReport,
) -> Result<(), ServiceError> {
    let details = json!({
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected_rows": report.rejected.len(),
    });
    if report.dry_run {
        txn.rollback().await?;
        let txn = db.begin_write().await?;
        let event = Event::new("import.dry_run", "register", None).with_details(details);
        audit::append(&txn, &Actor::from(staff), event).await?;
        txn.commit().await?;
    } else {
        audit::append(
            &txn,
            &Actor::from(staff),
            Event::new(action, "register", None).with_details(details),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(())
}

async fn import_batch(
    txn: &DatabaseTransaction,
    staff: &staff_user::Model,
    batch: &[shopify_customers::ShopifyCustomer],
    report: &mut ImportReport,
) -> Result<(), ServiceError> {
    let ids: Vec<String> = batch.iter().filter_map(|c| c.webshop_id.clone()).collect();
    let emails: Vec<String> = batch
        .iter()
        .filter_map(|c| c.customer.email.as_ref().map(|e| e.search_key()))
        .collect();
    let known = entity::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(entity::Column::WebshopCustomerId.is_in(ids))
                .add(entity::Column::EmailKey.is_in(emails)),
        )
        .all(txn)
        .await?;
    let mut by_id: HashMap<String, entity::Model> = HashMap::new();
    let mut by_email: HashMap<String, entity::Model> = HashMap::new();
    for model in known {
        if let Some(id) = &model.webshop_customer_id {
            by_id.insert(id.clone(), model.clone());
        }
        if let Some(email) = &model.email_key {
            by_email.entry(email.clone()).or_insert(model);
        }
    }
    // New customers wait here and go in together at the end of the batch; a later row of the
    // same file for one of them replaces its data, as it would update a stored customer.
    let mut new: Vec<&shopify_customers::ShopifyCustomer> = Vec::new();
    let mut new_by_key: HashMap<String, usize> = HashMap::new();
    for row in batch {
        let webshop_id = row.webshop_id.as_deref();
        let email = row.customer.email.as_ref().map(|e| e.search_key());
        let existing = webshop_id
            .and_then(|id| by_id.get(id))
            .or_else(|| {
                // An email match is only taken when it does not belong to another webshop customer.
                by_email.get(email.as_ref()?).filter(|m| {
                    m.webshop_customer_id.is_none()
                        || m.webshop_customer_id.as_deref() == webshop_id
                })
            })
            .cloned();
        if let Some(before) = existing {
            let username = &staff.username;
            if customer::update_from_webshop(txn, &before, &row.customer, webshop_id, username)
                .await?
            {
                report.updated += 1;
            } else {
                report.unchanged += 1;
            }
            continue;
        }
        let keys = [
            webshop_id.map(|id| format!("id:{id}")),
            email.map(|e| format!("email:{e}")),
        ];
        let at = match keys
            .iter()
            .flatten()
            .find_map(|key| new_by_key.get(key).copied())
        {
            Some(at) => {
                if new[at].customer == row.customer {
                    report.unchanged += 1;
                } else {
                    report.updated += 1;
                }
                new[at] = row;
                at
            }
            None => {
                new.push(row);
                report.added += 1;
                new.len() - 1
            }
        };
        for key in keys.into_iter().flatten() {
            new_by_key.insert(key, at);
        }
    }
    let rows = new
        .iter()
        .map(|row| (&row.customer, row.webshop_id.as_deref()));
    customer::insert_many(txn, rows.collect(), &staff.username, ConsentSource::Import).await?;
    Ok(())
}
