use sea_orm::{ConnectionTrait, EntityTrait};

use super::{ServiceError, Session};
use crate::domain::{Permission, Role};
use crate::entity::staff_user;

/// Checks that the session's account is still active and that its current role has the
/// permission. Reads the account afresh so that a deactivation or a role change by an admin
/// takes effect on the next call, not at the next login.
pub(crate) async fn authorize(
    conn: &impl ConnectionTrait,
    session: &Session,
    permission: Permission,
) -> Result<staff_user::Model, ServiceError> {
    let staff = authenticate(conn, session).await?;
    let role: Role = staff
        .role
        .parse()
        .map_err(|_| ServiceError::SessionRevoked)?;
    if role.allows(permission) {
        Ok(staff)
    } else {
        Err(ServiceError::Forbidden(permission))
    }
}

/// The permission checked before the work a call does ahead of its write transaction:
/// validating the input (so that a role without the permission is told so, not what to
/// correct), hashing a password, reading the request a letter is written from, rendering the
/// letter, gathering an extract, reading a file. `write` checks again inside its transaction,
/// and that is the check that counts: an admin may change the role in between.
pub(crate) async fn refuse_early(
    conn: &impl ConnectionTrait,
    session: &Session,
    permission: Permission,
) -> Result<(), ServiceError> {
    authorize(conn, session, permission).await.map(drop)
}

/// Checks only that the session's account is still active, for data every role may read.
pub(crate) async fn authenticate(
    conn: &impl ConnectionTrait,
    session: &Session,
) -> Result<staff_user::Model, ServiceError> {
    staff_user::Entity::find_by_id(session.staff_id())
        .one(conn)
        .await?
        .filter(|staff| staff.active)
        .ok_or(ServiceError::SessionRevoked)
}
