//! Plain copies of a SQLite register made beside it: the consistent copy a backup encrypts, and
//! the decrypted copy a restore checks before it gets the register's name. Each lives in a
//! folder of its own, readable by its owner alone from the moment it exists, holding a lock
//! file that its process keeps locked while it works. A copy whose lock is free was left by a
//! process that ended mid-way (killed, crashed, the power cut): it holds personal data that may
//! have been erased since, so it is removed at once, by the next process that opens the register
//! and by every erasure.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the folders are called: `.asiakasrekisteri-backup-XXXXXX` and so on.
const PREFIX: &str = ".asiakasrekisteri-";
const LOCK: &str = "in-use.lock";

/// A folder left by an earlier version, without a lock file, is taken for abandoned once it is
/// older than this: no copy of a shop's register takes so long to begin.
const UNLOCKED_GRACE: Duration = Duration::from_secs(60);

/// What a private folder is for.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    Backup,
    Restore,
}

impl Purpose {
    fn prefix(self) -> String {
        let what = match self {
            Purpose::Backup => "backup",
            Purpose::Restore => "restore",
        };
        format!("{PREFIX}{what}-")
    }
}

/// A private folder in use; removed with its contents when dropped (the lock is let go first:
/// Windows removes no file that is open).
#[derive(Debug)]
pub struct PrivateFolder {
    _lock: File,
    dir: tempfile::TempDir,
}

impl PrivateFolder {
    /// Makes a folder readable by its owner alone beside `register`, and locks it.
    pub fn beside(register: &Path, purpose: Purpose) -> std::io::Result<Self> {
        let parent = folder_of(register);
        let prefix = purpose.prefix();
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o700));
        }
        let dir = builder.tempdir_in(parent)?;
        crate::owner_only::restrict(dir.path(), crate::owner_only::Kind::Folder)?;
        let lock = private_file(&dir.path().join(LOCK))?;
        lock.try_lock().map_err(std::io::Error::other)?;
        Ok(Self { _lock: lock, dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A path for a file inside, created empty and private so that whatever writes it (SQLite's
    /// `VACUUM INTO`) keeps those permissions.
    pub fn file(&self, name: &str) -> std::io::Result<PathBuf> {
        let path = self.dir.path().join(name);
        private_file(&path)?;
        Ok(path)
    }
}

/// The folder a register file is in.
pub fn folder_of(register: &Path) -> &Path {
    register
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn private_file(path: &Path) -> std::io::Result<File> {
    crate::owner_only::create_or_open(path, |options| {
        options.read(true).write(true);
    })
}

/// Removes every private folder beside `register` whose process has ended; returns how many.
/// A folder in use elsewhere is left alone.
pub fn sweep(register: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder_of(register)) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let named = entry
            .file_name()
            .to_str()
            .is_some_and(|name| name.starts_with(PREFIX));
        if named && abandoned(&entry.path()) && remove(&entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

fn abandoned(path: &Path) -> bool {
    if !path.is_dir() {
        // A restore's copy as an earlier version left it: a file beside the register.
        return older_than_grace(path);
    }
    match OpenOptions::new().write(true).open(path.join(LOCK)) {
        Ok(lock) => match lock.try_lock() {
            Ok(()) => true,
            Err(TryLockError::WouldBlock) => false,
            Err(TryLockError::Error(_)) => false,
        },
        Err(_) => older_than_grace(path),
    }
}

fn older_than_grace(path: &Path) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok())
        .is_some_and(|age| age > UNLOCKED_GRACE)
}

fn remove(path: &Path) -> std::io::Result<()> {
    if path.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .expect("listed")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(PREFIX))
            .collect()
    }

    #[test]
    fn a_folder_in_use_is_kept_and_one_whose_process_ended_is_removed() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let register = dir.path().join("rekisteri.sqlite3");
        let working = PrivateFolder::beside(&register, Purpose::Backup).expect("made");
        std::fs::write(working.file("register.sqlite3").expect("file"), b"plain").expect("w");
        assert_eq!(sweep(&register), 0, "in use");
        // As a killed process leaves it: the folder and its copy, the lock let go.
        let path = working.path().to_owned();
        let kept = working.dir.keep();
        drop(working._lock);
        assert_eq!(kept, path);
        assert_eq!(sweep(&register), 1);
        assert!(leftovers(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_private_folder_and_its_copy_are_the_owners_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temporary directory");
        let register = dir.path().join("rekisteri.sqlite3");
        let folder = PrivateFolder::beside(&register, Purpose::Restore).expect("made");
        let file = folder.file("register.sqlite3").expect("file");
        let mode = |p: &Path| std::fs::metadata(p).expect("there").permissions().mode() & 0o777;
        assert_eq!(mode(folder.path()), 0o700);
        assert_eq!(mode(&file), 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn an_unlocked_leftover_of_an_earlier_version_goes_once_it_is_old() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let register = dir.path().join("rekisteri.sqlite3");
        let old = dir.path().join(".asiakasrekisteri-backup-abc123");
        std::fs::create_dir(&old).expect("made");
        std::fs::write(old.join("register.sqlite3"), b"plain").expect("written");
        assert_eq!(sweep(&register), 0, "just made: maybe starting");
        let long_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
        File::open(&old)
            .and_then(|f| f.set_modified(long_ago))
            .expect("dated");
        assert_eq!(sweep(&register), 1);
    }
}
