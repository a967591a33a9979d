//! Logging in: argon2id verification, and a lockout after repeated failures.

use crate::domain::AuditAction;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
};

use super::audit::{self, Actor, Event};
use super::staff::Chosen;
use super::{LoginError, ServiceError, Session, password_hash};
use crate::db::Db;
use crate::domain::staff::Username;
use crate::domain::{Field, FieldError, Password, Problem, Role};
use crate::entity::staff_user;

/// Consecutive failures that lock an account.
pub const MAX_FAILED_LOGINS: i32 = 5;
/// How long a locked account stays locked unless an admin unlocks it.
pub const LOCKOUT_MINUTES: i64 = 15;

/// Logs in with the account's password. A one-time password (an admin's, for a new account or
/// after a reset) is refused with [`LoginError::OneTimePassword`] once it is known to be
/// right: its owner then logs in with [`login_with_new_password`].
pub async fn login(db: &Db, username: &str, password: &str) -> Result<Session, ServiceError> {
    log_in(db, username, password, None).await
}

/// Logs in with the password given and replaces it with `new_password` in the same step: how
/// the owner of a one-time password logs in for the first time. The new password must meet
/// the rules and differ from the one the admin gave.
pub async fn login_with_new_password(
    db: &Db,
    username: &str,
    password: &str,
    new_password: &str,
) -> Result<Session, ServiceError> {
    let new_password = Password::new(new_password).map_err(|error| {
        ServiceError::invalid(FieldError::new(Field::NewPassword, error.problem))
    })?;
    if new_password.expose() == password {
        return Err(ServiceError::invalid(FieldError::new(
            Field::NewPassword,
            Problem::SameAsOneTime,
        )));
    }
    let hash = password_hash::hash(new_password.expose().to_owned()).await?;
    log_in(db, username, password, Some(hash)).await
}

async fn log_in(
    db: &Db,
    username: &str,
    password: &str,
    new_hash: Option<String>,
) -> Result<Session, ServiceError> {
    let staff = match Username::parse(username) {
        Ok(username) => {
            staff_user::Entity::find()
                .filter(staff_user::Column::Username.eq(username.as_str()))
                .one(db.conn())
                .await?
        }
        Err(_) => None,
    };
    let Some(staff) = staff else {
        // Spend the same time as for a known account, then record the attempt without the
        // typed name, which may be a mistyped password.
        password_hash::verify(password.to_owned(), password_hash::dummy_hash().await?).await?;
        let txn = db.begin_write().await?;
        let actor = Actor {
            staff_id: None,
            username: "(unknown)".to_owned(),
            role: None,
        };
        audit::append(
            &txn,
            &actor,
            Event::new(AuditAction::StaffLoginFailed, None),
        )
        .await?;
        txn.commit().await?;
        return Err(LoginError::WrongCredentials.into());
    };
    // The password is checked even on a locked account: that the account is locked is told
    // only to whoever knows its password, so a guesser learns nothing from it, not even that
    // the username exists. The check that decides is made below, in the transaction that
    // counts the attempt.
    let password_ok =
        password_hash::verify(password.to_owned(), staff.password_hash.clone()).await?;

    let txn = db.begin_write().await?;
    // Re-read inside the write transaction, which writers take one at a time: attempts made in
    // parallel are judged one after another, each seeing the failures counted before it and a
    // lock set meanwhile, so that no more than five guesses are judged and a right password
    // arriving after the fifth wrong one does not unlock the account.
    let current = staff_user::Entity::find_by_id(staff.id)
        .one(&txn)
        .await?
        .ok_or(LoginError::WrongCredentials)?;
    let now = Utc::now();
    if let Some(until) = current.locked_until.filter(|until| *until > now) {
        return refuse_locked(txn, &current, until, password_ok).await;
    }
    let actor = Actor::from(&current);
    let mut update: staff_user::ActiveModel = current.clone().into();
    let outcome = if !password_ok {
        let failures = current.failed_logins + 1;
        audit::append(
            &txn,
            &actor,
            Event::new(AuditAction::StaffLoginFailed, Some(current.id)),
        )
        .await?;
        if failures >= MAX_FAILED_LOGINS {
            let until = now + Duration::minutes(LOCKOUT_MINUTES);
            update.failed_logins = Set(0);
            update.locked_until = Set(Some(until));
            audit::append(
                &txn,
                &actor,
                Event::new(AuditAction::StaffLocked, Some(current.id)),
            )
            .await?;
            // Said as any wrong password: only the account's owner learns of the lock.
            Err(LoginError::WrongCredentials)
        } else {
            update.failed_logins = Set(failures);
            Err(LoginError::WrongCredentials)
        }
    } else if !current.active {
        let event = Event::new(AuditAction::StaffLoginRefusedDeactivated, Some(current.id));
        audit::append(&txn, &actor, event).await?;
        Err(LoginError::Deactivated)
    } else if current.one_time_password && new_hash.is_none() {
        // The right one-time password: not refused as wrong, and the failures start again,
        // but no session until its owner chooses their own.
        update.failed_logins = Set(0);
        Err(LoginError::OneTimePassword)
    } else {
        if let Some(hash) = new_hash {
            Chosen::ByTheirOwner(hash).set(&mut update);
            let event = Event::new(AuditAction::StaffPasswordChange, Some(current.id));
            audit::append(&txn, &actor, event).await?;
        }
        update.failed_logins = Set(0);
        update.locked_until = Set(None);
        update.last_login_at = Set(Some(now));
        audit::append(
            &txn,
            &actor,
            Event::new(AuditAction::StaffLogin, Some(current.id)),
        )
        .await?;
        let role: Role = current.role.parse().map_err(|_| LoginError::Deactivated)?;
        Ok(Session::new(
            current.id,
            current.username.clone(),
            current.display_name.clone(),
            role,
        )
        .with_language(current.language.as_deref()))
    };
    if update.is_changed() {
        update.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(outcome?)
}

/// Records an attempt on a locked account and refuses it: as locked to whoever gave the right
/// password, as any wrong password to whoever did not.
async fn refuse_locked(
    txn: DatabaseTransaction,
    staff: &staff_user::Model,
    until: DateTime<Utc>,
    password_ok: bool,
) -> Result<Session, ServiceError> {
    let event = Event::new(AuditAction::StaffLoginRefusedLocked, Some(staff.id));
    audit::append(&txn, &Actor::from(staff), event).await?;
    txn.commit().await?;
    match password_ok {
        true => Err(LoginError::Locked { until }.into()),
        false => Err(LoginError::WrongCredentials.into()),
    }
}
