//! Saving an extract: the files are put in place first, all of them or none, and only then is
//! the save (or the answer to a request) recorded, so that the register never says a document
//! was sent that was never written.

use std::path::Path;

use register::db::Db;
use register::domain::Lang;
use register::domain::access_request::AccessRequestStatus;
use register::save;
use register::service::Session;
use register::service::access_request::{self, AccessRequest};
use testing::{aino, create_customer, ready_admin};

async fn saved(
    db: &Db,
    admin: &Session,
    customer_id: i32,
    request: Option<&AccessRequest>,
    pdf: &Path,
    json: Option<&Path>,
) -> Result<save::Saved, save::SaveError> {
    let target = save::Target {
        subject: register::domain::subject::Subject::Customer(customer_id),
        lang: Lang::Fi,
        request,
        pdf,
        json,
        existing: save::Existing::Keep,
    };
    save::extract(db, admin, target).await
}

async fn saves_recorded(db: &Db, admin: &Session) -> usize {
    testing::audit_events(db, admin, "extract.save").await.len()
}

/// A folder that cannot be written in, for any user: it does not exist.
fn unwritable(dir: &Path, name: &str) -> std::path::PathBuf {
    dir.join("no-such-folder").join(name)
}

async fn a_request_is_not_answered_by_files_that_could_not_be_written(db: Db) {
    let admin = ready_admin(&db).await;
    let customer = create_customer(&db, &admin, &aino()).await;
    let request = testing::requests::verified(&db, &admin, customer.id).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let failed = saved(
        &db,
        &admin,
        customer.id,
        Some(&request),
        &unwritable(dir.path(), "ote.pdf"),
        None,
    )
    .await;
    assert!(failed.is_err(), "{failed:?}");
    let still = access_request::get(&db, &admin, request.id)
        .await
        .expect("there");
    assert_eq!(still.status, AccessRequestStatus::Verified, "not answered");
    assert_eq!(still.version, request.version);
    let pdf = dir.path().join("ote.pdf");
    saved(&db, &admin, customer.id, Some(&request), &pdf, None)
        .await
        .expect("answered once the files can be written");
    assert!(pdf.exists());
}

async fn an_extract_whose_json_copy_cannot_be_written_leaves_no_pdf_and_no_record(db: Db) {
    let admin = ready_admin(&db).await;
    let customer = create_customer(&db, &admin, &aino()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let json = unwritable(dir.path(), "ote.json");
    let before = saves_recorded(&db, &admin).await;
    let failed = saved(&db, &admin, customer.id, None, &pdf, Some(&json)).await;
    assert!(failed.is_err(), "{failed:?}");
    assert!(!pdf.exists(), "the PDF is not left without its copy");
    assert_eq!(saves_recorded(&db, &admin).await, before);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listed")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

on_both_databases!(
    a_request_is_not_answered_by_files_that_could_not_be_written,
    an_extract_whose_json_copy_cannot_be_written_leaves_no_pdf_and_no_record,
);
