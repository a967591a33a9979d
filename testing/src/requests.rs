//! Access requests for the tests: one logged today and verified by a signed letter, with the
//! shop's other systems searched and found empty.

use register::db::Db;
use register::domain::access_request::{AccessRequestInput, IdentityCheck};
use register::domain::other_systems::Searched;
use register::service::Session;
use register::service::access_request::{self, AccessRequest};

/// A request from `customer`, received today, matched and verified by a signed letter.
pub async fn verified(db: &Db, admin: &Session, customer: i32) -> AccessRequest {
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        received_on: chrono::Utc::now().format("%d.%m.%Y").to_string(),
        customer_id: Some(customer),
        ..AccessRequestInput::default()
    };
    let request = access_request::log(db, admin, &input)
        .await
        .expect("logged");
    let request =
        signed_letter_checked(db, admin, request, "Allekirjoitus ja osoite verrattu").await;
    searched_everywhere(db, admin, request).await
}

/// A matched request checked by its signed letter, with `note`, and verified.
pub async fn signed_letter_checked(
    db: &Db,
    admin: &Session,
    request: AccessRequest,
    note: &str,
) -> AccessRequest {
    let request = access_request::set_identity_check(
        db,
        admin,
        request.id,
        request.version,
        Some(IdentityCheck::SignedLetter),
        note,
    )
    .await
    .expect("checked");
    access_request::mark_verified(db, admin, request.id, request.version)
        .await
        .expect("verified")
}

/// The customers the register finds with the request's details, all ruled out as staff
/// would after looking at them: what `answer_nothing_held` is given.
pub async fn ruled_out(db: &Db, admin: &Session, request: &AccessRequest) -> Vec<i32> {
    access_request::nothing_held_candidates(db, admin, request.id)
        .await
        .expect("the register searched")
        .into_iter()
        .map(|customer| customer.id)
        .collect()
}

/// Every other system of the shop recorded as searched with nothing found.
pub async fn searched_everywhere(
    db: &Db,
    admin: &Session,
    mut request: AccessRequest,
) -> AccessRequest {
    let systems = access_request::systems(db, admin, request.id)
        .await
        .expect("the systems");
    for check in systems {
        request = access_request::record_system(
            db,
            admin,
            request.id,
            request.version,
            check.system.key,
            Some(Searched::NothingFound),
            "",
        )
        .await
        .expect("recorded");
    }
    request
}
