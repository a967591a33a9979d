//! Reading what an extract gives besides the customer's data: the consent history, the access
//! requests and the consultation log, with the role of whoever acted (never their name).

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, Condition, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::domain::access_request::Delivery;
use crate::domain::consultation::Purpose;
use crate::domain::subject::Subject;
use crate::domain::{AuditAction, Lang, Role};
use crate::entity::{
    access_request, access_request_document, audit_event, consent_event, staff_user,
};
use crate::extract::history::{
    ConsentRecord, ConsultationRecord, DocumentRecord, History, RequestRecord,
};
use crate::service::ServiceError;

pub(super) async fn gather(
    txn: &DatabaseTransaction,
    subject: Subject,
    review_ids: &[i32],
) -> Result<History, ServiceError> {
    let customer_id = subject.number();
    let staff = staff_user::Entity::find().all(txn).await?;
    let role_of_id: HashMap<i32, Option<Role>> =
        staff.iter().map(|s| (s.id, s.role.parse().ok())).collect();
    let role_of_name: HashMap<&str, Option<Role>> = staff
        .iter()
        .map(|s| (s.username.as_str(), s.role.parse().ok()))
        .collect();

    // An erasure deletes the consent history with the customer: an erased customer has none.
    let consent_rows = match subject {
        Subject::Customer(id) => {
            consent_event::Entity::find()
                .filter(consent_event::Column::CustomerId.eq(id))
                .order_by_asc(consent_event::Column::RecordedAt)
                .order_by_asc(consent_event::Column::Id)
                .all(txn)
                .await?
        }
        Subject::Erased(_) => Vec::new(),
    };
    let consents = consent_rows
        .into_iter()
        .map(|event| {
            Ok(ConsentRecord {
                kind: event.kind.parse().map_err(ServiceError::UnexpectedData)?,
                granted: event.granted,
                source: event.source.parse().map_err(ServiceError::UnexpectedData)?,
                at: event.recorded_at,
                role: role_of_name
                    .get(event.recorded_by.as_str())
                    .copied()
                    .flatten(),
            })
        })
        .collect::<Result<Vec<_>, ServiceError>>()?;

    // An erased customer's requests from before the erasure name nobody any more; those
    // matched to the kept vouchers since do.
    let requests_of = match subject {
        Subject::Customer(id) => access_request::Column::CustomerId.eq(id),
        Subject::Erased(number) => access_request::Column::ErasedCustomerNumber.eq(number),
    };
    let request_rows = access_request::Entity::find()
        .filter(requests_of)
        .order_by_asc(access_request::Column::ReceivedOn)
        .order_by_asc(access_request::Column::Id)
        .all(txn)
        .await?;
    let request_ids: Vec<i32> = request_rows.iter().map(|r| r.id).collect();
    let mut documents: HashMap<i32, Vec<DocumentRecord>> = HashMap::new();
    let sent = access_request_document::Entity::find()
        .select_only()
        .columns([
            access_request_document::Column::AccessRequestId,
            access_request_document::Column::Kind,
            access_request_document::Column::Language,
            access_request_document::Column::Sha256,
            access_request_document::Column::CreatedAt,
        ])
        .filter(access_request_document::Column::AccessRequestId.is_in(request_ids.clone()))
        .order_by_asc(access_request_document::Column::Id)
        .into_tuple::<(i32, String, String, String, chrono::DateTime<chrono::Utc>)>()
        .all(txn)
        .await?;
    for (request, kind, language, sha256, sent_at) in sent {
        documents.entry(request).or_default().push(DocumentRecord {
            kind: kind.parse().map_err(ServiceError::UnexpectedData)?,
            language: Lang::from_id(&language).ok_or(ServiceError::UnexpectedData(language))?,
            sha256,
            sent_at,
        });
    }
    let mut systems = HashMap::new();
    for id in &request_ids {
        systems.insert(
            *id,
            crate::service::access_request::recorded_systems(txn, *id).await?,
        );
    }
    let requests = request_rows
        .into_iter()
        .map(|row| {
            Ok(RequestRecord {
                systems: systems.remove(&row.id).unwrap_or_default(),
                channel: row.channel.parse().map_err(ServiceError::UnexpectedData)?,
                identity_check: row
                    .identity_check
                    .as_deref()
                    .map(str::parse)
                    .transpose()
                    .map_err(ServiceError::UnexpectedData)?,
                status: crate::service::access_request::status_of(&row)?,
                documents: documents.remove(&row.id).unwrap_or_default(),
                reference: row.reference,
                requester_name: row.requester_name,
                requester_email: row.requester_email,
                requester_phone: row.requester_phone,
                requester_address: row.requester_address,
                requester_postal_code: row.requester_postal_code,
                requester_city: row.requester_city,
                requester_country: row.requester_country,
                received_on: row.received_on,
                due_on: row.extended_due_on.unwrap_or(row.due_on),
                waiting_since: row.waiting_since,
                paused_days: row.paused_days,
                delivery: match row.answer_by.as_deref() {
                    Some(code) => code.parse().map_err(ServiceError::UnexpectedData)?,
                    None => Delivery::for_channel(
                        row.channel.parse().map_err(ServiceError::UnexpectedData)?,
                    ),
                },
                identity_note: row.identity_method,
                letter_file_name: row.letter_file_name,
                extension_reason: row.extension_reason,
                rejection_reason: row.rejection_reason,
                closed_at: row.answered_at,
            })
        })
        .collect::<Result<Vec<_>, ServiceError>>()?;

    let about_customer = Condition::any()
        .add(
            Condition::all()
                .add(audit_event::Column::TargetKind.eq("customer"))
                .add(audit_event::Column::TargetId.eq(customer_id)),
        )
        .add(
            Condition::all()
                .add(audit_event::Column::TargetKind.eq("access_request"))
                .add(audit_event::Column::TargetId.is_in(request_ids)),
        )
        .add(
            Condition::all()
                .add(audit_event::Column::TargetKind.eq("review"))
                .add(audit_event::Column::TargetId.is_in(review_ids.to_vec())),
        );
    let consultations = audit_event::Entity::find()
        .filter(about_customer)
        .order_by_asc(audit_event::Column::Seq)
        .all(txn)
        .await?
        .into_iter()
        .map(|event| ConsultationRecord {
            purpose: recorded_purpose(&event.details)
                .or_else(|| AuditAction::parse(&event.action).and_then(Purpose::of_action)),
            purpose_words: recorded_words(&event.details),
            at: event.occurred_at,
            role: match &event.actor_role {
                Some(role) => role.parse().ok(),
                None => event
                    .actor_staff_id
                    .and_then(|id| role_of_id.get(&id).copied().flatten()),
            },
            action: event.action,
        })
        .collect();
    Ok(History {
        consents,
        requests,
        consultations,
    })
}

/// The purpose recorded with a consultation, if it was (`customer.read` records it).
fn recorded_purpose(details: &str) -> Option<Purpose> {
    let details: serde_json::Value = serde_json::from_str(details).ok()?;
    Purpose::parse(details.get("purpose")?.as_str()?)
}

fn recorded_words(details: &str) -> Option<String> {
    let details: serde_json::Value = serde_json::from_str(details).ok()?;
    Some(details.get("purpose_words")?.as_str()?.to_owned())
}
