//! Newsletter subscriptions and direct-marketing refusals, each change kept as an event.

use crate::domain::AuditAction;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde_json::json;

use super::audit::Event;
use super::write::write;
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::consent::{ConsentKind, ConsentSource};
use crate::entity::{consent_event, customer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentEvent {
    pub kind: ConsentKind,
    pub granted: bool,
    pub source: String,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

/// Stores one consent event inside the caller's transaction.
pub(crate) async fn record(
    txn: &DatabaseTransaction,
    customer_id: i32,
    kind: ConsentKind,
    granted: bool,
    source: ConsentSource,
    recorded_by: &str,
) -> Result<i32, ServiceError> {
    let recorded = event_model(customer_id, kind, granted, source, recorded_by)
        .insert(txn)
        .await?;
    Ok(recorded.id)
}

/// The row one consent event is stored as, recorded now.
pub(crate) fn event_model(
    customer_id: i32,
    kind: ConsentKind,
    granted: bool,
    source: ConsentSource,
    recorded_by: &str,
) -> consent_event::ActiveModel {
    consent_event::ActiveModel {
        customer_id: Set(customer_id),
        kind: Set(kind.as_str().to_owned()),
        granted: Set(granted),
        source: Set(source.as_str().to_owned()),
        recorded_by: Set(recorded_by.to_owned()),
        recorded_at: Set(Utc::now()),
        ..Default::default()
    }
}

/// The customer's newest event of one kind, if any.
pub(crate) async fn latest(
    txn: &DatabaseTransaction,
    customer_id: i32,
    kind: ConsentKind,
) -> Result<Option<consent_event::Model>, ServiceError> {
    Ok(consent_event::Entity::find()
        .filter(consent_event::Column::CustomerId.eq(customer_id))
        .filter(consent_event::Column::Kind.eq(kind.as_str()))
        .order_by_desc(consent_event::Column::Id)
        .one(txn)
        .await?)
}

/// Subscribes or unsubscribes the newsletter, as the customer asked through `source`.
pub async fn set_newsletter(
    db: &Db,
    session: &Session,
    customer_id: i32,
    subscribed: bool,
    source: ConsentSource,
) -> Result<(), ServiceError> {
    change(
        db,
        session,
        customer_id,
        ConsentKind::Newsletter,
        subscribed,
        source,
    )
    .await
}

/// Records that the customer refuses (or no longer refuses) direct marketing.
pub async fn set_marketing_refusal(
    db: &Db,
    session: &Session,
    customer_id: i32,
    refused: bool,
    source: ConsentSource,
) -> Result<(), ServiceError> {
    change(
        db,
        session,
        customer_id,
        ConsentKind::MarketingRefusal,
        refused,
        source,
    )
    .await
}

async fn change(
    db: &Db,
    session: &Session,
    customer_id: i32,
    kind: ConsentKind,
    value: bool,
    source: ConsentSource,
) -> Result<(), ServiceError> {
    write(db, session, Permission::CustomerData, async |txn, staff| {
        let current = customer::Entity::find_by_id(customer_id)
            .one(txn)
            .await?
            .ok_or(ServiceError::NotFound("customer"))?;
        let version = current.version;
        let mut update: customer::ActiveModel = current.into();
        match kind {
            ConsentKind::Newsletter => update.newsletter = Set(value),
            ConsentKind::MarketingRefusal => update.marketing_refused = Set(value),
        }
        update.version = Set(version + 1);
        update.updated_at = Set(Utc::now());
        update.update(txn).await?;
        record(txn, customer_id, kind, value, source, &staff.username).await?;
        let event = Event::new(AuditAction::ConsentChange, Some(customer_id)).with_details(json!({
            "kind": kind.as_str(),
            "granted": value,
            "source": source.as_str(),
        }));
        Ok(((), event))
    })
    .await
}

/// Every recorded change, oldest first.
pub async fn history(
    db: &Db,
    session: &Session,
    customer_id: i32,
) -> Result<Vec<ConsentEvent>, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    consent_event::Entity::find()
        .filter(consent_event::Column::CustomerId.eq(customer_id))
        .order_by_asc(consent_event::Column::Id)
        .all(db.conn())
        .await?
        .into_iter()
        .map(|event| {
            Ok(ConsentEvent {
                kind: event.kind.parse().map_err(ServiceError::UnexpectedData)?,
                granted: event.granted,
                source: event.source,
                recorded_by: event.recorded_by,
                recorded_at: event.recorded_at,
            })
        })
        .collect()
}
