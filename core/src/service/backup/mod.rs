//! Backups of a SQLite register: a consistent copy taken while other workstations keep working,
//! encrypted with a passphrase ([`crate::backup_file`]); the erasure ledger that lets a restore
//! do again what was erased after the backup; restoring into a new register. On PostgreSQL the
//! server's own tools take the backups, and only the ledger's replay is done here.

pub mod generations;
pub(crate) mod ledger;

pub use ledger::LedgerState;
mod replay;
mod restore;
pub(crate) mod settings;

use crate::domain::AuditAction;
use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use serde_json::json;

pub use replay::{Replayed, replay_ledger};
pub use restore::{Restore, Restored, restore};
pub use settings::{
    BackupSettings, BackupSettingsInput, load as settings, save as save_settings, set_key,
};

use super::audit::{self, Event};
use super::write::{write_events, write_unguarded};
use super::{ServiceError, Session, authorize};
use crate::backup_file::{self, FORMAT, Header, Passphrase, Seal};
use crate::db::{self, Db};
use crate::domain::Permission;
use crate::private_copy::{PrivateFolder, Purpose};
use crate::save::{self, Existing, SaveError};

/// Who may take a backup: an admin by hand, or anyone whose app closes when the daily
/// automatic backup is due (the settings decide that, not the person).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Taker {
    Admin,
    Automatic,
}

/// Takes a backup of the register into `out`, sealed to the register's backup key when one is
/// set, or else with `passphrase`. The copy is made in a private folder beside the register
/// (where its data already is) and removed as soon as it is encrypted.
pub async fn take(
    db: &Db,
    session: &Session,
    out: &Path,
    passphrase: Option<&Passphrase>,
    existing: Existing,
) -> Result<Header, SaveError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    take_as(db, session, out, passphrase, existing, Taker::Admin).await
}

async fn take_as(
    db: &Db,
    session: &Session,
    out: &Path,
    passphrase: Option<&Passphrase>,
    existing: Existing,
    taker: Taker,
) -> Result<Header, SaveError> {
    let register = db.sqlite_file().ok_or(ServiceError::BackupOnPostgres)?;
    let row = settings::row(db.conn()).await?;
    let key = settings::key_of(&row);
    let seal = match (&key, passphrase) {
        (Some(key), _) => Seal::Key(key),
        (None, Some(passphrase)) => Seal::Passphrase(passphrase),
        (None, None) => return Err(ServiceError::NoBackupKey.into()),
    };
    crate::private_copy::sweep(register);
    // Whatever an erasure could not write to the ledger yet goes there first, so that the
    // ledger's head in the copy is the ledger's.
    ledger::flush(db, session).await;
    let private = PrivateFolder::beside(register, Purpose::Backup)
        .map_err(|e| SaveError::File(format!("{}: {e}", register.display())))?;
    let snapshot = private
        .file("register.sqlite3")
        .map_err(|e| SaveError::File(format!("{}: {e}", private.path().display())))?;
    let taken_at = Utc::now();
    db.snapshot_into(&snapshot)
        .await
        .map_err(ServiceError::from)?;
    let header = Header {
        sealed_key: seal.sealed_key(),
        ..describe(&snapshot, taken_at).await?
    };
    save::write_streamed(out, existing, async |writer| {
        let mut register = File::open(&snapshot)
            .map_err(|e| ServiceError::FileWrite(format!("{}: {e}", snapshot.display())))?;
        backup_file::write(writer, &header, &mut register, seal)?;
        Ok(())
    })
    .await?;
    drop(private);
    // The ledger starts with the first backup, so that a restore that finds it knows that no
    // erasure since went unrecorded.
    if let Some(folder) = &row.folder {
        let ledger = crate::erasure_ledger::path_in(Path::new(folder));
        crate::erasure_ledger::append(&ledger, &row.ledger_key, &[]).map_err(ServiceError::from)?;
    }
    let details = json!({
        "file": out.file_name().map(|name| name.to_string_lossy().into_owned()),
        "size": header.size,
        "audit_events": header.audit_events,
        "automatic": taker == Taker::Automatic,
    });
    let change = async |txn: &sea_orm::DatabaseTransaction, _: &_| {
        let mut row: crate::entity::backup_settings::ActiveModel = settings::row(txn).await?.into();
        row.last_backup_at = Set(Some(taken_at));
        row.update(txn).await?;
        let event = Event::new(AuditAction::BackupTake, None).with_details(details);
        Ok(((), vec![event]))
    };
    match taker {
        Taker::Admin => write_events(db, session, Permission::Administration, change).await?,
        Taker::Automatic => write_unguarded(db, session, change).await?,
    }
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
    passphrase: Option<&Passphrase>,
    now: chrono::DateTime<Utc>,
) -> Result<Taken, SaveError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    into_folder(db, session, passphrase, now, Taker::Admin).await
}

/// The automatic backup, as the app closes: into the backup folder, sealed to the backup key,
/// when both are set and no backup has been taken today (in Finland). Whoever is logged in.
pub async fn take_if_due(
    db: &Db,
    session: &Session,
    now: chrono::DateTime<Utc>,
) -> Result<Option<Taken>, SaveError> {
    if db.sqlite_file().is_none() {
        return Ok(None);
    }
    let row = settings::row(db.conn()).await?;
    let today = crate::format::date_in_finland(now);
    let due = row.folder.is_some()
        && settings::key_of(&row).is_some()
        && row
            .last_backup_at
            .is_none_or(|at| crate::format::date_in_finland(at) < today);
    if !due {
        return Ok(None);
    }
    into_folder(db, session, None, now, Taker::Automatic)
        .await
        .map(Some)
}

async fn into_folder(
    db: &Db,
    session: &Session,
    passphrase: Option<&Passphrase>,
    now: chrono::DateTime<Utc>,
    taker: Taker,
) -> Result<Taken, SaveError> {
    let row = settings::row(db.conn()).await?;
    let folder = PathBuf::from(row.folder.ok_or(ServiceError::NoBackupFolder)?);
    let path = folder.join(generations::file_name(now));
    let header = take_as(db, session, &path, passphrase, Existing::Keep, taker).await?;
    let listed = generations::in_folder(&folder)
        .map_err(|e| SaveError::File(format!("{}: {e}", folder.display())))?;
    let daily = u32::try_from(row.keep_daily).unwrap_or(1);
    let monthly = u32::try_from(row.keep_monthly).unwrap_or(0);
    let mut removed = Vec::new();
    for old in generations::beyond_kept(&listed, daily, monthly) {
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
        sealed_key: None,
    })
}
