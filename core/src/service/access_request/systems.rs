//! The shop's other systems on a request: for each one the processing description lists, what
//! staff found there about the requester. An answer covers them all (EDPB Guidelines 01/2022):
//! it is given only once every system is recorded, and its letter says what each held.

use crate::domain::AuditAction;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde_json::json;

use super::{AccessRequest, change_in, require_open};
use crate::db::Db;
use crate::domain::other_systems::{
    OtherSystem, Searched, SystemCheck, SystemSearch, other_systems,
};
use crate::domain::{Field, FieldError, Permission, Problem, optional_text, required_text};
use crate::entity::access_request_system as entity;
use crate::service::audit::Event;
use crate::service::write::write;
use crate::service::{ServiceError, Session, authorize, processing};

/// The longest note on a system.
const MAX_NOTE: usize = 500;

/// The request's checklist: every system of the processing description in force, with what
/// was recorded for it.
pub async fn systems(
    db: &Db,
    session: &Session,
    id: i32,
) -> Result<Vec<SystemCheck>, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    checklist(db.conn(), id).await
}

pub(super) async fn checklist(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<SystemCheck>, ServiceError> {
    let description = processing::load(conn).await?.description;
    let recorded = entity::Entity::find()
        .filter(entity::Column::AccessRequestId.eq(id))
        .all(conn)
        .await?;
    other_systems(&description)
        .into_iter()
        .map(|system| {
            let row = recorded
                .iter()
                .find(|row| u32::try_from(row.system_key).ok() == Some(system.key));
            Ok(SystemCheck {
                searched: row
                    .map(|row| Searched::parse(&row.outcome))
                    .transpose()
                    .map_err(ServiceError::UnexpectedData)?,
                note: row.and_then(|row| row.note.clone()),
                system,
            })
        })
        .collect()
}

/// What was found in every system, refused while a system has nothing recorded: an answer
/// covers them all.
pub(super) async fn every_system_recorded(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<SystemSearch>, ServiceError> {
    checklist(conn, id)
        .await?
        .iter()
        .map(SystemCheck::recorded)
        .collect::<Option<Vec<_>>>()
        .ok_or(ServiceError::invalid(FieldError::new(
            Field::OtherSystems,
            Problem::Required,
        )))
}

/// Records what was found about the requester in the system `key`: its export attached to
/// the answer (the note says what it is), nothing, or not searched (the note says why). None:
/// staff chose nothing, which is refused; nothing is chosen for them.
pub async fn record_system(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    key: u32,
    searched: Option<Searched>,
    note: &str,
) -> Result<AccessRequest, ServiceError> {
    let searched = searched.ok_or(ServiceError::invalid(FieldError::new(
        Field::OtherSystems,
        Problem::Required,
    )))?;
    let note = match searched {
        Searched::NotSearched => Some(required_text(Field::OtherSystems, note, MAX_NOTE)?),
        Searched::Attached | Searched::NothingFound => {
            optional_text(Field::OtherSystems, note, MAX_NOTE)?
        }
    };
    write(
        db,
        session,
        Permission::AccessRequests,
        async |txn, staff| {
            let description = processing::load(txn).await?.description;
            let system: OtherSystem = other_systems(&description)
                .into_iter()
                .find(|system| system.key == key)
                .ok_or(ServiceError::NotFound("system"))?;
            let updated = change_in(txn, id, version, |current, _| require_open(current)).await?;
            let key_i32 =
                i32::try_from(key).map_err(|e| ServiceError::UnexpectedData(e.to_string()))?;
            entity::Entity::delete_many()
                .filter(entity::Column::AccessRequestId.eq(id))
                .filter(entity::Column::SystemKey.eq(key_i32))
                .exec(txn)
                .await?;
            entity::ActiveModel {
                access_request_id: Set(id),
                system_key: Set(key_i32),
                system_name: Set(system.name.clone()),
                outcome: Set(searched.as_str().to_owned()),
                note: Set(note.clone()),
                recorded_at: Set(Utc::now()),
                recorded_by: Set(staff.username.clone()),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            let event = Event::new(AuditAction::AccessRequestSystem, Some(id))
                .with_details(json!({ "system": key, "outcome": searched.as_str() }));
            Ok((AccessRequest::from_model(updated)?, event))
        },
    )
    .await
}

/// What was recorded for the request's systems, as recorded: a system that has left the
/// description since is still listed under the name it had.
pub(crate) async fn recorded_systems(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<SystemSearch>, ServiceError> {
    entity::Entity::find()
        .filter(entity::Column::AccessRequestId.eq(id))
        .order_by_asc(entity::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| {
            Ok(SystemSearch {
                system: OtherSystem {
                    key: u32::try_from(row.system_key)
                        .map_err(|e| ServiceError::UnexpectedData(e.to_string()))?,
                    name: row.system_name,
                },
                searched: Searched::parse(&row.outcome).map_err(ServiceError::UnexpectedData)?,
                note: row.note,
            })
        })
        .collect()
}
