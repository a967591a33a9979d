//! The settings every document a customer receives is written from, read once and checked:
//! a letter, a notice or an extract is refused with [`ServiceError::DocumentNotReady`] while a
//! detail it needs is missing (`domain::readiness`). Every document builder takes its settings
//! from here, so none can skip the check.

use chrono::NaiveDate;
use sea_orm::ConnectionTrait;

use super::{ServiceError, Session, authenticate, notice, processing, settings};
use crate::db::Db;
use crate::domain::organisation::Controller;
use crate::domain::processing::{NoticeSource, NoticeVersion, ProcessingDescription};
use crate::domain::readiness::{For, Gap, Settings};

/// What a document is written from.
pub(super) struct Ready {
    pub controller: Controller,
    pub processing: ProcessingDescription,
    /// Whether an admin has saved the processing description; documents written from
    /// defaults nobody has confirmed are drafts.
    pub confirmed: bool,
    /// The notice in force on the day asked for, with where it is published (extracts).
    pub notice: Option<NoticeVersion>,
}

impl Ready {
    pub fn notice_source(&self) -> NoticeSource {
        NoticeSource {
            controller: self.controller.clone(),
            processing: self.processing.clone(),
        }
    }
}

/// The settings for `document` of `on`, or the refusal naming what is missing.
pub(super) async fn ready(
    conn: &impl ConnectionTrait,
    document: For,
    on: NaiveDate,
) -> Result<Ready, ServiceError> {
    let (ready, gaps) = read(conn, document, on).await?;
    if gaps.is_empty() {
        Ok(ready)
    } else {
        Err(ServiceError::DocumentNotReady(gaps))
    }
}

/// What keeps `document` from being made today: for the screens, which say it before staff
/// start on a request. Any active staff member may ask (the settings are public).
pub async fn gaps(db: &Db, session: &Session, document: For) -> Result<Vec<Gap>, ServiceError> {
    authenticate(db.conn(), session).await?;
    let (_, gaps) = read(db.conn(), document, crate::format::today()).await?;
    Ok(gaps)
}

async fn read(
    conn: &impl ConnectionTrait,
    document: For,
    on: NaiveDate,
) -> Result<(Ready, Vec<Gap>), ServiceError> {
    let organisation = settings::load(conn).await?;
    let processing = processing::load(conn).await?;
    let notice = notice::in_force(conn, on)
        .await?
        .map(|(version, published_on)| NoticeVersion {
            version,
            published_on,
            address: organisation.notice_address.clone(),
        });
    let controller = organisation.controller();
    let gaps = Settings {
        controller: &controller,
        notice_address: &organisation.notice_address,
        processing: &processing.description,
        notice_published: notice.is_some(),
    }
    .gaps(document);
    let ready = Ready {
        controller,
        confirmed: processing.saved(),
        processing: processing.description,
        notice,
    };
    Ok((ready, gaps))
}
