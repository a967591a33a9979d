//! Gathering a register extract, and recording that one was delivered.

mod history;

use crate::domain::AuditAction;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::audit::Event;
use super::write::{audited, write};
use super::{ServiceError, Session, authorize, readiness};
use crate::db::Db;
use crate::document::letterhead::Addressee;
use crate::domain::Lang;
use crate::domain::readiness::{For, Gap};
use crate::domain::subject::Subject;
use crate::domain::{Email, Permission};
use crate::entity::{customer, review};
use crate::extract::{self, Extract, Sources, Whose};
use crate::service::access_request::AccessRequest;

/// Everything held about one customer, for an access request. The read is audited.
pub async fn generate(
    db: &Db,
    session: &Session,
    customer_id: i32,
    lang: Lang,
    reference: Option<String>,
) -> Result<Extract, ServiceError> {
    gather(
        db,
        session,
        Subject::Customer(customer_id),
        lang,
        reference,
        None,
    )
    .await
}

/// Everything still held about an erased customer, by the number they had: the vouchers kept
/// for the Accounting Act, the erasure's record and the log entries still within their period,
/// addressed to the requester of `request` (without one, to nobody by name). The read is
/// audited.
pub async fn generate_erased(
    db: &Db,
    session: &Session,
    customer_number: i32,
    lang: Lang,
    request: Option<&AccessRequest>,
) -> Result<Extract, ServiceError> {
    let recipient = request.map(AccessRequest::requester_addressee);
    let reference = request.map(|r| r.reference.clone());
    let subject = Subject::Erased(customer_number);
    gather(db, session, subject, lang, reference, recipient).await
}

/// The extract of a customer, or of an erased customer's kept vouchers, answering `request`
/// when there is one.
pub async fn of_subject(
    db: &Db,
    session: &Session,
    subject: Subject,
    lang: Lang,
    request: Option<&AccessRequest>,
) -> Result<Extract, ServiceError> {
    match subject {
        Subject::Customer(id) => {
            generate(db, session, id, lang, request.map(|r| r.reference.clone())).await
        }
        Subject::Erased(number) => generate_erased(db, session, number, lang, request).await,
    }
}

/// The extract of `subject`, in one transaction, so that the copy is of one moment of the
/// register.
async fn gather(
    db: &Db,
    session: &Session,
    subject: Subject,
    lang: Lang,
    reference: Option<String>,
    recipient: Option<Addressee>,
) -> Result<Extract, ServiceError> {
    audited(db, session, Permission::AccessRequests, async |txn, _| {
        let number = subject.number();
        let whose = match subject {
            Subject::Customer(id) => Whose::Customer(
                customer::Entity::find_by_id(id)
                    .one(txn)
                    .await?
                    .ok_or(ServiceError::NotFound("customer"))?
                    .into(),
            ),
            Subject::Erased(number) => {
                let kept = super::vouchers::kept(txn, number).await?;
                Whose::Erased {
                    customer_number: number,
                    erased_at: kept.erased_at,
                    reason: super::vouchers::erasure_reason(txn, number).await?,
                    recipient: recipient.unwrap_or_else(Addressee::nobody),
                }
            }
        };
        let orders = super::order::history(txn, subject).await?;
        let reviews = match subject {
            Subject::Customer(id) => {
                review::Entity::find()
                    .filter(review::Column::CustomerId.eq(id))
                    .order_by_asc(review::Column::CreatedAt)
                    .all(txn)
                    .await?
            }
            // An erasure deletes the reviews.
            Subject::Erased(_) => Vec::new(),
        };
        let today = crate::format::today();
        let ready = readiness::ready(txn, For::Extract, today).await?;
        let notice = ready.notice.ok_or(ServiceError::DocumentNotReady(vec![
            Gap::NoticeNotPublished,
        ]))?;
        let review_ids: Vec<i32> = reviews.iter().map(|r| r.id).collect();
        // The log as it stood before this extract was gathered.
        let history = history::gather(txn, subject, &review_ids).await?;
        let reference =
            reference.unwrap_or_else(|| format!("RO-{number}-{}", today.format("%Y%m%d")));
        let event = Event::new(AuditAction::ExtractGenerate, Some(number))
            .with_details(json!({ "reference": reference, "language": lang.id() }));
        let sources = Sources {
            whose,
            orders,
            reviews: reviews.into_iter().map(Into::into).collect(),
            controller: ready.controller,
            processing: ready.processing,
            notice,
            draft: !ready.confirmed,
            history,
        };
        let extract = extract::build(sources, lang, reference, today)
            .map_err(|overflow| ServiceError::UnexpectedData(overflow.to_string()))?;
        Ok((extract, event))
    })
    .await
}

/// Whose extract `extract --email` makes: the customer with this email address, or, when no
/// customer has it, the erased customer whose kept vouchers it finds.
pub async fn subject_by_email(
    db: &Db,
    session: &Session,
    email: &str,
) -> Result<Subject, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    let email = Email::parse(email)?;
    let found = customer::Entity::find()
        .filter(customer::Column::EmailKey.eq(email.search_key()))
        .order_by_asc(customer::Column::Id)
        .limit(2)
        .all(db.conn())
        .await?;
    match found.as_slice() {
        [only] => Ok(Subject::Customer(only.id)),
        [] => only_erased(
            super::vouchers::erased_matching(db.conn(), email.as_str()).await?,
            "customer with that email",
            "email",
        ),
        _ => Err(ServiceError::Ambiguous("email")),
    }
}

/// Whose extract `extract --order` makes: the customer who placed the order, or the erased
/// customer whose vouchers the register keeps.
pub async fn subject_by_order(
    db: &Db,
    session: &Session,
    order_number: &str,
) -> Result<Subject, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    let placed = crate::entity::order::Entity::find()
        .filter(crate::entity::order::Column::OrderNumber.eq(order_number.trim()))
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound("order with that number"))?;
    Subject::of(placed.customer_id, placed.erased_customer_number)
        .ok_or(ServiceError::NotFound("customer of that order"))
}

fn only_erased(
    numbers: std::collections::BTreeSet<i32>,
    missing: &'static str,
    ambiguous: &'static str,
) -> Result<Subject, ServiceError> {
    let mut numbers = numbers.into_iter();
    match (numbers.next(), numbers.next()) {
        (Some(number), None) => Ok(Subject::Erased(number)),
        (None, _) => Err(ServiceError::NotFound(missing)),
        (Some(_), Some(_)) => Err(ServiceError::Ambiguous(ambiguous)),
    }
}

/// Records that the extract with this SHA-256 was saved for delivery without a request.
pub async fn record_saved(
    db: &Db,
    session: &Session,
    subject: Subject,
    reference: &str,
    sha256: &str,
) -> Result<(), ServiceError> {
    write(db, session, Permission::AccessRequests, async |_, _| {
        let event = Event::new(AuditAction::ExtractSave, Some(subject.number()))
            .with_details(json!({ "reference": reference, "sha256": sha256 }));
        Ok(((), event))
    })
    .await
}
