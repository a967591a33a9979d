//! The operating system's file dialogs, as the screens ask for them.

use std::path::PathBuf;

/// Asks where to save a file, suggesting `name`; None when the user cancels.
pub async fn save_file(kind: &str, extensions: &[&str], name: &str) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .add_filter(kind, extensions)
        .set_file_name(name)
        .save_file()
        .await
        .map(|file| file.path().to_owned())
}

/// Asks for a file of `kind` to open; None when the user cancels.
pub async fn pick_file(kind: &str, extensions: &[&str]) -> Option<PathBuf> {
    let file = rfd::AsyncFileDialog::new()
        .add_filter(kind, extensions)
        .pick_file()
        .await?;
    Some(file.path().to_owned())
}

/// Asks for a folder; None when the user cancels.
pub async fn pick_folder() -> Option<PathBuf> {
    let folder = rfd::AsyncFileDialog::new().pick_folder().await?;
    Some(folder.path().to_owned())
}

/// Asks for a CSV file to read; None when the user cancels. The file is read as it is
/// imported, not here: an export may be far larger than memory should hold.
pub async fn pick_csv() -> Option<PathBuf> {
    let file = rfd::AsyncFileDialog::new()
        .add_filter("CSV", &["csv"])
        .pick_file()
        .await?;
    Some(file.path().to_owned())
}

/// Asks for the letter or email a request came in: a scan, a photo, or an email saved as a
/// file. None when the user cancels.
pub async fn open_file() -> Option<(String, Vec<u8>)> {
    let file = rfd::AsyncFileDialog::new()
        .add_filter(
            "PDF, JPEG, PNG, EML, TXT",
            &["pdf", "jpg", "jpeg", "png", "eml", "msg", "txt"],
        )
        .pick_file()
        .await?;
    let content = file.read().await;
    Some((file.file_name(), content))
}

/// Opens a stored file in the system's viewer. The copy goes into a folder of the app's own,
/// readable by the user alone, which is emptied each time the app starts.
pub fn open_in_viewer(name: &str, content: &[u8]) -> Result<PathBuf, String> {
    let folder = register::config::viewing_dir().map_err(|e| e.to_string())?;
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = folder.join(safe);
    std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
    open::that_detached(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}
