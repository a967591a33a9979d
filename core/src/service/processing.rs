//! The processing description in the settings: read and saved by admins, with a version check
//! so that two admins cannot overwrite each other. A new register uses the built-in defaults
//! until an admin saves them.

use crate::domain::AuditAction;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult,
    QueryFilter, Statement,
};
use serde_json::json;

use super::audit::Event;
use super::write::write;
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::processing::ProcessingDescription;
use crate::entity::processing_description;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessingSettings {
    pub description: ProcessingDescription,
    /// 0 while the built-in defaults have never been saved.
    pub version: i32,
    pub updated_at: Option<DateTime<Utc>>,
}

impl ProcessingSettings {
    /// Whether an admin has saved the description; until then it is the defaults unread.
    pub fn saved(&self) -> bool {
        self.version > 0
    }
}

pub async fn get(db: &Db, session: &Session) -> Result<ProcessingSettings, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    load(db.conn()).await
}

/// The description as stored, or the defaults on a register where none has been saved.
pub(super) async fn load(conn: &impl ConnectionTrait) -> Result<ProcessingSettings, ServiceError> {
    let Some(row) = processing_description::Entity::find_by_id(1)
        .one(conn)
        .await?
    else {
        return Ok(ProcessingSettings {
            description: ProcessingDescription::default(),
            version: 0,
            updated_at: None,
        });
    };
    let description = serde_json::from_str::<ProcessingDescription>(&row.description)
        .map_err(|e| ServiceError::UnexpectedData(format!("processing description: {e}")))?
        .with_every_purpose();
    Ok(ProcessingSettings {
        description,
        version: row.version,
        updated_at: Some(row.updated_at),
    })
}

/// Saves the description as edited from `expected_version`.
pub async fn update(
    db: &Db,
    session: &Session,
    expected_version: i32,
    description: &ProcessingDescription,
) -> Result<ProcessingSettings, ServiceError> {
    write(db, session, Permission::Administration, async |txn, _| {
        let problems = description.problems();
        if !problems.is_empty() {
            return Err(ServiceError::InvalidProcessing(problems));
        }
        let json = serde_json::to_string(description)
            .map_err(|e| ServiceError::UnexpectedData(e.to_string()))?;
        let now = Utc::now();
        let current = load(txn).await?;
        if current.version != expected_version {
            return Err(ServiceError::Conflict("processing description"));
        }
        if expected_version == 0 {
            processing_description::ActiveModel {
                id: Set(1),
                description: Set(json),
                version: Set(1),
                updated_at: Set(now),
            }
            .insert(txn)
            .await?;
        } else {
            let result = processing_description::Entity::update_many()
                .col_expr(
                    processing_description::Column::Description,
                    Expr::value(json),
                )
                .col_expr(processing_description::Column::UpdatedAt, Expr::value(now))
                .col_expr(
                    processing_description::Column::Version,
                    Expr::col(processing_description::Column::Version).add(1),
                )
                .filter(processing_description::Column::Id.eq(1))
                .filter(processing_description::Column::Version.eq(expected_version))
                .exec(txn)
                .await?;
            if result.rows_affected != 1 {
                return Err(ServiceError::Conflict("processing description"));
            }
        }
        let saved = load(txn).await?;
        let event = Event::new(AuditAction::SettingsProcessing, Some(1))
            .with_details(json!({ "version": saved.version }));
        Ok((saved, event))
    })
    .await
}

/// The most shipping methods listed as unknown; more than this means an import gone wrong.
const MAX_METHODS: u64 = 500;

/// Shipping methods on orders that the description does not map to a carrier or a pickup:
/// an extract names them as they are, so an admin should tell where they go.
pub async fn unknown_shipping_methods(
    db: &Db,
    session: &Session,
) -> Result<Vec<String>, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let description = load(db.conn()).await?.description;
    let methods = distinct_shipping_methods(db.conn()).await?;
    Ok(methods
        .into_iter()
        .filter(|method| description.handover(method).is_none())
        .collect())
}

#[derive(FromQueryResult)]
struct Method {
    method: Option<String>,
}

/// Each distinct shipping method once, stepping from one to the next along the orders'
/// carrier index: a few index seeks, however many orders the register holds. The same SQL on
/// SQLite and PostgreSQL.
async fn distinct_shipping_methods(
    conn: &impl ConnectionTrait,
) -> Result<Vec<String>, ServiceError> {
    let sql = format!(
        "WITH RECURSIVE methods(method) AS ( \
           SELECT MIN(carrier) FROM orders \
           UNION ALL \
           SELECT (SELECT MIN(carrier) FROM orders WHERE carrier > methods.method) \
           FROM methods WHERE methods.method IS NOT NULL) \
         SELECT method FROM methods WHERE method IS NOT NULL LIMIT {MAX_METHODS}"
    );
    let statement = Statement::from_string(conn.get_database_backend(), sql);
    let rows = Method::find_by_statement(statement).all(conn).await?;
    Ok(rows.into_iter().filter_map(|row| row.method).collect())
}
