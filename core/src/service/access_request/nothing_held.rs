//! The answer that nothing is held. The letter says the register was searched with the
//! requester's name, email address and phone number; the service makes that true by searching
//! as it answers, and refuses while the search finds a customer staff have not looked at and
//! ruled out. Staff see the same customers first, from [`nothing_held_candidates`].

use chrono::Utc;
use sea_orm::{ActiveValue::Set, EntityTrait};
use std::collections::BTreeSet;

use super::answers::{Sent, read, with_letter};
use super::{AccessRequest, Document, authorize, set_status, stop_waiting};
use crate::db::Db;
use crate::domain::access_request::{AccessRequestStatus, DocumentKind};
use crate::domain::other_systems::Searched;
use crate::domain::{AuditAction, Field, FieldError, Lang, Permission, Problem};
use crate::entity::{access_request as entity, customer};
use crate::letter;
use crate::service::customer::{CustomerSort, CustomerSummary};
use crate::service::listing_trail::{self, Listing};
use crate::service::page::PageRequest;
use crate::service::{ServiceError, Session, customer_search, processing, refuse_early};

/// How many customers each of the requester's details may find before staff are asked to
/// narrow the request down by matching it instead.
const SHOWN: u64 = 20;

/// The customers the register finds with the request's name, email address and phone number:
/// the ones staff must look at, and rule out, before answering that nothing is held. Showing
/// them is noted in the audit trail as any list of customers is.
pub async fn nothing_held_candidates(
    db: &Db,
    session: &Session,
    id: i32,
) -> Result<Vec<CustomerSummary>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::AccessRequests).await?;
    let request = entity::Entity::find_by_id(id)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound("access request"))?;
    let found = search(db, &request).await?;
    listing_trail::shown(db, &staff, Listing::Customers, found.iter().map(|c| c.id)).await?;
    Ok(found.into_iter().map(CustomerSummary::from).collect())
}

/// The register searched with each detail the request gives, the customers found once each,
/// in the order first found.
async fn search(db: &Db, request: &entity::Model) -> Result<Vec<customer::Model>, ServiceError> {
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    for detail in details(request) {
        let page = customer_search::page(
            db.conn(),
            detail,
            CustomerSort::Name,
            &PageRequest::first(SHOWN),
        )
        .await?;
        found.extend(page.items.into_iter().filter(|c| seen.insert(c.id)));
    }
    Ok(found)
}

/// The requester's details the register is searched with: the name, and the email address and
/// phone number when the request gives them. The postal address is not searched, and the
/// letter does not say it was.
fn details(request: &entity::Model) -> Vec<&str> {
    let mut details = vec![request.requester_name.as_str()];
    details.extend(request.requester_email.as_deref());
    details.extend(request.requester_phone.as_deref());
    details.retain(|detail| !detail.trim().is_empty());
    details
}

/// Answers that the register holds no data about the requester: for a request matched to
/// nobody. The register is searched again with the request's details; `ruled_out` are the
/// customers staff looked at and found not to be the requester, and a customer found who is
/// not among them stops the answer.
pub async fn answer_nothing_held(
    db: &Db,
    session: &Session,
    (id, version): (i32, i32),
    lang: Lang,
    ruled_out: &[i32],
) -> Result<(AccessRequest, Document), ServiceError> {
    let years = processing::load(db.conn())
        .await?
        .description
        .retention
        .request_years;
    // Vouchers an erasure kept, which the request's email finds, are data held: the answer
    // is their extract.
    refuse_early(db.conn(), session, Permission::AccessRequests).await?;
    let current = read(db.conn(), id, version).await?;
    if current.customer_id.is_some() || current.erased_customer_number.is_some() {
        return Err(ServiceError::WrongState("access request"));
    }
    if let Some(email) = &current.requester_email
        && !crate::service::vouchers::erased_matching(db.conn(), email)
            .await?
            .is_empty()
    {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::VouchersKept,
        )));
    }
    // What the shop's other systems hold is data held too.
    let systems = super::systems::every_system_recorded(db.conn(), id).await?;
    if systems
        .iter()
        .any(|search| search.searched == Searched::Attached)
    {
        return Err(ServiceError::invalid(FieldError::new(
            Field::OtherSystems,
            Problem::SystemHoldsData,
        )));
    }
    if search(db, &current)
        .await?
        .iter()
        .any(|customer| !ruled_out.contains(&customer.id))
    {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::NotRuledOut,
        )));
    }
    let searched_by = letter::SearchedBy {
        name: true,
        email: current.requester_email.is_some(),
        phone: current.requester_phone.is_some(),
    };
    let sent = Sent {
        action: AuditAction::AccessRequestNothingHeld,
        kind: DocumentKind::NothingHeldLetter,
    };
    with_letter(
        db,
        session,
        (id, version, lang),
        sent,
        |current, about| {
            if current.customer_id.is_some() || current.erased_customer_number.is_some() {
                return Err(ServiceError::WrongState("access request"));
            }
            Ok(letter::nothing_held(about, years, searched_by, &systems))
        },
        |current, update| {
            set_status(update, AccessRequestStatus::NothingHeld);
            update.answered_at = Set(Some(Utc::now()));
            stop_waiting(current, update, crate::format::today());
        },
    )
    .await
}
