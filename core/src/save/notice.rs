//! Writing the notice to a file, as PDF, Markdown or HTML. The app and the command line share
//! this.

use std::path::Path;

use super::{SaveError, write};
use crate::db::Db;
use crate::domain::Lang;
use crate::notice::{Format, Notice};
use crate::service::Session;
use crate::service::notice::{self, Which};

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
        write(path, &format.render(&notice).map_err(SaveError::File)?)?;
    }
    Ok(notice)
}
