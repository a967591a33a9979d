//! Orders with their lines and delivery address snapshots.

use crate::domain::AuditAction;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use serde_json::json;

use super::audit::Event;
use super::listing_trail::{self, Listing};
use super::page::{PageRequest, Rows};
use super::write::{audited, write};
use super::{ServiceError, Session, authorize, key_range, refuse_early};
use crate::db::Db;
pub use crate::domain::order::{Order, OrderLine};
use crate::domain::order::{OrderInput, OrderStatus, ValidOrder};
use crate::domain::processing::CarriersUsed;
use crate::domain::subject::Subject;
use crate::domain::{Field, FieldError, Money, Permission, Problem};
use crate::entity::{customer, order, order_line};

/// One row of the global orders list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderSummary {
    pub id: i32,
    pub customer_id: Option<i32>,
    pub order_number: String,
    pub placed_at: DateTime<Utc>,
    pub status: OrderStatus,
    pub carrier: Option<String>,
    pub delivery_name: Option<String>,
    pub delivery_city: Option<String>,
    pub total: Money,
    /// Imported with a delivery postal code or country kept as written.
    pub to_check: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderQuery {
    /// The start of an order number; blank for all orders.
    pub number: String,
    pub status: Option<OrderStatus>,
    pub page: PageRequest,
}

/// Records an order for a customer, e.g. one taken by phone.
pub async fn create(
    db: &Db,
    session: &Session,
    customer_id: i32,
    input: &OrderInput,
) -> Result<Order, ServiceError> {
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
        let taken = order::Entity::find()
            .filter(order::Column::OrderNumber.eq(valid.order_number.as_str()))
            .count(txn)
            .await?
            > 0;
        if taken {
            return Err(ServiceError::invalid(FieldError::new(
                Field::OrderNumber,
                Problem::AlreadyInUse,
            )));
        }
        let (created, lines) = insert(txn, customer_id, &valid).await?;
        let event = Event::new(AuditAction::OrderCreate, Some(customer_id));
        Ok((to_order(created, lines)?, event))
    })
    .await
}

pub(crate) async fn insert(
    txn: &DatabaseTransaction,
    customer_id: i32,
    valid: &ValidOrder,
) -> Result<(order::Model, Vec<OrderLine>), ServiceError> {
    let created = new_model(customer_id, valid).insert(txn).await?;
    let lines = lines_of_valid(valid);
    order_line::Entity::insert_many(line_models(created.id, &lines))
        .exec_without_returning(txn)
        .await?;
    Ok((created, lines))
}

/// An imported order, its values that do not validate stored as written and the order marked
/// to check; returns its id.
pub(crate) async fn insert_kept(
    txn: &DatabaseTransaction,
    customer_id: i32,
    valid: &ValidOrder,
    unchecked: &[crate::import::Unchecked],
) -> Result<i32, ServiceError> {
    let mut model = new_model(customer_id, valid);
    let mut to_check = false;
    for kept in unchecked {
        let written = Set(Some(kept.written.clone()).filter(|w| !w.is_empty()));
        match kept.field {
            Field::PostalCode => model.delivery_postal_code = written,
            Field::Country => model.delivery_country = written,
            _ => continue,
        }
        to_check = true;
    }
    model.to_check = Set(to_check);
    let created = model.insert(txn).await?;
    order_line::Entity::insert_many(line_models(created.id, &lines_of_valid(valid)))
        .exec_without_returning(txn)
        .await?;
    Ok(created.id)
}

/// The row a new order is stored as; its lines are stored with [`line_models`].
pub(crate) fn new_model(customer_id: i32, valid: &ValidOrder) -> order::ActiveModel {
    order::ActiveModel {
        customer_id: Set(Some(customer_id)),
        order_number: Set(valid.order_number.clone()),
        placed_at: Set(valid.placed_at),
        status: Set(valid.status.as_str().to_owned()),
        carrier: Set(valid.carrier.clone()),
        delivery_name: Set(valid.delivery_name.clone()),
        delivery_street_address: Set(valid.delivery_street_address.clone()),
        delivery_postal_code: Set(valid
            .delivery_postal_code
            .as_ref()
            .map(|p| p.as_str().to_owned())),
        delivery_city: Set(valid.delivery_city.clone()),
        delivery_country: Set(Some(valid.delivery_country.as_str().to_owned())),
        to_check: Set(false),
        ..Default::default()
    }
}

/// An order's lines numbered from 1.
pub(crate) fn lines_of_valid(valid: &ValidOrder) -> Vec<OrderLine> {
    valid
        .lines
        .iter()
        .zip(1..)
        .map(|(line, line_no)| OrderLine {
            line_no,
            product: line.product.clone(),
            quantity: line.quantity,
            unit_price: line.unit_price,
            vat_rate_basis_points: i32::from(line.vat_rate.basis_points()),
        })
        .collect()
}

pub(crate) fn line_models(
    order_id: i32,
    lines: &[OrderLine],
) -> impl Iterator<Item = order_line::ActiveModel> + '_ {
    lines.iter().map(move |line| order_line::ActiveModel {
        order_id: Set(order_id),
        line_no: Set(line.line_no),
        product: Set(line.product.clone()),
        quantity: Set(line.quantity),
        unit_price_cents: Set(line.unit_price.cents()),
        vat_rate_basis_points: Set(line.vat_rate_basis_points),
        ..Default::default()
    })
}

/// One page of a customer's orders with their lines, newest first; the read is audited. A
/// customer's orders are few enough (a thousand for a long-time business customer) to be
/// counted off by offset along their index.
pub async fn page_for_customer(
    db: &Db,
    session: &Session,
    customer_id: i32,
    request: PageRequest,
) -> Result<Rows<Order>, ServiceError> {
    audited(
        db,
        session,
        Permission::OrdersAndDelivery,
        async |txn, _| {
            let rows = order::Entity::find()
                .filter(order::Column::CustomerId.eq(customer_id))
                .order_by_desc(order::Column::PlacedAt)
                .order_by_desc(order::Column::Id)
                .offset(request.offset)
                .limit(request.fetch_limit())
                .all(txn)
                .await?;
            let page = Rows::from_rows(rows, &request);
            let mut lines = lines_of(txn, page.items.iter().map(|o| o.id).collect()).await?;
            let orders = page
                .items
                .iter()
                .map(|order| {
                    let order_lines = lines.remove(&order.id).unwrap_or_default();
                    to_order(order.clone(), order_lines)
                })
                .collect::<Result<Vec<_>, _>>()?;
            let event = Event::new(AuditAction::CustomerOrdersRead, Some(customer_id))
                .with_details(json!({ "offset": request.offset }));
            Ok((page.keep_position(orders), event))
        },
    )
    .await
}

/// The carriers that received this customer's delivery data, by the names the processing
/// description gives them; a pickup from the shop disclosed nothing. The read is audited.
pub async fn disclosures(
    db: &Db,
    session: &Session,
    customer_id: i32,
) -> Result<Vec<String>, ServiceError> {
    audited(
        db,
        session,
        Permission::OrdersAndDelivery,
        async |txn, _| {
            let methods: Vec<String> = order::Entity::find()
                .select_only()
                .column(order::Column::Carrier)
                .distinct()
                .filter(order::Column::CustomerId.eq(customer_id))
                .filter(order::Column::Carrier.is_not_null())
                .into_tuple::<Option<String>>()
                .all(txn)
                .await?
                .into_iter()
                .flatten()
                .collect();
            let processing = super::processing::load(txn).await?.description;
            let carriers =
                CarriersUsed::from_methods(&processing, methods.iter().map(String::as_str))
                    .names(&processing);
            let event = Event::new(AuditAction::CustomerDisclosuresRead, Some(customer_id));
            Ok((carriers, event))
        },
    )
    .await
}

/// A customer's orders with their lines, newest first.
pub(crate) async fn history(
    conn: &impl ConnectionTrait,
    subject: Subject,
) -> Result<Vec<Order>, ServiceError> {
    let owned = owned_by(subject);
    let orders = order::Entity::find()
        .filter(owned.clone())
        .order_by_desc(order::Column::PlacedAt)
        .order_by_desc(order::Column::Id)
        .all(conn)
        .await?;
    let mut lines = lines_of_subject(conn, owned).await?;
    orders
        .into_iter()
        .map(|order| {
            let order_lines = lines.remove(&order.id).unwrap_or_default();
            to_order(order, order_lines)
        })
        .collect()
}

/// The orders of a customer, or the vouchers an erasure kept of an erased customer's.
fn owned_by(subject: Subject) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::ExprTrait;
    match subject {
        Subject::Customer(id) => order::Column::CustomerId.eq(id),
        Subject::Erased(number) => order::Column::ErasedCustomerNumber
            .eq(number)
            .and(order::Column::AnonymisedAt.is_not_null()),
    }
}

/// One order with its lines and delivery address; the read is audited against the customer.
pub async fn get(db: &Db, session: &Session, order_id: i32) -> Result<Order, ServiceError> {
    audited(
        db,
        session,
        Permission::OrdersAndDelivery,
        async |txn, _| {
            let model = order::Entity::find_by_id(order_id)
                .one(txn)
                .await?
                .ok_or(ServiceError::NotFound("order"))?;
            let lines = lines_of(txn, vec![order_id])
                .await?
                .remove(&order_id)
                .unwrap_or_default();
            let event = Event::new(AuditAction::OrderRead, model.customer_id)
                .with_details(json!({ "order": order_id }));
            Ok((to_order(model, lines)?, event))
        },
    )
    .await
}

/// The shop's orders, newest first, for the fulfilment screen.
pub async fn list(
    db: &Db,
    session: &Session,
    query: &OrderQuery,
) -> Result<Rows<OrderSummary>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::OrdersAndDelivery).await?;
    let mut select = order::Entity::find();
    let number = query.number.trim().to_uppercase();
    if !number.is_empty() {
        select = select.filter(number_condition(db.conn(), &number).await?);
    }
    if let Some(status) = query.status {
        select = select.filter(order::Column::Status.eq(status.as_str()));
    }
    let rows = select
        .order_by_desc(order::Column::PlacedAt)
        .order_by_desc(order::Column::Id)
        .offset(query.page.offset)
        .limit(query.page.fetch_limit())
        .all(db.conn())
        .await?;
    let mut page = Rows::from_rows(rows, &query.page);
    let ids = page.items.iter().map(|o| o.id).collect();
    let mut lines = lines_of(db.conn(), ids).await?;
    let orders: Vec<Order> = std::mem::take(&mut page.items)
        .into_iter()
        .map(|model| {
            let order_lines = lines.remove(&model.id).unwrap_or_default();
            to_order(model, order_lines)
        })
        .collect::<Result<_, _>>()?;
    let summaries: Vec<OrderSummary> = orders.into_iter().map(summary).collect::<Result<_, _>>()?;
    let shown = summaries.iter().map(|o| o.id);
    listing_trail::shown(db, &staff, Listing::Orders, shown).await?;
    Ok(page.keep_position(summaries))
}

/// Orders whose number starts with `number`. A typed number matches either few orders, found
/// through the numbers' index, or (only its first characters typed) so many that walking the
/// orders newest first meets a page of them at once.
async fn number_condition(
    conn: &impl ConnectionTrait,
    number: &str,
) -> Result<Condition, ServiceError> {
    const FEW: u64 = 2_000;
    let ids: Vec<i32> = order::Entity::find()
        .select_only()
        .column(order::Column::Id)
        .filter(key_range::prefix(order::Column::OrderNumber, number))
        .limit(FEW + 1)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(if ids.len() as u64 <= FEW {
        Condition::all().add(order::Column::Id.is_in(ids))
    } else {
        key_range::prefix_unindexed(order::Column::OrderNumber, number)
    })
}

fn summary(order: Order) -> Result<OrderSummary, ServiceError> {
    let total = order.total().ok_or_else(|| {
        let number = &order.order_number;
        ServiceError::UnexpectedData(format!("order {number}: its lines do not add up"))
    })?;
    Ok(OrderSummary {
        total,
        id: order.id,
        customer_id: order.customer_id,
        order_number: order.order_number,
        placed_at: order.placed_at,
        status: order.status,
        carrier: order.carrier,
        delivery_name: order.delivery_name,
        delivery_city: order.delivery_city,
        to_check: order.to_check,
    })
}

async fn lines_of(
    conn: &impl ConnectionTrait,
    order_ids: Vec<i32>,
) -> Result<HashMap<i32, Vec<OrderLine>>, ServiceError> {
    let rows = order_line::Entity::find()
        .filter(order_line::Column::OrderId.is_in(order_ids))
        .order_by_asc(order_line::Column::OrderId)
        .order_by_asc(order_line::Column::LineNo)
        .all(conn)
        .await?;
    Ok(group_lines(rows))
}

async fn lines_of_subject(
    conn: &impl ConnectionTrait,
    owned: sea_orm::sea_query::SimpleExpr,
) -> Result<HashMap<i32, Vec<OrderLine>>, ServiceError> {
    let orders_of_subject = Query::select()
        .column(order::Column::Id)
        .from(order::Entity)
        .cond_where(owned)
        .to_owned();
    let rows = order_line::Entity::find()
        .filter(order_line::Column::OrderId.in_subquery(orders_of_subject))
        .order_by_asc(order_line::Column::OrderId)
        .order_by_asc(order_line::Column::LineNo)
        .all(conn)
        .await?;
    Ok(group_lines(rows))
}

fn group_lines(rows: Vec<order_line::Model>) -> HashMap<i32, Vec<OrderLine>> {
    let mut grouped: HashMap<i32, Vec<OrderLine>> = HashMap::new();
    for row in rows {
        grouped.entry(row.order_id).or_default().push(OrderLine {
            line_no: row.line_no,
            product: row.product,
            quantity: row.quantity,
            unit_price: Money::from_cents(row.unit_price_cents),
            vat_rate_basis_points: row.vat_rate_basis_points,
        });
    }
    grouped
}

fn to_order(model: order::Model, lines: Vec<OrderLine>) -> Result<Order, ServiceError> {
    let status = model.status.parse().map_err(ServiceError::UnexpectedData)?;
    Ok(Order {
        id: model.id,
        customer_id: model.customer_id,
        order_number: model.order_number,
        placed_at: model.placed_at,
        status,
        carrier: model.carrier,
        delivery_name: model.delivery_name,
        delivery_street_address: model.delivery_street_address,
        delivery_postal_code: model.delivery_postal_code,
        delivery_city: model.delivery_city,
        delivery_country: model.delivery_country,
        lines,
        to_check: model.to_check,
    })
}
