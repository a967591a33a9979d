//! Setting a file's or a folder's modification time, as the tests of leftovers and of file
//! dates need, on every system: Windows opens a folder only with backup semantics and changes
//! a time only through a handle opened for writing.

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::time::SystemTime;

/// Gives `path` (a file or a folder) the modification time `modified`.
pub fn set_modified(path: &Path, modified: SystemTime) -> std::io::Result<()> {
    open_for_times(path)?.set_modified(modified)
}

fn open_for_times(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    #[cfg(windows)]
    {
        /// FILE_FLAG_BACKUP_SEMANTICS: without it a folder cannot be opened.
        const BACKUP_SEMANTICS: u32 = 0x0200_0000;
        std::os::windows::fs::OpenOptionsExt::custom_flags(&mut options, BACKUP_SEMANTICS);
        options.write(true);
    }
    #[cfg(not(windows))]
    {
        // A folder cannot be opened for writing here; the owner may change its times anyway.
        options.read(true);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_and_a_folder_are_dated_back() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let file = dir.path().join("tiedosto.txt");
        std::fs::write(&file, b"x").expect("written");
        let folder = dir.path().join("kansio");
        std::fs::create_dir(&folder).expect("made");
        let yesterday = SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
        for path in [&file, &folder] {
            set_modified(path, yesterday).expect("dated");
            let modified = std::fs::metadata(path)
                .expect("there")
                .modified()
                .expect("a time");
            assert_eq!(modified, yesterday, "{}", path.display());
        }
    }
}
