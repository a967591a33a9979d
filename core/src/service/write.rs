//! The shape of every writing use case: the permission checked inside the write transaction,
//! the change, the audit event in the same transaction, the commit.

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
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, permission).await?;
    let (value, event) = change(&txn, &staff).await?;
    audit::append(&txn, &Actor::from(&staff), event).await?;
    txn.commit().await?;
    Ok(value)
}
