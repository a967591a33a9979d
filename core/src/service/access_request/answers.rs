//! A request's outcomes, each with its letter: the register extract with a covering letter,
//! the answer that nothing is held, the extension of the deadline, the refusal. Letters are
//! written before the write transaction starts and kept in it; the version check makes sure
//! the request is still as it was when the letter was written.

use crate::domain::AuditAction;
use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use serde_json::json;

use super::documents::{Document, store};
use super::{AccessRequest, change_in, require_open, set_status, start_waiting, stop_waiting};
use crate::db::Db;
use crate::document::letterhead::Addressee;
use crate::domain::access_request::{self, AccessRequestStatus, DocumentKind, extended_due_date};
use crate::domain::readiness::For;
use crate::domain::{Field, FieldError, Lang, Permission, Problem};
use crate::entity::{access_request as entity, customer};
use crate::letter::{self, About, Letter};
use crate::service::audit::Event;
use crate::service::write::write;
use crate::service::{ServiceError, Session, readiness, refuse_early};

/// Extends the deadline by two months (Art. 12(3)), with the letter that tells the requester
/// why. It can only be done once, and before the original deadline of one month has passed.
pub async fn extend(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    reason: &str,
    lang: Lang,
    today: NaiveDate,
) -> Result<(AccessRequest, Document), ServiceError> {
    let reason = access_request::reason(Field::ExtensionReason, reason)?;
    let refused = |problem| ServiceError::invalid(FieldError::new(Field::ExtensionReason, problem));
    let sent = Sent {
        action: AuditAction::AccessRequestExtend,
        kind: DocumentKind::ExtensionLetter,
    };
    with_letter(
        db,
        session,
        (id, version, lang),
        sent,
        |current, about| {
            if current.extended_due_on.is_some() {
                return Err(refused(Problem::AlreadyExtended));
            }
            // While the deadline stands still its end is not known yet: the wait ends first.
            if current.waiting_since.is_some() {
                return Err(ServiceError::WrongState("access request"));
            }
            if today > current.due_on {
                return Err(refused(Problem::PastDeadline));
            }
            Ok(letter::extension(about, &reason, extended_due(current)))
        },
        |current, update| {
            update.extended_due_on = Set(Some(extended_due(current)));
            update.extension_reason = Set(Some(reason.clone()));
        },
    )
    .await
}

/// Asks the requester for what is needed to confirm their identity (Art. 12(6)), with the
/// letter that says what and how the deadline is counted: it stands still from today until
/// the reply comes (EDPB Guidelines 01/2022, para. 159), so the request waits for the
/// requester. Only a request not yet verified, and not already waiting, can ask.
pub async fn ask_for_identification(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    needed: &str,
    lang: Lang,
    today: NaiveDate,
) -> Result<(AccessRequest, Document), ServiceError> {
    let needed = access_request::reason(Field::IdentificationNeeded, needed)?;
    let sent = Sent {
        action: AuditAction::AccessRequestAskIdentification,
        kind: DocumentKind::IdentificationLetter,
    };
    with_letter(
        db,
        session,
        (id, version, lang),
        sent,
        |current, about| {
            // The letter says the month runs from receipt: an extended request, or one
            // already waiting, cannot ask; nor can one past its deadline, since the clock
            // may stand still only when the controller asks without undue delay.
            if current.status != AccessRequestStatus::Received.as_str()
                || current.waiting_since.is_some()
                || current.extended_due_on.is_some()
            {
                return Err(ServiceError::WrongState("access request"));
            }
            if today > current.due_on {
                return Err(ServiceError::invalid(FieldError::new(
                    Field::IdentificationNeeded,
                    Problem::PastDeadline,
                )));
            }
            Ok(letter::identification(about, &needed))
        },
        |current, update| start_waiting(current, update, today),
    )
    .await
}

/// Refuses the request with its reason; the letter names the right to complain and to go to
/// court (Art. 12(4)).
pub async fn reject(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    reason: &str,
    lang: Lang,
) -> Result<(AccessRequest, Document), ServiceError> {
    let reason = access_request::reason(Field::RejectionReason, reason)?;
    let sent = Sent {
        action: AuditAction::AccessRequestReject,
        kind: DocumentKind::RefusalLetter,
    };
    with_letter(
        db,
        session,
        (id, version, lang),
        sent,
        |_, about| Ok(letter::refusal(about, &reason)),
        |current, update| {
            stop_waiting(current, update, crate::format::today());
            set_status(update, AccessRequestStatus::Rejected);
            update.rejection_reason = Set(Some(reason.clone()));
            update.answered_at = Set(Some(Utc::now()));
        },
    )
    .await
}

/// What an answer with a letter is recorded as: its audit action and the kind of its letter.
pub(super) struct Sent {
    pub(super) action: AuditAction,
    pub(super) kind: DocumentKind,
}

/// An outcome with its letter. The open request is read and the letter written from it
/// outside the write transaction; then the change is applied and the letter kept together,
/// if the request is still as it was read (its version).
pub(super) async fn with_letter(
    db: &Db,
    session: &Session,
    (id, version, lang): (i32, i32, Lang),
    sent: Sent,
    compose: impl FnOnce(&entity::Model, About) -> Result<Letter, ServiceError>,
    apply: impl FnOnce(&entity::Model, &mut entity::ActiveModel),
) -> Result<(AccessRequest, Document), ServiceError> {
    refuse_early(db.conn(), session, Permission::AccessRequests).await?;
    let current = read(db.conn(), id, version).await?;
    require_open(&current)?;
    let about = about(db.conn(), &current, lang).await?;
    let letter = compose(&current, about)?;
    let content =
        letter::render(&letter).map_err(|e| ServiceError::UnexpectedData(e.to_string()))?;
    let document = Document {
        kind: sent.kind,
        language: lang,
        file_name: document_file_name(&current.reference, sent.kind, lang),
        content,
    };
    write(
        db,
        session,
        Permission::AccessRequests,
        async |txn, staff| {
            let updated = change_in(txn, id, version, |current, update| {
                require_open(current)?;
                apply(current, update);
                Ok(())
            })
            .await?;
            store(txn, staff, id, &document).await?;
            let event = Event::new(sent.action, Some(id)).with_details(
                json!({ "sha256": document.sha256(), "language": document.language.id() }),
            );
            Ok(((AccessRequest::from_model(updated)?, document), event))
        },
    )
    .await
}

/// Three months from receipt, and the days the deadline stood still waiting for the
/// requester.
fn extended_due(current: &entity::Model) -> NaiveDate {
    extended_due_date(current.received_on)
        .checked_add_days(chrono::Days::new(
            u64::try_from(current.paused_days).unwrap_or(0),
        ))
        .unwrap_or(NaiveDate::MAX)
}

pub(super) async fn read(
    conn: &impl ConnectionTrait,
    id: i32,
    version: i32,
) -> Result<entity::Model, ServiceError> {
    let current = entity::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound("access request"))?;
    if current.version != version {
        return Err(ServiceError::Conflict("access request"));
    }
    Ok(current)
}

/// Who writes, to whom, about which request: the matched customer's address from the
/// register, or the address the request gave.
async fn about(
    conn: &impl ConnectionTrait,
    request: &entity::Model,
    lang: Lang,
) -> Result<About, ServiceError> {
    let issued_on = crate::format::today();
    let controller = readiness::ready(conn, For::Letter, issued_on)
        .await?
        .controller;
    let customer = match request.customer_id {
        Some(id) => customer::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let addressee = match customer {
        Some(customer) => Addressee {
            name: format!("{} {}", customer.first_name, customer.last_name),
            company: customer.company_name,
            street_address: customer.street_address,
            postal_code: customer.postal_code,
            city: customer.city,
            country: customer.country,
        },
        None => AccessRequest::from_model(request.clone())?.requester_addressee(),
    };
    Ok(About {
        language: lang,
        reference: request.reference.clone(),
        received_on: request.received_on,
        issued_on,
        controller,
        addressee,
    })
}

/// "TP-2026-0007-hylkäys.pdf": the document's kind in its own language.
pub(crate) fn document_file_name(reference: &str, kind: DocumentKind, lang: Lang) -> String {
    let extension = if kind == DocumentKind::ExtractJson {
        "json"
    } else {
        "pdf"
    };
    let name = crate::document::Words::new(lang)
        .t(&format!("file-name-{}", kind.as_str().replace('_', "-")));
    format!("{reference}-{name}.{extension}")
}
