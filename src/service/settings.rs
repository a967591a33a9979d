//! The organisation's details: the controller named on every register extract.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
use serde_json::json;

use super::audit::{self, Actor, Event};
use super::{ServiceError, Session, authenticate, authorize};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::organisation::OrganisationInput;
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
    pub updated_at: DateTime<Utc>,
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
            updated_at: model.updated_at,
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
        }
    }
}

/// The controller's details are public (they are in the privacy notice): any active staff
/// member may read them.
pub async fn get(db: &Db, session: &Session) -> Result<Organisation, ServiceError> {
    authenticate(db.conn(), session).await?;
    let model = organisation_settings::Entity::find_by_id(1)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound("organisation settings"))?;
    Ok(model.into())
}

pub async fn update(
    db: &Db,
    session: &Session,
    input: &OrganisationInput,
) -> Result<Organisation, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let valid = input.validate()?;
    let txn = db.begin_write().await?;
    let admin = authorize(&txn, session, Permission::Administration).await?;
    let existing = organisation_settings::Entity::find_by_id(1)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound("organisation settings"))?;
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let mut update: organisation_settings::ActiveModel = existing.clone().into();
    update.controller_name = Set(valid.controller_name);
    update.business_id = Set(valid.business_id.to_string());
    update.contact_person = Set(valid.contact_person);
    update.email = Set(valid.email.to_string());
    update.street_address = Set(text(&valid.street_address));
    update.postal_code = Set(valid.postal_code.map(|p| p.to_string()).unwrap_or_default());
    update.city = Set(text(&valid.city));
    update.phone = Set(valid.phone.map(|p| p.to_string()).unwrap_or_default());
    update.updated_at = Set(Utc::now());
    let updated = update.update(&txn).await?;
    let event = Event::new("settings.update", "organisation", Some(1))
        .with_details(json!({ "fields": changed_fields(&existing, &updated) }));
    audit::append(&txn, &Actor::from(&admin), event).await?;
    txn.commit().await?;
    Ok(updated.into())
}

fn changed_fields(
    before: &organisation_settings::Model,
    after: &organisation_settings::Model,
) -> Vec<&'static str> {
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
    ]
    .into_iter()
    .filter(|(_, changed)| *changed)
    .map(|(name, _)| name)
    .collect()
}
