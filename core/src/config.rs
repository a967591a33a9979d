//! Where the register is: a SQLite file in the platform's data directory by default, or a
//! PostgreSQL server shared by several workstations.

use std::path::{Path, PathBuf};

use crate::owner_only;

use directories::ProjectDirs;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseLocation {
    Sqlite(PathBuf),
    Postgres(String),
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("unsupported database URL {0:?}: use sqlite://FILE or postgres://USER@HOST/DATABASE")]
    UnsupportedUrl(String),
    #[error("no data directory for this user account; give the database with --database")]
    NoDataDirectory,
    #[error("cannot create the data directory {path}: {source}")]
    DataDirectory {
        path: PathBuf,
        source: std::io::Error,
    },
}

const FILE_NAME: &str = "asiakasrekisteri.sqlite3";

/// The app's reverse-DNS id: the macOS bundle's identifier and its data folder's name, the
/// Linux desktop entry's, the Windows installer's uninstall key.
pub const APP_ID: &str = "fi.ompelijanparatiisi.Asiakasrekisteri";

/// A folder given here holds the app's data (and its cache, in `cache` inside) instead of the
/// system's place for it: for a register kept elsewhere by the user's choice, and for tests on
/// every system (Windows takes its folders from the system, not from `HOME`).
pub const DATA_DIR_VARIABLE: &str = "ASIAKASREKISTERI_DATA_DIR";

impl DatabaseLocation {
    /// `None` means the default: the SQLite file in the platform data directory.
    pub fn resolve(url: Option<&str>) -> Result<Self, ConfigError> {
        match url.map(str::trim).filter(|u| !u.is_empty()) {
            Some(url) => Self::from_url(url),
            None => Self::default_sqlite(),
        }
    }

    pub fn from_url(url: &str) -> Result<Self, ConfigError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .map(|rest| rest.split('?').next().unwrap_or(rest))
            .filter(|path| !path.is_empty() && *path != ":memory:")
            .ok_or_else(|| ConfigError::UnsupportedUrl(url.to_owned()))?;
        Ok(Self::Sqlite(file_path(path, cfg!(windows))))
    }

    /// Linux: ~/.local/share/asiakasrekisteri; macOS: ~/Library/Application Support/
    /// fi.ompelijanparatiisi.Asiakasrekisteri; Windows: %LOCALAPPDATA%\Ompelijan paratiisi\
    /// Asiakasrekisteri\data; or the folder [`DATA_DIR_VARIABLE`] names.
    fn default_sqlite() -> Result<Self, ConfigError> {
        let dir = private_folder(Folder::Data, None)?;
        Ok(Self::Sqlite(dir.join(FILE_NAME)))
    }

    /// Whether the location carries a password (a PostgreSQL URL's `user:password@`).
    pub fn has_password(&self) -> bool {
        match self {
            Self::Sqlite(_) => false,
            Self::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(scheme_end), Some(at)) if at > scheme_end => url[scheme_end + 3..at]
                    .split_once(':')
                    .is_some_and(|(_, password)| !password.is_empty()),
                _ => false,
            },
        }
    }

    /// For messages: the file path, or the server URL without its password.
    pub fn describe(&self) -> String {
        match self {
            Self::Sqlite(path) => path.display().to_string(),
            Self::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(scheme_end), Some(at)) if at > scheme_end => {
                    let credentials = &url[scheme_end + 3..at];
                    let user = credentials.split(':').next().unwrap_or_default();
                    format!("{}{user}@{}", &url[..scheme_end + 3], &url[at + 1..])
                }
                _ => url.clone(),
            },
        }
    }
}

/// Where letters opened from requests are put for the system's viewer: a folder readable by
/// the user alone, in the platform's cache directory.
pub fn viewing_dir() -> Result<PathBuf, ConfigError> {
    private_folder(Folder::Cache, Some("avatut"))
}

pub(crate) enum Folder {
    Data,
    Cache,
}

/// The app's data or cache folder of the platform, or a folder in it, created readable by
/// its owner alone.
pub(crate) fn private_folder(kind: Folder, name: Option<&str>) -> Result<PathBuf, ConfigError> {
    let folders = folders().ok_or(ConfigError::NoDataDirectory)?;
    let base = match kind {
        Folder::Data => match &folders.earlier_data {
            Some(earlier) => data_folder_moved(earlier, &folders.data),
            None => folders.data,
        },
        Folder::Cache => folders.cache,
    };
    let dir = match name {
        Some(name) => base.join(name),
        None => base,
    };
    owner_only::create_dir_all(&dir).map_err(|source| ConfigError::DataDirectory {
        path: dir.clone(),
        source,
    })?;
    Ok(dir)
}

/// Where the app keeps its data and its cache for this user on this system, and where an
/// earlier version kept the data when that was elsewhere.
struct Folders {
    data: PathBuf,
    earlier_data: Option<PathBuf>,
    cache: PathBuf,
}

fn folders() -> Option<Folders> {
    if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|dir| !dir.is_empty()) {
        let data = PathBuf::from(dir);
        return Some(Folders {
            cache: data.join("cache"),
            data,
            earlier_data: None,
        });
    }
    let dirs = ProjectDirs::from("fi", "Ompelijan paratiisi", "Asiakasrekisteri")?;
    let earlier = dirs.data_dir().to_owned();
    // macOS names the folders after the bundle's identifier (earlier versions used the one
    // `directories` makes of the organisation's name, fi.Ompelijan-paratiisi.Asiakasrekisteri).
    #[cfg(target_os = "macos")]
    let (data, cache) = {
        let base = directories::BaseDirs::new()?;
        (base.data_dir().join(APP_ID), base.cache_dir().join(APP_ID))
    };
    // Windows keeps the data in the local, not the roaming, folder (see `data_folder_moved`).
    #[cfg(not(target_os = "macos"))]
    let (data, cache) = (
        dirs.data_local_dir().to_owned(),
        dirs.cache_dir().to_owned(),
    );
    Some(Folders {
        earlier_data: (earlier != data).then_some(earlier),
        data,
        cache,
    })
}

/// Where an earlier version kept the default register, when that is not where it is now (the
/// roaming folder on Windows, the folder of another name on macOS): what was named after its
/// path then, its audit anchor, is found by it.
pub(crate) fn earlier_default_file(location: &DatabaseLocation) -> Option<PathBuf> {
    let folders = folders()?;
    earlier_file(location, folders.earlier_data.as_deref()?, &folders.data)
}

fn earlier_file(location: &DatabaseLocation, earlier: &Path, now: &Path) -> Option<PathBuf> {
    match location {
        DatabaseLocation::Sqlite(path) if earlier != now && *path == now.join(FILE_NAME) => {
            Some(earlier.join(FILE_NAME))
        }
        _ => None,
    }
}

/// The data folder where it is now, moved there from where an earlier version kept it the
/// first time it is needed. On Windows that is `%LOCALAPPDATA%`: the roaming `%APPDATA%` may
/// be kept on a network share, where SQLite's locking cannot be trusted, and is copied to and
/// fro at every sign-in. On macOS the folder is named after the bundle's identifier. A folder
/// on one volume is renamed in one step; when that cannot be done (the earlier folder on
/// another volume, or a file in it open), the register is used where it is, unless another
/// instance of the app moved it meanwhile.
fn data_folder_moved(earlier: &Path, now: &Path) -> PathBuf {
    if earlier != now && !now.exists() && earlier.exists() {
        if let Some(parent) = now.parent() {
            let _ = owner_only::create_dir_all(parent);
        }
        match std::fs::rename(earlier, now) {
            // A folder keeps the access list it had where it was made.
            Ok(()) => {
                let _ = owner_only::restrict(now, owner_only::Kind::Folder);
            }
            Err(_) if !now.exists() => return earlier.to_owned(),
            Err(_) => {}
        }
    }
    now.to_owned()
}

/// The file a `sqlite:` URL's path names. On Windows a drive letter may follow the URL's
/// slash, as in file URLs (`sqlite:///C:/Rekisteri/…`); a path with backslashes
/// (`sqlite://C:\Rekisteri\…`) or a network share's (`sqlite://\\palvelin\…`) is taken as
/// it is.
fn file_path(path: &str, windows: bool) -> PathBuf {
    match path.as_bytes() {
        [b'/', drive, b':', ..] if windows && drive.is_ascii_alphabetic() => {
            PathBuf::from(&path[1..])
        }
        _ => PathBuf::from(path),
    }
}

/// Empties the folder of opened letters: a copy is not kept longer than the session it was
/// opened in. Called when the app starts.
pub fn clear_viewing_dir() {
    if let Ok(dir) = viewing_dir()
        && let Ok(entries) = std::fs::read_dir(&dir)
    {
        for entry in entries.flatten() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_postgres_url_is_seen() {
        let with = DatabaseLocation::from_url("postgres://rekisteri:salainen@palvelin/db");
        assert!(with.expect("a URL").has_password());
        let without = DatabaseLocation::from_url("postgres://rekisteri@palvelin/db");
        assert!(!without.expect("a URL").has_password());
        let empty = DatabaseLocation::from_url("postgresql://rekisteri:@palvelin/db");
        assert!(!empty.expect("a URL").has_password());
    }

    #[test]
    fn sqlite_and_postgres_urls_are_recognised() {
        assert_eq!(
            DatabaseLocation::from_url("sqlite:///tmp/r.db?mode=rwc").ok(),
            Some(DatabaseLocation::Sqlite(PathBuf::from("/tmp/r.db")))
        );
        assert_eq!(
            DatabaseLocation::from_url("postgres://u@h/db").ok(),
            Some(DatabaseLocation::Postgres("postgres://u@h/db".into()))
        );
        assert!(DatabaseLocation::from_url("mysql://h/db").is_err());
        assert!(DatabaseLocation::from_url("sqlite::memory:").is_err());
    }

    #[test]
    fn a_windows_drive_letter_after_the_urls_slash_is_the_path() {
        assert_eq!(
            file_path("/C:/Työ kansio/r.sqlite3", true),
            Path::new("C:/Työ kansio/r.sqlite3")
        );
        assert_eq!(
            file_path("C:\\Työ kansio\\r.sqlite3", true),
            Path::new("C:\\Työ kansio\\r.sqlite3")
        );
        assert_eq!(
            file_path("\\\\palvelin\\jako\\r.sqlite3", true),
            Path::new("\\\\palvelin\\jako\\r.sqlite3")
        );
        assert_eq!(file_path("/C:/x", false), Path::new("/C:/x"));
        assert_eq!(
            file_path("/tmp/r.sqlite3", true),
            Path::new("/tmp/r.sqlite3")
        );
    }

    #[test]
    fn a_register_in_the_roaming_folder_moves_to_the_local_one() {
        let home = tempfile::tempdir().expect("a folder");
        let roaming = home
            .path()
            .join("Roaming/Ompelijan paratiisi/Asiakasrekisteri/data");
        let local = home
            .path()
            .join("Local/Ompelijan paratiisi/Asiakasrekisteri/data");
        std::fs::create_dir_all(roaming.join("audit-anchors")).expect("created");
        std::fs::write(roaming.join(FILE_NAME), b"register").expect("written");
        std::fs::write(roaming.join("audit-anchors/a.anchor"), b"anchor").expect("written");

        assert_eq!(data_folder_moved(&roaming, &local), local);
        assert_eq!(
            std::fs::read(local.join(FILE_NAME)).expect("moved"),
            b"register"
        );
        assert_eq!(
            std::fs::read(local.join("audit-anchors/a.anchor")).expect("moved"),
            b"anchor"
        );
        assert!(!roaming.exists());

        // Once moved, a roaming folder made again (an old version run once more) is left alone.
        std::fs::create_dir_all(&roaming).expect("created");
        std::fs::write(roaming.join(FILE_NAME), b"older").expect("written");
        assert_eq!(data_folder_moved(&roaming, &local), local);
        assert_eq!(
            std::fs::read(local.join(FILE_NAME)).expect("kept"),
            b"register"
        );
    }

    #[test]
    fn only_the_default_register_moved_from_the_roaming_folder_had_an_earlier_place() {
        let roaming = Path::new("C:/Users/a/AppData/Roaming/O/A/data");
        let local = Path::new("C:/Users/a/AppData/Local/O/A/data");
        let default = DatabaseLocation::Sqlite(local.join(FILE_NAME));
        assert_eq!(
            earlier_file(&default, roaming, local),
            Some(roaming.join(FILE_NAME))
        );
        let other = DatabaseLocation::Sqlite(local.join("toinen.sqlite3"));
        assert_eq!(earlier_file(&other, roaming, local), None);
        assert_eq!(earlier_file(&default, local, local), None);
        let server = DatabaseLocation::Postgres("postgres://u@h/db".into());
        assert_eq!(earlier_file(&server, roaming, local), None);
    }

    #[test]
    fn a_register_that_cannot_be_moved_is_used_where_it_is() {
        let home = tempfile::tempdir().expect("a folder");
        let roaming = home.path().join("Roaming/data");
        std::fs::create_dir_all(&roaming).expect("created");
        std::fs::write(roaming.join(FILE_NAME), b"register").expect("written");
        // The local folder's parent is a file: the rename fails, as across volumes.
        std::fs::write(home.path().join("Local"), b"not a folder").expect("written");
        let local = home.path().join("Local/data");

        assert_eq!(data_folder_moved(&roaming, &local), roaming);
        assert_eq!(
            std::fs::read(roaming.join(FILE_NAME)).expect("kept"),
            b"register"
        );
    }

    #[test]
    fn description_hides_the_password() {
        let location =
            DatabaseLocation::Postgres("postgres://app:salainen@db.local/rekisteri".into());
        assert_eq!(location.describe(), "postgres://app@db.local/rekisteri");
    }
}
