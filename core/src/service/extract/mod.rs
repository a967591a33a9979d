//! Gathering a register extract, and recording that one was delivered.

mod history;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::audit::Event;
use super::write::write;
use super::{ServiceError, Session, authorize, readiness};
use crate::db::Db;
use crate::domain::readiness::{For, Gap};
use crate::domain::{Email, Permission};
use crate::entity::{customer, review};
use crate::extract::{self, Extract, Sources};
use crate::i18n::Lang;

/// Everything held about one customer, for an access request. The read is audited.
pub async fn generate(
    db: &Db,
    session: &Session,
    customer_id: i32,
    lang: Lang,
    reference: Option<String>,
) -> Result<Extract, ServiceError> {
    // Gathered in one transaction, so that the copy is of one moment of the register.
    write(db, session, Permission::AccessRequests, async |txn, _| {
        let model = customer::Entity::find_by_id(customer_id)
            .one(txn)
            .await?
            .ok_or(ServiceError::NotFound("customer"))?;
        let orders = super::order::history(txn, customer_id).await?;
        let reviews = review::Entity::find()
            .filter(review::Column::CustomerId.eq(customer_id))
            .order_by_asc(review::Column::CreatedAt)
            .all(txn)
            .await?;
        let today = crate::format::today();
        let ready = readiness::ready(txn, For::Extract, today).await?;
        let notice = ready.notice.ok_or(ServiceError::DocumentNotReady(vec![
            Gap::NoticeNotPublished,
        ]))?;
        let review_ids: Vec<i32> = reviews.iter().map(|r| r.id).collect();
        // The log as it stood before this extract was gathered.
        let history = history::gather(txn, customer_id, &review_ids).await?;
        let reference =
            reference.unwrap_or_else(|| format!("RO-{customer_id}-{}", today.format("%Y%m%d")));
        let event = Event::new("extract.generate", "customer", Some(customer_id))
            .with_details(json!({ "reference": reference, "language": lang.id() }));
        let sources = Sources {
            customer: model.into(),
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

/// The customer with this email address, for `extract --email`.
pub async fn customer_by_email(
    db: &Db,
    session: &Session,
    email: &str,
) -> Result<i32, ServiceError> {
    authorize(db.conn(), session, Permission::AccessRequests).await?;
    let email = Email::parse(email)?;
    let found = customer::Entity::find()
        .filter(customer::Column::EmailKey.eq(email.search_key()))
        .order_by_asc(customer::Column::Id)
        .limit(2)
        .all(db.conn())
        .await?;
    match found.as_slice() {
        [only] => Ok(only.id),
        [] => Err(ServiceError::NotFound("customer with that email")),
        _ => Err(ServiceError::Ambiguous("email")),
    }
}

/// Records that the extract with this SHA-256 was saved for delivery without a request.
pub async fn record_saved(
    db: &Db,
    session: &Session,
    customer_id: i32,
    reference: &str,
    sha256: &str,
) -> Result<(), ServiceError> {
    write(db, session, Permission::AccessRequests, async |_, _| {
        let event = Event::new("extract.save", "customer", Some(customer_id))
            .with_details(json!({ "reference": reference, "sha256": sha256 }));
        Ok(((), event))
    })
    .await
}
