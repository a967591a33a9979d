//! Customers' product reviews and their moderation.

use crate::domain::AuditAction;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::json;

use super::audit::Event;
use super::listing_trail::{self, Listing};
use super::page::{PageRequest, Rows};
use super::write::{audited, write};
use super::{ServiceError, Session, authorize, refuse_early};
use crate::db::Db;
use crate::domain::Permission;
pub use crate::domain::review::Review;
use crate::domain::review::{ReviewInput, ValidReview};
use crate::entity::{customer, review};

impl From<review::Model> for Review {
    fn from(model: review::Model) -> Self {
        Self {
            id: model.id,
            customer_id: model.customer_id,
            product: model.product,
            rating: u8::try_from(model.rating).unwrap_or_default(),
            text: model.text,
            created_at: model.created_at,
            visible: model.visible,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Visibility {
    #[default]
    All,
    Visible,
    Hidden,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewQuery {
    pub visibility: Visibility,
    pub page: PageRequest,
}

/// Records a review the customer wrote in the webshop.
pub async fn create(
    db: &Db,
    session: &Session,
    customer_id: i32,
    input: &ReviewInput,
) -> Result<Review, ServiceError> {
    refuse_early(db.conn(), session, Permission::CustomerData).await?;
    let valid = input.validate()?;
    write(db, session, Permission::CustomerData, async |txn, _| {
        if customer::Entity::find_by_id(customer_id)
            .one(txn)
            .await?
            .is_none()
        {
            return Err(ServiceError::NotFound("customer"));
        }
        let created = insert(txn, customer_id, valid, Utc::now()).await?;
        let event = Event::new(AuditAction::ReviewCreate, Some(customer_id))
            .with_details(json!({ "review": created.id }));
        Ok((created.into(), event))
    })
    .await
}

pub(crate) async fn insert(
    txn: &DatabaseTransaction,
    customer_id: i32,
    valid: ValidReview,
    created_at: DateTime<Utc>,
) -> Result<review::Model, ServiceError> {
    Ok(new_model(customer_id, valid, created_at)
        .insert(txn)
        .await?)
}

/// The row a new, visible review is stored as.
pub(crate) fn new_model(
    customer_id: i32,
    valid: ValidReview,
    created_at: DateTime<Utc>,
) -> review::ActiveModel {
    review::ActiveModel {
        customer_id: Set(Some(customer_id)),
        product: Set(valid.product),
        rating: Set(i16::from(valid.rating.value())),
        text: Set(valid.text),
        created_at: Set(created_at),
        visible: Set(true),
        ..Default::default()
    }
}

/// Every review one customer wrote, newest first; the read is audited.
pub async fn list_for_customer(
    db: &Db,
    session: &Session,
    customer_id: i32,
) -> Result<Vec<Review>, ServiceError> {
    audited(db, session, Permission::ViewReviews, async |txn, _| {
        let reviews = review::Entity::find()
            .filter(review::Column::CustomerId.eq(customer_id))
            .order_by_desc(review::Column::CreatedAt)
            .order_by_desc(review::Column::Id)
            .all(txn)
            .await?;
        let event = Event::new(AuditAction::CustomerReviewsRead, Some(customer_id));
        Ok((reviews.into_iter().map(Review::from).collect(), event))
    })
    .await
}

/// All reviews, newest first, for moderation.
pub async fn list(
    db: &Db,
    session: &Session,
    query: &ReviewQuery,
) -> Result<Rows<Review>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::ViewReviews).await?;
    let mut select = review::Entity::find();
    match query.visibility {
        Visibility::All => {}
        Visibility::Visible => select = select.filter(review::Column::Visible.eq(true)),
        Visibility::Hidden => select = select.filter(review::Column::Visible.eq(false)),
    }
    let rows = select
        .order_by_desc(review::Column::CreatedAt)
        .order_by_desc(review::Column::Id)
        .offset(query.page.offset)
        .limit(query.page.fetch_limit())
        .all(db.conn())
        .await?;
    let rows = Rows::from_rows(rows, &query.page);
    let shown = rows.items.iter().map(|r| r.id);
    listing_trail::shown(db, &staff, Listing::Reviews, shown).await?;
    Ok(rows.map(Review::from))
}

/// Hides a review from the webshop or shows it again.
pub async fn set_visible(
    db: &Db,
    session: &Session,
    review_id: i32,
    visible: bool,
) -> Result<Review, ServiceError> {
    write(db, session, Permission::ModerateReviews, async |txn, _| {
        let existing = review::Entity::find_by_id(review_id)
            .one(txn)
            .await?
            .ok_or(ServiceError::NotFound("review"))?;
        let mut update: review::ActiveModel = existing.into();
        update.visible = Set(visible);
        let updated = update.update(txn).await?;
        let action = if visible {
            AuditAction::ReviewShow
        } else {
            AuditAction::ReviewHide
        };
        Ok((updated.into(), Event::new(action, Some(review_id))))
    })
    .await
}
