//! Saving an extract for delivery: gathered, rendered, written, and recorded with its SHA-256.
//! The desktop app and its tests share this; the command line does the same steps itself.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::db::Db;
use crate::i18n::Lang;
use crate::service::access_request::AccessRequest;
use crate::service::{ServiceError, Session, extract};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub path: PathBuf,
    pub reference: String,
    pub sha256: String,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Service(Arc<ServiceError>),
    #[error("{0}")]
    File(String),
}

impl From<ServiceError> for SaveError {
    fn from(error: ServiceError) -> Self {
        SaveError::Service(Arc::new(error))
    }
}

/// What to save: whose extract, in which language, answering which request, and where.
pub struct Target<'a> {
    pub customer_id: i32,
    pub lang: Lang,
    pub request: Option<&'a AccessRequest>,
    pub pdf: &'a Path,
    pub json: Option<&'a Path>,
}

/// Gathers and writes the extract (and its JSON copy when asked), then records its SHA-256;
/// with a request, the request is marked answered.
pub async fn save(db: &Db, session: &Session, target: Target<'_>) -> Result<Saved, SaveError> {
    let reference = target.request.map(|request| request.reference.clone());
    let extract =
        extract::generate(db, session, target.customer_id, target.lang, reference).await?;
    let pdf = super::pdf::render(&extract).map_err(|e| SaveError::File(e.to_string()))?;
    write(target.pdf, &pdf)?;
    if let Some(path) = target.json {
        let json = extract
            .to_json()
            .map_err(|e| SaveError::File(e.to_string()))?;
        write(path, &json)?;
    }
    let sha256 = hex::encode(Sha256::digest(&pdf));
    let request = target.request.map(|request| (request.id, request.version));
    extract::record_saved(
        db,
        session,
        target.customer_id,
        &extract.reference,
        &sha256,
        request,
    )
    .await?;
    Ok(Saved {
        path: target.pdf.to_owned(),
        reference: extract.reference,
        sha256,
    })
}

/// Through a temporary file beside the target, so a failure never leaves half a document.
/// Writes a file as it is produced, under a temporary name until it is complete, so that a
/// failure never leaves half a file under the chosen name.
pub async fn write_streamed<T>(
    path: &Path,
    produce: impl AsyncFnOnce(&mut BufWriter<File>) -> Result<T, ServiceError>,
) -> Result<T, SaveError> {
    let temporary = path.with_extension("partial");
    let failed = |e: std::io::Error| SaveError::File(format!("{}: {e}", path.display()));
    let mut out = BufWriter::new(File::create(&temporary).map_err(failed)?);
    let produced = match produce(&mut out).await {
        Ok(produced) => produced,
        Err(error) => {
            drop(out);
            let _ = std::fs::remove_file(&temporary);
            return Err(error.into());
        }
    };
    out.flush().map_err(failed)?;
    drop(out);
    std::fs::rename(&temporary, path).map_err(failed)?;
    Ok(produced)
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let temporary = path.with_extension("partial");
    std::fs::write(&temporary, bytes)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| SaveError::File(format!("{}: {e}", path.display())))
}
