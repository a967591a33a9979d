//! A batch of a Shopify customers export: matched on the webshop's customer number, then on
//! the email address, and added or updated.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};

use super::{ChangeKind, ImportReport};
use crate::domain::consent::ConsentSource;
use crate::domain::{Field, Problem};
use crate::entity::{customer as entity, staff_user};
use crate::import::shopify_customers;
use crate::service::import_journal::{Journal, Target};
use crate::service::{ServiceError, customer, erased_webshop_customer, webshop_customer};

pub(super) async fn import_customers(
    txn: &DatabaseTransaction,
    staff: &staff_user::Model,
    journal: Option<&Journal>,
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
    let unmatched = batch.iter().filter(|row| {
        row.webshop_id
            .as_ref()
            .is_some_and(|id| !by_id.contains_key(id))
    });
    let erased = erased_webshop_customer::erased_among(
        txn,
        unmatched.filter_map(|r| r.webshop_id.as_deref()),
    )
    .await?;
    // A customer the file names by email only (or whose number is new) is known as erased by
    // the email's keyed digest.
    let new_emails: Vec<String> = batch
        .iter()
        .filter(|row| {
            row.webshop_id
                .as_ref()
                .is_none_or(|id| !by_id.contains_key(id))
        })
        .filter_map(|row| row.customer.email.as_ref().map(|e| e.search_key()))
        .filter(|email| !by_email.contains_key(email))
        .collect();
    let ledger_key = crate::service::backup::settings::row(txn).await?.ledger_key;
    let erased_emails = erased_webshop_customer::erased_emails_among(
        txn,
        &ledger_key,
        new_emails.iter().map(String::as_str),
    )
    .await?;
    let mut new = Vec::new();
    for row in batch {
        let webshop_id = row.webshop_id.as_deref();
        let by_email = row
            .customer
            .email
            .as_ref()
            .and_then(|e| by_email.get(&e.search_key()));
        // An email match is only taken when it does not belong to another webshop customer.
        let other_customers_email = by_email.is_some_and(|m| {
            m.webshop_customer_id.is_some() && m.webshop_customer_id.as_deref() != webshop_id
        });
        let existing = webshop_id
            .and_then(|id| by_id.get(id))
            .or(by_email.filter(|_| !other_customers_email));
        if let Some(before) = existing {
            let update = webshop_customer::update(txn, before, row, &staff.username).await?;
            if let Some(journal) = journal {
                if update.stored {
                    journal.changed_customer(txn, before).await?;
                }
                if let Some(event) = update.consent_event {
                    journal.inserted(txn, Target::Consent, &[event]).await?;
                }
            }
            if update.kept_withdrawal {
                report.reject(row.row, Field::Newsletter, Problem::WithdrawnOutsideWebshop);
            }
            let stored_as_written = row
                .unchecked
                .iter()
                .filter(|u| !update.kept.contains(&u.field));
            report.keep_to_check(row.row, stored_as_written);
            if !update.kept.is_empty() {
                let kind = ChangeKind::KeptFromRegister {
                    customer_id: before.id,
                    fields: update.kept,
                };
                report.change(row.row, kind);
            }
            if update.changed.is_empty() {
                report.unchanged += 1;
            } else {
                report.updated += 1;
                let kind = ChangeKind::CustomerUpdated {
                    customer_id: before.id,
                    fields: update.changed,
                };
                report.change(row.row, kind);
            }
        } else if webshop_id.is_some_and(|id| erased.contains(id)) {
            report.reject(row.row, Field::WebshopCustomerId, Problem::Erased);
        } else if row
            .customer
            .email
            .as_ref()
            .is_some_and(|email| erased_emails.contains(email.search_key().as_str()))
        {
            report.reject(row.row, Field::Email, Problem::Erased);
        } else if other_customers_email {
            report.reject(row.row, Field::Email, Problem::AlreadyInUse);
        } else {
            new.push(webshop_customer::new_row(
                &row.customer,
                webshop_id,
                &row.unchecked,
            ));
            report.keep_to_check(row.row, &row.unchecked);
            report.added += 1;
            report.change(row.row, ChangeKind::NewCustomer);
        }
    }
    let ids = customer::insert_many(txn, new, &staff.username, ConsentSource::Import).await?;
    if let Some(journal) = journal {
        journal.inserted(txn, Target::Customer, &ids).await?;
    }
    Ok(())
}
