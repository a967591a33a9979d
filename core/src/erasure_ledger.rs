//! The erasure ledger: one line per erasure and voucher purge, appended to a file in the backup
//! folder, so that restoring a backup taken before them can do them again. A line holds no
//! personal data: the customer is a keyed digest of their number and the moment their row was
//! created (the key is in the register, so the ledger alone tells nothing and the digest cannot
//! be guessed by counting numbers), the webshop number the same digest the register keeps of
//! erased webshop customers, and dates.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// The ledger's name in the backup folder.
pub const FILE_NAME: &str = "erasure-ledger.jsonl";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Entry {
    /// A customer was erased.
    Erasure {
        at: DateTime<Utc>,
        /// [`customer_digest`] of the erased customer.
        customer: String,
        /// The digest of their webshop number, as the register remembers erased ones.
        webshop: Option<String>,
    },
    /// The vouchers whose bookkeeping period had ended on `on` were deleted.
    VouchersPurged { at: DateTime<Utc>, on: NaiveDate },
}

impl Entry {
    /// The entry dated `at`: when its line is written, after the change committed.
    pub fn stamped(mut self, moment: DateTime<Utc>) -> Self {
        match &mut self {
            Entry::Erasure { at, .. } | Entry::VouchersPurged { at, .. } => *at = moment,
        }
        self
    }

    pub fn at(&self) -> DateTime<Utc> {
        match self {
            Entry::Erasure { at, .. } | Entry::VouchersPurged { at, .. } => *at,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("erasure ledger {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("erasure ledger {path}, line {line}: not a ledger entry")]
    Malformed { path: PathBuf, line: usize },
}

/// The ledger in `folder`.
pub fn path_in(folder: &Path) -> PathBuf {
    folder.join(FILE_NAME)
}

/// A customer as the ledger names them: keyed with the register's ledger key, from their
/// number and the microsecond their row was created (numbers can be used again, moments not).
pub fn customer_digest(key: &str, customer_id: i32, created_at: DateTime<Utc>) -> String {
    // HMAC takes a key of any length.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else {
        unreachable!("HMAC accepts every key length")
    };
    mac.update(format!("customer:{customer_id}:{}", created_at.timestamp_micros()).as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Appends `entries` to the ledger at `path` and syncs it to the disk; with no entries, makes
/// sure the ledger is there, so that a restore finding none knows it was never kept.
pub fn append(path: &Path, entries: &[Entry]) -> Result<(), LedgerError> {
    let failed = |source| LedgerError::File {
        path: path.to_owned(),
        source,
    };
    let mut text = String::new();
    for entry in entries {
        let line = serde_json::to_string(entry).map_err(|e| failed(std::io::Error::other(e)))?;
        text.push_str(&line);
        text.push('\n');
    }
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(failed)?;
    file.write_all(text.as_bytes()).map_err(failed)?;
    file.sync_all().map_err(failed)
}

/// Every entry in the ledger, oldest first; none when there is no ledger.
pub fn read(path: &Path) -> Result<Vec<Entry>, LedgerError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(LedgerError::File {
                path: path.to_owned(),
                source,
            });
        }
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut entries = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(line) {
            Ok(entry) => entries.push(entry),
            // A last line cut short by a crash while it was written: the erasure it was
            // about committed, but its line never did; the rest of the ledger still holds.
            Err(_) if at + 1 == lines.len() && !text.ends_with('\n') => {}
            Err(_) => {
                return Err(LedgerError::Malformed {
                    path: path.to_owned(),
                    line: at + 1,
                });
            }
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_read_back_as_appended_with_no_name_in_them() {
        let dir = tempfile::tempdir().expect("dir");
        let path = path_in(dir.path());
        assert!(read(&path).expect("no ledger yet").is_empty());
        let created = Utc::now();
        let entries = vec![
            Entry::Erasure {
                at: Utc::now(),
                customer: customer_digest("avain", 42, created),
                webshop: None,
            },
            Entry::VouchersPurged {
                at: Utc::now(),
                on: NaiveDate::from_ymd_opt(2027, 1, 1).expect("date"),
            },
        ];
        append(&path, &entries[..1]).expect("appended");
        append(&path, &entries[1..]).expect("appended");
        assert_eq!(read(&path).expect("read"), entries);
        // The customer is a digest, never the number itself. (The line's time may well hold
        // ":42": only the customer field is looked at.)
        let text = std::fs::read_to_string(&path).expect("text");
        let first: serde_json::Value =
            serde_json::from_str(text.lines().next().unwrap_or_default()).expect("a JSON line");
        let customer = first["customer"].as_str().unwrap_or_default();
        assert_eq!(customer.len(), 64, "{text}");
        assert!(customer.bytes().all(|b| b.is_ascii_hexdigit()), "{text}");
    }

    #[test]
    fn the_digest_depends_on_the_key_the_number_and_the_moment() {
        let created = Utc::now();
        let digest = customer_digest("avain", 42, created);
        assert_ne!(digest, customer_digest("toinen", 42, created));
        assert_ne!(digest, customer_digest("avain", 43, created));
        assert_ne!(
            digest,
            customer_digest("avain", 42, created + chrono::Duration::seconds(1))
        );
    }

    #[test]
    fn a_line_cut_short_at_the_end_is_skipped_and_one_in_the_middle_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let path = path_in(dir.path());
        let whole = r#"{"kind":"vouchers_purged","at":"2026-11-30T10:00:00Z","on":"2026-11-30"}"#;
        std::fs::write(&path, format!("{whole}\n{{\"kind\":\"era")).expect("written");
        assert_eq!(read(&path).expect("read").len(), 1);
        std::fs::write(&path, format!("{{\"kind\":\"era\n{whole}\n")).expect("written");
        assert!(matches!(
            read(&path),
            Err(LedgerError::Malformed { line: 1, .. })
        ));
    }
}
