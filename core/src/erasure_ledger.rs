//! The erasure ledger: one line per erasure and voucher purge, appended to a file in the backup
//! folder, so that restoring a backup taken before them can do them again. A line holds no
//! personal data: the customer is a keyed digest of their number and the moment their row was
//! created (the key is in the register, so the ledger alone tells nothing and the digest cannot
//! be guessed by counting numbers), the webshop number the same digest the register keeps of
//! erased webshop customers, the email address keyed likewise, and dates.
//!
//! Every line carries a MAC (HMAC-SHA256, keyed from the register's ledger key) over its entry
//! and the MAC of the line before it: a line changed, removed or put in another order is found
//! by whoever holds the register, and a ledger cut short or emptied is found against the head
//! the register (and every backup of it) keeps.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
        /// [`email_digest`] of their email address, as the register remembers erased ones.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email: Option<String>,
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

#[derive(Debug, Clone, thiserror::Error)]
pub enum LedgerError {
    #[error("erasure ledger {path}: {source}")]
    File {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("erasure ledger {path}, line {line}: not a ledger entry")]
    Malformed { path: PathBuf, line: usize },
    #[error("the erasure ledger {0} is not there")]
    Missing(PathBuf),
    #[error(
        "erasure ledger {path}, line {line}: changed, removed or moved since the register wrote \
         it (its MAC does not hold)"
    )]
    Altered { path: PathBuf, line: usize },
    #[error(
        "the erasure ledger {path} has {found} lines, but had {expected} when the register last \
         wrote to it: it was emptied, cut short or replaced"
    )]
    Shorter {
        path: PathBuf,
        expected: u64,
        found: u64,
    },
}

/// How far a ledger goes: its lines and the last one's MAC.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Head {
    pub lines: u64,
    pub mac: Option<String>,
}

/// A ledger read and its chain checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    pub entries: Vec<Entry>,
    /// Every line's MAC, in order.
    macs: Vec<String>,
}

impl Ledger {
    pub fn head(&self) -> Head {
        Head {
            lines: self.macs.len() as u64,
            mac: self.macs.last().cloned(),
        }
    }

    /// Refused unless the ledger holds at least what `head` says it had, unchanged.
    pub fn reaches(&self, head: &Head, path: &Path) -> Result<(), LedgerError> {
        let shorter = || LedgerError::Shorter {
            path: path.to_owned(),
            expected: head.lines,
            found: self.macs.len() as u64,
        };
        if head.lines == 0 {
            return Ok(());
        }
        let at = usize::try_from(head.lines - 1).map_err(|_| shorter())?;
        match self.macs.get(at) {
            Some(mac) if Some(mac) == head.mac.as_ref() => Ok(()),
            Some(_) => Err(LedgerError::Altered {
                path: path.to_owned(),
                line: at + 1,
            }),
            None => Err(shorter()),
        }
    }
}

/// One line of the file: the entry and its MAC.
#[derive(Serialize, Deserialize)]
struct Line {
    #[serde(flatten)]
    entry: Entry,
    mac: String,
}

/// The ledger in `folder`.
pub fn path_in(folder: &Path) -> PathBuf {
    folder.join(FILE_NAME)
}

/// An email address as the register remembers it of an erased customer: keyed like
/// [`customer_digest`], from the address's search key.
pub fn email_digest(key: &str, email_key: &str) -> String {
    keyed(key, format!("email:{email_key}").as_bytes())
}

fn keyed(key: &str, message: &[u8]) -> String {
    // HMAC takes a key of any length.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else {
        unreachable!("HMAC accepts every key length")
    };
    mac.update(message);
    hex::encode(mac.finalize().into_bytes())
}

/// A line's MAC: over the MAC of the line before and the entry, with a key of its own derived
/// from the ledger key.
fn line_mac(key: &str, previous: &str, entry: &str) -> String {
    let line_key = keyed(key, b"erasure-ledger-line");
    keyed(&line_key, format!("{previous}\n{entry}").as_bytes())
}

/// A customer as the ledger names them: keyed with the register's ledger key, from their
/// number and the microsecond their row was created (numbers can be used again, moments not).
pub fn customer_digest(key: &str, customer_id: i32, created_at: DateTime<Utc>) -> String {
    let message = format!("customer:{customer_id}:{}", created_at.timestamp_micros());
    keyed(key, message.as_bytes())
}

/// Appends `entries` to the ledger at `path`, each line chained to the one before, and syncs it
/// to the disk; with no entries, makes sure the ledger is there, so that a restore finding none
/// knows it was never kept. The ledger there is checked first: nothing is chained to a ledger
/// whose lines do not hold. Returns the ledger's new head.
pub fn append(path: &Path, key: &str, entries: &[Entry]) -> Result<Head, LedgerError> {
    let failed = |source| LedgerError::File {
        path: path.to_owned(),
        source: Arc::new(source),
    };
    let mut file = crate::owner_only::create_or_open(path, |options| {
        options.read(true).write(true);
    })
    .map_err(failed)?;
    let mut text = String::new();
    file.read_to_string(&mut text).map_err(failed)?;
    // A line cut short by a crash while it was written goes: its entry is still waiting in the
    // register, and is written again now.
    let whole = text.rfind('\n').map_or(0, |at| at + 1);
    if whole < text.len() {
        file.set_len(whole as u64).map_err(failed)?;
        text.truncate(whole);
    }
    let ledger = parse(path, key, &text)?;
    let mut previous = ledger.macs.last().cloned().unwrap_or_default();
    let mut added = String::new();
    for entry in entries {
        let json = serde_json::to_string(entry).map_err(|e| failed(std::io::Error::other(e)))?;
        let mac = line_mac(key, &previous, &json);
        let line = Line {
            entry: entry.clone(),
            mac: mac.clone(),
        };
        let line = serde_json::to_string(&line).map_err(|e| failed(std::io::Error::other(e)))?;
        added.push_str(&line);
        added.push('\n');
        previous = mac;
    }
    file.seek(SeekFrom::End(0)).map_err(failed)?;
    file.write_all(added.as_bytes()).map_err(failed)?;
    file.sync_all().map_err(failed)?;
    Ok(Head {
        lines: ledger.macs.len() as u64 + entries.len() as u64,
        mac: (!previous.is_empty()).then_some(previous),
    })
}

/// The ledger at `path` with every line's MAC checked against `key`; a ledger that is not
/// there is [`LedgerError::Missing`].
pub fn read(path: &Path, key: &str) -> Result<Ledger, LedgerError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(LedgerError::Missing(path.to_owned()));
        }
        Err(source) => {
            return Err(LedgerError::File {
                path: path.to_owned(),
                source: Arc::new(source),
            });
        }
    };
    parse(path, key, &text)
}

fn parse(path: &Path, key: &str, text: &str) -> Result<Ledger, LedgerError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut ledger = Ledger::default();
    let mut previous = String::new();
    for (at, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = match serde_json::from_str(line) {
            Ok(parsed) => parsed,
            // A last line cut short by a crash while it was written: the erasure it was about
            // waits in the register to be written again; the rest of the ledger still holds.
            Err(_) if at + 1 == lines.len() && !text.ends_with('\n') => break,
            Err(_) => {
                return Err(LedgerError::Malformed {
                    path: path.to_owned(),
                    line: at + 1,
                });
            }
        };
        let json = serde_json::to_string(&parsed.entry).map_err(|_| LedgerError::Malformed {
            path: path.to_owned(),
            line: at + 1,
        })?;
        if line_mac(key, &previous, &json) != parsed.mac {
            return Err(LedgerError::Altered {
                path: path.to_owned(),
                line: at + 1,
            });
        }
        previous = parsed.mac.clone();
        ledger.macs.push(parsed.mac);
        ledger.entries.push(parsed.entry);
    }
    Ok(ledger)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "avain";

    fn entries() -> Vec<Entry> {
        vec![
            Entry::Erasure {
                at: Utc::now(),
                customer: customer_digest(KEY, 42, Utc::now()),
                webshop: None,
                email: Some(email_digest(KEY, "aino@example.com")),
            },
            Entry::VouchersPurged {
                at: Utc::now(),
                on: NaiveDate::from_ymd_opt(2027, 1, 1).expect("date"),
            },
        ]
    }

    #[test]
    fn entries_are_read_back_as_appended_with_no_name_in_them() {
        let dir = tempfile::tempdir().expect("dir");
        let path = path_in(dir.path());
        assert!(matches!(read(&path, KEY), Err(LedgerError::Missing(_))));
        let entries = entries();
        append(&path, KEY, &entries[..1]).expect("appended");
        let head = append(&path, KEY, &entries[1..]).expect("appended");
        let ledger = read(&path, KEY).expect("read");
        assert_eq!(ledger.entries, entries);
        assert_eq!(ledger.head(), head);
        assert_eq!(head.lines, 2);
        // The customer is a digest, never the number itself. (The line's time may well hold
        // ":42": only the customer field is looked at.)
        let text = std::fs::read_to_string(&path).expect("text");
        let first: serde_json::Value =
            serde_json::from_str(text.lines().next().unwrap_or_default()).expect("a JSON line");
        let customer = first["customer"].as_str().unwrap_or_default();
        assert_eq!(customer.len(), 64, "{text}");
        assert!(customer.bytes().all(|b| b.is_ascii_hexdigit()), "{text}");
        assert!(!text.contains("aino@"), "{text}");
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
    fn a_line_changed_removed_or_moved_is_found() {
        let dir = tempfile::tempdir().expect("dir");
        let path = path_in(dir.path());
        append(&path, KEY, &entries()).expect("appended");
        let text = std::fs::read_to_string(&path).expect("text");
        let lines: Vec<&str> = text.lines().collect();
        let altered = text.replacen("2027-01-01", "2026-01-01", 1);
        for (tampered, line) in [
            (altered, 2),
            (format!("{}\n", lines[1]), 1),
            (format!("{}\n{}\n", lines[1], lines[0]), 1),
        ] {
            std::fs::write(&path, tampered).expect("written");
            assert!(
                matches!(read(&path, KEY), Err(LedgerError::Altered { line: l, .. }) if l == line),
                "{:?}",
                read(&path, KEY)
            );
        }
        std::fs::write(&path, &text).expect("written");
        assert!(matches!(
            read(&path, "toinen avain"),
            Err(LedgerError::Altered { line: 1, .. })
        ));
    }

    #[test]
    fn a_ledger_emptied_or_cut_since_is_found_against_its_head() {
        let dir = tempfile::tempdir().expect("dir");
        let path = path_in(dir.path());
        let head = append(&path, KEY, &entries()).expect("appended");
        std::fs::write(&path, "").expect("emptied");
        let emptied = read(&path, KEY).expect("read");
        assert!(matches!(
            emptied.reaches(&head, &path),
            Err(LedgerError::Shorter {
                expected: 2,
                found: 0,
                ..
            })
        ));
    }

    #[test]
    fn a_line_cut_short_at_the_end_is_skipped_and_written_over_by_the_next() {
        let dir = tempfile::tempdir().expect("dir");
        let path = path_in(dir.path());
        let entries = entries();
        append(&path, KEY, &entries[..1]).expect("appended");
        let mut text = std::fs::read_to_string(&path).expect("text");
        text.push_str("{\"kind\":\"era");
        std::fs::write(&path, &text).expect("written");
        assert_eq!(read(&path, KEY).expect("read").entries.len(), 1);
        append(&path, KEY, &entries[1..]).expect("appended");
        assert_eq!(read(&path, KEY).expect("read").entries, entries);
    }
}
