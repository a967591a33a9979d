//! Where the desktop cannot show a file dialog. On Linux, rfd asks the desktop portal
//! (xdg-desktop-portal with a backend that has a file chooser) and falls back to zenity; with
//! neither, it answers as if staff had cancelled, and a save would do nothing and say nothing.
//! The app looks for them as it starts: without them, files to save go to the user's documents
//! folder under a name of their own, the screen tells the path, and the main window says why.
//! Windows and macOS always have their own dialogs.

use std::path::{Path, PathBuf};

use register::save::file_name;

/// Whether a file dialog can be shown on this desktop.
pub fn dialogs_available() -> bool {
    if cfg!(target_os = "linux") {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        linux_can_show(
            std::env::var_os("PATH").as_deref(),
            bus,
            Path::new("/usr/share/xdg-desktop-portal/portals"),
        )
    } else {
        true
    }
}

/// zenity on the path, or a session bus and an installed portal backend with a file chooser.
fn linux_can_show(path: Option<&std::ffi::OsStr>, bus: bool, portals: &Path) -> bool {
    let zenity = path
        .is_some_and(|path| std::env::split_paths(path).any(|dir| dir.join("zenity").is_file()));
    let chooser = || {
        std::fs::read_dir(portals).is_ok_and(|entries| {
            entries.flatten().any(|entry| {
                std::fs::read_to_string(entry.path())
                    .is_ok_and(|text| text.contains("org.freedesktop.impl.portal.FileChooser"))
            })
        })
    };
    zenity || (bus && chooser())
}

/// The user's documents folder (their home folder when the desktop names none).
pub fn documents_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .unwrap_or_else(|| dirs.home_dir())
            .to_owned(),
    )
}

/// Where a file named `name` is saved in `folder` without replacing one already there:
/// `rekisteriote.pdf`, then `rekisteriote (2).pdf`.
pub fn free_path(folder: &Path, name: &str) -> PathBuf {
    let name = file_name::safe(name);
    (1..1000)
        .map(|n| folder.join(file_name::numbered(&name, n)))
        .find(|path| !path.exists())
        .unwrap_or_else(|| folder.join(file_name::numbered(&name, 1000)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zenity_or_a_portal_with_a_file_chooser_can_show_a_dialog() {
        let root = tempfile::tempdir().expect("a folder");
        let bin = root.path().join("bin");
        let portals = root.path().join("portals");
        std::fs::create_dir_all(&bin).expect("bin");
        std::fs::create_dir_all(&portals).expect("portals");
        let path = std::env::join_paths([&bin]).expect("a path");
        assert!(
            !linux_can_show(Some(&path), true, &portals),
            "nothing installed"
        );
        std::fs::write(
            portals.join("gtk.portal"),
            "[portal]\nInterfaces=org.freedesktop.impl.portal.FileChooser;\n",
        )
        .expect("written");
        assert!(linux_can_show(Some(&path), true, &portals), "a portal");
        assert!(
            !linux_can_show(Some(&path), false, &portals),
            "a portal needs the session bus"
        );
        std::fs::write(bin.join("zenity"), "").expect("written");
        assert!(linux_can_show(Some(&path), false, &portals), "zenity");
    }

    #[test]
    fn a_file_saved_without_a_dialog_replaces_nothing() {
        let folder = tempfile::tempdir().expect("a folder");
        let first = free_path(folder.path(), "rekisteriote.pdf");
        assert_eq!(first, folder.path().join("rekisteriote.pdf"));
        std::fs::write(&first, b"x").expect("written");
        assert_eq!(
            free_path(folder.path(), "rekisteriote.pdf"),
            folder.path().join("rekisteriote (2).pdf")
        );
    }
}
