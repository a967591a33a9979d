//! Backups set up as an admin would on the backups screen.

use std::path::Path;

use register::db::Db;
use register::service::Session;
use register::service::backup::{self, BackupSettingsInput};

/// Keeps backups in `folder` (seven daily generations, twelve monthly, warned about after a
/// week without one), as `admin`.
pub async fn keep_in(db: &Db, admin: &Session, folder: &Path) {
    let settings = backup::settings(db, admin).await.expect("settings");
    let input = BackupSettingsInput {
        folder: Some(folder.to_owned()),
        keep_daily: 7,
        keep_monthly: 12,
        warn_after_days: 7,
    };
    backup::save_settings(db, admin, &input, settings.version)
        .await
        .expect("saved");
}
