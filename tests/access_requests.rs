//! The register of access requests: logging, the checklist, deadlines, rejection, extension and
//! the scanned letter.

mod common;

use asiakasrekisteri::db::Db;
use asiakasrekisteri::domain::access_request::{AccessRequestInput, AccessRequestStatus, Urgency};
use asiakasrekisteri::domain::{Field, Problem};
use asiakasrekisteri::service::access_request::{self, AccessRequestQuery, Checklist};
use asiakasrekisteri::service::{PageRequest, ServiceError, Session};
use chrono::{Duration, NaiveDate, Utc};
use common::{aino, create_customer, first_admin};

fn days_ago(days: i64) -> NaiveDate {
    Utc::now().date_naive() - Duration::days(days)
}

async fn logged(
    db: &Db,
    session: &Session,
    received: NaiveDate,
    customer_id: Option<i32>,
) -> access_request::AccessRequest {
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        received_on: received.format("%-d.%-m.%Y").to_string(),
        customer_id,
    };
    access_request::log(db, session, &input)
        .await
        .expect("logged")
}

fn fields(error: &ServiceError) -> Vec<(Field, Problem)> {
    error
        .field_errors()
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect()
}

async fn a_logged_request_is_due_one_month_after_receipt(db: Db) {
    let admin = first_admin(&db).await;
    let received = NaiveDate::from_ymd_opt(2026, 1, 31).expect("date");
    let request = logged(&db, &admin, received, None).await;
    assert_eq!(request.status, AccessRequestStatus::Received);
    assert_eq!(
        request.due_on,
        NaiveDate::from_ymd_opt(2026, 2, 28).expect("date")
    );
    assert_eq!(request.reference, "TP-2026-0001");
    assert_eq!(request.logged_by, "paakayttaja");
    let second = logged(&db, &admin, received, None).await;
    assert_eq!(second.reference, "TP-2026-0002");
}

async fn a_request_is_verified_only_when_signed_identified_and_matched(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let request = logged(&db, &admin, days_ago(2), None).await;
    let refused = access_request::mark_verified(&db, &admin, request.id, request.version)
        .await
        .expect_err("nothing is checked yet");
    assert_eq!(
        fields(&refused),
        [
            (Field::MatchedCustomer, Problem::Required),
            (Field::Signed, Problem::Required),
            (Field::IdentityVerified, Problem::Required),
        ]
    );
    let checklist = Checklist {
        signed: true,
        identity_verified: true,
        identity_method: String::new(),
    };
    let no_method =
        access_request::set_checklist(&db, &admin, request.id, request.version, &checklist)
            .await
            .expect_err("how the identity was checked must be said");
    assert_eq!(
        fields(&no_method),
        [(Field::IdentityMethod, Problem::Required)]
    );
    let checklist = Checklist {
        identity_method: "Allekirjoitus ja osoite verrattu tilaushistoriaan".into(),
        ..checklist
    };
    let request =
        access_request::set_checklist(&db, &admin, request.id, request.version, &checklist)
            .await
            .expect("checklist saved");
    let request = access_request::match_customer(&db, &admin, request.id, request.version, aino.id)
        .await
        .expect("matched");
    let request = access_request::mark_verified(&db, &admin, request.id, request.version)
        .await
        .expect("verified");
    assert_eq!(request.status, AccessRequestStatus::Verified);
    assert_eq!(request.customer_id, Some(aino.id));
}

async fn a_rejection_needs_a_reason_and_closes_the_request(db: Db) {
    let admin = first_admin(&db).await;
    let request = logged(&db, &admin, days_ago(40), None).await;
    assert_eq!(request.urgency(Utc::now().date_naive()), Urgency::Overdue);
    let no_reason = access_request::reject(&db, &admin, request.id, request.version, "  ")
        .await
        .expect_err("a reason is required");
    assert_eq!(
        fields(&no_reason),
        [(Field::RejectionReason, Problem::Required)]
    );
    let rejected = access_request::reject(
        &db,
        &admin,
        request.id,
        request.version,
        "Pyyntöä ei ollut allekirjoitettu.",
    )
    .await
    .expect("rejected");
    assert_eq!(rejected.status, AccessRequestStatus::Rejected);
    assert_eq!(rejected.urgency(Utc::now().date_naive()), Urgency::Closed);
    let closed =
        access_request::extend(&db, &admin, rejected.id, rejected.version, "Myöhässä").await;
    assert!(
        matches!(closed, Err(ServiceError::WrongState(_))),
        "{closed:?}"
    );
}

async fn the_deadline_extends_once_by_two_months(db: Db) {
    let admin = first_admin(&db).await;
    let received = days_ago(25);
    let request = logged(&db, &admin, received, None).await;
    assert_eq!(request.urgency(Utc::now().date_naive()), Urgency::DueSoon);
    let extended = access_request::extend(
        &db,
        &admin,
        request.id,
        request.version,
        "Laaja tilaushistoria",
    )
    .await
    .expect("extended");
    assert!(extended.extended);
    assert_eq!(
        extended.due_on,
        received
            .checked_add_months(chrono::Months::new(3))
            .expect("date")
    );
    assert_eq!(extended.urgency(Utc::now().date_naive()), Urgency::OnTime);
    let again = access_request::extend(&db, &admin, extended.id, extended.version, "Uudestaan")
        .await
        .expect_err("only once");
    assert_eq!(
        fields(&again),
        [(Field::ExtensionReason, Problem::AlreadyExtended)]
    );
}

async fn a_stale_change_is_a_conflict(db: Db) {
    let admin = first_admin(&db).await;
    let request = logged(&db, &admin, days_ago(1), None).await;
    access_request::extend(&db, &admin, request.id, request.version, "Syy")
        .await
        .expect("extended");
    let stale = access_request::reject(&db, &admin, request.id, request.version, "Syy").await;
    assert!(matches!(stale, Err(ServiceError::Conflict(_))), "{stale:?}");
}

async fn the_scanned_letter_is_stored_with_its_sha256(db: Db) {
    let admin = first_admin(&db).await;
    let request = logged(&db, &admin, days_ago(1), None).await;
    let scan = b"%PDF-1.4 skannattu kirje".to_vec();
    let updated = access_request::attach_letter(
        &db,
        &admin,
        request.id,
        request.version,
        "kirje.pdf",
        scan.clone(),
    )
    .await
    .expect("attached");
    let expected = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(&scan))
    };
    assert_eq!(updated.letter_sha256, Some(expected));
    let letter = access_request::letter(&db, &admin, request.id)
        .await
        .expect("read back");
    assert_eq!(letter.file_name, "kirje.pdf");
    assert_eq!(letter.content, scan);
    let empty = access_request::attach_letter(
        &db,
        &admin,
        updated.id,
        updated.version,
        "tyhjä.pdf",
        vec![],
    )
    .await
    .expect_err("an empty file is refused");
    assert_eq!(fields(&empty), [(Field::Letter, Problem::Required)]);
}

async fn open_requests_come_first_by_deadline(db: Db) {
    let admin = first_admin(&db).await;
    let late = logged(&db, &admin, days_ago(35), None).await;
    let fresh = logged(&db, &admin, days_ago(1), None).await;
    let soon = logged(&db, &admin, days_ago(27), None).await;
    access_request::reject(&db, &admin, late.id, late.version, "Ei allekirjoitusta")
        .await
        .expect("rejected");
    let all = access_request::list(
        &db,
        &admin,
        &AccessRequestQuery {
            open_only: false,
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("list");
    let ids: Vec<i32> = all.items.iter().map(|r| r.id).collect();
    assert_eq!(ids, [soon.id, fresh.id, late.id]);
    let open = access_request::list(
        &db,
        &admin,
        &AccessRequestQuery {
            open_only: true,
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("list");
    assert_eq!(open.items.len(), 2);
}

async fn a_future_receipt_date_is_refused(db: Db) {
    let admin = first_admin(&db).await;
    let input = AccessRequestInput {
        requester_name: "Aino".into(),
        received_on: (Utc::now().date_naive() + Duration::days(2))
            .format("%d.%m.%Y")
            .to_string(),
        customer_id: None,
    };
    let error = access_request::log(&db, &admin, &input)
        .await
        .expect_err("refused");
    assert_eq!(fields(&error), [(Field::ReceivedOn, Problem::InTheFuture)]);
}

on_both_databases!(
    a_logged_request_is_due_one_month_after_receipt,
    a_request_is_verified_only_when_signed_identified_and_matched,
    a_rejection_needs_a_reason_and_closes_the_request,
    the_deadline_extends_once_by_two_months,
    a_stale_change_is_a_conflict,
    the_scanned_letter_is_stored_with_its_sha256,
    open_requests_come_first_by_deadline,
    a_future_receipt_date_is_refused,
);
