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
