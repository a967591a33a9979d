//! Bringing the webshop's customers in: matched on the webshop's customer number, then on the
//! email address, so that importing the same or a newer file updates rather than duplicates.
//! One transaction per file: a failure leaves the register as it was.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use serde_json::json;

use super::audit::{self, Actor, Event};
use super::{ServiceError, Session, authorize, customer};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::consent::ConsentSource;
use crate::entity::{customer as entity, staff_user};
use crate::import::{self, Rejected, shopify_customers};

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

pub async fn shopify_customers(
    db: &Db,
    session: &Session,
    bytes: &[u8],
    dry_run: bool,
) -> Result<ImportReport, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    let text = import::decode(bytes);
    let parsed =
        shopify_customers::parse(&text).map_err(|e| ServiceError::BadFile(e.to_string()))?;
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, Permission::CustomerData).await?;
    let mut report = ImportReport {
        rejected: parsed.rejected,
        dry_run,
        ..ImportReport::default()
    };
    for batch in parsed.customers.chunks(BATCH) {
        import_batch(&txn, &staff, batch, &mut report).await?;
    }
    let details = json!({
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected_rows": report.rejected.len(),
    });
    if dry_run {
        txn.rollback().await?;
        let txn = db.begin_write().await?;
        let event = Event::new("import.dry_run", "register", None).with_details(details);
        audit::append(&txn, &Actor::from(&staff), event).await?;
        txn.commit().await?;
    } else {
        let event = Event::new("import.shopify_customers", "register", None).with_details(details);
        audit::append(&txn, &Actor::from(&staff), event).await?;
        txn.commit().await?;
    }
    Ok(report)
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
    for row in batch {
        let webshop_id = row.webshop_id.as_deref();
        let existing = webshop_id
            .and_then(|id| by_id.get(id))
            .or_else(|| {
                let email = row.customer.email.as_ref()?.search_key();
                // An email match is only taken when it does not belong to another webshop customer.
                by_email.get(&email).filter(|m| {
                    m.webshop_customer_id.is_none()
                        || m.webshop_customer_id.as_deref() == webshop_id
                })
            })
            .cloned();
        match existing {
            Some(before) => {
                if customer::update_from_webshop(
                    txn,
                    &before,
                    &row.customer,
                    webshop_id,
                    &staff.username,
                )
                .await?
                {
                    report.updated += 1;
                } else {
                    report.unchanged += 1;
                }
            }
            None => {
                let created = customer::insert_with_webshop_id(
                    txn,
                    &row.customer,
                    webshop_id,
                    &staff.username,
                    ConsentSource::Import,
                )
                .await?;
                // Later rows of the same file find it too.
                if let Some(id) = &created.webshop_customer_id {
                    by_id.insert(id.clone(), created.clone());
                }
                if let Some(email) = &created.email_key {
                    by_email.insert(email.clone(), created);
                }
                report.added += 1;
            }
        }
    }
    Ok(())
}
