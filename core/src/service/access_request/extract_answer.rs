//! Answering a verified request with the register extract. One call prepares the answer:
//! it checks that the request may be answered for that subject, gathers the extract and writes
//! its covering letter, and returns the three documents to deliver. The answer is recorded by
//! [`ExtractAnswer::record`], which only a prepared answer has: whoever saves the documents
//! puts them in place first and records after, so that a recorded answer always has its files.

use chrono::Utc;
use sea_orm::ActiveValue::Set;
use serde_json::json;

use super::answers::read;
use super::documents::{Document, store};
use super::{AccessRequest, change_in, document_file_name, set_status};
use crate::db::Db;
use crate::domain::access_request::{AccessRequestStatus, Delivery, DocumentKind};
use crate::domain::subject::Subject;
use crate::domain::{AuditAction, Field, FieldError, Lang, Permission, Problem};
use crate::entity::access_request as entity;
use crate::letter::{self, About};
use crate::service::audit::Event;
use crate::service::write::write_events;
use crate::service::{ServiceError, Session, extract, refuse_early};

/// A prepared answer with the extract: not yet recorded.
#[derive(Debug)]
#[must_use = "an answer is given only once it is recorded"]
pub struct ExtractAnswer {
    id: i32,
    version: i32,
    subject: Subject,
    reference: String,
    delivery: Delivery,
    extract: Document,
    json: Document,
    covering_letter: Document,
}

/// Prepares the answer to `request` with the extract of `subject` in `lang`. Refused unless the
/// request is verified, matched to that subject, and every other system of the shop has its
/// search recorded; nothing is gathered before that.
pub async fn answer_with_extract(
    db: &Db,
    session: &Session,
    request: &AccessRequest,
    subject: Subject,
    lang: Lang,
) -> Result<ExtractAnswer, ServiceError> {
    refuse_early(db.conn(), session, Permission::AccessRequests).await?;
    let current = read(db.conn(), request.id, request.version).await?;
    let answerable = answerable_for(&current)?;
    let systems = super::systems::every_system_recorded(db.conn(), request.id).await?;
    if answerable != subject {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::UnknownCustomer,
        )));
    }
    let extract = extract::of_subject(db, session, subject, lang, Some(request)).await?;
    let covering = letter::covering(
        About {
            language: lang,
            reference: request.reference.clone(),
            received_on: request.received_on,
            issued_on: extract.issued_on,
            controller: extract.controller.clone(),
            addressee: extract.recipient.clone(),
        },
        request.delivery(),
        &systems,
    );
    let unexpected = |e: &dyn std::fmt::Display| ServiceError::UnexpectedData(e.to_string());
    let document = |kind, content| Document {
        kind,
        language: lang,
        file_name: document_file_name(&request.reference, kind, lang),
        content,
    };
    Ok(ExtractAnswer {
        id: request.id,
        version: request.version,
        subject,
        delivery: request.delivery(),
        extract: document(
            DocumentKind::Extract,
            crate::extract::pdf::render(&extract).map_err(|e| unexpected(&e))?,
        ),
        json: document(
            DocumentKind::ExtractJson,
            extract.to_json().map_err(|e| unexpected(&e))?,
        ),
        covering_letter: document(
            DocumentKind::CoveringLetter,
            letter::render(&covering).map_err(|e| unexpected(&e))?,
        ),
        reference: extract.reference,
    })
}

impl ExtractAnswer {
    /// The extract's own reference, printed on it.
    pub fn reference(&self) -> &str {
        &self.reference
    }

    pub fn extract(&self) -> &Document {
        &self.extract
    }

    /// The extract's JSON copy (GDPR Art. 15(3): in a commonly used electronic form).
    pub fn json(&self) -> &Document {
        &self.json
    }

    pub fn covering_letter(&self) -> &Document {
        &self.covering_letter
    }

    /// Closes the request as answered, keeping the documents that went out: the extract and
    /// the covering letter, and the JSON copy when the answer goes electronically (on paper
    /// it is kept by whoever saved it, to be sent if asked for). Refused if the request has
    /// changed since the answer was prepared.
    pub async fn record(self, db: &Db, session: &Session) -> Result<AccessRequest, ServiceError> {
        let ExtractAnswer {
            id,
            version,
            subject,
            reference,
            delivery,
            extract,
            json,
            covering_letter,
        } = self;
        let extract_sha256 = extract.sha256();
        let sent: Vec<Document> = [extract, json, covering_letter]
            .into_iter()
            .filter(|d| d.kind != DocumentKind::ExtractJson || delivery == Delivery::Electronic)
            .collect();
        write_events(
            db,
            session,
            Permission::AccessRequests,
            async |txn, staff| {
                super::systems::every_system_recorded(txn, id).await?;
                let updated = change_in(txn, id, version, |current, update| {
                    if answerable_for(current)? != subject {
                        return Err(ServiceError::invalid(FieldError::new(
                            Field::MatchedCustomer,
                            Problem::Required,
                        )));
                    }
                    let now = Utc::now();
                    set_status(update, AccessRequestStatus::Answered);
                    update.answered_at = Set(Some(now));
                    update.extract_sha256 = Set(Some(extract_sha256.clone()));
                    update.extract_generated_by = Set(Some(staff.username.clone()));
                    update.extract_generated_at = Set(Some(now));
                    Ok(())
                })
                .await?;
                for document in &sent {
                    store(txn, staff, id, document).await?;
                }
                let answered = Event::new(AuditAction::AccessRequestAnswer, Some(id))
                    .with_details(json!({ "sha256": extract_sha256 }));
                let saved = Event::new(AuditAction::ExtractSave, Some(subject.number()))
                    .with_details(
                        json!({ "reference": reference, "sha256": extract_sha256, "request": id }),
                    );
                Ok((AccessRequest::from_model(updated)?, vec![answered, saved]))
            },
        )
        .await
    }
}

/// Whom a request may be answered for with an extract: it must be verified, and matched to
/// a customer or to an erased customer's kept vouchers.
fn answerable_for(current: &entity::Model) -> Result<Subject, ServiceError> {
    if current.status != AccessRequestStatus::Verified.as_str() {
        return Err(ServiceError::WrongState("access request"));
    }
    Subject::of(current.customer_id, current.erased_customer_number).ok_or(ServiceError::invalid(
        FieldError::new(Field::MatchedCustomer, Problem::Required),
    ))
}
