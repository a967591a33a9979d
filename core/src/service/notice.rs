//! Publishing the privacy notice: each published notice is kept as a numbered version with its
//! date and its text in every language, and the settings show what has changed since.

use crate::domain::AuditAction;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::json;

use super::audit::Event;
use super::write::write;
use super::{ServiceError, Session, authorize, processing, readiness, settings};
use crate::db::Db;
use crate::domain::processing::{Change, NoticeSource, changes};
use crate::domain::readiness::For;
use crate::domain::{Lang, Permission};
use crate::entity::privacy_notice;
use crate::format;
use crate::notice::{self, Edition, Notice};

/// A published version, without its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub version: i32,
    pub published_on: NaiveDate,
    pub published_at: DateTime<Utc>,
    pub published_by: String,
}

impl From<&privacy_notice::Model> for Published {
    fn from(model: &privacy_notice::Model) -> Self {
        Self {
            version: model.version,
            published_on: model.published_on,
            published_at: model.published_at,
            published_by: model.published_by.clone(),
        }
    }
}

/// Where the notice stands: the settings now, the last published version, and what differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeState {
    pub source: NoticeSource,
    /// Whether an admin has saved the processing description; a notice is not published from
    /// defaults nobody has read.
    pub description_saved: bool,
    pub latest: Option<Published>,
    /// What changed since the latest version; everything is new when none is published.
    pub changes: Vec<Change>,
}

impl NoticeState {
    /// Whether the settings say something the published notice does not.
    pub fn unpublished(&self) -> bool {
        self.latest.is_none() || !self.changes.is_empty()
    }
}

pub async fn state(db: &Db, session: &Session) -> Result<NoticeState, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let (source, description_saved) = current_source(db.conn()).await?;
    let latest = latest(db.conn()).await?;
    let changes = match &latest {
        Some(model) => changes(&stored_source(model)?, &source),
        None => Vec::new(),
    };
    Ok(NoticeState {
        source,
        description_saved,
        latest: latest.as_ref().map(Published::from),
        changes,
    })
}

/// Every published version, the newest first.
pub async fn versions(db: &Db, session: &Session) -> Result<Vec<Published>, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let rows = privacy_notice::Entity::find()
        .order_by_desc(privacy_notice::Column::Version)
        .all(db.conn())
        .await?;
    Ok(rows.iter().map(Published::from).collect())
}

/// Publishes the settings as they stand as the next version, dated today in Finland.
pub async fn publish(db: &Db, session: &Session) -> Result<Published, ServiceError> {
    write(
        db,
        session,
        Permission::Administration,
        async |txn, staff| {
            let now = Utc::now();
            let on = format::date_in_finland(now);
            let ready = readiness::ready(txn, For::Notice, on).await?;
            if !ready.confirmed {
                return Err(ServiceError::NoticeNotReviewed);
            }
            let source = ready.notice_source();
            let latest = latest(txn).await?;
            if let Some(model) = &latest
                && stored_source(model)? == source
            {
                return Err(ServiceError::NoticeUnchanged);
            }
            let version = latest.map_or(1, |model| model.version + 1);
            let documents: BTreeMap<Lang, Notice> = Lang::DOCUMENT
                .into_iter()
                .map(|lang| {
                    (
                        lang,
                        notice::build(&source, lang, Edition::Published { version, on }),
                    )
                })
                .collect();
            let model = privacy_notice::ActiveModel {
                version: Set(version),
                published_at: Set(now),
                published_on: Set(on),
                published_by: Set(staff.username.clone()),
                source: Set(to_json(&source)?),
                documents: Set(to_json(&documents)?),
            }
            .insert(txn)
            .await?;
            let event = Event::new(AuditAction::NoticePublish, Some(1))
                .with_details(json!({ "version": version }));
            Ok((Published::from(&model), event))
        },
    )
    .await
}

/// Which notice to write out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The settings as they stand: the latest version if nothing has changed since it was
    /// published, a draft otherwise.
    Current,
    /// A published version, word for word as it was published.
    Version(i32),
}

pub async fn document(
    db: &Db,
    session: &Session,
    lang: Lang,
    which: Which,
) -> Result<Notice, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let stored = match which {
        Which::Version(version) => Some(
            privacy_notice::Entity::find_by_id(version)
                .one(db.conn())
                .await?
                .ok_or(ServiceError::NotFound("privacy notice version"))?,
        ),
        Which::Current => {
            let on = format::today();
            let source = readiness::ready(db.conn(), For::Notice, on)
                .await?
                .notice_source();
            match latest(db.conn()).await? {
                Some(model) if stored_source(&model)? == source => Some(model),
                _ => {
                    return Ok(notice::build(&source, lang, Edition::Draft { on }));
                }
            }
        }
    };
    let model = stored.ok_or(ServiceError::NotFound("privacy notice version"))?;
    let mut documents: BTreeMap<Lang, Notice> = serde_json::from_str(&model.documents)
        .map_err(|e| ServiceError::UnexpectedData(format!("privacy notice: {e}")))?;
    documents
        .remove(&lang)
        .ok_or(ServiceError::NotFound("privacy notice in that language"))
}

/// The number and date of the notice published last on or before `date`, which an extract of
/// that date names.
pub(super) async fn in_force(
    conn: &impl ConnectionTrait,
    date: NaiveDate,
) -> Result<Option<(i32, NaiveDate)>, ServiceError> {
    let model = privacy_notice::Entity::find()
        .filter(privacy_notice::Column::PublishedOn.lte(date))
        .order_by_desc(privacy_notice::Column::Version)
        .limit(1)
        .one(conn)
        .await?;
    Ok(model.map(|model| (model.version, model.published_on)))
}

/// The controller and the description as they stand, and whether the description was saved.
pub(super) async fn current_source(
    conn: &impl ConnectionTrait,
) -> Result<(NoticeSource, bool), ServiceError> {
    let controller = settings::load(conn).await?.controller();
    let processing = processing::load(conn).await?;
    let saved = processing.saved();
    Ok((
        NoticeSource {
            controller,
            processing: processing.description,
        },
        saved,
    ))
}

async fn latest(
    conn: &impl ConnectionTrait,
) -> Result<Option<privacy_notice::Model>, ServiceError> {
    Ok(privacy_notice::Entity::find()
        .order_by_desc(privacy_notice::Column::Version)
        .limit(1)
        .one(conn)
        .await?)
}

fn to_json(value: &impl serde::Serialize) -> Result<String, ServiceError> {
    serde_json::to_string(value).map_err(|e| ServiceError::UnexpectedData(e.to_string()))
}

fn stored_source(model: &privacy_notice::Model) -> Result<NoticeSource, ServiceError> {
    serde_json::from_str(&model.source)
        .map_err(|e| ServiceError::UnexpectedData(format!("privacy notice: {e}")))
}
