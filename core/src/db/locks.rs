//! Locks that cannot outlive the process that holds them: a lock on a file beside a SQLite
//! register is released by the operating system, and a PostgreSQL advisory lock by the server
//! when the connection ends, however the process ends (a crash, `kill -9`, a power cut). So a
//! lock that is free means that nobody holding it is still at work.
//!
//! - Every process that opens a SQLite register holds a shared lock on `FILE.lock`: a restore
//!   that would replace the file takes it exclusively, and so refuses while the register is
//!   open anywhere.
//! - An import holds the import lock for as long as it runs: a second import is refused, and an
//!   import still marked running while the lock is free was interrupted and can be undone at
//!   once.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};

use super::Db;

/// Held while the process keeps a SQLite register open.
#[derive(Debug)]
pub(crate) struct OpenLock {
    _file: File,
}

/// Held by a running import.
#[derive(Debug)]
pub(crate) enum ImportLock {
    /// The lock file beside a SQLite register.
    File { _file: File },
    /// A PostgreSQL session lock, held by the import's own connection until it closes.
    Session,
}

/// Why a register could not be locked for replacing.
#[derive(Debug, thiserror::Error)]
pub enum ReplaceLockError {
    #[error("the register {0} is open in the app or a command: close it everywhere first")]
    InUse(PathBuf),
    #[error("the register's lock file {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Held while a register file is being replaced: nobody can open it meanwhile.
#[derive(Debug)]
pub struct ReplaceLock {
    _file: File,
}

/// `register.sqlite3` → `register.sqlite3.lock`.
fn sibling(register: &Path, suffix: &str) -> PathBuf {
    let mut name = register.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn lock_file(path: &Path) -> std::io::Result<File> {
    crate::owner_only::create_or_open(path, |options| {
        options.read(true).write(true);
    })
}

fn file_error(path: &Path, error: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!(
        "the register's lock file {}: {error}",
        path.display()
    ))
}

/// Takes the shared lock of a register that is being opened. Only a restore replacing the
/// file holds it otherwise, for a second or two: the opening waits up to five seconds for it.
pub(super) async fn open(register: &Path) -> Result<OpenLock, DbErr> {
    let path = sibling(register, ".lock");
    let file = lock_file(&path).map_err(|e| file_error(&path, e))?;
    for _ in 0..50 {
        match file.try_lock_shared() {
            Ok(()) => return Ok(OpenLock { _file: file }),
            Err(TryLockError::WouldBlock) => {
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(TryLockError::Error(error)) => return Err(file_error(&path, error)),
        }
    }
    Err(DbErr::Custom(format!(
        "the register {} is being replaced by a restore: open it again in a moment",
        register.display()
    )))
}

/// Locks `register` for replacing it; refused while any process has it open.
pub fn for_replacing(register: &Path) -> Result<ReplaceLock, ReplaceLockError> {
    let path = sibling(register, ".lock");
    let failed = |source| ReplaceLockError::File {
        path: path.clone(),
        source,
    };
    let file = lock_file(&path).map_err(failed)?;
    match file.try_lock() {
        Ok(()) => Ok(ReplaceLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(ReplaceLockError::InUse(register.to_owned())),
        Err(TryLockError::Error(error)) => Err(failed(error)),
    }
}

/// The PostgreSQL advisory lock of this schema's imports: a constant of the register's own in
/// the high half, the imports table's object id (one per schema) in the low half.
const IMPORT_LOCK_SQL: &str = "SELECT pg_try_advisory_lock((1095913801::bigint << 32) \
                               | ('imports'::regclass)::oid::bigint)";

impl Db {
    /// Takes the import lock, or `None` when another import holds it. Call it on the import's
    /// own connection ([`Db::for_bulk_job`]), which holds the PostgreSQL lock until it closes.
    pub(crate) async fn try_lock_imports(&self) -> Result<Option<ImportLock>, DbErr> {
        match &self.location {
            crate::config::DatabaseLocation::Sqlite(register) => {
                let path = sibling(register, ".import.lock");
                let file = lock_file(&path).map_err(|e| file_error(&path, e))?;
                match file.try_lock() {
                    Ok(()) => Ok(Some(ImportLock::File { _file: file })),
                    Err(TryLockError::WouldBlock) => Ok(None),
                    Err(TryLockError::Error(error)) => Err(file_error(&path, error)),
                }
            }
            crate::config::DatabaseLocation::Postgres(_) => {
                let statement = Statement::from_string(DbBackend::Postgres, IMPORT_LOCK_SQL);
                let row = self.conn.query_one_raw(statement).await?;
                let taken: bool = match row {
                    Some(row) => row.try_get_by_index(0)?,
                    None => false,
                };
                Ok(taken.then_some(ImportLock::Session))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_register_open_anywhere_cannot_be_locked_for_replacing() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let register = dir.path().join("rekisteri.sqlite3");
        let open = open(&register).await.expect("opened");
        let refused = for_replacing(&register);
        assert!(
            matches!(refused, Err(ReplaceLockError::InUse(_))),
            "{refused:?}"
        );
        drop(open);
        let replacing = for_replacing(&register).expect("free once closed");
        drop(replacing);
    }
}
