//! The shape of every writing use case: the permission checked inside the write transaction,
//! the change, the audit event in the same transaction, the commit. Reads of personal data
//! are audited, so they go through here too. The few writes that take another shape are
//! written out where they happen: logging in (`auth`), creating the first admin and changing
//! one's own password (`staff`), which no role permission guards; and an import (`import`),
//! which checks its permission in each batch's own transaction and writes its audit event when
//! it ends.

use sea_orm::DatabaseTransaction;

use super::audit::{self, Actor, Event};
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::Permission;
use crate::entity::staff_user;

/// Runs `change` as the staff member behind `session` if their role has `permission`, and
/// records the event it returns. Nothing is written unless all of it succeeds.
pub(super) async fn write<T>(
    db: &Db,
    session: &Session,
    permission: Permission,
    change: impl AsyncFnOnce(
        &DatabaseTransaction,
        &staff_user::Model,
    ) -> Result<(T, Event), ServiceError>,
) -> Result<T, ServiceError> {
    write_events(db, session, permission, async |txn, staff| {
        let (value, event) = change(txn, staff).await?;
        Ok((value, vec![event]))
    })
    .await
}

/// As [`write`], for a change that records several events: one per erased customer, or an
/// answer to a request that is also an extract saved.
pub(super) async fn write_events<T>(
    db: &Db,
    session: &Session,
    permission: Permission,
    change: impl AsyncFnOnce(
        &DatabaseTransaction,
        &staff_user::Model,
    ) -> Result<(T, Vec<Event>), ServiceError>,
) -> Result<T, ServiceError> {
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, permission).await?;
    let (value, events) = change(&txn, &staff).await?;
    let actor = Actor::from(&staff);
    for event in events {
        audit::append(&txn, &actor, event).await?;
    }
    txn.commit().await?;
    Ok(value)
}
