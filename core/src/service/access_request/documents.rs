//! The documents sent in answer to a request, each kept byte for byte with its SHA-256, so
//! that staff can show later exactly what went out.

use crate::domain::AuditAction;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::db::Db;
use crate::domain::access_request::DocumentKind;
use crate::domain::{Lang, Permission};
use crate::entity::{access_request_document as entity, staff_user};
use crate::service::audit::Event;
use crate::service::write::audited;
use crate::service::{ServiceError, Session, authorize};

/// A kept document, without its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    pub id: i32,
    pub kind: DocumentKind,
    pub language: Lang,
    pub file_name: String,
    pub sha256: String,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
}

/// A document to keep, or a kept one with its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub kind: DocumentKind,
    pub language: Lang,
    pub file_name: String,
    pub content: Vec<u8>,
}

impl Document {
    pub fn sha256(&self) -> String {
        hex::encode(Sha256::digest(&self.content))
    }
}

/// The documents of a request, oldest first.
pub async fn documents(
    db: &Db,
    session: &Session,
    request_id: i32,
) -> Result<Vec<StoredDocument>, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    let rows = entity::Entity::find()
        .select_only()
        .columns([
            entity::Column::Id,
            entity::Column::Kind,
            entity::Column::Language,
            entity::Column::FileName,
            entity::Column::Sha256,
            entity::Column::CreatedAt,
            entity::Column::CreatedBy,
        ])
        .filter(entity::Column::AccessRequestId.eq(request_id))
        .order_by_asc(entity::Column::Id)
        .into_tuple::<(i32, String, String, String, String, DateTime<Utc>, String)>()
        .all(db.conn())
        .await?;
    rows.into_iter()
        .map(
            |(id, kind, language, file_name, sha256, created_at, created_by)| {
                Ok(StoredDocument {
                    id,
                    kind: kind.parse().map_err(ServiceError::UnexpectedData)?,
                    language: Lang::from_id(&language)
                        .ok_or_else(|| ServiceError::UnexpectedData(language.clone()))?,
                    file_name,
                    sha256,
                    created_at,
                    created_by,
                })
            },
        )
        .collect()
}

/// A kept document with its content, to save again; reading it is audited.
pub async fn document(
    db: &Db,
    session: &Session,
    document_id: i32,
) -> Result<Document, ServiceError> {
    audited(db, session, Permission::AccessRequests, async |txn, _| {
        let model = entity::Entity::find_by_id(document_id)
            .one(txn)
            .await?
            .ok_or(ServiceError::NotFound("document"))?;
        let event = Event::new(
            AuditAction::AccessRequestReadDocument,
            Some(model.access_request_id),
        )
        .with_details(json!({ "document": model.id, "kind": model.kind }));
        let document = Document {
            kind: model.kind.parse().map_err(ServiceError::UnexpectedData)?,
            language: Lang::from_id(&model.language)
                .ok_or_else(|| ServiceError::UnexpectedData(model.language.clone()))?,
            file_name: model.file_name,
            content: model.content,
        };
        Ok((document, event))
    })
    .await
}

/// Keeps a document sent in answer to a request, inside the caller's transaction.
pub(super) async fn store(
    txn: &DatabaseTransaction,
    staff: &staff_user::Model,
    request_id: i32,
    document: &Document,
) -> Result<String, ServiceError> {
    let sha256 = document.sha256();
    entity::ActiveModel {
        access_request_id: Set(request_id),
        kind: Set(document.kind.as_str().to_owned()),
        language: Set(document.language.id().to_owned()),
        file_name: Set(document.file_name.clone()),
        sha256: Set(sha256.clone()),
        content: Set(document.content.clone()),
        created_at: Set(Utc::now()),
        created_by: Set(staff.username.clone()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(sha256)
}
