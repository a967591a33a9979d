//! Probes of the access requests: intake, the identity check, the other systems, the letters
//! and the answers. Each probe that changes a request has a request of its own, logged by the
//! admin, so that no probe finds it in another's state.

use chrono::Utc;
use register::domain::Lang;
use register::domain::access_request::{AccessRequestInput, Delivery, IdentityCheck};
use register::domain::other_systems::{EMAIL, Searched};
use register::domain::subject::Subject;
use register::service::access_request::{self, AccessRequestQuery};
use register::service::{PageRequest, ServiceError, vouchers};

use super::{Ctx, fresh_request};

pub async fn log(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        received_on: Utc::now().format("%d.%m.%Y").to_string(),
        customer_id: Some(c.fixture.customer_id),
        ..AccessRequestInput::default()
    };
    access_request::log(c.db, c.session, &input).await.map(drop)
}

pub async fn list(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let query = AccessRequestQuery {
        open_only: true,
        page: PageRequest::first(20),
    };
    access_request::list(c.db, c.session, &query)
        .await
        .map(drop)
}

pub async fn open(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::get(c.db, c.session, request.id)
        .await
        .map(drop)
}

pub async fn match_customer(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, false).await?;
    let customer = Some(c.fixture.customer_id);
    access_request::match_customer(c.db, c.session, request.id, request.version, customer)
        .await
        .map(drop)
}

pub async fn match_vouchers(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, false).await?;
    let number = c.fixture.erased_number;
    access_request::match_vouchers(c.db, c.session, request.id, request.version, number)
        .await
        .map(drop)
}

pub async fn set_identity_check(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::set_identity_check(
        c.db,
        c.session,
        request.id,
        request.version,
        Some(IdentityCheck::SignedLetter),
        "Allekirjoitus verrattu",
    )
    .await
    .map(drop)
}

pub async fn mark_verified(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    let request = access_request::set_identity_check(
        c.db,
        &c.fixture.admin,
        request.id,
        request.version,
        Some(IdentityCheck::SignedLetter),
        "Allekirjoitus verrattu",
    )
    .await?;
    access_request::mark_verified(c.db, c.session, request.id, request.version)
        .await
        .map(drop)
}

pub async fn set_waiting(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::set_waiting(c.db, c.session, request.id, request.version, true)
        .await
        .map(drop)
}

pub async fn set_delivery(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    let delivery = Some(Delivery::Electronic);
    access_request::set_delivery(c.db, c.session, request.id, request.version, delivery)
        .await
        .map(drop)
}

fn scanned_letter() -> Vec<u8> {
    b"%PDF-1.4\n% allekirjoitettu pyynto\n".to_vec()
}

pub async fn attach_letter(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    let (id, version) = (request.id, request.version);
    access_request::attach_letter(c.db, c.session, id, version, "pyynto.pdf", scanned_letter())
        .await
        .map(drop)
}

pub async fn read_letter(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    let admin = &c.fixture.admin;
    let (id, version) = (request.id, request.version);
    access_request::attach_letter(c.db, admin, id, version, "pyynto.pdf", scanned_letter()).await?;
    access_request::letter(c.db, c.session, id).await.map(drop)
}

pub async fn systems(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::systems(c.db, c.session, request.id)
        .await
        .map(drop)
}

pub async fn record_system(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::record_system(
        c.db,
        c.session,
        request.id,
        request.version,
        EMAIL,
        Some(Searched::NothingFound),
        "",
    )
    .await
    .map(drop)
}

pub async fn documents(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::documents(c.db, c.session, request.id)
        .await
        .map(drop)
}

pub async fn document(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    let admin = &c.fixture.admin;
    let (id, version) = (request.id, request.version);
    access_request::reject(c.db, admin, id, version, "Ilmeisen perusteeton.", Lang::Fi).await?;
    let kept = access_request::documents(c.db, admin, id).await?;
    let first = kept
        .first()
        .ok_or(ServiceError::NotFound("the refusal letter"))?;
    access_request::document(c.db, c.session, first.id)
        .await
        .map(drop)
}

pub async fn ask_identification(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::ask_for_identification(
        c.db,
        c.session,
        request.id,
        request.version,
        "Allekirjoitettu pyyntö",
        Lang::Fi,
        Utc::now().date_naive(),
    )
    .await
    .map(drop)
}

pub async fn extend(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    access_request::extend(
        c.db,
        c.session,
        request.id,
        request.version,
        "Pyyntöjä on tullut poikkeuksellisen paljon.",
        Lang::Fi,
        Utc::now().date_naive(),
    )
    .await
    .map(drop)
}

pub async fn reject(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, true).await?;
    let (id, version) = (request.id, request.version);
    access_request::reject(
        c.db,
        c.session,
        id,
        version,
        "Ilmeisen perusteeton.",
        Lang::Fi,
    )
    .await
    .map(drop)
}

pub async fn answer_nothing_held(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, false).await?;
    let request = testing::requests::searched_everywhere(c.db, &c.fixture.admin, request).await;
    let ruled_out = testing::requests::ruled_out(c.db, &c.fixture.admin, &request).await;
    access_request::answer_nothing_held(
        c.db,
        c.session,
        (request.id, request.version),
        Lang::Fi,
        &ruled_out,
    )
    .await
    .map(drop)
}

pub async fn nothing_held_candidates(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let request = fresh_request(c, false).await?;
    access_request::nothing_held_candidates(c.db, c.session, request.id)
        .await
        .map(drop)
}

/// Prepared and recorded, each as the probed role.
pub async fn answer_with_extract(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let customer = c.fixture.customer_id;
    let request = testing::requests::verified(c.db, &c.fixture.admin, customer).await;
    let subject = Subject::Customer(customer);
    access_request::answer_with_extract(c.db, c.session, &request, subject, Lang::Fi)
        .await?
        .record(c.db, c.session)
        .await
        .map(drop)
}

pub async fn find_vouchers(c: &Ctx<'_>) -> Result<(), ServiceError> {
    vouchers::find(c.db, c.session, "OP-1").await.map(drop)
}
