//! Backups of a SQLite register: a consistent copy taken while other workstations keep working,
//! encrypted with a passphrase ([`crate::backup_file`]); the erasure ledger that lets a restore
//! do again what was erased after the backup; restoring into a new register. On PostgreSQL the
//! server's own tools take the backups, and only the ledger's replay is done here.

pub mod generations;
pub(crate) mod ledger;
mod replay;
mod restore;
mod settings;

use std::fs::File;
use std::path::Path;

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use serde_json::json;

pub use replay::{Replayed, replay_ledger};
pub use restore::{Restore, Restored, restore};
pub use settings::{BackupSettings, BackupSettingsInput, load as settings, save as save_settings};

use super::audit::{self, Event};
use super::write::write;
use super::{ServiceError, Session, authorize};
use crate::backup_file::{self, FORMAT, Header, Passphrase};
use crate::db::{self, Db};
use crate::domain::Permission;
use crate::save::{self, Existing, SaveError};

/// Takes a backup of the register into `out`. The copy is made in a private folder beside the
/// register (where its data already is) and removed as soon as it is encrypted.
pub async fn take(
    db: &Db,
    session: &Session,
    out: &Path,
    passphrase: &Passphrase,
    existing: Existing,
) -> Result<Header, SaveError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let register = db.sqlite_file().ok_or(ServiceError::BackupOnPostgres)?;
    let beside = register
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let private = tempfile::Builder::new()
        .prefix(".asiakasrekisteri-backup-")
        .tempdir_in(beside)
        .map_err(|e| SaveError::File(format!("{}: {e}", beside.display())))?;
    let snapshot = private.path().join("register.sqlite3");
    let taken_at = Utc::now();
    db.snapshot_into(&snapshot)
        .await
        .map_err(ServiceError::from)?;
    let header = describe(&snapshot, taken_at).await?;
    save::write_streamed(out, existing, async |writer| {
        let mut register = File::open(&snapshot)
            .map_err(|e| ServiceError::FileWrite(format!("{}: {e}", snapshot.display())))?;
        backup_file::write(writer, &header, &mut register, passphrase)?;
        Ok(())
    })
    .await?;
    drop(private);
    // The ledger starts with the first backup, so that a restore that finds it knows that no
    // erasure since went unrecorded.
    let folder = settings::row(db.conn()).await?.folder;
    if let Some(folder) = folder {
        let ledger = crate::erasure_ledger::path_in(Path::new(&folder));
        crate::erasure_ledger::append(&ledger, &[]).map_err(ServiceError::from)?;
    }
    let file_name = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned());
    write(db, session, Permission::Administration, async |txn, _| {
        let mut row: crate::entity::backup_settings::ActiveModel = settings::row(txn).await?.into();
        row.last_backup_at = Set(Some(taken_at));
        row.update(txn).await?;
        let event = Event::new("backup.take", "register", None).with_details(json!({
            "file": file_name,
            "size": header.size,
            "audit_events": header.audit_events,
        }));
        Ok(((), event))
    })
    .await?;
    Ok(header)
}

/// A backup written into the backup folder.
#[derive(Debug, Clone)]
pub struct Taken {
    pub header: Header,
    pub path: std::path::PathBuf,
    /// Older backups removed, beyond the generations the settings keep.
    pub removed: Vec<std::path::PathBuf>,
}

/// Takes a backup into the backup folder of the settings, named by the moment `now`, then
/// removes the backups there beyond the daily and monthly generations kept.
pub async fn take_into_folder(
    db: &Db,
    session: &Session,
    passphrase: &Passphrase,
    now: chrono::DateTime<Utc>,
) -> Result<Taken, SaveError> {
    let settings = settings::load(db, session).await?;
    let folder = settings.folder.ok_or(ServiceError::NoBackupFolder)?;
    let path = folder.join(generations::file_name(now));
    let header = take(db, session, &path, passphrase, Existing::Keep).await?;
    let listed = generations::in_folder(&folder)
        .map_err(|e| SaveError::File(format!("{}: {e}", folder.display())))?;
    let mut removed = Vec::new();
    for old in generations::beyond_kept(&listed, settings.keep_daily, settings.keep_monthly) {
        if old != path && std::fs::remove_file(&old).is_ok() {
            removed.push(old);
        }
    }
    Ok(Taken {
        header,
        path,
        removed,
    })
}

/// What the copy at `snapshot` says about itself: read from the copy, so that it matches it
/// even while other workstations wrote on.
async fn describe(
    snapshot: &Path,
    taken_at: chrono::DateTime<Utc>,
) -> Result<Header, ServiceError> {
    let copy = db::connect(&crate::config::DatabaseLocation::Sqlite(
        snapshot.to_owned(),
    ))
    .await?;
    let schema = copy.schema_version().await?;
    let head = audit::head(&copy).await?;
    copy.close().await?;
    let (size, sha256) = File::open(snapshot)
        .and_then(|mut file| backup_file::digest(&mut file))
        .map_err(|e| ServiceError::FileWrite(format!("{}: {e}", snapshot.display())))?;
    Ok(Header {
        format: FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        taken_at,
        database: "sqlite".into(),
        schema,
        audit_events: head.as_ref().map_or(0, |(seq, _)| *seq),
        audit_head: head.map(|(_, hash)| hash),
        size,
        sha256,
    })
}
