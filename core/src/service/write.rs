//! The shape of every writing use case: the permission checked inside the write transaction,
//! the change, the audit event in the same transaction, the commit. Reads of personal data
//! are audited, so they go through here too, as [`audited`]. The few writes that take another shape are
//! written out where they happen: logging in (`auth`), creating the first admin and changing
//! one's own password (`staff`), which no role permission guards; and an import (`import`),
//! which checks its permission in each batch's own transaction and writes its audit event when
//! it ends. What the register does by itself, whoever is logged in (deleting what its retention
//! settings say has expired), goes through [`write_unguarded`], as does a staff member's own
//! choice of the app's language, which records no event.

use sea_orm::DatabaseTransaction;

use super::audit::{self, Actor, Event};
use super::{ServiceError, Session, authenticate, authorize};
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

/// A read of personal data, which leaves its audit event: it runs as [`write`] does, the event
/// in the read's own transaction, so that no read goes unrecorded. Named apart so that a call
/// says whether it changes anything.
pub(super) async fn audited<T>(
    db: &Db,
    session: &Session,
    permission: Permission,
    read: impl AsyncFnOnce(&DatabaseTransaction, &staff_user::Model) -> Result<(T, Event), ServiceError>,
) -> Result<T, ServiceError> {
    write(db, session, permission, read).await
}

/// As [`audited`], for a read that records several events.
pub(super) async fn audited_events<T>(
    db: &Db,
    session: &Session,
    permission: Permission,
    read: impl AsyncFnOnce(
        &DatabaseTransaction,
        &staff_user::Model,
    ) -> Result<(T, Vec<Event>), ServiceError>,
) -> Result<T, ServiceError> {
    write_events(db, session, permission, read).await
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
    write_as(db, session, Some(permission), change).await
}

/// As [`write_events`] with no role permission checked, only that the session's account is
/// still active: for what the register's settings decide rather than the person logged in, such
/// as deleting requests whose retention period has ended. The events name that person.
pub(super) async fn write_unguarded<T>(
    db: &Db,
    session: &Session,
    change: impl AsyncFnOnce(
        &DatabaseTransaction,
        &staff_user::Model,
    ) -> Result<(T, Vec<Event>), ServiceError>,
) -> Result<T, ServiceError> {
    write_as(db, session, None, change).await
}

async fn write_as<T>(
    db: &Db,
    session: &Session,
    permission: Option<Permission>,
    change: impl AsyncFnOnce(
        &DatabaseTransaction,
        &staff_user::Model,
    ) -> Result<(T, Vec<Event>), ServiceError>,
) -> Result<T, ServiceError> {
    let txn = db.begin_write().await?;
    let staff = match permission {
        Some(permission) => authorize(&txn, session, permission).await?,
        None => authenticate(&txn, session).await?,
    };
    let (value, events) = change(&txn, &staff).await?;
    let actor = Actor::from(&staff);
    for event in events {
        audit::append(&txn, &actor, event).await?;
    }
    txn.commit().await?;
    Ok(value)
}
