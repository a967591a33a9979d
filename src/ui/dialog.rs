//! The operating system's file dialogs, as the screens ask for them: each opens over the app's
//! window, as its child (on Windows and macOS modal to it, so that it cannot fall behind the
//! window while staff go on clicking there; on Linux the desktop portal is told whose it is).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use register::save::{Existing, SaveError, file_name};

use super::native_window;

/// A dialog over the app's window (on its own before the window is known, as in the tests).
fn dialog() -> rfd::AsyncFileDialog {
    let dialog = rfd::AsyncFileDialog::new();
    match native_window::get() {
        Some(window) => dialog.set_parent(&window),
        None => dialog,
    }
}

/// Where a screen's questions about files go: the system's dialogs, or, in the UI tests, the
/// test's own answers.
#[derive(Clone, Default)]
pub struct Dialogs {
    answers: Option<Answers>,
}

/// A test's answers, one for each question the screen asks.
type Answers = Arc<dyn Fn(Question<'_>) -> Answer + Send + Sync>;

impl fmt::Debug for Dialogs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.answers {
            Some(_) => "Dialogs(answered)",
            None => "Dialogs(system)",
        })
    }
}

/// What a screen asks, as a test sees it.
#[derive(Debug, Clone, Copy)]
pub enum Question<'a> {
    /// Where to save a file, with the name suggested.
    SaveFile {
        name: &'a str,
    },
    /// Which file of `kind` to open.
    PickFile {
        kind: &'a str,
    },
    PickFolder,
    /// The letter or email a request came in.
    OpenFile,
}

/// A test's answer to a question.
#[derive(Debug, Clone)]
pub enum Answer {
    /// Where to save, which file or folder to open; `None` is Cancel.
    Path(Option<PathBuf>),
    /// The letter or email chosen, with its name.
    File(Option<(String, Vec<u8>)>),
}

impl Dialogs {
    /// The operating system's own dialogs.
    pub fn system() -> Self {
        Self::default()
    }

    /// The test's answers instead of dialogs.
    pub fn answering(answers: impl Fn(Question<'_>) -> Answer + Send + Sync + 'static) -> Self {
        Self {
            answers: Some(Arc::new(answers)),
        }
    }

    /// The test's answer; `None` when the system's dialogs answer.
    fn given(&self, question: Question<'_>) -> Option<Answer> {
        self.answers.as_ref().map(|answers| answers(question))
    }

    fn given_path(&self, question: Question<'_>) -> Option<Option<PathBuf>> {
        self.given(question).map(|answer| match answer {
            Answer::Path(path) => path,
            Answer::File(_) => None,
        })
    }

    /// Asks where to save a file, suggesting `name`; None when the user cancels.
    pub async fn save_file(&self, kind: &str, extensions: &[&str], name: &str) -> Option<PathBuf> {
        if let Some(given) = self.given_path(Question::SaveFile { name }) {
            return given;
        }
        if !super::no_dialog::dialogs_available() {
            // No dialog on this desktop: the documents folder, under a name of its own; the
            // screen tells the path, and the main window why.
            let folder = super::no_dialog::documents_folder()?;
            return Some(super::no_dialog::free_path(&folder, name));
        }
        dialog()
            .add_filter(kind, extensions)
            .set_file_name(name)
            .save_file()
            .await
            .map(|file| file.path().to_owned())
    }

    /// Asks for a file of `kind` to open; None when the user cancels.
    pub async fn pick_file(&self, kind: &str, extensions: &[&str]) -> Option<PathBuf> {
        if let Some(given) = self.given_path(Question::PickFile { kind }) {
            return given;
        }
        let file = dialog().add_filter(kind, extensions).pick_file().await?;
        Some(file.path().to_owned())
    }

    /// Asks for a folder; None when the user cancels.
    pub async fn pick_folder(&self) -> Option<PathBuf> {
        if let Some(given) = self.given_path(Question::PickFolder) {
            return given;
        }
        let folder = dialog().pick_folder().await?;
        Some(folder.path().to_owned())
    }

    /// Asks for a CSV file to read; None when the user cancels. The file is read as it is
    /// imported, not here: an export may be far larger than memory should hold.
    pub async fn pick_csv(&self) -> Option<PathBuf> {
        self.pick_file("CSV", &["csv"]).await
    }

    /// Asks for the letter or email a request came in: a scan, a photo, or an email saved as
    /// a file. None when the user cancels.
    pub async fn open_file(&self) -> Option<(String, Vec<u8>)> {
        if let Some(given) = self.given(Question::OpenFile) {
            return match given {
                Answer::File(file) => file,
                Answer::Path(_) => None,
            };
        }
        let file = dialog()
            .add_filter(
                "PDF, JPEG, PNG, EML, TXT",
                &["pdf", "jpg", "jpeg", "png", "eml", "msg", "txt"],
            )
            .pick_file()
            .await?;
        let content = file.read().await;
        Some((file.file_name(), content))
    }
}

/// Opens a stored file in the system's viewer. The copy goes into a folder of the app's own,
/// readable by the user alone, which is emptied each time the app starts.
pub fn open_in_viewer(name: &str, content: &[u8]) -> Result<PathBuf, String> {
    let folder = register::config::viewing_dir().map_err(|e| e.to_string())?;
    let path = viewer_copy(&folder, name, content)?;
    open::that_detached(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Writes the viewer's copy under a name of its own (`kirje (2).pdf` when `kirje.pdf` is
/// there): the earlier copy may still be open in a viewer, which on Windows cannot be
/// replaced, and is never overwritten under the viewer on other systems either.
fn viewer_copy(folder: &Path, name: &str, content: &[u8]) -> Result<PathBuf, String> {
    let name = file_name::safe(name);
    let mut n = 1;
    loop {
        let path = folder.join(file_name::numbered(&name, n));
        match register::save::write(&path, content, Existing::Keep) {
            Ok(()) => return Ok(path),
            Err(SaveError::Exists(_)) if n < 1000 => n += 1,
            Err(error) => return Err(error.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_viewer_copy_has_a_name_of_its_own_and_an_earlier_one_is_kept() {
        let folder = tempfile::tempdir().expect("a folder");
        let first = viewer_copy(folder.path(), "CON.pdf", b"first").expect("written");
        let second = viewer_copy(folder.path(), "CON.pdf", b"second").expect("written");
        assert_eq!(first, folder.path().join("_CON.pdf"));
        assert_eq!(second, folder.path().join("_CON (2).pdf"));
        assert_eq!(std::fs::read(&first).expect("kept"), b"first");
        assert_eq!(std::fs::read(&second).expect("written"), b"second");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&second)
                .expect("there")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
