//! Writing files so that a failure never leaves half of one under the chosen name.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::service::ServiceError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Service(Arc<ServiceError>),
    #[error("{0}")]
    File(String),
    #[error("{} exists already and is not replaced: choose another name or move it away first", .0.display())]
    Exists(PathBuf),
}

impl SaveError {
    /// The failure as the app shows it: a file that could not be written is a write error.
    pub fn into_service_error(self) -> Arc<ServiceError> {
        match self {
            SaveError::Service(failure) => failure,
            SaveError::File(reason) => Arc::new(ServiceError::FileWrite(reason)),
            SaveError::Exists(path) => {
                Arc::new(ServiceError::FileExists(path.display().to_string()))
            }
        }
    }
}

impl From<ServiceError> for SaveError {
    fn from(error: ServiceError) -> Self {
        SaveError::Service(Arc::new(error))
    }
}

/// What a save does when a file of the name exists already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Replaces it: the user chose the name in a save dialog, which asked before replacing.
    Replace,
    /// Refuses to write: nobody was asked about this name (a file written beside the chosen
    /// one, a name given on the command line).
    Keep,
}

/// Refuses, before anything is written, any of `paths` that exists already.
pub fn refuse_existing<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Result<(), SaveError> {
    match paths.into_iter().find(|path| path.exists()) {
        Some(path) => Err(SaveError::Exists(path.to_owned())),
        None => Ok(()),
    }
}

/// Writes a file as it is produced, under a temporary name beside it until it is complete, so
/// that a failure leaves neither half a file under the chosen name nor the temporary one.
pub async fn write_streamed<T>(
    path: &Path,
    existing: Existing,
    produce: impl AsyncFnOnce(&mut BufWriter<File>) -> Result<T, ServiceError>,
) -> Result<T, SaveError> {
    if existing == Existing::Keep {
        refuse_existing([path])?;
    }
    let temporary = path.with_extension("partial");
    let written = async {
        let created = File::create(&temporary).map_err(|e| file_error(path, e))?;
        let mut out = BufWriter::new(created);
        let produced = produce(&mut out).await?;
        let file = out
            .into_inner()
            .map_err(|e| file_error(path, e.into_error()))?;
        put_in_place(file, &temporary, path, existing)?;
        Ok(produced)
    }
    .await;
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Through a temporary file beside the target, so a failure never leaves half a document.
pub fn write(path: &Path, bytes: &[u8], existing: Existing) -> Result<(), SaveError> {
    if existing == Existing::Keep {
        refuse_existing([path])?;
    }
    let temporary = path.with_extension("partial");
    let written = File::create(&temporary)
        .and_then(|mut file| file.write_all(bytes).map(|()| file))
        .map_err(|e| file_error(path, e))
        .and_then(|file| put_in_place(file, &temporary, path, existing));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Gives the complete temporary file its name: its contents on the disk first, so that a
/// power cut after the rename cannot leave an empty or partial file under the name. With
/// [`Existing::Keep`] the name is claimed first, so that a file created there meanwhile is not
/// replaced either.
fn put_in_place(
    file: File,
    temporary: &Path,
    path: &Path,
    existing: Existing,
) -> Result<(), SaveError> {
    file.sync_all().map_err(|e| file_error(path, e))?;
    drop(file);
    if existing == Existing::Keep {
        match OpenOptions::new().write(true).create_new(true).open(path) {
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                return Err(SaveError::Exists(path.to_owned()));
            }
            Err(e) => return Err(file_error(path, e)),
        }
    }
    if let Err(e) = std::fs::rename(temporary, path) {
        if existing == Existing::Keep {
            let _ = std::fs::remove_file(path);
        }
        return Err(file_error(path, e));
    }
    sync_folder(path);
    Ok(())
}

/// The rename itself reaches the disk with the folder's entry (where the system allows
/// opening a folder; on Windows the rename is durable when it returns).
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = File::open(folder).and_then(|folder| folder.sync_all());
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn file_error(path: &Path, error: std::io::Error) -> SaveError {
    SaveError::File(format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_streamed_file_appears_under_its_name_only_when_complete() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("vastaanottajat.csv");
        let count = write_streamed(&path, Existing::Keep, async |out| {
            out.write_all(b"a\r\nb\r\n")
                .map_err(|e| ServiceError::FileWrite(e.to_string()))?;
            Ok(2)
        })
        .await
        .expect("written");
        assert_eq!(count, 2);
        assert_eq!(std::fs::read(&path).expect("there"), b"a\r\nb\r\n");
        assert!(!path.with_extension("partial").exists());
    }

    #[tokio::test]
    async fn a_stream_that_fails_half_way_leaves_no_file_behind() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("vastaanottajat.csv");
        let result = write_streamed(&path, Existing::Replace, async |out| {
            out.write_all(b"a\r\n")
                .map_err(|e| ServiceError::FileWrite(e.to_string()))?;
            Err::<u64, _>(ServiceError::NotFound("customer"))
        })
        .await;
        assert!(matches!(result, Err(SaveError::Service(_))), "{result:?}");
        assert!(!path.exists());
        assert!(!path.with_extension("partial").exists());
    }

    #[test]
    fn a_file_nobody_was_asked_about_is_never_replaced() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("ote.json");
        std::fs::write(&path, b"earlier").expect("there");
        let result = write(&path, b"new", Existing::Keep);
        assert!(matches!(result, Err(SaveError::Exists(_))), "{result:?}");
        assert_eq!(std::fs::read(&path).expect("kept"), b"earlier");
        assert!(!path.with_extension("partial").exists());
        write(&path, b"new", Existing::Replace).expect("replaced when chosen");
        assert_eq!(std::fs::read(&path).expect("there"), b"new");
    }
}
