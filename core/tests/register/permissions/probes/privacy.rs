//! Probes of the extracts, the newsletter export, the retention review and erasure.

use chrono::Utc;
use register::domain::Lang;
use register::domain::consent::ErasureReason;
use register::domain::customer::CustomerInput;
use register::domain::subject::Subject;
use register::service::{
    PageRequest, ServiceError, access_request, backup, customer, erasure, extract, marketing,
    order, retention,
};
use testing::aino;

use super::Ctx;

pub async fn generate_extract(c: &Ctx<'_>) -> Result<(), ServiceError> {
    extract::generate(c.db, c.session, c.fixture.customer_id, Lang::Fi, None)
        .await
        .map(drop)
}

pub async fn generate_erased_extract(c: &Ctx<'_>) -> Result<(), ServiceError> {
    extract::generate_erased(c.db, c.session, c.fixture.erased_number, Lang::Sv, None)
        .await
        .map(drop)
}

pub async fn extract_of_subject(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let subject = Subject::Customer(c.fixture.customer_id);
    extract::of_subject(c.db, c.session, subject, Lang::En, None)
        .await
        .map(drop)
}

pub async fn subject_by_email(c: &Ctx<'_>) -> Result<(), ServiceError> {
    extract::subject_by_email(c.db, c.session, &c.fixture.customer_email)
        .await
        .map(drop)
}

pub async fn subject_by_order(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let admin = &c.fixture.admin;
    let number = order::get(c.db, admin, c.fixture.order_id)
        .await?
        .order_number;
    extract::subject_by_order(c.db, c.session, &number)
        .await
        .map(drop)
}

pub async fn record_saved(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let subject = Subject::Customer(c.fixture.customer_id);
    let reference = format!("RO-PROBE-{}", c.n);
    extract::record_saved(c.db, c.session, subject, &reference, &"0".repeat(64)).await
}

pub async fn export_newsletter(c: &Ctx<'_>) -> Result<(), ServiceError> {
    marketing::newsletter_recipients_csv(c.db, c.session, &mut Vec::new())
        .await
        .map(drop)
}

pub async fn retention_policy(c: &Ctx<'_>) -> Result<(), ServiceError> {
    retention::policy(c.db, c.session).await.map(drop)
}

pub async fn retention_review(c: &Ctx<'_>) -> Result<(), ServiceError> {
    retention::candidates(c.db, c.session, 36, Utc::now(), PageRequest::first(20))
        .await
        .map(drop)
}

/// A customer of its own, idle for longer than the months asked: none, as it was just made,
/// so nothing is erased when the call is allowed.
pub async fn erase_idle(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let ids = [c.fixture.customer_id];
    retention::erase_idle(c.db, c.session, &ids, 36, Utc::now())
        .await
        .map(drop)
}

/// Each allowed attempt erases a customer of its own.
pub async fn erase(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let input = CustomerInput {
        webshop_username: format!("erase{}", c.n),
        ..aino()
    };
    let victim = customer::create(c.db, &c.fixture.admin, &input).await?;
    erasure::erase(c.db, c.session, victim.id, ErasureReason::Other)
        .await
        .map(drop)
}

pub async fn purge_vouchers(c: &Ctx<'_>) -> Result<(), ServiceError> {
    erasure::purge_expired_vouchers(c.db, c.session, Utc::now().date_naive())
        .await
        .map(drop)
}

pub async fn purge_requests(c: &Ctx<'_>) -> Result<(), ServiceError> {
    access_request::purge_expired(c.db, c.session, Utc::now().date_naive())
        .await
        .map(drop)
}

/// The ledger of the fixture's backup folder, with the fixture's erasure in it.
pub async fn replay_ledger(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let ledger = register::erasure_ledger::path_in(c.fixture.backup_folder.path());
    backup::replay_ledger(c.db, c.session, &ledger, None)
        .await
        .map(drop)
}
