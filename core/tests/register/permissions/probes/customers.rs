//! Probes of the customers, their orders and reviews, consents and imports.

use register::domain::consent::ConsentSource;
use register::domain::customer::CustomerInput;
use register::domain::review::ReviewInput;
use register::service::customer::{CustomerQuery, CustomerSort};
use register::service::order::OrderQuery;
use register::service::review::{ReviewQuery, Visibility};
use register::service::{
    PageRequest, ServiceError, consent, customer, import, order, report, review,
};
use testing::aino;

use super::Ctx;

fn page() -> PageRequest {
    PageRequest::first(20)
}

pub async fn open(c: &Ctx<'_>) -> Result<(), ServiceError> {
    customer::get(c.db, c.session, c.fixture.customer_id, &testing::why())
        .await
        .map(drop)
}

pub async fn search(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let query = CustomerQuery {
        text: "häkk".into(),
        sort: CustomerSort::Name,
        page: page(),
    };
    customer::search(c.db, c.session, &query).await.map(drop)
}

pub async fn count(c: &Ctx<'_>) -> Result<(), ServiceError> {
    customer::count(c.db, c.session).await.map(drop)
}

pub async fn by_number(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let typed = c.fixture.customer_id.to_string();
    customer::by_number(c.db, c.session, &typed).await.map(drop)
}

pub async fn to_check(c: &Ctx<'_>) -> Result<(), ServiceError> {
    customer::to_check(c.db, c.session, &page()).await.map(drop)
}

pub async fn count_to_check(c: &Ctx<'_>) -> Result<(), ServiceError> {
    customer::count_to_check(c.db, c.session).await.map(drop)
}

pub async fn create(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let input = CustomerInput {
        webshop_username: format!("probe{}", c.n),
        ..aino()
    };
    customer::create(c.db, c.session, &input).await.map(drop)
}

pub async fn update(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let id = c.fixture.customer_id;
    let current = customer::get(c.db, &c.fixture.admin, id, &testing::why()).await?;
    let mut input = current.to_input();
    input.city = format!("Tampere {}", c.n);
    customer::update(c.db, c.session, id, current.version, &input)
        .await
        .map(drop)
}

pub async fn set_newsletter(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let subscribed = c.n.is_multiple_of(2);
    let id = c.fixture.customer_id;
    consent::set_newsletter(c.db, c.session, id, subscribed, ConsentSource::Phone).await
}

pub async fn set_marketing_refusal(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let refused = c.n.is_multiple_of(2);
    let id = c.fixture.customer_id;
    consent::set_marketing_refusal(c.db, c.session, id, refused, ConsentSource::Email).await
}

pub async fn consent_history(c: &Ctx<'_>) -> Result<(), ServiceError> {
    consent::history(c.db, c.session, c.fixture.customer_id)
        .await
        .map(drop)
}

pub async fn create_order(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let input = testing::orders::order_input(
        &format!("PUH-{}", c.n),
        1,
        vec![testing::orders::line("Vetoketju", 2, 195)],
    );
    order::create(c.db, c.session, c.fixture.customer_id, &input)
        .await
        .map(drop)
}

pub async fn create_review(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let input = ReviewInput {
        product: "Nuppineulat".into(),
        rating: 4,
        text: "Teräviä.".into(),
    };
    review::create(c.db, c.session, c.fixture.customer_id, &input)
        .await
        .map(drop)
}

pub async fn import_customers(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let n = c.n;
    let csv = testing::shopify::file(&[format!(
        "{n},Aino,Häkkinen,tuonti{n}@example.com,no,,,,,,FI,,,,no,0,0,,no,,x"
    )]);
    import::shopify_customers(c.db, c.session, &csv, false, &|_, _| {})
        .await
        .map(drop)
}

pub async fn import_orders(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let row = format!(
        "#9{},{},paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Häkkinen,Katu 1,,Turku,20100,FI,Posti,9{}",
        c.n, c.fixture.customer_email, c.n
    );
    let csv = testing::shopify::orders_file(&[&row]);
    import::shopify_orders(c.db, c.session, &csv, true, &|_, _| {})
        .await
        .map(drop)
}

pub async fn undo_interrupted(c: &Ctx<'_>) -> Result<(), ServiceError> {
    import::undo_interrupted(c.db, c.session).await.map(drop)
}

pub async fn customer_orders(c: &Ctx<'_>) -> Result<(), ServiceError> {
    order::page_for_customer(c.db, c.session, c.fixture.customer_id, page())
        .await
        .map(drop)
}

pub async fn all_orders(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let query = OrderQuery {
        number: String::new(),
        status: None,
        page: page(),
    };
    order::list(c.db, c.session, &query).await.map(drop)
}

pub async fn open_order(c: &Ctx<'_>) -> Result<(), ServiceError> {
    order::get(c.db, c.session, c.fixture.order_id)
        .await
        .map(drop)
}

pub async fn disclosures(c: &Ctx<'_>) -> Result<(), ServiceError> {
    order::disclosures(c.db, c.session, c.fixture.customer_id)
        .await
        .map(drop)
}

pub async fn customer_reviews(c: &Ctx<'_>) -> Result<(), ServiceError> {
    review::list_for_customer(c.db, c.session, c.fixture.customer_id)
        .await
        .map(drop)
}

pub async fn all_reviews(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let query = ReviewQuery {
        visibility: Visibility::All,
        page: page(),
    };
    review::list(c.db, c.session, &query).await.map(drop)
}

pub async fn hide_review(c: &Ctx<'_>) -> Result<(), ServiceError> {
    review::set_visible(c.db, c.session, c.fixture.review_id, false)
        .await
        .map(drop)
}

pub async fn report(c: &Ctx<'_>) -> Result<(), ServiceError> {
    report::summary(c.db, c.session).await.map(drop)
}
