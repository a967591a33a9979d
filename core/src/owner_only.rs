//! Files and folders that hold personal data, readable by the user who made them and nobody
//! else, on every system: mode `0600` (files) and `0700` (folders) on Linux and macOS, whatever
//! the umask; on Windows an access list of one entry, the user with full control, protected
//! from what the folder above would pass down (a file in a folder shared with a group, or on
//! the desktop synchronised by OneDrive, gets no group's or Everyone's entry). Files made
//! inside such a folder inherit its entry. On a Windows volume without access lists (FAT and
//! exFAT memory sticks) there is nothing to set, as no mode is on such a volume on Linux.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Opens `path` as `configure` says, creating it first readable by its owner alone if it is
/// not there. A file that exists already keeps the permissions it has.
pub fn create_or_open(path: &Path, configure: impl Fn(&mut OpenOptions)) -> io::Result<File> {
    loop {
        let mut options = OpenOptions::new();
        configure(&mut options);
        options.create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(path) {
            Ok(file) => {
                restrict(path, Kind::File)?;
                return Ok(file);
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(error),
        }
        let mut options = OpenOptions::new();
        configure(&mut options);
        match options.create(false).create_new(false).open(path) {
            // Removed between the two tries: made anew.
            Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
            opened => return opened,
        }
    }
}

/// Creates `dir` and the folders above it that are missing; `dir` itself readable by its
/// owner alone. A folder that exists already is left as it is.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    match private_dir_builder().create(dir) {
        Ok(()) => restrict(dir, Kind::Folder),
        // Made meanwhile by another instance of the app, as this one would have.
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(error) => Err(error),
    }
}

fn private_dir_builder() -> std::fs::DirBuilder {
    #[cfg(unix)]
    {
        let mut builder = std::fs::DirBuilder::new();
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
    }
    #[cfg(not(unix))]
    std::fs::DirBuilder::new()
}

/// What [`restrict`] is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    /// A folder: what is made in it later inherits the owner's entry.
    Folder,
}

/// Makes a file or folder that something else made readable by its owner alone on Windows: a
/// temporary file or folder (`tempfile` makes them `0600` and `0700` on Linux and macOS, and
/// gives them the folder's access list on Windows), or a folder moved from elsewhere (only on
/// Windows does the register's folder move). On Windows a folder's new access list reaches the
/// files already in it. Nothing is changed on Linux and macOS, where a mode set again could
/// only fail (a FAT memory stick refuses `chmod`).
pub fn restrict(path: &Path, kind: Kind) -> io::Result<()> {
    #[cfg(windows)]
    {
        windows::restrict(path, kind)
    }
    #[cfg(not(windows))]
    {
        let _ = (path, kind);
        Ok(())
    }
}

#[cfg(windows)]
mod windows;

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether only the user can reach `path`, as the system says.
    fn owner_only(path: &Path, kind: Kind) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).expect("there").permissions().mode() & 0o777;
            mode == if kind == Kind::File { 0o600 } else { 0o700 }
        }
        #[cfg(windows)]
        {
            let _ = kind;
            windows::inspect::only_the_user_has_access(path).expect("access list read")
        }
    }

    #[test]
    fn a_new_file_is_its_owners_alone_and_an_existing_one_is_opened_as_it_is() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("ankkuri.txt");
        let append = |o: &mut OpenOptions| {
            o.append(true);
        };
        {
            use std::io::Write;
            let mut file = create_or_open(&path, append).expect("created");
            file.write_all(b"1\n").expect("written");
        }
        assert!(owner_only(&path, Kind::File));
        {
            use std::io::Write;
            let mut file = create_or_open(&path, append).expect("opened");
            file.write_all(b"2\n").expect("written");
        }
        assert_eq!(std::fs::read(&path).expect("read"), b"1\n2\n");
    }

    #[test]
    fn a_new_folder_is_its_owners_alone_and_so_is_what_is_made_in_it() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let folder = dir.path().join("Äijälä työpöytä").join("data");
        create_dir_all(&folder).expect("created");
        assert!(owner_only(&folder, Kind::Folder));
        create_dir_all(&folder).expect("there already");
        let inside = folder.join("rekisteri.sqlite3");
        std::fs::write(&inside, b"").expect("written");
        #[cfg(windows)]
        assert!(owner_only(&inside, Kind::File), "inherited");
        let made = tempfile::NamedTempFile::new_in(dir.path()).expect("made");
        restrict(made.path(), Kind::File).expect("restricted");
        assert!(owner_only(made.path(), Kind::File));
    }
}
