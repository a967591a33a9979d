//! A request's intake: logging it on the day it arrived, matching it to a customer, checking
//! who sent it, and keeping the letter or email it came in.

use crate::domain::AuditAction;
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter,
};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{AccessRequest, change, require_open, set_status, stop_waiting, unverify};
use crate::db::Db;
use crate::domain::access_request::{
    AccessRequestInput, AccessRequestStatus, Delivery, IdentityCheck, due_date,
};
use crate::domain::{Field, FieldError, Permission, Problem, optional_text};
use crate::entity::{access_request as entity, access_request_letter as letter, customer};
use crate::service::audit::Event;
use crate::service::write::{audited, write};
use crate::service::{ServiceError, Session, refuse_early};

/// The largest letter or saved email accepted: a multi-page scan at a readable resolution.
pub const MAX_LETTER_BYTES: usize = 20 * 1024 * 1024;

/// The letter, scan or saved email a request came in, as it was attached (not a letter the
/// shop sends: those are `letter::Letter`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedLetter {
    pub file_name: String,
    pub content: Vec<u8>,
}

/// Logs a request on the day it arrived, by whatever channel it came; the deadline is set
/// from the day of receipt.
pub async fn log(
    db: &Db,
    session: &Session,
    input: &AccessRequestInput,
) -> Result<AccessRequest, ServiceError> {
    refuse_early(db.conn(), session, Permission::AccessRequests).await?;
    let valid = input.validate(crate::format::today())?;
    write(
        db,
        session,
        Permission::AccessRequests,
        async |txn, staff| {
            if let Some(customer_id) = valid.customer_id {
                refuse_unknown_customer(txn, customer_id).await?;
            }
            if let Some(number) = valid.erased_customer_number {
                refuse_unknown_vouchers(txn, number).await?;
            }
            let reference = next_reference(txn, valid.received_on).await?;
            let created = entity::ActiveModel {
                reference: Set(reference),
                channel: Set(valid.channel.as_str().to_owned()),
                customer_id: Set(valid.customer_id),
                erased_customer_number: Set(valid.erased_customer_number),
                requester_name: Set(valid.requester_name),
                requester_email: Set(valid.requester_email.map(|e| e.to_string())),
                requester_phone: Set(valid.requester_phone.map(|p| p.to_string())),
                requester_address: Set(valid.requester_address.as_ref().map(|a| a.street.clone())),
                requester_postal_code: Set(valid
                    .requester_address
                    .as_ref()
                    .map(|a| a.postal_code.as_str().to_owned())),
                requester_city: Set(valid.requester_address.as_ref().map(|a| a.city.clone())),
                requester_country: Set(valid
                    .requester_address
                    .as_ref()
                    .map(|a| a.country.as_str().to_owned())),
                received_on: Set(valid.received_on),
                due_on: Set(due_date(valid.received_on)),
                extended_due_on: Set(None),
                extension_reason: Set(None),
                logged_by_staff_id: Set(staff.id),
                logged_by: Set(staff.username.clone()),
                logged_at: Set(Utc::now()),
                identity_check: Set(None),
                identity_method: Set(None),
                waiting_for_requester: Set(false),
                outcome: Set(None),
                letter_file_name: Set(None),
                letter_sha256: Set(None),
                status: Set(AccessRequestStatus::Received.as_str().to_owned()),
                rejection_reason: Set(None),
                answered_at: Set(None),
                extract_sha256: Set(None),
                extract_generated_by: Set(None),
                extract_generated_at: Set(None),
                version: Set(1),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            let event = Event::new(AuditAction::AccessRequestLog, Some(created.id)).with_details(
                json!({ "customer": created.customer_id, "channel": created.channel }),
            );
            Ok((AccessRequest::from_model(created)?, event))
        },
    )
    .await
}

/// "TP-2026-0007": the seventh request received in 2026 (tarkastuspyyntö).
async fn next_reference(
    txn: &DatabaseTransaction,
    received_on: NaiveDate,
) -> Result<String, ServiceError> {
    let prefix = format!("TP-{}-", received_on.format("%Y"));
    let taken = entity::Entity::find()
        .filter(entity::Column::Reference.starts_with(&prefix))
        .count(txn)
        .await?;
    Ok(format!("{prefix}{:04}", taken + 1))
}

async fn refuse_unknown_customer(
    txn: &DatabaseTransaction,
    customer_id: i32,
) -> Result<(), ServiceError> {
    if customer::Entity::find_by_id(customer_id)
        .one(txn)
        .await?
        .is_none()
    {
        return Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::UnknownCustomer,
        )));
    }
    Ok(())
}

async fn refuse_unknown_vouchers(
    conn: &impl sea_orm::ConnectionTrait,
    number: i32,
) -> Result<(), ServiceError> {
    // A database failure is said as one; only vouchers that are not there are the field's.
    match crate::service::vouchers::kept(conn, number).await {
        Ok(_) => Ok(()),
        Err(ServiceError::NotFound(_)) => Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::UnknownCustomer,
        ))),
        Err(other) => Err(other),
    }
}

/// Matches the request to a customer, or to nobody when the requester is not in the register.
/// A verified request goes back to received: its check was made against the other customer.
pub async fn match_customer(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    customer_id: Option<i32>,
) -> Result<AccessRequest, ServiceError> {
    if let Some(customer_id) = customer_id {
        let exists = customer::Entity::find_by_id(customer_id)
            .one(db.conn())
            .await?
            .is_some();
        if !exists {
            return Err(ServiceError::invalid(FieldError::new(
                Field::MatchedCustomer,
                Problem::UnknownCustomer,
            )));
        }
    }
    change(
        db,
        session,
        id,
        version,
        AuditAction::AccessRequestMatch,
        |current, update| {
            require_open(current)?;
            if current.customer_id != customer_id || current.erased_customer_number.is_some() {
                unverify(current, update);
            }
            update.customer_id = Set(customer_id);
            update.erased_customer_number = Set(None);
            Ok(())
        },
    )
    .await
}

/// Matches the request to the vouchers the register keeps of an erased customer, by the number
/// the customer had (see [`crate::service::vouchers::find`]). A verified request goes back to
/// received: its check was made against someone else.
pub async fn match_vouchers(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    customer_number: i32,
) -> Result<AccessRequest, ServiceError> {
    refuse_unknown_vouchers(db.conn(), customer_number).await?;
    change(
        db,
        session,
        id,
        version,
        AuditAction::AccessRequestMatch,
        |current, update| {
            require_open(current)?;
            if current.erased_customer_number != Some(customer_number)
                || current.customer_id.is_some()
            {
                unverify(current, update);
            }
            update.customer_id = Set(None);
            update.erased_customer_number = Set(Some(customer_number));
            Ok(())
        },
    )
    .await
}

/// Records how the requester's identity was checked, with a note; None clears it. The check
/// must fit the channel the request came by, and "another check" needs its note. A verified
/// request whose check changes goes back to received.
pub async fn set_identity_check(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    check: Option<IdentityCheck>,
    note: &str,
) -> Result<AccessRequest, ServiceError> {
    let note = match check {
        Some(IdentityCheck::Other) => Some(crate::domain::required_text(
            Field::IdentityMethod,
            note,
            500,
        )?),
        _ => optional_text(Field::IdentityMethod, note, 500)?,
    };
    change(
        db,
        session,
        id,
        version,
        AuditAction::AccessRequestChecklist,
        |current, update| {
            require_open(current)?;
            let channel = current
                .channel
                .parse()
                .map_err(ServiceError::UnexpectedData)?;
            if let Some(check) = check
                && !check.fits(channel)
            {
                return Err(ServiceError::invalid(FieldError::new(
                    Field::IdentityVerified,
                    Problem::UnfitCheck,
                )));
            }
            let code = check.map(|c| c.as_str().to_owned());
            if current.identity_check != code || current.identity_method != note {
                unverify(current, update);
            }
            update.identity_check = Set(code);
            update.identity_method = Set(note);
            Ok(())
        },
    )
    .await
}

/// Marks that staff wait for the requester's reply, or that the wait is over: then a deadline
/// that stood still since the request for what confirms the identity moves on by the days it
/// stood.
pub async fn set_waiting(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    waiting: bool,
) -> Result<AccessRequest, ServiceError> {
    change(
        db,
        session,
        id,
        version,
        AuditAction::AccessRequestWaiting,
        |current, update| {
            require_open(current)?;
            if waiting {
                // Only a request for what confirms the identity stops the deadline
                // (`ask_for_identification`); this marks whom the request waits for.
                update.waiting_for_requester = Set(true);
            } else {
                stop_waiting(current, update, crate::format::today());
            }
            Ok(())
        },
    )
    .await
}

/// Records how the requester asked to be answered (None: the way the request came).
pub async fn set_delivery(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    answer_by: Option<Delivery>,
) -> Result<AccessRequest, ServiceError> {
    change(
        db,
        session,
        id,
        version,
        AuditAction::AccessRequestDelivery,
        |current, update| {
            require_open(current)?;
            update.answer_by = Set(answer_by.map(|d| d.as_str().to_owned()));
            Ok(())
        },
    )
    .await
}

/// The request is genuine: it is matched to a customer (or an erased customer's kept vouchers)
/// and the requester's identity was checked.
pub async fn mark_verified(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
) -> Result<AccessRequest, ServiceError> {
    change(
        db,
        session,
        id,
        version,
        AuditAction::AccessRequestVerify,
        |current, update| {
            if current.status != AccessRequestStatus::Received.as_str() {
                return Err(ServiceError::WrongState("access request"));
            }
            let mut missing = Vec::new();
            if current.customer_id.is_none() && current.erased_customer_number.is_none() {
                missing.push(FieldError::new(Field::MatchedCustomer, Problem::Required));
            }
            if current.identity_check.is_none() {
                missing.push(FieldError::new(Field::IdentityVerified, Problem::Required));
            }
            if !missing.is_empty() {
                return Err(ServiceError::Invalid(missing));
            }
            set_status(update, AccessRequestStatus::Verified);
            stop_waiting(current, update, crate::format::today());
            Ok(())
        },
    )
    .await
}

/// Stores the letter, or the email saved as a file, with its SHA-256, replacing an earlier one.
pub async fn attach_letter(
    db: &Db,
    session: &Session,
    id: i32,
    version: i32,
    file_name: &str,
    content: Vec<u8>,
) -> Result<AccessRequest, ServiceError> {
    if content.is_empty() {
        return Err(ServiceError::invalid(FieldError::new(
            Field::Letter,
            Problem::Required,
        )));
    }
    if content.len() > MAX_LETTER_BYTES {
        return Err(ServiceError::invalid(FieldError::new(
            Field::Letter,
            Problem::OutOfRange {
                min: 1,
                max: MAX_LETTER_BYTES as i64,
            },
        )));
    }
    let file_name = crate::domain::required_text(Field::Letter, file_name, 255)?;
    let digest = hex::encode(Sha256::digest(&content));
    write(db, session, Permission::AccessRequests, async |txn, _| {
        let updated = super::change_in(txn, id, version, |_, update| {
            update.letter_file_name = Set(Some(file_name));
            update.letter_sha256 = Set(Some(digest.clone()));
            Ok(())
        })
        .await?;
        letter::Entity::delete_by_id(id).exec(txn).await?;
        letter::ActiveModel {
            access_request_id: Set(id),
            content: Set(content),
        }
        .insert(txn)
        .await?;
        let event = Event::new(AuditAction::AccessRequestAttachLetter, Some(id))
            .with_details(json!({ "sha256": digest }));
        Ok((AccessRequest::from_model(updated)?, event))
    })
    .await
}

/// The letter or email the request came in, to look at; reading it is audited, as it holds
/// personal data.
pub async fn letter(db: &Db, session: &Session, id: i32) -> Result<ReceivedLetter, ServiceError> {
    audited(db, session, Permission::AccessRequests, async |txn, _| {
        let request = entity::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(ServiceError::NotFound("access request"))?;
        let stored = letter::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(ServiceError::NotFound("scanned letter"))?;
        let letter = ReceivedLetter {
            file_name: request.letter_file_name.unwrap_or_default(),
            content: stored.content,
        };
        let event = Event::new(AuditAction::AccessRequestReadLetter, Some(id));
        Ok((letter, event))
    })
    .await
}
