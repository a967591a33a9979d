//! Orders with lines and delivery snapshots; reviews and their moderation; the report.

use register::db::Db;
use register::domain::order::OrderStatus;
use register::domain::review::ReviewInput;
use register::domain::{Field, Money, Problem};
use register::service::customer::{CustomerQuery, CustomerSort};
use register::service::order::OrderQuery;
use register::service::review::{ReviewQuery, Visibility};
use register::service::{PageRequest, ServiceError, customer, order, report, review};
use testing::orders::{line, order_input};
use testing::{aino, create_customer, first_admin};

async fn a_customers_orders_come_newest_first_with_lines_and_exact_totals(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let old = order_input(
        "OP-1",
        30,
        vec![line("Villakangas (1 m)", 3, 3290), line("Lanka", 2, 295)],
    );
    let new = order_input("OP-2", 1, vec![line("Sakset", 1, 2490)]);
    order::create(&db, &admin, aino.id, &old)
        .await
        .expect("order");
    order::create(&db, &admin, aino.id, &new)
        .await
        .expect("order");
    let orders = order::page_for_customer(&db, &admin, aino.id, PageRequest::first(20))
        .await
        .expect("orders")
        .items;
    let numbers: Vec<&str> = orders.iter().map(|o| o.order_number.as_str()).collect();
    assert_eq!(numbers, ["OP-2", "OP-1"]);
    assert_eq!(orders[1].lines.len(), 2);
    assert_eq!(orders[1].lines[0].line_no, 1);
    assert_eq!(
        orders[1].total(),
        Some(Money::from_cents(3 * 3290 + 2 * 295))
    );
    assert_eq!(orders[1].carrier.as_deref(), Some("Matkahuolto"));
    assert_eq!(orders[1].delivery_city.as_deref(), Some("Jyväskylä"));
}

async fn a_customers_orders_come_a_page_at_a_time(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    for n in 0..25 {
        let input = order_input(&format!("OP-{n}"), n, vec![line("Lanka", 1, 295)]);
        order::create(&db, &admin, aino.id, &input)
            .await
            .expect("order");
    }
    let first = order::page_for_customer(&db, &admin, aino.id, PageRequest::first(20))
        .await
        .expect("first page");
    assert_eq!(first.items.len(), 20);
    assert!(first.has_more);
    assert_eq!(first.items[0].order_number, "OP-0", "the newest first");
    let rest = order::page_for_customer(&db, &admin, aino.id, PageRequest::new(20, 20))
        .await
        .expect("second page");
    let numbers: Vec<&str> = rest.items.iter().map(|o| o.order_number.as_str()).collect();
    assert_eq!(numbers, ["OP-20", "OP-21", "OP-22", "OP-23", "OP-24"]);
    assert!(!rest.has_more);
    assert!(
        rest.items.iter().all(|o| o.lines.len() == 1),
        "each with its lines"
    );
}

async fn an_order_number_is_used_once(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let input = order_input("OP-7", 1, vec![line("Lanka", 1, 295)]);
    order::create(&db, &admin, aino.id, &input)
        .await
        .expect("order");
    let again = order::create(&db, &admin, aino.id, &input)
        .await
        .expect_err("refused");
    assert_eq!(again.field_errors()[0].field, Field::OrderNumber);
    assert_eq!(again.field_errors()[0].problem, Problem::AlreadyInUse);
}

async fn an_order_line_with_a_zero_quantity_is_refused(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let input = order_input("OP-8", 1, vec![line("Lanka", 0, 295)]);
    let error = order::create(&db, &admin, aino.id, &input)
        .await
        .expect_err("refused");
    assert_eq!(error.field_errors()[0].field, Field::Quantity);
}

async fn the_orders_list_pages_and_filters_by_status(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    for i in 0..5 {
        let mut input = order_input(&format!("OP-{i}"), i, vec![line("Lanka", 1, 100 * (i + 1))]);
        if i == 0 {
            input.status = OrderStatus::Paid;
        }
        order::create(&db, &admin, aino.id, &input)
            .await
            .expect("order");
    }
    let first = order::list(
        &db,
        &admin,
        &OrderQuery {
            number: String::new(),
            status: None,
            page: PageRequest::new(0, 2),
        },
    )
    .await
    .expect("page");
    assert!(first.has_more);
    assert_eq!(first.items[0].order_number, "OP-0");
    assert_eq!(first.items[1].total, Money::from_cents(200));
    let paid = order::list(
        &db,
        &admin,
        &OrderQuery {
            number: String::new(),
            status: Some(OrderStatus::Paid),
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("page");
    assert_eq!(paid.items.len(), 1);
    assert!(!paid.has_more);
}

async fn one_order_opens_and_orders_are_found_by_number(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    for number in ["OP-2001", "OP-2002", "OP-3001"] {
        order::create(
            &db,
            &admin,
            aino.id,
            &order_input(number, 1, vec![line("Lanka", 1, 295)]),
        )
        .await
        .expect("order");
    }
    let query = OrderQuery {
        number: "op-20".into(),
        status: None,
        page: PageRequest::first(10),
    };
    let found = order::list(&db, &admin, &query).await.expect("list");
    let numbers: Vec<&str> = found
        .items
        .iter()
        .map(|o| o.order_number.as_str())
        .collect();
    assert_eq!(numbers.len(), 2);
    assert!(numbers.iter().all(|n| n.starts_with("OP-20")));
    let opened = order::get(&db, &admin, found.items[0].id)
        .await
        .expect("opens");
    assert_eq!(opened.lines.len(), 1);
    assert_eq!(
        opened.delivery_street_address.as_deref(),
        Some("Kangaskuja 3 B 12")
    );
    let missing = order::get(&db, &admin, 9999).await;
    assert!(
        matches!(missing, Err(ServiceError::NotFound("order"))),
        "{missing:?}"
    );
}

async fn search_finds_a_customer_by_order_number(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    order::create(
        &db,
        &admin,
        aino.id,
        &order_input("OP-100123", 1, vec![line("Lanka", 1, 295)]),
    )
    .await
    .expect("order");
    let query = CustomerQuery {
        text: "op-100123".into(),
        sort: CustomerSort::Name,
        page: PageRequest::first(10),
    };
    let found = customer::search(&db, &admin, &query).await.expect("search");
    assert_eq!(found.items.len(), 1);
    assert_eq!(found.items[0].id, aino.id);
}

async fn reviews_can_be_hidden_and_shown_again(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let written = review::create(
        &db,
        &admin,
        aino.id,
        &ReviewInput {
            product: "Pellavakangas".into(),
            rating: 2,
            text: "Rypistyy helposti.\nEi suosittele.".into(),
        },
    )
    .await
    .expect("review");
    review::set_visible(&db, &admin, written.id, false)
        .await
        .expect("hidden");
    let hidden = review::list(
        &db,
        &admin,
        &ReviewQuery {
            visibility: Visibility::Hidden,
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("list");
    assert_eq!(hidden.items.len(), 1);
    assert_eq!(hidden.items[0].text, "Rypistyy helposti.\nEi suosittele.");
    review::set_visible(&db, &admin, written.id, true)
        .await
        .expect("shown");
    let of_customer = review::list_for_customer(&db, &admin, aino.id)
        .await
        .expect("list");
    assert!(of_customer[0].visible);
}

async fn a_review_rating_outside_one_to_five_is_refused(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let result = review::create(
        &db,
        &admin,
        aino.id,
        &ReviewInput {
            product: "Lanka".into(),
            rating: 6,
            text: "Hyvä".into(),
        },
    )
    .await;
    assert!(
        matches!(&result, Err(ServiceError::Invalid(e)) if e[0].field == Field::Rating),
        "{result:?}"
    );
}

async fn the_report_sums_without_cancelled_orders(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    order::create(
        &db,
        &admin,
        aino.id,
        &order_input("OP-1", 2, vec![line("A", 2, 1000)]),
    )
    .await
    .expect("order");
    let mut cancelled = order_input("OP-2", 1, vec![line("B", 1, 5000)]);
    cancelled.status = OrderStatus::Cancelled;
    order::create(&db, &admin, aino.id, &cancelled)
        .await
        .expect("order");
    for rating in [4, 5] {
        let input = ReviewInput {
            product: "A".into(),
            rating,
            text: "Hyvä".into(),
        };
        review::create(&db, &admin, aino.id, &input)
            .await
            .expect("review");
    }
    let summary = report::summary(&db, &admin).await.expect("report");
    assert_eq!(summary.customers, 1);
    assert_eq!(summary.newsletter_subscribers, 1);
    assert_eq!(summary.revenue, Money::from_cents(2000));
    assert_eq!(summary.average_rating_hundredths, Some(450));
    assert!(
        summary
            .orders_by_status
            .contains(&(OrderStatus::Cancelled, 1))
    );
}

async fn the_disclosures_are_the_distinct_carriers_of_the_customers_orders(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    for (number, carrier) in [
        ("OP-1", "Posti"),
        ("OP-2", "Matkahuolto"),
        ("OP-3", "Posti"),
    ] {
        let mut input = order_input(number, 1, vec![line("Lanka", 1, 295)]);
        input.carrier = carrier.into();
        order::create(&db, &admin, aino.id, &input)
            .await
            .expect("order");
    }
    let carriers = order::disclosures(&db, &admin, aino.id)
        .await
        .expect("disclosures");
    assert_eq!(carriers, ["Matkahuolto", "Posti"]);
}

on_both_databases!(
    the_disclosures_are_the_distinct_carriers_of_the_customers_orders,
    a_customers_orders_come_newest_first_with_lines_and_exact_totals,
    a_customers_orders_come_a_page_at_a_time,
    an_order_number_is_used_once,
    an_order_line_with_a_zero_quantity_is_refused,
    one_order_opens_and_orders_are_found_by_number,
    the_orders_list_pages_and_filters_by_status,
    search_finds_a_customer_by_order_number,
    reviews_can_be_hidden_and_shown_again,
    a_review_rating_outside_one_to_five_is_refused,
    the_report_sums_without_cancelled_orders,
);
