//! A batch of a Shopify orders export: each order attached to its customer, or kept as a
//! voucher of its own.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
};

use super::{ChangeKind, ImportReport};
use crate::domain::consent::ConsentSource;
use crate::domain::order::OrderStatus;
use crate::domain::{Field, Problem};
use crate::entity::{customer as entity, order, staff_user};
use crate::import::shopify_orders;
use crate::service::import_journal::{Journal, Target};
use crate::service::{ServiceError, customer, erased_webshop_customer, webshop_customer};

/// Each order is attached to the customer with its email address; an email that matches nobody
/// (or does not validate) creates the customer from the order's billing details, marked to
/// check. An order whose delivery postal code or country does not validate is kept as written,
/// marked to check: it is a bookkeeping voucher. An erased customer's voucher stays unlinked
/// and brings nobody back.
pub(super) async fn import_orders(
    txn: &DatabaseTransaction,
    staff: &staff_user::Model,
    journal: Option<&Journal>,
    batch: &[shopify_orders::ShopifyOrder],
    report: &mut ImportReport,
) -> Result<(), ServiceError> {
    let emails: Vec<String> = batch
        .iter()
        .filter_map(|o| o.email.as_ref().map(|e| e.search_key()))
        .collect();
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
    let unknown: Vec<String> = batch
        .iter()
        .filter_map(|o| o.email.as_ref().map(|e| e.search_key()))
        .filter(|email| !customers.contains_key(email))
        .collect();
    let ledger_key = crate::service::backup::settings::row(txn).await?.ledger_key;
    let erased_buyers = erased_webshop_customer::erased_emails_among(
        txn,
        &ledger_key,
        unknown.iter().map(String::as_str),
    )
    .await?;
    // The buyers made in this batch, by their email's key or, for one that does not validate,
    // by the address as written: a second order of theirs joins the first.
    let mut created: HashMap<String, i32> = HashMap::new();
    for row in batch {
        let valid = &row.order;
        let order_number = valid.order_number.clone();
        let stored = existing.get(&order_number);
        // An erased customer's voucher keeps no link to anybody, and gets none back.
        if stored.is_some_and(|stored| stored.anonymised_at.is_some()) {
            report.reject(row.row, Field::OrderNumber, Problem::Erased);
            continue;
        }
        let key = match &row.email {
            Some(email) => email.search_key(),
            None => format!("as written:{}", row.buyer.email.to_lowercase()),
        };
        let registered = match (&row.email, stored) {
            (Some(_), _) => customers.get(&key).copied(),
            // An order already in the register whose address does not validate stays its
            // buyer's: the address cannot say otherwise.
            (None, Some(stored)) => stored.customer_id,
            (None, None) => None,
        };
        let customer_id = match registered.or(created.get(&key).copied()) {
            Some(id) => id,
            // An order of an erased customer that the register never had brings nobody back.
            None if row.email.is_some() && erased_buyers.contains(key.as_str()) => {
                report.reject(row.row, Field::Email, Problem::Erased);
                continue;
            }
            None => match new_buyer(txn, staff, row).await? {
                Some(id) => {
                    if let Some(journal) = journal {
                        journal.inserted(txn, Target::Customer, &[id]).await?;
                    }
                    // Two orders without an address that validates are not one buyer's.
                    if row.email.is_some() || !row.buyer.email.trim().is_empty() {
                        created.insert(key, id);
                    }
                    let kind = ChangeKind::NewCustomerFromOrder {
                        order_number: order_number.clone(),
                    };
                    report.change(row.row, kind);
                    id
                }
                None => {
                    report.reject(row.row, Field::Email, Problem::UnknownCustomer);
                    continue;
                }
            },
        };
        match stored {
            Some(stored) if stored.customer_id != Some(customer_id) => {
                report.reject(row.row, Field::OrderNumber, Problem::AlreadyInUse);
            }
            Some(stored) if stored.status == valid.status.as_str() => report.unchanged += 1,
            Some(stored) if !valid.status.is_beyond(stored_status(stored)?) => {
                report.unchanged += 1;
                report.change(row.row, ChangeKind::OrderStatusKept { order_number });
            }
            Some(stored) => {
                if let Some(journal) = journal {
                    journal.changed_order(txn, stored).await?;
                }
                let mut update: order::ActiveModel = stored.clone().into();
                update.status = Set(valid.status.as_str().to_owned());
                update.update(txn).await?;
                report.updated += 1;
                report.change(row.row, ChangeKind::OrderStatus { order_number });
            }
            None => {
                let inserted =
                    crate::service::order::insert_kept(txn, customer_id, valid, &row.unchecked)
                        .await?;
                if let Some(journal) = journal {
                    journal.inserted(txn, Target::Order, &[inserted]).await?;
                }
                report.keep_to_check(row.row, &row.unchecked);
                report.added += 1;
                report.change(row.row, ChangeKind::NewOrder { order_number });
            }
        }
    }
    Ok(())
}

fn stored_status(stored: &order::Model) -> Result<OrderStatus, ServiceError> {
    stored.status.parse().map_err(ServiceError::UnexpectedData)
}

/// The customer an order's billing details describe, stored marked to check; `None` when they
/// name nobody.
async fn new_buyer(
    txn: &DatabaseTransaction,
    staff: &staff_user::Model,
    order: &shopify_orders::ShopifyOrder,
) -> Result<Option<i32>, ServiceError> {
    let Ok((valid, unchecked)) = crate::import::keep_to_check(&order.buyer) else {
        return Ok(None);
    };
    let mut model = webshop_customer::new_row(&valid, None, &unchecked);
    model.to_check = sea_orm::ActiveValue::Set(true);
    let ids =
        customer::insert_many(txn, vec![model], &staff.username, ConsentSource::Import).await?;
    Ok(ids.first().copied())
}
