//! Undoing one import in a transaction: what it inserted is deleted and what it changed is put
//! back, except where someone has built on it since.

use std::collections::HashSet;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::json;

use super::{UNDONE, UndoReason, Undone, end, unexpected, unknown_target};
use crate::domain::AuditAction;
use crate::domain::consent::ConsentSource;
use crate::entity::{
    access_request, consent_event, customer, import, import_journal, order, order_line, review,
};
use crate::service::ServiceError;
use crate::service::audit::{self, Actor, Event};

/// One import's entries, sorted by what they are about.
#[derive(Default)]
struct Entries {
    inserted_customers: Vec<i32>,
    inserted_orders: Vec<i32>,
    inserted_consents: Vec<i32>,
    /// Newest first, so that a row changed twice is put back one step at a time.
    changed_customers: Vec<customer::Model>,
    changed_orders: Vec<order::Model>,
}

async fn entries_of(txn: &DatabaseTransaction, import_id: i32) -> Result<Entries, ServiceError> {
    let rows = import_journal::Entity::find()
        .filter(import_journal::Column::ImportId.eq(import_id))
        .order_by_desc(import_journal::Column::Id)
        .all(txn)
        .await?;
    let mut entries = Entries::default();
    for row in rows {
        match (row.target.as_str(), row.inserted, row.before) {
            (target, Some(inserted), _) => {
                let ids: Vec<i32> = serde_json::from_str(&inserted).map_err(unexpected)?;
                match target {
                    "customer" => entries.inserted_customers.extend(ids),
                    "order" => entries.inserted_orders.extend(ids),
                    "consent" => entries.inserted_consents.extend(ids),
                    other => return Err(unknown_target(other)),
                }
            }
            ("customer", None, Some(before)) => entries
                .changed_customers
                .push(serde_json::from_str(&before).map_err(unexpected)?),
            ("order", None, Some(before)) => entries
                .changed_orders
                .push(serde_json::from_str(&before).map_err(unexpected)?),
            (other, _, _) => return Err(unknown_target(other)),
        }
    }
    Ok(entries)
}

pub(super) async fn undo_in(
    txn: &DatabaseTransaction,
    actor: &Actor,
    import: &import::Model,
    reason: UndoReason,
) -> Result<Undone, ServiceError> {
    let entries = entries_of(txn, import.id).await?;
    // Its orders first: a customer it added is only kept for orders that stay.
    let orders_removed = delete_orders(txn, &entries.inserted_orders).await?;
    let mut orders_restored = 0;
    for before in entries.changed_orders {
        before.into_active_model().reset_all().update(txn).await?;
        orders_restored += 1;
    }
    let mut restored = HashSet::new();
    let mut customers_left = 0;
    for before in entries.changed_customers {
        // Untouched since: the version is the one the import's own change gave it.
        let untouched = customer::Entity::find_by_id(before.id)
            .filter(customer::Column::Version.eq(before.version + 1))
            .one(txn)
            .await?
            .is_some();
        if untouched {
            restored.insert(before.id);
            before.into_active_model().reset_all().update(txn).await?;
        } else {
            customers_left += 1;
        }
    }
    // The consents it recorded go only with the changes put back.
    delete_consents_of(txn, &entries.inserted_consents, &restored).await?;
    let (customers_removed, customers_kept) =
        delete_untouched_customers(txn, &entries.inserted_customers).await?;
    end(txn, import.id, UNDONE).await?;
    let undone = Undone {
        kind: import.kind.clone(),
        started_at: import.started_at,
        staff_username: import.staff_username.clone(),
        reason,
        customers_removed,
        customers_kept,
        customers_restored: restored.len() as u64,
        customers_left,
        orders_removed,
        orders_restored,
    };
    let event = Event::new(AuditAction::ImportUndone, None).with_details(json!({
        "import": import.kind,
        "import_id": import.id,
        "interrupted": reason == UndoReason::Interrupted,
        "customers_removed": undone.customers_removed,
        "customers_kept": undone.customers_kept,
        "customers_restored": undone.customers_restored,
        "customers_left": undone.customers_left,
        "orders_removed": undone.orders_removed,
        "orders_restored": undone.orders_restored,
    }));
    audit::append(txn, actor, event).await?;
    Ok(undone)
}

/// Rows per statement of an undo: a batch's ids.
const CHUNK: usize = 1000;

async fn delete_orders(txn: &DatabaseTransaction, ids: &[i32]) -> Result<u64, ServiceError> {
    let mut removed = 0;
    for chunk in ids.chunks(CHUNK) {
        order_line::Entity::delete_many()
            .filter(order_line::Column::OrderId.is_in(chunk.iter().copied()))
            .exec(txn)
            .await?;
        removed += order::Entity::delete_many()
            .filter(order::Column::Id.is_in(chunk.iter().copied()))
            .exec(txn)
            .await?
            .rows_affected;
    }
    Ok(removed)
}

async fn delete_consents_of(
    txn: &DatabaseTransaction,
    ids: &[i32],
    restored: &HashSet<i32>,
) -> Result<(), ServiceError> {
    for chunk in ids.chunks(CHUNK) {
        let events: Vec<(i32, i32)> = consent_event::Entity::find()
            .select_only()
            .column(consent_event::Column::Id)
            .column(consent_event::Column::CustomerId)
            .filter(consent_event::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(txn)
            .await?;
        let going = events
            .into_iter()
            .filter(|(_, customer_id)| restored.contains(customer_id))
            .map(|(id, _)| id);
        consent_event::Entity::delete_many()
            .filter(consent_event::Column::Id.is_in(going))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// Deletes the customers among `ids` that nobody has built on since the import added them;
/// returns how many went and how many are kept. A customer already gone (erased meanwhile)
/// counts as neither.
async fn delete_untouched_customers(
    txn: &DatabaseTransaction,
    ids: &[i32],
) -> Result<(u64, u64), ServiceError> {
    let (mut removed, mut kept) = (0, 0);
    for chunk in ids.chunks(CHUNK) {
        let there: Vec<(i32, i32)> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .column(customer::Column::Version)
            .filter(customer::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(txn)
            .await?;
        let mut touched: HashSet<i32> = there
            .iter()
            .filter(|(_, version)| *version != 1)
            .map(|(id, _)| *id)
            .collect();
        let ids = there.iter().map(|(id, _)| *id);
        touched
            .extend(referring::<order::Entity>(txn, order::Column::CustomerId, ids.clone()).await?);
        touched.extend(
            referring::<review::Entity>(txn, review::Column::CustomerId, ids.clone()).await?,
        );
        let requests = access_request::Column::CustomerId;
        touched.extend(referring::<access_request::Entity>(txn, requests, ids.clone()).await?);
        let consents_since: Vec<i32> = consent_event::Entity::find()
            .select_only()
            .column(consent_event::Column::CustomerId)
            .distinct()
            .filter(consent_event::Column::CustomerId.is_in(ids.clone()))
            .filter(consent_event::Column::Source.ne(ConsentSource::Import.as_str()))
            .into_tuple()
            .all(txn)
            .await?;
        touched.extend(consents_since);
        let untouched: Vec<i32> = ids.filter(|id| !touched.contains(id)).collect();
        kept += touched.len() as u64;
        // Their consent events go with them (ON DELETE CASCADE).
        removed += customer::Entity::delete_many()
            .filter(customer::Column::Id.is_in(untouched))
            .exec(txn)
            .await?
            .rows_affected;
    }
    Ok((removed, kept))
}

/// The customers among `ids` that rows of `entity` refer to through `column`.
async fn referring<E: EntityTrait>(
    txn: &DatabaseTransaction,
    column: E::Column,
    ids: impl Iterator<Item = i32>,
) -> Result<Vec<i32>, ServiceError> {
    let found: Vec<Option<i32>> = E::find()
        .select_only()
        .column(column)
        .distinct()
        .filter(column.is_in(ids))
        .into_tuple()
        .all(txn)
        .await?;
    Ok(found.into_iter().flatten().collect())
}
