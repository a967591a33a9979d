//! Restoring a backup into a new SQLite register: decrypted under a temporary name beside the
//! target, its schema brought up to date, an admin of the backed-up register logged in, its
//! audit chain checked against the backup's header, the erasure ledger replayed, and only then
//! given the register's name. Whatever fails on the way leaves the target as it was.

use crate::domain::AuditAction;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use migration::{Migrator, MigratorTrait};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

use super::replay::{Replayed, replay_ledger};
use crate::backup_file::{self, BackupFileError, Header, Passphrase};
use crate::config::DatabaseLocation;
use crate::db::{self, Db};
use crate::domain::Permission;
use crate::entity::{access_request, customer, order, staff_user};
use crate::erasure_ledger;
use crate::private_copy::{PrivateFolder, Purpose};
use crate::service::audit::{self, Event};
use crate::service::write::write;
use crate::service::{ServiceError, Session, auth, staff};

/// What to restore, where, and as whom.
pub struct Restore<'a> {
    pub backup: &'a Path,
    pub passphrase: &'a Passphrase,
    /// The SQLite file the register is restored to.
    pub target: &'a Path,
    /// Replace a register that is there (the app closed on every workstation).
    pub replace: bool,
    /// The erasure ledger; by default the one beside the backup.
    pub ledger: Option<&'a Path>,
    /// An admin of the backed-up register.
    pub username: &'a str,
    pub password: &'a str,
}

/// What a restore did, for its summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub taken_at: DateTime<Utc>,
    pub schema_in_backup: String,
    pub schema: String,
    pub audit_events: i64,
    pub customers: u64,
    pub orders: u64,
    pub access_requests: u64,
    pub staff: u64,
    /// The ledger replayed, or `None` when there was none where it was looked for.
    pub ledger: Option<PathBuf>,
    pub replayed: Replayed,
}

pub async fn restore(request: Restore<'_>) -> Result<Restored, ServiceError> {
    let mut input = BufReader::new(File::open(request.backup).map_err(BackupFileError::from)?);
    let header = backup_file::read_header(&mut input)?;
    check_schema(&header)?;
    refuse_register_in_use(request.target, request.replace).await?;
    // Nobody may have the file open, nor open it, until it is replaced: a workstation or a
    // command writing to it meanwhile would see its work vanish.
    let _replacing = db::for_replacing(request.target).map_err(|error| match error {
        db::ReplaceLockError::InUse(path) => ServiceError::RegisterOpen(path.display().to_string()),
        db::ReplaceLockError::File { source, .. } => BackupFileError::from(source).into(),
    })?;
    crate::private_copy::sweep(request.target);
    let private =
        PrivateFolder::beside(request.target, Purpose::Restore).map_err(BackupFileError::from)?;
    let temporary = private
        .file("register.sqlite3")
        .map_err(BackupFileError::from)?;
    {
        let file = File::options()
            .write(true)
            .open(&temporary)
            .map_err(BackupFileError::from)?;
        let mut out = std::io::BufWriter::new(&file);
        backup_file::decrypt(input, &header, request.passphrase, &mut out)?;
        std::io::Write::flush(&mut out).map_err(BackupFileError::from)?;
        drop(out);
        file.sync_all().map_err(BackupFileError::from)?;
    }
    let location = DatabaseLocation::Sqlite(temporary.clone());
    let restored = db::connect(&location).await?;
    let outcome = settle(&restored, &request, &header).await;
    restored.close().await?;
    let summary = outcome?;
    put_in_place(&temporary, request.target)?;
    drop(private);
    Ok(summary)
}

/// A backup whose schema this version does not know was taken by a newer app.
fn check_schema(header: &Header) -> Result<(), ServiceError> {
    let known = Migrator::migrations()
        .iter()
        .any(|migration| migration.name() == header.schema);
    if known {
        Ok(())
    } else {
        Err(ServiceError::NewerSchema(header.schema.clone()))
    }
}

/// A file that holds a register with staff is replaced only when asked to.
async fn refuse_register_in_use(target: &Path, replace: bool) -> Result<(), ServiceError> {
    let holds_data = std::fs::metadata(target).is_ok_and(|m| m.len() > 0);
    if !holds_data || replace {
        return Ok(());
    }
    let there = db::connect(&DatabaseLocation::Sqlite(target.to_owned())).await?;
    let has_staff = staff::has_staff(&there).await;
    there.close().await?;
    if has_staff? {
        return Err(ServiceError::RegisterInUse(target.display().to_string()));
    }
    Ok(())
}

/// Everything done in the restored copy before it gets the register's name.
async fn settle(
    restored: &Db,
    request: &Restore<'_>,
    header: &Header,
) -> Result<Restored, ServiceError> {
    let session = auth::login(restored, request.username, request.password).await?;
    super::super::authorize(restored.conn(), &session, Permission::Administration).await?;
    let verification = audit::verify(restored, &session).await?;
    if let Some(broken) = verification.first_broken {
        return Err(ServiceError::ChainBroken(broken.seq));
    }
    check_head(restored, &session, header).await?;
    let ledger = match request.ledger {
        Some(path) => Some(path.to_owned()),
        None => beside_backup(restored, request.backup).await?,
    };
    let replayed = match &ledger {
        Some(path) => replay_ledger(restored, &session, path, Some(header.taken_at)).await?,
        None => Replayed::default(),
    };
    let summary = Restored {
        taken_at: header.taken_at,
        schema_in_backup: header.schema.clone(),
        schema: restored.schema_version().await?,
        audit_events: verification.events_checked,
        customers: customer::Entity::find().count(restored.conn()).await?,
        orders: order::Entity::find().count(restored.conn()).await?,
        access_requests: access_request::Entity::find()
            .count(restored.conn())
            .await?,
        staff: staff_user::Entity::find().count(restored.conn()).await?,
        ledger,
        replayed,
    };
    record(restored, &session, request, &summary).await?;
    super::super::erasure::scrub(restored, &session).await;
    Ok(summary)
}

/// The ledger beside the backup, if there is one. None is there: fine for a backup taken
/// before the register kept a ledger, refused for one taken after it had written lines, which
/// a restore without them would bring back.
async fn beside_backup(restored: &Db, backup: &Path) -> Result<Option<PathBuf>, ServiceError> {
    let path = erasure_ledger::path_in(crate::private_copy::folder_of(backup));
    if path.exists() {
        return Ok(Some(path));
    }
    let settings = super::settings::row(restored.conn()).await?;
    if super::ledger::head_of(&settings).lines > 0 {
        return Err(erasure_ledger::LedgerError::Missing(path).into());
    }
    Ok(None)
}

/// The chain holds the event the backup's header names as its head, unchanged.
async fn check_head(db: &Db, session: &Session, header: &Header) -> Result<(), ServiceError> {
    let Some(expected) = &header.audit_head else {
        return Ok(());
    };
    let found = audit::hashes_at(db, session, &[header.audit_events]).await?;
    match found.first() {
        Some((_, Some(hash))) if hash == expected => Ok(()),
        _ => Err(ServiceError::ChainBroken(header.audit_events)),
    }
}

async fn record(
    db: &Db,
    session: &Session,
    request: &Restore<'_>,
    summary: &Restored,
) -> Result<(), ServiceError> {
    let file = request
        .backup
        .file_name()
        .map(|name| name.to_string_lossy().into_owned());
    let details = json!({
        "file": file,
        "taken_at": summary.taken_at,
        "schema_in_backup": summary.schema_in_backup,
        "ledger_found": summary.ledger.is_some(),
        "ledger_entries": summary.replayed.entries,
        "customers_erased_again": summary.replayed.customers_erased,
        "vouchers_purged_again": summary.replayed.vouchers_purged,
    });
    write(db, session, Permission::Administration, async |_, _| {
        Ok((
            (),
            Event::new(AuditAction::BackupRestore, None).with_details(details),
        ))
    })
    .await
}

/// Gives the restored copy the register's name. A register replaced there loses its
/// write-ahead log and shared-memory files first: SQLite would otherwise apply the old log to
/// the new file.
fn put_in_place(temporary: &Path, target: &Path) -> Result<(), ServiceError> {
    for suffix in ["-wal", "-shm"] {
        let mut name = target.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(PathBuf::from(name)) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(BackupFileError::from(error).into()),
        }
    }
    std::fs::rename(temporary, target).map_err(BackupFileError::from)?;
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = File::open(folder).and_then(|folder| folder.sync_all());
    }
    Ok(())
}
