//! Staff accounts: the first admin, then accounts an admin creates and manages.

use crate::domain::AuditAction;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use serde_json::json;

use super::audit::{self, Actor, Event};
use super::write::{write, write_unguarded};
use super::{LoginError, ServiceError, Session, authorize, password_hash, refuse_early};
use crate::db::Db;
use crate::domain::organisation::OrganisationInput;
use crate::domain::staff::{StaffInput, ValidStaff};
use crate::domain::{Field, FieldError, Lang, Password, Permission, Problem, Role};
use crate::entity::staff_user;

/// A staff account as the admin's screen shows it; the password hash never leaves the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAccount {
    pub id: i32,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    pub locked_until: Option<DateTime<Utc>>,
    pub failed_logins: i32,
    pub created_at: DateTime<Utc>,
    pub last_login_at: Option<DateTime<Utc>>,
}

impl StaffAccount {
    fn from_model(model: staff_user::Model) -> Result<Self, ServiceError> {
        let role = model
            .role
            .parse()
            .map_err(|_| ServiceError::UnexpectedData(format!("staff role {:?}", model.role)))?;
        Ok(Self {
            id: model.id,
            username: model.username,
            display_name: model.display_name,
            role,
            active: model.active,
            locked_until: model.locked_until,
            failed_logins: model.failed_logins,
            created_at: model.created_at,
            last_login_at: model.last_login_at,
        })
    }

    pub fn is_locked(&self, now: DateTime<Utc>) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }
}

/// Whether anyone can log in yet; the first-run screen is shown when not.
pub async fn has_staff(db: &Db) -> Result<bool, ServiceError> {
    Ok(staff_user::Entity::find().count(db.conn()).await? > 0)
}

/// Creates the first account, which must be an admin, on a register with no staff.
pub async fn create_first_admin(db: &Db, input: &StaffInput) -> Result<Session, ServiceError> {
    first_run(db, input, None).await
}

/// The first set-up: the first admin and the shop's details (as read at `version`), in one
/// transaction, so that the register never has one without the other. Every problem in
/// either form is reported at once, before anything is written.
pub async fn set_up(
    db: &Db,
    input: &StaffInput,
    version: i32,
    organisation: &OrganisationInput,
) -> Result<Session, ServiceError> {
    first_run(db, input, Some((version, organisation))).await
}

async fn first_run(
    db: &Db,
    input: &StaffInput,
    organisation: Option<(i32, &OrganisationInput)>,
) -> Result<Session, ServiceError> {
    let staff = input.validate();
    let details = organisation.map(|(_, input)| input.validate());
    let mut errors: Vec<FieldError> = staff.as_ref().err().cloned().unwrap_or_default();
    if let Some(Err(problems)) = &details {
        errors.extend(problems.iter().cloned());
    }
    let staff = match staff {
        Ok(staff) if errors.is_empty() => staff,
        _ => return Err(ServiceError::Invalid(errors)),
    };
    if staff.role != Role::Admin {
        return Err(ServiceError::invalid(FieldError::new(
            Field::Role,
            Problem::UnknownRole,
        )));
    }
    let hash = password_hash::hash(staff.password.expose().to_owned()).await?;
    let txn = db.begin_write().await?;
    if staff_user::Entity::find().count(&txn).await? > 0 {
        return Err(ServiceError::AlreadyInitialised);
    }
    let created = insert(&txn, &staff, Chosen::ByTheirOwner(hash)).await?;
    let actor = Actor::from(&created);
    let event = Event::new(AuditAction::StaffCreateFirstAdmin, Some(created.id));
    audit::append(&txn, &actor, event).await?;
    if let Some((version, input)) = organisation {
        let (_, event) = super::settings::store(&txn, version, input).await?;
        audit::append(&txn, &actor, event).await?;
    }
    txn.commit().await?;
    Ok(Session::new(
        created.id,
        created.username,
        created.display_name,
        Role::Admin,
    ))
}

/// A new account, made by an admin. Its password is a one-time password: its owner chooses
/// their own at the first login (`auth::login_with_new_password`), so the admin never knows
/// the one that works.
pub async fn create(
    db: &Db,
    session: &Session,
    input: &StaffInput,
) -> Result<StaffAccount, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let staff = input.validate()?;
    let hash = password_hash::hash(staff.password.expose().to_owned()).await?;
    write(db, session, Permission::Administration, async |txn, _| {
        let created = insert(txn, &staff, Chosen::ByAnAdmin(hash)).await?;
        let event = Event::new(AuditAction::StaffCreate, Some(created.id))
            .with_details(json!({ "role": staff.role.as_str() }));
        Ok((StaffAccount::from_model(created)?, event))
    })
    .await
}

/// A password's hash, and who chose the password: an admin's is for one login.
pub(crate) enum Chosen {
    ByTheirOwner(String),
    ByAnAdmin(String),
}

impl Chosen {
    pub(crate) fn set(self, staff: &mut staff_user::ActiveModel) {
        let (hash, one_time) = match self {
            Chosen::ByTheirOwner(hash) => (hash, false),
            Chosen::ByAnAdmin(hash) => (hash, true),
        };
        staff.password_hash = Set(hash);
        staff.one_time_password = Set(one_time);
        staff.password_changed_at = Set(Utc::now());
    }
}

async fn insert(
    txn: &DatabaseTransaction,
    staff: &ValidStaff,
    password: Chosen,
) -> Result<staff_user::Model, ServiceError> {
    let taken = staff_user::Entity::find()
        .filter(staff_user::Column::Username.eq(staff.username.as_str()))
        .count(txn)
        .await?
        > 0;
    if taken {
        return Err(ServiceError::invalid(FieldError::new(
            Field::Username,
            Problem::AlreadyInUse,
        )));
    }
    let mut model = staff_user::ActiveModel {
        username: Set(staff.username.as_str().to_owned()),
        display_name: Set(staff.display_name.clone()),
        role: Set(staff.role.as_str().to_owned()),
        active: Set(true),
        failed_logins: Set(0),
        locked_until: Set(None),
        created_at: Set(Utc::now()),
        last_login_at: Set(None),
        ..Default::default()
    };
    password.set(&mut model);
    Ok(model.insert(txn).await?)
}

pub async fn list(db: &Db, session: &Session) -> Result<Vec<StaffAccount>, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    staff_user::Entity::find()
        .order_by_asc(staff_user::Column::Username)
        .all(db.conn())
        .await?
        .into_iter()
        .map(StaffAccount::from_model)
        .collect()
}

/// A staff member changes their own password, proving they know the current one.
pub async fn change_own_password(
    db: &Db,
    session: &Session,
    current_password: &str,
    new_password: &str,
) -> Result<(), ServiceError> {
    let new_password = Password::new(new_password)?;
    let staff = staff_user::Entity::find_by_id(session.staff_id())
        .one(db.conn())
        .await?
        .filter(|staff| staff.active)
        .ok_or(ServiceError::SessionRevoked)?;
    if !password_hash::verify(current_password.to_owned(), staff.password_hash.clone()).await? {
        return Err(LoginError::WrongCredentials.into());
    }
    let hash = password_hash::hash(new_password.expose().to_owned()).await?;
    let txn = db.begin_write().await?;
    set_password(&txn, staff.id, Chosen::ByTheirOwner(hash)).await?;
    audit::append(
        &txn,
        &Actor::from(&staff),
        Event::new(AuditAction::StaffPasswordChange, Some(staff.id)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Keeps the app's language a staff member chose on their account, so that the app opens in
/// it at their next login on any workstation. A preference of their own: no role guards it and
/// no audit event records it.
pub async fn set_own_language(
    db: &Db,
    session: &Session,
    language: Lang,
) -> Result<(), ServiceError> {
    if !Lang::STAFF.contains(&language) {
        return Err(ServiceError::UnexpectedData(format!(
            "the app is not in {}",
            language.id()
        )));
    }
    write_unguarded(db, session, async |txn, staff| {
        let mut update: staff_user::ActiveModel = staff.clone().into();
        update.language = Set(Some(language.id().to_owned()));
        update.update(txn).await?;
        Ok(((), Vec::new()))
    })
    .await
}

/// An admin sets a new password for someone who forgot theirs: a one-time password, which its
/// owner replaces with their own at the next login.
pub async fn reset_password(
    db: &Db,
    session: &Session,
    staff_id: i32,
    new_password: &str,
) -> Result<(), ServiceError> {
    refuse_early(db.conn(), session, Permission::Administration).await?;
    let new_password = Password::new(new_password)?;
    let hash = password_hash::hash(new_password.expose().to_owned()).await?;
    write(db, session, Permission::Administration, async |txn, _| {
        set_password(txn, staff_id, Chosen::ByAnAdmin(hash)).await?;
        Ok((
            (),
            Event::new(AuditAction::StaffPasswordReset, Some(staff_id)),
        ))
    })
    .await
}

async fn set_password(
    txn: &DatabaseTransaction,
    staff_id: i32,
    password: Chosen,
) -> Result<(), ServiceError> {
    let mut staff: staff_user::ActiveModel = find(txn, staff_id).await?.into();
    password.set(&mut staff);
    staff.update(txn).await?;
    Ok(())
}

pub async fn set_role(
    db: &Db,
    session: &Session,
    staff_id: i32,
    role: Role,
) -> Result<StaffAccount, ServiceError> {
    write(
        db,
        session,
        Permission::Administration,
        async |txn, staff| {
            let target = find(txn, staff_id).await?;
            if role != Role::Admin {
                refuse_removing_last_admin(txn, &target).await?;
            }
            // An admin who took their own role away would keep the admin's screens open until
            // refused; another admin changes it.
            if target.id == staff.id {
                return Err(ServiceError::OwnRole);
            }
            let mut update: staff_user::ActiveModel = target.into();
            update.role = Set(role.as_str().to_owned());
            let updated = update.update(txn).await?;
            let event = Event::new(AuditAction::StaffRoleChange, Some(staff_id))
                .with_details(json!({ "role": role.as_str() }));
            Ok((StaffAccount::from_model(updated)?, event))
        },
    )
    .await
}

/// Deactivates or reactivates an account. A deactivated account cannot log in and its open
/// sessions are refused on their next call.
pub async fn set_active(
    db: &Db,
    session: &Session,
    staff_id: i32,
    active: bool,
) -> Result<StaffAccount, ServiceError> {
    write(db, session, Permission::Administration, async |txn, _| {
        let target = find(txn, staff_id).await?;
        if !active {
            refuse_removing_last_admin(txn, &target).await?;
        }
        let mut update: staff_user::ActiveModel = target.into();
        update.active = Set(active);
        let updated = update.update(txn).await?;
        let action = if active {
            AuditAction::StaffReactivate
        } else {
            AuditAction::StaffDeactivate
        };
        let event = Event::new(action, Some(staff_id));
        Ok((StaffAccount::from_model(updated)?, event))
    })
    .await
}

pub async fn unlock(
    db: &Db,
    session: &Session,
    staff_id: i32,
) -> Result<StaffAccount, ServiceError> {
    write(db, session, Permission::Administration, async |txn, _| {
        let mut update: staff_user::ActiveModel = find(txn, staff_id).await?.into();
        update.locked_until = Set(None);
        update.failed_logins = Set(0);
        let updated = update.update(txn).await?;
        let event = Event::new(AuditAction::StaffUnlock, Some(staff_id));
        Ok((StaffAccount::from_model(updated)?, event))
    })
    .await
}

async fn find(txn: &DatabaseTransaction, staff_id: i32) -> Result<staff_user::Model, ServiceError> {
    staff_user::Entity::find_by_id(staff_id)
        .one(txn)
        .await?
        .ok_or(ServiceError::NotFound("staff account"))
}

/// The register must always keep one active admin, or nobody could manage accounts again.
async fn refuse_removing_last_admin(
    txn: &DatabaseTransaction,
    target: &staff_user::Model,
) -> Result<(), ServiceError> {
    if target.role != Role::Admin.as_str() || !target.active {
        return Ok(());
    }
    let active_admins = staff_user::Entity::find()
        .filter(staff_user::Column::Role.eq(Role::Admin.as_str()))
        .filter(staff_user::Column::Active.eq(true))
        .count(txn)
        .await?;
    if active_admins <= 1 {
        Err(ServiceError::LastAdmin)
    } else {
        Ok(())
    }
}
