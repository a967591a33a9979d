//! The audit chain's anchor outside the database: each verification that finds the chain intact
//! writes the head it checked (its sequence number and hash) to a file, and each later
//! verification checks that the chain still holds every head written there. Whoever can
//! rewrite every event and the head inside the database, recomputing the hashes, still cannot
//! reproduce an earlier head's hash without changing nothing before it, so the rewrite shows
//! at the anchor. The file is only as safe as where it is kept: by default in the user's data
//! folder, readable by that user alone, or wherever `--anchor` puts it (another machine, a
//! USB stick).

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use sha2::{Digest, Sha256};

use crate::config::{ConfigError, DatabaseLocation, Folder, earlier_default_file, private_folder};
use crate::db::Db;
use crate::service::audit::{self, Verification};
use crate::service::{ServiceError, Session};

/// A head of the chain as a verification found it intact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub seq: i64,
    pub hash: String,
    pub verified_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum AnchorError {
    #[error("{path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}, line {line}: not an anchor (sequence number, hash, time)")]
    Malformed { path: PathBuf, line: usize },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Service(#[from] ServiceError),
}

/// What a verification against the anchor found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchored {
    pub verification: Verification,
    /// The anchor file checked against.
    pub path: PathBuf,
    /// How many earlier heads the file held and were checked.
    pub anchors_checked: usize,
    /// Earlier heads before the chain's purge point: their events were deleted at the end of
    /// their retention period, so they are not checked (a head at the purge point itself is).
    pub anchors_purged: usize,
    /// Earlier heads that the chain no longer holds, with the hash now at their place.
    pub broken: Vec<(Anchor, Option<String>)>,
    /// The head written to the file: only when the chain and every anchor held.
    pub recorded: Option<Anchor>,
}

impl Anchored {
    pub fn holds(&self) -> bool {
        self.verification.first_broken.is_none() && self.broken.is_empty()
    }
}

/// Verifies the chain and checks it against every head in the anchor file at `path`; when
/// all holds, writes the head just verified there for the next check.
pub async fn verify(db: &Db, session: &Session, path: &Path) -> Result<Anchored, AnchorError> {
    let mut anchors = read(path)?;
    let verification = audit::verify(db, session).await?;
    let purged_through = verification.purged_through;
    let before = anchors.len();
    anchors.retain(|anchor| anchor.seq >= purged_through);
    let anchors_purged = before - anchors.len();
    let seqs: Vec<i64> = anchors.iter().map(|a| a.seq).collect();
    let now = audit::hashes_at(db, session, &seqs).await?;
    let broken: Vec<(Anchor, Option<String>)> = anchors
        .iter()
        .zip(now)
        .filter(|(anchor, (_, hash))| hash.as_deref() != Some(anchor.hash.as_str()))
        .map(|(anchor, (_, hash))| (anchor.clone(), hash))
        .collect();
    let mut anchored = Anchored {
        path: path.to_owned(),
        anchors_checked: anchors.len(),
        anchors_purged,
        broken,
        recorded: None,
        verification,
    };
    if anchored.holds()
        && let Some((seq, hash)) = anchored.verification.head.clone()
    {
        let anchor = Anchor {
            seq,
            hash,
            // As the file keeps it: to the second.
            verified_at: Utc::now().trunc_subsecs(0),
        };
        append(path, &anchor)?;
        anchored.recorded = Some(anchor);
    }
    Ok(anchored)
}

/// The anchor file of this register on this computer, in the user's data folder.
pub fn default_path(location: &DatabaseLocation) -> Result<PathBuf, AnchorError> {
    let dir = private_folder(Folder::Data, Some("audit-anchors"))?;
    let earlier = earlier_default_file(location).map(DatabaseLocation::Sqlite);
    Ok(anchor_in(&dir, location, earlier.as_ref()))
}

/// One anchor file per register, named by a digest of where the register is: its server
/// without the password, or its file's canonical path, so that one file reached by several
/// paths (`C:\Rekisteri` and `c:/rekisteri` on Windows, a relative path, a symbolic link) is
/// one register. An anchor an earlier version named after the path as given, or after where
/// the register was before it moved (`earlier`), is renamed.
fn anchor_in(
    dir: &Path,
    location: &DatabaseLocation,
    earlier: Option<&DatabaseLocation>,
) -> PathBuf {
    let named = |place: &str| {
        let digest = hex::encode(Sha256::digest(place.as_bytes()));
        dir.join(format!("{}.txt", &digest[..16]))
    };
    let given = named(&location.describe());
    let canonical = match location {
        DatabaseLocation::Sqlite(path) => match std::fs::canonicalize(path) {
            Ok(path) => named(&path.display().to_string()),
            Err(_) => return given,
        },
        DatabaseLocation::Postgres(_) => return given,
    };
    if !canonical.exists() {
        let older = std::iter::once(given)
            .chain(earlier.map(|earlier| named(&earlier.describe())))
            .find(|older| *older != canonical && older.exists());
        if let Some(older) = older {
            // If this fails, the anchor is begun anew under the canonical name.
            let _ = std::fs::rename(&older, &canonical);
        }
    }
    canonical
}

/// Every anchor in the file, oldest first; none when there is no file yet.
pub fn read(path: &Path) -> Result<Vec<Anchor>, AnchorError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(AnchorError::File {
                path: path.to_owned(),
                source,
            });
        }
    };
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(at, line)| {
            parse(line).ok_or_else(|| AnchorError::Malformed {
                path: path.to_owned(),
                line: at + 1,
            })
        })
        .collect()
}

fn parse(line: &str) -> Option<Anchor> {
    let mut parts = line.split_whitespace();
    let seq = parts.next()?.parse().ok()?;
    let hash = parts.next()?;
    let valid_hash = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
    let verified_at = DateTime::parse_from_rfc3339(parts.next()?).ok()?;
    (valid_hash && parts.next().is_none()).then(|| Anchor {
        seq,
        hash: hash.to_owned(),
        verified_at: verified_at.with_timezone(&Utc),
    })
}

/// Adds the head just verified to the end of the file, creating it readable by its owner
/// alone, and makes sure the line is on the disk.
pub fn append(path: &Path, anchor: &Anchor) -> Result<(), AnchorError> {
    let file_error = |source| AnchorError::File {
        path: path.to_owned(),
        source,
    };
    let mut file = crate::owner_only::create_or_open(path, |options| {
        options.append(true);
    })
    .map_err(file_error)?;
    let at = anchor
        .verified_at
        .to_rfc3339_opts(SecondsFormat::Secs, true);
    writeln!(file, "{} {} {at}", anchor.seq, anchor.hash).map_err(file_error)?;
    file.sync_all().map_err(file_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_read_back_as_written_and_a_missing_file_holds_none() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("anchor.txt");
        assert_eq!(read(&path).expect("no file yet"), []);
        let anchor = Anchor {
            seq: 42,
            hash: "ab".repeat(32),
            verified_at: DateTime::parse_from_rfc3339("2026-11-29T12:00:00Z")
                .expect("time")
                .with_timezone(&Utc),
        };
        append(&path, &anchor).expect("written");
        append(&path, &anchor).expect("written again");
        assert_eq!(read(&path).expect("read"), [anchor.clone(), anchor]);
    }

    #[test]
    fn one_register_reached_by_several_paths_has_one_anchor() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let anchors = dir.path().join("audit-anchors");
        std::fs::create_dir(&anchors).expect("created");
        let folder = dir.path().join("Rekisteri");
        std::fs::create_dir(&folder).expect("created");
        let file = folder.join("r.sqlite3");
        std::fs::write(&file, b"").expect("written");
        let at = |path: PathBuf| anchor_in(&anchors, &DatabaseLocation::Sqlite(path), None);

        let direct = at(file.clone());
        assert_eq!(at(folder.join("../Rekisteri/./r.sqlite3")), direct);
        #[cfg(unix)]
        {
            let link = dir.path().join("linkki");
            std::os::unix::fs::symlink(&folder, &link).expect("linked");
            assert_eq!(at(link.join("r.sqlite3")), direct);
        }
        let other = folder.join("toinen.sqlite3");
        std::fs::write(&other, b"").expect("written");
        assert_ne!(at(other), direct);
    }

    #[test]
    fn an_anchor_named_after_the_path_as_given_is_kept() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let folder = dir.path().join("Rekisteri");
        std::fs::create_dir(&folder).expect("created");
        std::fs::write(folder.join("r.sqlite3"), b"").expect("written");
        let given = DatabaseLocation::Sqlite(folder.join("../Rekisteri/r.sqlite3"));
        let old = anchor_named_as_before(dir.path(), &given);

        let new = anchor_in(dir.path(), &given, None);
        assert_ne!(new, old);
        assert_eq!(
            std::fs::read_to_string(&new).expect("moved"),
            "12 anchor line\n"
        );
        assert!(!old.exists());
    }

    /// An anchor file under the name an earlier version gave it: the digest of `location` as
    /// described.
    fn anchor_named_as_before(dir: &Path, location: &DatabaseLocation) -> PathBuf {
        let digest = hex::encode(Sha256::digest(location.describe().as_bytes()));
        let path = dir.join(format!("{}.txt", &digest[..16]));
        std::fs::write(&path, "12 anchor line\n").expect("written");
        path
    }

    #[test]
    fn the_anchor_of_a_register_moved_by_the_app_goes_with_it() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let folder = dir.path().join("Local");
        std::fs::create_dir(&folder).expect("created");
        std::fs::write(folder.join("r.sqlite3"), b"").expect("written");
        let earlier = DatabaseLocation::Sqlite(dir.path().join("Roaming/r.sqlite3"));
        let old = anchor_named_as_before(dir.path(), &earlier);

        let now = DatabaseLocation::Sqlite(folder.join("r.sqlite3"));
        let new = anchor_in(dir.path(), &now, Some(&earlier));
        assert_eq!(
            std::fs::read_to_string(&new).expect("moved"),
            "12 anchor line\n"
        );
        assert!(!old.exists());
    }

    #[test]
    fn a_line_that_is_not_an_anchor_is_named() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("anchor.txt");
        std::fs::write(&path, "12 notahash 2026-11-29T12:00:00Z\n").expect("written");
        assert!(matches!(
            read(&path),
            Err(AnchorError::Malformed { line: 1, .. })
        ));
    }
}
