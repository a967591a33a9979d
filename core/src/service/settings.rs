//! The organisation's details: the controller named on every register extract, letter and
//! privacy notice.

use crate::domain::AuditAction;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
};
use serde_json::json;

use super::audit::Event;
use super::write::write;
use super::{ServiceError, Session, authenticate};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::organisation::{Controller, OrganisationInput};
use crate::entity::organisation_settings;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub controller_name: String,
    pub business_id: String,
    pub contact_person: String,
    pub email: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub notice_address: String,
    pub updated_at: DateTime<Utc>,
    /// What the next save must name, so that two admins cannot overwrite each other.
    pub version: i32,
}

impl From<organisation_settings::Model> for Organisation {
    fn from(model: organisation_settings::Model) -> Self {
        Self {
            controller_name: model.controller_name,
            business_id: model.business_id,
            contact_person: model.contact_person,
            email: model.email,
            street_address: model.street_address,
            postal_code: model.postal_code,
            city: model.city,
            phone: model.phone,
            notice_address: model.notice_address,
            updated_at: model.updated_at,
            version: model.version,
        }
    }
}

impl Organisation {
    pub fn to_input(&self) -> OrganisationInput {
        OrganisationInput {
            controller_name: self.controller_name.clone(),
            business_id: self.business_id.clone(),
            contact_person: self.contact_person.clone(),
            email: self.email.clone(),
            street_address: self.street_address.clone(),
            postal_code: self.postal_code.clone(),
            city: self.city.clone(),
            phone: self.phone.clone(),
            notice_address: self.notice_address.clone(),
        }
    }

    /// The controller as documents print it.
    pub fn controller(&self) -> Controller {
        Controller {
            name: self.controller_name.clone(),
            business_id: self.business_id.clone(),
            contact_person: self.contact_person.clone(),
            email: self.email.clone(),
            street_address: self.street_address.clone(),
            postal_code: self.postal_code.clone(),
            city: self.city.clone(),
            phone: self.phone.clone(),
        }
    }
}

/// The controller's details are public (they are in the privacy notice): any active staff
/// member may read them.
pub async fn get(db: &Db, session: &Session) -> Result<Organisation, ServiceError> {
    authenticate(db.conn(), session).await?;
    load(db.conn()).await
}

pub(super) async fn load(conn: &impl ConnectionTrait) -> Result<Organisation, ServiceError> {
    organisation_settings::Entity::find_by_id(1)
        .one(conn)
        .await?
        .map(Organisation::from)
        .ok_or(ServiceError::NotFound("organisation settings"))
}

/// Saves the details as edited from `expected_version`; if another admin saved in between,
/// nothing is written and the result is [`ServiceError::Conflict`].
pub async fn update(
    db: &Db,
    session: &Session,
    expected_version: i32,
    input: &OrganisationInput,
) -> Result<Organisation, ServiceError> {
    write(db, session, Permission::Administration, async |txn, _| {
        store(txn, expected_version, input).await
    })
    .await
}

/// The shop's details while the register has no staff, for the first set-up to start from.
pub async fn before_first_admin(db: &Db) -> Result<Organisation, ServiceError> {
    if super::staff::has_staff(db).await? {
        return Err(ServiceError::AlreadyInitialised);
    }
    load(db.conn()).await
}

/// Writes the details in `txn` and returns them with the audit event of the change.
pub(super) async fn store(
    txn: &DatabaseTransaction,
    expected_version: i32,
    input: &OrganisationInput,
) -> Result<(Organisation, Event), ServiceError> {
    let valid = input.validate()?;
    let before = load(txn).await?;
    let update = organisation_settings::ActiveModel {
        controller_name: Set(valid.controller_name.clone()),
        business_id: Set(valid.business_id.to_string()),
        contact_person: Set(valid.contact_person.clone()),
        email: Set(valid.email.to_string()),
        street_address: Set(valid.street_address.clone()),
        postal_code: Set(valid.postal_code.to_string()),
        city: Set(valid.city.clone()),
        phone: Set(valid.phone.to_string()),
        notice_address: Set(valid.notice_address.clone()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    // The version condition makes the write itself refuse a stale edit.
    let result = organisation_settings::Entity::update_many()
        .set(update)
        .col_expr(
            organisation_settings::Column::Version,
            Expr::col(organisation_settings::Column::Version).add(1),
        )
        .filter(organisation_settings::Column::Id.eq(1))
        .filter(organisation_settings::Column::Version.eq(expected_version))
        .exec(txn)
        .await?;
    if result.rows_affected != 1 {
        return Err(ServiceError::Conflict("organisation settings"));
    }
    let after = load(txn).await?;
    let event = Event::new(AuditAction::SettingsUpdate, Some(1))
        .with_details(json!({ "fields": changed_fields(&before, &after) }));
    Ok((after, event))
}

fn changed_fields(before: &Organisation, after: &Organisation) -> Vec<&'static str> {
    [
        (
            "controller_name",
            before.controller_name != after.controller_name,
        ),
        ("business_id", before.business_id != after.business_id),
        (
            "contact_person",
            before.contact_person != after.contact_person,
        ),
        ("email", before.email != after.email),
        (
            "street_address",
            before.street_address != after.street_address,
        ),
        ("postal_code", before.postal_code != after.postal_code),
        ("city", before.city != after.city),
        ("phone", before.phone != after.phone),
        (
            "notice_address",
            before.notice_address != after.notice_address,
        ),
    ]
    .into_iter()
    .filter(|(_, changed)| *changed)
    .map(|(name, _)| name)
    .collect()
}
