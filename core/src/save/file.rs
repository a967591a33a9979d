//! Writing files so that a failure never leaves half of one under the chosen name.

use std::fs::File;
use std::io::{BufWriter, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use tempfile::NamedTempFile;

use crate::service::ServiceError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Service(ServiceError),
    #[error("{0}")]
    File(String),
    #[error("{} exists already and is not replaced: choose another name or move it away first", .0.display())]
    Exists(PathBuf),
    #[error("{} could not be replaced: another program has it open (close it there and save again), or the folder may not be written to", .0.display())]
    InUse(PathBuf),
}

impl SaveError {
    /// The failure as the app shows it: a file that could not be written is a write error.
    pub fn into_service_error(self) -> ServiceError {
        match self {
            SaveError::Service(failure) => failure,
            SaveError::File(reason) => ServiceError::FileWrite(reason),
            SaveError::Exists(path) => ServiceError::FileExists(path.display().to_string()),
            SaveError::InUse(path) => ServiceError::FileInUse(path.display().to_string()),
        }
    }
}

impl From<ServiceError> for SaveError {
    fn from(error: ServiceError) -> Self {
        SaveError::Service(error)
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

/// A file written in full under a temporary name beside its target, and on the disk, waiting
/// to be given its name. The temporary file is made exclusively, with a name nobody can guess
/// or have prepared (no link followed, nothing overwritten) and readable by the user alone; it
/// is removed if it is never placed.
pub struct Staged {
    temporary: NamedTempFile,
    path: PathBuf,
    existing: Existing,
}

/// A file given its name by [`Staged::place`]: removed again by [`Placed::withdraw`] when what
/// it was written for does not happen after all.
#[derive(Debug)]
pub struct Placed(PathBuf);

impl Placed {
    /// Removes the file again.
    pub fn withdraw(self) {
        let _ = std::fs::remove_file(&self.0);
        sync_folder(&self.0);
    }
}

/// Writes `bytes` for `path` under a temporary name; refused at once when `path` is taken and
/// nobody was asked about replacing it.
pub fn stage(path: &Path, bytes: &[u8], existing: Existing) -> Result<Staged, SaveError> {
    let mut staged = Staged::begin(path, existing)?;
    staged
        .temporary
        .write_all(bytes)
        .map_err(|e| file_error(path, e))?;
    staged.finish()
}

/// As [`stage`], the file written as it is produced.
pub async fn stage_streamed<T>(
    path: &Path,
    existing: Existing,
    produce: impl AsyncFnOnce(&mut BufWriter<&File>) -> Result<T, ServiceError>,
) -> Result<(Staged, T), SaveError> {
    let staged = Staged::begin(path, existing)?;
    let produced = {
        let mut out = BufWriter::new(staged.temporary.as_file());
        let produced = produce(&mut out).await?;
        out.flush().map_err(|e| file_error(path, e))?;
        produced
    };
    Ok((staged.finish()?, produced))
}

impl Staged {
    fn begin(path: &Path, existing: Existing) -> Result<Self, SaveError> {
        if existing == Existing::Keep {
            refuse_existing([path])?;
        }
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let temporary = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".partial")
            .tempfile_in(folder)
            .map_err(|e| file_error(path, e))?;
        // Made readable by the user alone on Linux and macOS; so on Windows too, before a
        // byte is written (a desktop or a shared folder passes down wider access).
        crate::owner_only::restrict(temporary.path(), crate::owner_only::Kind::File)
            .map_err(|e| file_error(path, e))?;
        Ok(Self {
            temporary,
            path: path.to_owned(),
            existing,
        })
    }

    /// Its contents on the disk first, so that a power cut after the rename cannot leave an
    /// empty or partial file under the name.
    fn finish(self) -> Result<Self, SaveError> {
        self.temporary
            .as_file()
            .sync_all()
            .map_err(|e| file_error(&self.path, e))?;
        Ok(self)
    }

    /// Gives the file its name. With [`Existing::Keep`] a file that appeared there meanwhile
    /// is not replaced either.
    pub fn place(self) -> Result<Placed, SaveError> {
        let Staged {
            temporary,
            path,
            existing,
        } = self;
        let placed = again_while_busy(temporary, BUSY_TRIES, BUSY_PAUSE, is_busy, |temporary| {
            match existing {
                Existing::Replace => temporary.persist(&path),
                Existing::Keep => temporary.persist_noclobber(&path),
            }
            .map_err(|e| (e.file, e.error))
        });
        match placed {
            Ok(_) => {
                sync_folder(&path);
                Ok(Placed(path))
            }
            Err(Failed::Busy) => Err(SaveError::InUse(path)),
            Err(Failed::Other(e)) if e.kind() == ErrorKind::AlreadyExists => {
                Err(SaveError::Exists(path))
            }
            Err(Failed::Other(e)) => Err(file_error(&path, e)),
        }
    }
}

/// Windows refuses to replace a file that another program has open (a PDF reader, Excel) and,
/// for a moment, one that an antivirus scanner or OneDrive is reading: a save tries again for
/// about two seconds before it says which file to close.
const BUSY_TRIES: u32 = 20;
const BUSY_PAUSE: Duration = Duration::from_millis(100);

/// Whether an error is a file held open by another program (on Windows: a sharing or lock
/// violation, or the access denied that replacing an open file gets). Nothing is on Linux and
/// macOS, where a file open elsewhere can be replaced.
fn is_busy(error: &std::io::Error) -> bool {
    #[cfg(windows)]
    {
        const ACCESS_DENIED: i32 = 5;
        const SHARING_VIOLATION: i32 = 32;
        const LOCK_VIOLATION: i32 = 33;
        matches!(
            error.raw_os_error(),
            Some(ACCESS_DENIED | SHARING_VIOLATION | LOCK_VIOLATION)
        )
    }
    #[cfg(not(windows))]
    {
        let _ = error;
        false
    }
}

#[derive(Debug)]
enum Failed {
    /// Still busy after every try.
    Busy,
    Other(std::io::Error),
}

/// Runs `attempt` on `value` until it succeeds, fails otherwise than `busy`, or has been tried
/// `tries` times `pause` apart. A failed attempt gives its value back for the next.
fn again_while_busy<V, T>(
    mut value: V,
    tries: u32,
    pause: Duration,
    busy: impl Fn(&std::io::Error) -> bool,
    mut attempt: impl FnMut(V) -> Result<T, (V, std::io::Error)>,
) -> Result<T, Failed> {
    let mut tried = 0;
    loop {
        tried += 1;
        match attempt(value) {
            Ok(done) => return Ok(done),
            Err((_, error)) if !busy(&error) => return Err(Failed::Other(error)),
            Err(_) if tried >= tries => return Err(Failed::Busy),
            Err((back, _)) => {
                value = back;
                std::thread::sleep(pause);
            }
        }
    }
}

/// Places every file, or none: should one fail, those already placed are removed again.
pub fn place_all(staged: Vec<Staged>) -> Result<Vec<Placed>, SaveError> {
    let mut placed = Vec::with_capacity(staged.len());
    for file in staged {
        match file.place() {
            Ok(done) => placed.push(done),
            Err(error) => {
                placed.into_iter().for_each(Placed::withdraw);
                return Err(error);
            }
        }
    }
    Ok(placed)
}

/// Writes a file as it is produced, under a temporary name beside it until it is complete, so
/// that a failure leaves neither half a file under the chosen name nor the temporary one.
pub async fn write_streamed<T>(
    path: &Path,
    existing: Existing,
    produce: impl AsyncFnOnce(&mut BufWriter<&File>) -> Result<T, ServiceError>,
) -> Result<T, SaveError> {
    let (staged, produced) = stage_streamed(path, existing, produce).await?;
    staged.place()?;
    Ok(produced)
}

/// Through a temporary file beside the target, so a failure never leaves half a document.
pub fn write(path: &Path, bytes: &[u8], existing: Existing) -> Result<(), SaveError> {
    stage(path, bytes, existing)?.place().map(|_| ())
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

    /// Files in `dir` other than the ones a test wrote on purpose: temporaries left behind.
    fn leftovers(dir: &Path) -> usize {
        std::fs::read_dir(dir)
            .expect("listed")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
            .count()
    }

    #[cfg(unix)]
    #[test]
    fn a_file_prepared_under_the_old_temporary_name_is_neither_followed_nor_replaced() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"mine").expect("there");
        let path = dir.path().join("ote.pdf");
        std::os::unix::fs::symlink(&victim, dir.path().join("ote.partial")).expect("linked");
        write(&path, b"%PDF", Existing::Keep).expect("written");
        assert_eq!(std::fs::read(&victim).expect("there"), b"mine");
        assert!(
            !std::fs::symlink_metadata(&path)
                .expect("there")
                .is_symlink()
        );
        assert_eq!(std::fs::read(&path).expect("there"), b"%PDF");
    }

    #[cfg(unix)]
    #[test]
    fn a_saved_file_is_readable_by_its_owner_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("ote.json");
        write(&path, b"{}", Existing::Keep).expect("written");
        let mode = std::fs::metadata(&path)
            .expect("there")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_file_busy_for_a_moment_is_placed_and_one_held_open_is_named() {
        let busy = |e: &std::io::Error| e.kind() == ErrorKind::ResourceBusy;
        let held = || std::io::Error::from(ErrorKind::ResourceBusy);
        let pause = Duration::from_millis(1);
        let mut calls = 0;
        let placed = again_while_busy(0, 5, pause, busy, |tries| {
            calls += 1;
            if tries < 2 {
                Err((tries + 1, held()))
            } else {
                Ok(tries)
            }
        });
        assert_eq!(placed.ok(), Some(2));
        assert_eq!(calls, 3);

        calls = 0;
        let never = again_while_busy((), 5, pause, busy, |()| {
            calls += 1;
            Err::<(), _>(((), held()))
        });
        assert!(matches!(never, Err(Failed::Busy)));
        assert_eq!(calls, 5);

        let refused = again_while_busy((), 5, pause, busy, |()| {
            Err::<(), _>(((), std::io::Error::from(ErrorKind::PermissionDenied)))
        });
        assert!(matches!(refused, Err(Failed::Other(_))), "not tried again");
    }

    #[test]
    fn placing_all_places_none_when_one_cannot_be_placed() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let first = dir.path().join("ote.pdf");
        let second = dir.path().join("ote.json");
        let staged = vec![
            stage(&first, b"%PDF", Existing::Keep).expect("staged"),
            stage(&second, b"{}", Existing::Keep).expect("staged"),
        ];
        std::fs::write(&second, b"appeared meanwhile").expect("there");
        let result = place_all(staged);
        assert!(matches!(result, Err(SaveError::Exists(_))), "{result:?}");
        assert!(!first.exists(), "the first is withdrawn");
        assert_eq!(std::fs::read(&second).expect("kept"), b"appeared meanwhile");
        assert_eq!(leftovers(dir.path()), 0);
    }

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
        assert_eq!(leftovers(dir.path()), 0);
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
        assert_eq!(leftovers(dir.path()), 0);
    }

    #[test]
    fn a_file_nobody_was_asked_about_is_never_replaced() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("ote.json");
        std::fs::write(&path, b"earlier").expect("there");
        let result = write(&path, b"new", Existing::Keep);
        assert!(matches!(result, Err(SaveError::Exists(_))), "{result:?}");
        assert_eq!(std::fs::read(&path).expect("kept"), b"earlier");
        assert_eq!(leftovers(dir.path()), 0);
        write(&path, b"new", Existing::Replace).expect("replaced when chosen");
        assert_eq!(std::fs::read(&path).expect("there"), b"new");
    }
}
