//! Writing the notice to a file, as PDF, Markdown or HTML. The app and the command line share
//! this.

use std::path::Path;

use super::{Existing, SaveError, refuse_existing, write};
use crate::db::Db;
use crate::domain::Lang;
use crate::notice::{Format, Notice};
use crate::service::Session;
use crate::service::notice::{self, Which};

/// Writes the chosen notice in `lang` to each of `files` in its format, and returns it.
pub async fn save(
    db: &Db,
    session: &Session,
    lang: Lang,
    which: Which,
    files: &[(Format, &Path)],
    existing: Existing,
) -> Result<Notice, SaveError> {
    if existing == Existing::Keep {
        refuse_existing(files.iter().map(|(_, path)| *path))?;
    }
    let notice = notice::document(db, session, lang, which).await?;
    for (format, path) in files {
        let content = format.render(&notice).map_err(SaveError::File)?;
        write(path, &content, existing)?;
    }
    Ok(notice)
}
