//! Importing Shopify's customers export: mixed good and bad rows, re-imports, encodings.

use register::db::Db;
use register::domain::{Field, Problem};
use register::service::customer::{CustomerQuery, CustomerSort};
use register::service::{PageRequest, customer, import};
use testing::first_admin;
use testing::shopify::{file, mixed_rows, orders_file, rejected};

async fn names(db: &Db, session: &register::service::Session) -> Vec<String> {
    let query = CustomerQuery {
        text: String::new(),
        sort: CustomerSort::Name,
        page: PageRequest::first(100),
    };
    customer::search(db, session, &query)
        .await
        .expect("search")
        .items
        .into_iter()
        .map(|c| format!("{} {}", c.first_name, c.last_name))
        .collect()
}

async fn a_mixed_file_imports_every_named_customer_and_names_each_bad_value(db: Db) {
    let admin = first_admin(&db).await;
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(file(&mixed_rows()));
    let report = import::shopify_customers(&db, &admin, &bytes, false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(
        report.rejected,
        [
            rejected(7, Field::FirstName, Problem::Required),
            rejected(7, Field::LastName, Problem::Required),
        ]
    );
    assert_eq!(
        report.to_check,
        [
            rejected(3, Field::Email, Problem::NotAnEmail),
            rejected(4, Field::PostalCode, Problem::NotAPostalCode),
            rejected(5, Field::VatId, Problem::WrongCheckDigit),
        ]
    );
    assert_eq!((report.added, report.updated, report.unchanged), (7, 0, 0));
    let mut imported = names(&db, &admin).await;
    imported.sort();
    assert_eq!(
        imported,
        [
            "=HYPERLINK(\"http://x\") Kaava",
            "Aino Häkkinen",
            "Eero Mäkelä",
            "Liisa Niemi",
            "Sören Åkerlund",
            "Väinö Östman",
            "Åsa Lindström"
        ]
    );
    let query = CustomerQuery {
        text: "väinö".into(),
        sort: CustomerSort::Name,
        page: PageRequest::first(5),
    };
    let vaino = customer::search(&db, &admin, &query)
        .await
        .expect("search")
        .items[0]
        .clone();
    let vaino = customer::get(&db, &admin, vaino.id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(
        vaino.phone.as_deref(),
        Some("+35891234567"),
        "the address phone stands in"
    );
    let query = CustomerQuery {
        text: "åsa".into(),
        sort: CustomerSort::Name,
        page: PageRequest::first(5),
    };
    let asa = customer::search(&db, &admin, &query)
        .await
        .expect("search")
        .items[0]
        .clone();
    let asa = customer::get(&db, &admin, asa.id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(asa.vat_id.as_deref(), Some("FI26313574"));
    assert_eq!(asa.phone.as_deref(), Some("+358445551212"));
}

async fn a_newer_file_updates_the_changed_customer_only(db: Db) {
    let admin = first_admin(&db).await;
    import::shopify_customers(&db, &admin, &file(&mixed_rows()), false, &|_, _| {})
        .await
        .expect("first import");
    let mut newer = mixed_rows();
    newer[0] = newer[0].replace("040 765 4321", "050 999 8888");
    let report = import::shopify_customers(&db, &admin, &file(&newer), false, &|_, _| {})
        .await
        .expect("newer import");
    assert_eq!((report.added, report.updated, report.unchanged), (0, 1, 6));
}

async fn a_customer_entered_by_staff_is_matched_by_email(db: Db) {
    let admin = first_admin(&db).await;
    let typed = register::domain::customer::CustomerInput {
        email: "AINO.H@example.com".into(),
        webshop_username: String::new(),
        ..testing::aino()
    };
    let existing = testing::create_customer(&db, &admin, &typed).await;
    let report =
        import::shopify_customers(&db, &admin, &file(&mixed_rows()[..1]), false, &|_, _| {})
            .await
            .expect("imports");
    assert_eq!((report.added, report.updated), (0, 1));
    let updated = customer::get(&db, &admin, existing.id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(
        updated.street_address.as_deref(),
        Some("Kangaskuja 3, B 12")
    );
}

async fn a_dry_run_reports_and_writes_nothing(db: Db) {
    let admin = first_admin(&db).await;
    let report = import::shopify_customers(&db, &admin, &file(&mixed_rows()), true, &|_, _| {})
        .await
        .expect("dry run");
    assert!(report.dry_run);
    assert_eq!(report.added, 7);
    assert_eq!(customer::count(&db, &admin).await.expect("count"), 0);
}

async fn a_windows_1252_file_keeps_its_letters(db: Db) {
    let admin = first_admin(&db).await;
    let text = String::from_utf8(file(&mixed_rows()[..1])).expect("UTF-8");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    import::shopify_customers(&db, &admin, &bytes[..], false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(names(&db, &admin).await, ["Aino Häkkinen"]);
}

async fn an_imported_formula_never_reaches_the_export_as_one(db: Db) {
    let admin = first_admin(&db).await;
    import::shopify_customers(&db, &admin, &file(&mixed_rows()), false, &|_, _| {})
        .await
        .expect("imports");
    let csv = testing::newsletter_csv(&db, &admin).await;
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    assert!(!csv.lines().any(|line| line.starts_with("\"=")), "{csv}");
}

async fn a_file_of_another_kind_is_refused_whole(db: Db) {
    let admin = first_admin(&db).await;
    let result = import::shopify_customers(
        &db,
        &admin,
        &b"Name;Email\nAino;a@b.fi\n"[..],
        false,
        &|_, _| {},
    )
    .await;
    assert!(
        matches!(result, Err(register::service::ServiceError::BadFile(_))),
        "{result:?}"
    );
}

on_both_databases!(
    a_mixed_file_imports_every_named_customer_and_names_each_bad_value,
    a_newer_file_updates_the_changed_customer_only,
    a_customer_entered_by_staff_is_matched_by_email,
    a_dry_run_reports_and_writes_nothing,
    a_windows_1252_file_keeps_its_letters,
    an_imported_formula_never_reaches_the_export_as_one,
    a_file_of_another_kind_is_refused_whole,
);

/// Order #2001 has two lines, the second with the order columns left blank as Shopify does;
/// #2002's email matches nobody in the register, so its buyer becomes a customer to check;
/// #2003 has a bad price.
const ORDER_ROWS: [&str; 5] = [
    "#2001,aino.h@example.com,paid,fulfilled,2026-11-20 14:31:00 +0200,2,Villakangas (1 m),32.90,Aino Häkkinen,Kangaskuja 3,B 12,Jyväskylä,40100,FI,Posti,9001",
    "#2001,,,,,1,Nuppineulat 100 kpl,3.95,,,,,,,,9001",
    "#2002,tuntematon@example.com,paid,,2026-11-21 10:00:00 +0200,1,Lanka,2.95,X Y,Katu 1,,Oulu,90100,FI,Posti,9002",
    "#2003,aino.h@example.com,paid,,2026-11-22 10:00:00 +0200,1,Lanka,kolme,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,40100,FI,Posti,9003",
    "#2004,aino.h@example.com,refunded,,2026-11-23 10:00:00 +0200,1,Sakset,24.90,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,40100,FI,Matkahuolto,9004",
];

async fn orders_import_attaches_lines_to_the_customer_and_names_bad_rows(db: Db) {
    let admin = first_admin(&db).await;
    import::shopify_customers(&db, &admin, &file(&mixed_rows()[..1]), false, &|_, _| {})
        .await
        .expect("customers");
    let report = import::shopify_orders(&db, &admin, &orders_file(&ORDER_ROWS), false, &|_, _| {})
        .await
        .expect("orders");
    assert_eq!(
        report.rejected,
        [rejected(5, Field::UnitPrice, Problem::NotAnAmount)]
    );
    assert_eq!(report.added, 3);
    let buyer = CustomerQuery {
        text: "tuntematon".into(),
        sort: CustomerSort::Name,
        page: PageRequest::first(5),
    };
    let buyer = customer::search(&db, &admin, &buyer)
        .await
        .expect("search")
        .items;
    assert_eq!(buyer.len(), 1, "the order's buyer is a customer now");
    let buyer = customer::get(&db, &admin, buyer[0].id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(
        (buyer.first_name.as_str(), buyer.last_name.as_str()),
        ("X", "Y")
    );
    assert_eq!(buyer.city.as_deref(), Some("Oulu"));
    assert!(buyer.to_check, "made from billing details, to check");
    let query = CustomerQuery {
        text: "2001".into(),
        sort: CustomerSort::Name,
        page: PageRequest::first(5),
    };
    let found = customer::search(&db, &admin, &query).await.expect("search");
    assert_eq!(found.items.len(), 1, "the order number finds the customer");
    let first_page = PageRequest::first(20);
    let orders =
        register::service::order::page_for_customer(&db, &admin, found.items[0].id, first_page)
            .await
            .expect("orders")
            .items;
    let first = orders
        .iter()
        .find(|o| o.order_number == "#2001")
        .expect("#2001");
    assert_eq!(first.lines.len(), 2);
    assert_eq!(
        first.total(),
        Some(register::domain::Money::from_cents(2 * 3290 + 395))
    );
    assert_eq!(first.carrier.as_deref(), Some("Posti"));
    let refunded = orders
        .iter()
        .find(|o| o.order_number == "#2004")
        .expect("#2004");
    assert_eq!(
        refunded.status,
        register::domain::order::OrderStatus::Cancelled
    );
    let again = import::shopify_orders(&db, &admin, &orders_file(&ORDER_ROWS), false, &|_, _| {})
        .await
        .expect("again");
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));
}

on_both_databases!(orders_import_attaches_lines_to_the_customer_and_names_bad_rows);
