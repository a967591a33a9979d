//! Carrying out a request's jobs: the service calls, and the file dialogs, which are jobs too
//! so that the app runs every one the same way; tests give the dialogs' answers in the
//! context's `Dialogs`.

use std::convert::Infallible;
use std::path::PathBuf;

use register::db::Db;
use register::domain::access_request::IdentityCheck;
use register::domain::consultation::Why;
use register::domain::{Field, FieldError, Problem};
use register::format;
use register::save::{self, Saved};
use register::service::access_request::{self, AccessRequest};
use register::service::{ServiceError, ServiceResult, Session, customer};

use super::super::finder;
use super::{Job, Message, State};
use crate::ui::dialog;
use crate::ui::screen::{Context, Reply, Screen, Update, reply};

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        Update::jobs(self.follow(message))
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(run(job, c))
    }
}

/// Carries out one of a request's jobs.
async fn run(job: Job, c: Context) -> Message {
    use {Job as J, Message as M};
    let (db, session) = (&c.db, &c.session);
    let changed = |done, result| M::Changed(done, result);
    let with_letter = |done, result: Result<(AccessRequest, _), _>| {
        M::Changed(done, result.map(|(request, _)| request))
    };
    match job {
        J::Reload(id) => M::Reloaded(access_request::get(db, session, id).await),
        J::Customer(id) => {
            M::Customer(customer::get(db, session, id, &Why::data_protection_request()).await)
        }
        J::Documents(id) => M::Documents(access_request::documents(db, session, id).await),
        J::Systems(id) => M::Systems(access_request::systems(db, session, id).await),
        J::RecordSystem(r, key, searched, note) => changed(
            "requests-system-saved",
            access_request::record_system(db, session, r.id, r.version, key, searched, &note).await,
        ),
        J::Search(generation, query) => M::Finder(finder::Message::Found(
            generation,
            finder::find(db, session, &query).await,
        )),
        J::Match(r, customer) => changed(
            "requests-matched",
            access_request::match_customer(db, session, r.id, r.version, customer).await,
        ),
        J::MatchVouchers(r, number) => changed(
            "requests-matched",
            access_request::match_vouchers(db, session, r.id, r.version, number).await,
        ),
        J::Check(r, check, note) => changed(
            "requests-check-saved",
            access_request::set_identity_check(db, session, r.id, r.version, check, &note).await,
        ),
        J::Waiting(r, waiting) => changed(
            "requests-waiting-saved",
            access_request::set_waiting(db, session, r.id, r.version, waiting).await,
        ),
        J::Delivery(r, delivery) => changed(
            "requests-delivery-saved",
            access_request::set_delivery(db, session, r.id, r.version, Some(delivery)).await,
        ),
        J::AskIdentification(r, needed, lang) => with_letter(
            "requests-identification-sent",
            access_request::ask_for_identification(
                db,
                session,
                r.id,
                r.version,
                &needed,
                lang,
                format::today(),
            )
            .await,
        ),
        J::Verify(r) => changed(
            "requests-verified",
            access_request::mark_verified(db, session, r.id, r.version).await,
        ),
        J::CheckAndVerify(r, check, note) => changed(
            "requests-verified",
            check_and_verify(db, session, r, check, &note).await,
        ),
        J::PickLetter => M::LetterPicked(c.dialogs.open_file().await),
        J::AttachLetter(r, name, content) => changed(
            "requests-letter-attached",
            access_request::attach_letter(db, session, r.id, r.version, &name, content).await,
        ),
        J::OpenLetter(id) => M::LetterOpened(open_letter(db, session, id).await),
        J::ChooseExtractPath(name) => {
            M::ExtractPath(c.dialogs.save_file("PDF", &["pdf"], &name).await)
        }
        J::SaveExtract(r, lang, path) => {
            M::ExtractSaved(save_extract(db, session, r, lang, path).await)
        }
        J::Candidates(id) => {
            M::Candidates(access_request::nothing_held_candidates(db, session, id).await)
        }
        J::NothingHeld(r, lang, ruled_out) => with_letter(
            "requests-nothing-held-sent",
            access_request::answer_nothing_held(db, session, (r.id, r.version), lang, &ruled_out)
                .await,
        ),
        J::Extend(r, reason, lang) => with_letter(
            "requests-extended",
            access_request::extend(db, session, r.id, r.version, &reason, lang, format::today())
                .await,
        ),
        J::Reject(r, reason, lang) => with_letter(
            "requests-rejected",
            access_request::reject(db, session, r.id, r.version, &reason, lang).await,
        ),
        J::ChooseDocumentPath(id, name) => {
            let extension = if name.ends_with(".json") {
                "json"
            } else {
                "pdf"
            };
            M::DocumentPath(
                id,
                c.dialogs.save_file(extension, &[extension], &name).await,
            )
        }
        J::SaveDocument(id, path) => M::DocumentSaved(save_document(db, session, id, path).await),
    }
}

/// Opens the letter or email the request came in, in the system's viewer.
async fn open_letter(db: &Db, session: &Session, id: i32) -> ServiceResult<PathBuf> {
    let letter = access_request::letter(db, session, id).await?;
    dialog::open_in_viewer(&letter.file_name, &letter.content).map_err(ServiceError::FileWrite)
}

/// Writes a kept document to `path`, byte for byte as it was sent.
async fn save_document(
    db: &Db,
    session: &Session,
    id: i32,
    path: PathBuf,
) -> ServiceResult<PathBuf> {
    let document = access_request::document(db, session, id).await?;
    save::write(&path, &document.content, save::Existing::Replace)
        .map_err(save::SaveError::into_service_error)?;
    Ok(path)
}

/// Saves the extract with its JSON copy and covering letter beside it, answering the request.
async fn save_extract(
    db: &Db,
    session: &Session,
    request: AccessRequest,
    lang: register::domain::Lang,
    path: PathBuf,
) -> ServiceResult<Saved> {
    let Some(subject) = request.subject() else {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::Required,
        )));
    };
    let target = save::Target {
        subject,
        lang,
        request: Some(&request),
        pdf: &path,
        json: None,
        existing: save::Existing::Replace,
    };
    save::extract(db, session, target)
        .await
        .map_err(save::SaveError::into_service_error)
}

/// Saves the identity check shown on screen and marks the request verified. A check the
/// service refuses stops it there, with its error at the check's field.
async fn check_and_verify(
    db: &Db,
    session: &Session,
    r: AccessRequest,
    check: Option<IdentityCheck>,
    note: &str,
) -> ServiceResult<AccessRequest> {
    let checked =
        access_request::set_identity_check(db, session, r.id, r.version, check, note).await?;
    access_request::mark_verified(db, session, checked.id, checked.version).await
}
