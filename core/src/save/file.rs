//! Writing files so that a failure never leaves half of one under the chosen name.

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;
use std::sync::Arc;

use crate::service::ServiceError;

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
