//! An order is a bookkeeping voucher: a delivery postal code, country or email address that does
//! not validate keeps it in the register as written, marked to check; only an order without a
//! number, a date or lines that can be read, or a repeat, is refused.

use register::db::Db;
use register::domain::{Field, Problem};
use register::service::order::{self, OrderQuery};
use register::service::{PageRequest, Session, import};
use testing::first_admin;
use testing::shopify::{file, mixed_rows, orders_file, rejected};

const ORDERS: [&str; 6] = [
    "#3001,aino.h@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,0012,FI,Posti,1",
    "#3002,aino.h@example.com,paid,,2026-11-21 14:31:00 +0200,1,Lanka,2.95,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,40100,Suomi,Posti,2",
    "#3003,eero(at)example.com,paid,,2026-11-22 14:31:00 +0200,1,Lanka,2.95,Eero Mäkelä,Torikatu 1,,Oulu,90100,FI,Posti,3",
    "#3004,eero(at)example.com,paid,,2026-11-22 15:31:00 +0200,1,Neulat,3.95,Eero Mäkelä,Torikatu 1,,Oulu,90100,FI,Posti,4",
    "#3005,aino.h@example.com,paid,,,1,Lanka,2.95,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,40100,FI,Posti,5",
    "#3001,aino.h@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,0012,FI,Posti,6",
];

async fn imported(db: &Db, admin: &Session) -> import::ImportReport {
    import::shopify_customers(db, admin, &file(&mixed_rows()[..1]), false, &|_, _| {})
        .await
        .expect("customers");
    import::shopify_orders(db, admin, &orders_file(&ORDERS), false, &|_, _| {})
        .await
        .expect("orders")
}

async fn the_order(db: &Db, admin: &Session, number: &str) -> order::Order {
    let query = OrderQuery {
        number: number.into(),
        status: None,
        page: PageRequest::first(5),
    };
    let found = order::list(db, admin, &query).await.expect("lists");
    assert_eq!(found.items.len(), 1, "{number}");
    order::get(db, admin, found.items[0].id)
        .await
        .expect("opens")
}

async fn an_order_with_a_bad_postal_code_or_country_is_kept_to_check(db: Db) {
    let admin = first_admin(&db).await;
    let report = imported(&db, &admin).await;
    assert_eq!(report.added, 4, "{report:?}");
    assert_eq!(
        report.rejected,
        [
            rejected(6, Field::PlacedAt, Problem::Required),
            rejected(
                7,
                Field::OrderNumber,
                Problem::DuplicateInFile { first_row: 2 }
            ),
        ],
        "only an order without a date and a repeat are refused"
    );
    let to_check: Vec<(usize, Field)> = report.to_check.iter().map(|r| (r.row, r.field)).collect();
    assert_eq!(
        to_check,
        [
            (2, Field::PostalCode),
            (3, Field::Country),
            (4, Field::Email),
            (5, Field::Email)
        ]
    );
    let postal = the_order(&db, &admin, "#3001").await;
    assert!(postal.to_check);
    assert_eq!(postal.delivery_postal_code.as_deref(), Some("0012"));
    assert_eq!(postal.problems()[0].field, Field::PostalCode);
    let country = the_order(&db, &admin, "#3002").await;
    assert!(country.to_check);
    assert_eq!(country.delivery_country.as_deref(), Some("Suomi"));
    assert_eq!(country.problems()[0].field, Field::Country);
}

async fn orders_whose_email_does_not_validate_get_one_buyer_to_check(db: Db) {
    let admin = first_admin(&db).await;
    imported(&db, &admin).await;
    let first = the_order(&db, &admin, "#3003").await;
    let second = the_order(&db, &admin, "#3004").await;
    assert!(!first.to_check, "the delivery address validates");
    assert_eq!(first.customer_id, second.customer_id, "one buyer");
    let buyer_id = first.customer_id.expect("a buyer");
    let buyer = register::service::customer::get(&db, &admin, buyer_id, &testing::why())
        .await
        .expect("opens");
    assert!(buyer.to_check);
    assert_eq!(buyer.email.as_deref(), Some("eero(at)example.com"));
    // Imported again, nothing is added or made twice.
    let again = import::shopify_orders(&db, &admin, &orders_file(&ORDERS), false, &|_, _| {})
        .await
        .expect("again");
    assert_eq!((again.added, again.unchanged), (0, 4), "{again:?}");
}

on_both_databases!(
    an_order_with_a_bad_postal_code_or_country_is_kept_to_check,
    orders_whose_email_does_not_validate_get_one_buyer_to_check,
);
