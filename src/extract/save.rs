//! Saving an extract for delivery: gathered, rendered, written, and recorded with its SHA-256.
//! The desktop app and its tests share this; the command line does the same steps itself.

use std::fs::File;
use std::io::BufWriter;
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

impl SaveError {
    /// The failure as the app shows it: a file that could not be written is a write error.
    pub fn into_service_error(self) -> Arc<ServiceError> {
        match self {
            SaveError::Service(failure) => failure,
            SaveError::File(reason) => Arc::new(ServiceError::FileWrite(reason)),
        }
    }
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

/// Writes a file as it is produced, under a temporary name beside it until it is complete, so
/// that a failure leaves neither half a file under the chosen name nor the temporary one.
pub async fn write_streamed<T>(
    path: &Path,
    produce: impl AsyncFnOnce(&mut BufWriter<File>) -> Result<T, ServiceError>,
) -> Result<T, SaveError> {
    let temporary = path.with_extension("partial");
    let written = async {
        let created = File::create(&temporary).map_err(|e| file_error(path, e))?;
        let mut out = BufWriter::new(created);
        let produced = produce(&mut out).await?;
        out.into_inner()
            .map_err(|e| file_error(path, e.into_error()))?;
        std::fs::rename(&temporary, path).map_err(|e| file_error(path, e))?;
        Ok(produced)
    }
    .await;
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Through a temporary file beside the target, so a failure never leaves half a document.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let temporary = path.with_extension("partial");
    let written = std::fs::write(&temporary, bytes)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| file_error(path, e));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

fn file_error(path: &Path, error: std::io::Error) -> SaveError {
    SaveError::File(format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[tokio::test]
    async fn a_streamed_file_appears_under_its_name_only_when_complete() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("vastaanottajat.csv");
        let count = write_streamed(&path, async |out| {
            out.write_all(b"a\r\nb\r\n")
                .map_err(|e| ServiceError::FileWrite(e.to_string()))?;
            Ok(2)
        })
        .await
        .expect("written");
        assert_eq!(count, 2);
        assert_eq!(std::fs::read(&path).expect("there"), b"a\r\nb\r\n");
        assert!(!path.with_extension("partial").exists());
    }

    #[tokio::test]
    async fn a_stream_that_fails_half_way_leaves_no_file_behind() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("vastaanottajat.csv");
        let result = write_streamed(&path, async |out| {
            out.write_all(b"a\r\n")
                .map_err(|e| ServiceError::FileWrite(e.to_string()))?;
            Err::<u64, _>(ServiceError::NotFound("customer"))
        })
        .await;
        assert!(matches!(result, Err(SaveError::Service(_))), "{result:?}");
        assert!(!path.exists());
        assert!(!path.with_extension("partial").exists());
    }
}
