//! Replacing the register open now with a backup, from the app. Every process that has a
//! SQLite register open holds a lock on it, and a restore that replaces the file takes that
//! lock exclusively (`db/locks.rs`): so the app closes its own connections first (writing the
//! last list events), then restores over the file, waiting a moment for its background work
//! to let go, and refusing as the command line does while another workstation has it open. A
//! restore that fails leaves the register as it was.

use std::path::PathBuf;
use std::time::Duration;

use register::backup_file::Passphrase;
use register::config::DatabaseLocation;
use register::db::Db;
use register::service::ServiceError;
use register::service::ServiceResult;
use register::service::backup::{self, Restore, Restored};

/// How long the app's own background work may keep the register open after it is closed.
const LET_GO: Duration = Duration::from_secs(5);
const POLL: Duration = Duration::from_millis(200);

/// A replacement as staff asked for it on the backups screen, its typed confirmation checked.
#[derive(Debug, Clone)]
pub struct Replacement {
    pub backup: PathBuf,
    pub passphrase: String,
    /// The password of the admin logged in now, who must be an admin of the backup too.
    pub password: String,
}

/// Closes `db` and restores the backup over its file. Returns where the register is, to open
/// again whatever the outcome.
pub async fn replace(
    db: Db,
    username: String,
    replacement: Replacement,
) -> (DatabaseLocation, ServiceResult<Restored>) {
    let location = db.location().clone();
    let DatabaseLocation::Sqlite(path) = location.clone() else {
        let refused = ServiceError::UnexpectedData(
            "a PostgreSQL register is restored with the command line".into(),
        );
        return (location, Err(refused));
    };
    // Nothing more can be done if closing fails: the lock says whether it let go.
    let _ = db.close().await;
    let passphrase = Passphrase::to_open(replacement.passphrase);
    let mut waited = Duration::ZERO;
    loop {
        let restored = backup::restore(Restore {
            backup: &replacement.backup,
            passphrase: &passphrase,
            target: &path,
            replace: true,
            ledger: None,
            username: &username,
            password: &replacement.password,
        })
        .await;
        match restored {
            Err(ServiceError::RegisterOpen(_)) if waited < LET_GO => {
                tokio::time::sleep(POLL).await;
                waited += POLL;
            }
            restored => return (location, restored),
        }
    }
}
