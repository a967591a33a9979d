//! Saving an extract for delivery: gathered, rendered, written, and recorded with its SHA-256;
//! in answer to a request, with its covering letter, kept on the request as sent. The desktop
//! app, the command line and the tests share this.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::file::{Placed, place_all, stage};
use super::{Existing, SaveError, refuse_existing};
use crate::db::Db;
use crate::domain::Lang;
use crate::domain::subject::Subject;
use crate::service::access_request::{self, AccessRequest};
use crate::service::{ServiceError, Session, extract};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub path: PathBuf,
    pub reference: String,
    pub sha256: String,
    /// The JSON copy written beside the extract, when one was.
    pub json: Option<PathBuf>,
    /// The covering letter written beside the extract, when it answers a request.
    pub covering_letter: Option<PathBuf>,
}

/// What to save: whose extract, in which language, answering which request, and where.
pub struct Target<'a> {
    pub subject: Subject,
    pub lang: Lang,
    pub request: Option<&'a AccessRequest>,
    pub pdf: &'a Path,
    pub json: Option<&'a Path>,
    /// Whether the PDF's name was chosen in a dialog that asked before replacing a file. The
    /// files written beside it are never replaced.
    pub existing: Existing,
}

/// Gathers and writes the extract (and its JSON copy when asked), then records its SHA-256.
/// With a request, the extract answers it: see [`answer`].
pub async fn save(db: &Db, session: &Session, target: Target<'_>) -> Result<Saved, SaveError> {
    if let Some(request) = target.request {
        return answer(db, session, request, &target).await;
    }
    if target.existing == Existing::Keep {
        refuse_existing([target.pdf])?;
    }
    refuse_existing(target.json)?;
    let extract = extract::of_subject(db, session, target.subject, target.lang, None).await?;
    let pdf = render(&extract)?;
    // Both files are written in full before either gets its name, and recorded only once both
    // have: an unwritable JSON copy leaves no PDF behind and no save in the audit trail.
    let mut staged = vec![stage(target.pdf, &pdf, target.existing)?];
    if let Some(path) = target.json {
        staged.push(stage(path, &json(&extract)?, Existing::Keep)?);
    }
    let placed = place_all(staged)?;
    let sha256 = hex::encode(Sha256::digest(&pdf));
    let recorded =
        extract::record_saved(db, session, target.subject, &extract.reference, &sha256).await;
    withdraw_unless(recorded, placed)?;
    Ok(Saved {
        path: target.pdf.to_owned(),
        reference: extract.reference,
        sha256,
        json: target.json.map(Path::to_owned),
        covering_letter: None,
    })
}

/// The files stand only if what they were written for was recorded: otherwise they are
/// removed again, and the failure returned.
fn withdraw_unless<T>(
    recorded: Result<T, ServiceError>,
    placed: Vec<Placed>,
) -> Result<T, SaveError> {
    match recorded {
        Ok(value) => Ok(value),
        Err(error) => {
            placed.into_iter().for_each(Placed::withdraw);
            Err(error.into())
        }
    }
}

/// Answers a verified request: the service prepares the answer (the extract, its JSON copy and
/// the covering letter, refused before anything is gathered if the request may not be answered
/// so); the three files are put in place (all or none); and only then is the answer recorded,
/// keeping the documents on the request as they are sent. Should the recording fail, the files
/// are removed again and the request can be answered anew.
async fn answer(
    db: &Db,
    session: &Session,
    request: &AccessRequest,
    target: &Target<'_>,
) -> Result<Saved, SaveError> {
    let json_path = target
        .json
        .map_or_else(|| target.pdf.with_extension("json"), Path::to_owned);
    let letter_path = beside(
        target.pdf,
        &crate::document::Words::new(target.lang).t("file-name-covering-letter"),
    );
    // Before the answer is prepared: a file in the way stops it while it can still be redone.
    if target.existing == Existing::Keep {
        refuse_existing([target.pdf])?;
    }
    refuse_existing([json_path.as_path(), letter_path.as_path()])?;
    let answer =
        access_request::answer_with_extract(db, session, request, target.subject, target.lang)
            .await?;
    let placed = place_all(vec![
        stage(target.pdf, &answer.extract().content, target.existing)?,
        stage(&json_path, &answer.json().content, Existing::Keep)?,
        stage(
            &letter_path,
            &answer.covering_letter().content,
            Existing::Keep,
        )?,
    ])?;
    let reference = answer.reference().to_owned();
    let sha256 = answer.extract().sha256();
    let recorded = answer.record(db, session).await;
    withdraw_unless(recorded, placed)?;
    Ok(Saved {
        path: target.pdf.to_owned(),
        reference,
        sha256,
        json: Some(json_path),
        covering_letter: Some(letter_path),
    })
}

/// "ote-saatekirje.pdf" beside "ote.pdf", the suffix in the letter's language.
fn beside(pdf: &Path, suffix: &str) -> PathBuf {
    let stem = pdf
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    pdf.with_file_name(format!("{stem}-{suffix}.pdf"))
}

fn render(extract: &crate::extract::Extract) -> Result<Vec<u8>, SaveError> {
    crate::extract::pdf::render(extract).map_err(|e| SaveError::File(e.to_string()))
}

fn json(extract: &crate::extract::Extract) -> Result<Vec<u8>, SaveError> {
    extract
        .to_json()
        .map_err(|e| SaveError::File(e.to_string()))
}
