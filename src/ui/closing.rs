//! What happens when the window is closed while someone is logged in: the day's automatic
//! backup, when it is due (see `service::backup::take_if_due`), then the register is closed, so
//! that the last second's list events reach the audit trail. A backup that fails is shown, and
//! the window closes when staff have read it.

use chrono::Utc;
use register::db::Db;
use register::service::ServiceError;
use register::service::Session;
use register::service::backup;

/// How the closing went: `Ok(true)` when a backup was taken.
pub type Closed = Result<bool, ServiceError>;

pub async fn close(db: Db, session: Session) -> Closed {
    let taken = backup::take_if_due(&db, &session, Utc::now()).await;
    // Nothing more can be done if closing fails: the window goes anyway.
    let _ = db.close().await;
    taken
        .map(|taken| taken.is_some())
        .map_err(|error| error.into_service_error())
}
