//! Writing the notice to a file, as PDF, Markdown or HTML. The app and the command line share
//! this.

use std::path::Path;

use super::{Notice, html, markdown, pdf};
use crate::db::Db;
use crate::domain::Lang;
use crate::extract::save::{SaveError, write};
use crate::service::Session;
use crate::service::notice::{self, Which};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Markdown,
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }

    pub fn render(self, notice: &Notice) -> Result<Vec<u8>, SaveError> {
        match self {
            Format::Pdf => pdf(notice).map_err(|e| SaveError::File(e.to_string())),
            Format::Markdown => Ok(markdown(notice).into_bytes()),
            Format::Html => Ok(html(notice).into_bytes()),
        }
    }
}

/// Writes the chosen notice in `lang` to `path` in each of `formats`, and returns it.
pub async fn save(
    db: &Db,
    session: &Session,
    lang: Lang,
    which: Which,
    files: &[(Format, &Path)],
) -> Result<Notice, SaveError> {
    let notice = notice::document(db, session, lang, which).await?;
    for (format, path) in files {
        write(path, &format.render(&notice)?)?;
    }
    Ok(notice)
}
