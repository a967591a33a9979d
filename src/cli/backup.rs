//! Backups from the command line: `backup` (into a file, or the backup folder with its
//! generations), `restore` into a new register, and on PostgreSQL `restore --replay-erasures`
//! after the server's own restore.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use register::backup_file::Passphrase;
use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::save::Existing;
use register::service::backup::{self, Restore, Restored};

use super::session::{login, password_for, prompt};

pub const PASSPHRASE_VARIABLE: &str = "ASIAKASREKISTERI_BACKUP_PASSPHRASE";

/// A new backup's passphrase: from the environment, or asked twice.
fn new_passphrase() -> Result<Passphrase, String> {
    let text = match std::env::var(PASSPHRASE_VARIABLE) {
        Ok(text) => text,
        Err(_) => {
            let text = prompt("Backup passphrase: ", PASSPHRASE_VARIABLE)?;
            if prompt("The same passphrase again: ", PASSPHRASE_VARIABLE)? != text {
                return Err("the two passphrases differ".into());
            }
            text
        }
    };
    Passphrase::new(text).map_err(|e| e.to_string())
}

fn passphrase_to_open() -> Result<Passphrase, String> {
    let text = match std::env::var(PASSPHRASE_VARIABLE) {
        Ok(text) => text,
        Err(_) => prompt("Backup passphrase: ", PASSPHRASE_VARIABLE)?,
    };
    Ok(Passphrase::to_open(text))
}

/// `backup --out FILE`, or with no file the backup folder of the settings.
pub async fn take(db: &Db, as_user: Option<&str>, out: Option<PathBuf>) -> Result<String, String> {
    let session = login(db, as_user).await?;
    let settings = backup::settings(db, &session)
        .await
        .map_err(|e| e.to_string())?;
    // With a backup passphrase set in the settings, backups are sealed to its key: nothing to ask.
    let passphrase = if settings.has_key {
        None
    } else {
        Some(new_passphrase()?)
    };
    let (header, path, removed) = match out {
        Some(path) => {
            let header = backup::take(db, &session, &path, passphrase.as_ref(), Existing::Keep)
                .await
                .map_err(|e| e.to_string())?;
            (header, path, Vec::new())
        }
        None => {
            let now = chrono::Utc::now();
            let taken = backup::take_into_folder(db, &session, passphrase.as_ref(), now)
                .await
                .map_err(|e| e.to_string())?;
            (taken.header, taken.path, taken.removed)
        }
    };
    let mut said = format!(
        "Backup written to {} ({} bytes, {} audit events, schema {}).",
        path.display(),
        header.size,
        header.audit_events,
        header.schema
    );
    if !removed.is_empty() {
        said.push_str(&format!(
            "\nRemoved {} older backups beyond the generations kept.",
            removed.len()
        ));
    }
    if settings.folder.is_none() {
        said.push_str(
            "\nNo backup folder is set, so erasures made after this backup are recorded \
             nowhere: set one in the settings, or a restore of this backup brings back the \
             customers erased since.",
        );
    }
    Ok(said)
}

pub struct RestoreOptions {
    pub file: PathBuf,
    pub replace: bool,
    pub yes: bool,
    pub ledger: Option<PathBuf>,
}

/// `restore FILE`: into the register `--database` names, which must be a new SQLite file
/// unless `--replace` is given and confirmed.
pub async fn restore(
    location: &DatabaseLocation,
    as_user: Option<&str>,
    options: RestoreOptions,
) -> Result<String, String> {
    let DatabaseLocation::Sqlite(target) = location else {
        return Err(
            "a backup restores into a SQLite register; on PostgreSQL restore the server's dump \
             with pg_restore, then run `restore --replay-erasures --ledger FILE`"
                .into(),
        );
    };
    let username = as_user.ok_or("give --as USERNAME: an admin of the backed-up register")?;
    if options.replace && !options.yes {
        confirm_replace(target)?;
    }
    let passphrase = passphrase_to_open()?;
    let password = password_for(username)?;
    let restored = backup::restore(Restore {
        backup: &options.file,
        passphrase: &passphrase,
        target,
        replace: options.replace,
        ledger: options.ledger.as_deref(),
        username,
        password: &password,
    })
    .await
    .map_err(|e| e.to_string())?;
    Ok(summary(target, &restored))
}

fn confirm_replace(target: &Path) -> Result<(), String> {
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "--replace would replace the register at {}: confirm with --yes",
            target.display()
        ));
    }
    let mut answer = String::new();
    eprint!(
        "Replace the register at {}? Everything it holds is lost, and every workstation must \
         have closed the app. Type yes: ",
        target.display()
    );
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| format!("cannot read the answer: {e}"))?;
    if answer.trim() == "yes" {
        Ok(())
    } else {
        Err("nothing restored".into())
    }
}

fn summary(target: &Path, restored: &Restored) -> String {
    let mut lines = vec![format!(
        "Restored the backup taken {} into {}: {} customers, {} orders, {} access requests, \
         {} staff accounts; the audit trail's {} events checked.",
        register::format::date_time(restored.taken_at),
        target.display(),
        restored.customers,
        restored.orders,
        restored.access_requests,
        restored.staff,
        restored.audit_events
    )];
    if restored.schema != restored.schema_in_backup {
        lines.push(format!(
            "The schema was brought up to date from {} to {}.",
            restored.schema_in_backup, restored.schema
        ));
    }
    lines.push(match &restored.ledger {
        Some(ledger) => format!(
            "Erasure ledger {}: {} entries newer than the backup; {} customers erased again, \
             {} vouchers purged again.",
            ledger.display(),
            restored.replayed.entries,
            restored.replayed.customers_erased,
            restored.replayed.vouchers_purged
        ),
        None => "No erasure ledger was found beside the backup (give --ledger FILE): customers \
                 erased after the backup was taken may be back in the register."
            .into(),
    });
    lines.join("\n")
}

/// `restore --replay-erasures --ledger FILE`: after PostgreSQL's own restore, every ledger
/// entry is done again (those already done change nothing).
pub async fn replay(
    location: &DatabaseLocation,
    as_user: Option<&str>,
    ledger: &Path,
) -> Result<String, String> {
    let db = db::connect(location)
        .await
        .map_err(|e| format!("cannot open the register at {}: {e}", location.describe()))?;
    let outcome = async {
        let session = login(&db, as_user).await?;
        backup::replay_ledger(&db, &session, ledger, None)
            .await
            .map_err(|e| e.to_string())
    }
    .await;
    let _ = db.close().await;
    let replayed = outcome?;
    Ok(format!(
        "Erasure ledger {}: {} entries; {} customers erased again, {} vouchers purged again.",
        ledger.display(),
        replayed.entries,
        replayed.customers_erased,
        replayed.vouchers_purged
    ))
}
