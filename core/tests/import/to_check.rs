//! Every customer a file names is kept: values that do not validate are stored as written and
//! the customer marked to check; a blank in a re-import clears nothing staff entered.

use register::db::Db;
use register::domain::customer::{Customer, CustomerInput};
use register::domain::{Field, Problem};
use register::import::Source;
use register::service::import::{ChangeKind, ImportReport};
use register::service::{PageRequest, Session, customer, import};
use testing::first_admin;
use testing::shopify::{file, rejected};

/// A row of the export with the columns the register reads; the rest are left empty.
fn row(
    id: &str,
    first: &str,
    last: &str,
    email: &str,
    street: &str,
    zip: &str,
    phone: &str,
) -> String {
    let quoted = |value: &str| format!("\"{}\"", value.replace('"', "\"\""));
    [
        quoted(id),
        quoted(first),
        quoted(last),
        quoted(email),
        "yes".into(),
        String::new(),
        quoted(street),
        String::new(),
        "Tampere".into(),
        String::new(),
        "FI".into(),
        quoted(zip),
        String::new(),
        quoted(phone),
        "no".into(),
        "0".into(),
        "0".into(),
        String::new(),
        "no".into(),
        String::new(),
        "x".into(),
    ]
    .join(",")
}

async fn import(db: &Db, admin: &Session, rows: &[String], dry_run: bool) -> ImportReport {
    import::shopify_customers(db, admin, &file(rows), dry_run, &|_, _| {})
        .await
        .expect("the file imports")
}

async fn the_one_numbered(db: &Db, admin: &Session, webshop_id: &str) -> Customer {
    let mut page = PageRequest::first(100);
    loop {
        let rows = customer::search(
            db,
            admin,
            &customer::CustomerQuery {
                text: String::new(),
                sort: customer::CustomerSort::Name,
                page: page.clone(),
            },
        )
        .await
        .expect("lists");
        for summary in &rows.items {
            let found = customer::get(db, admin, summary.id, &testing::why())
                .await
                .expect("opens");
            if found.webshop_customer_id.as_deref() == Some(webshop_id) {
                return found;
            }
        }
        assert!(rows.has_more, "no customer {webshop_id}");
        page = PageRequest::new(page.offset + 100, 100);
    }
}

/// Rows 2–12 as a spreadsheet numbers them.
fn mixed() -> Vec<String> {
    vec![
        row(
            "2001",
            "Aino",
            "Häkkinen",
            "aino@example.com",
            "Kauppakatu 1",
            "33100",
            "+358 040 123 4567",
        ),
        row(
            "2002",
            "Eero",
            "Mäkelä",
            "eero@example.com",
            "Kauppakatu 2\nB 12",
            "33100",
            "+358 (0)50 765 4321",
        ),
        row(
            "2003",
            "Liisa",
            "Niemi",
            "liisa@example.com",
            "Kauppakatu 3",
            "33100",
            "040 12",
        ),
        row(
            "2004",
            "Olli",
            "Virtanen",
            "olli(at)example.com",
            "Kauppakatu 4",
            "33100",
            "'0401234568",
        ),
        row(
            "",
            "Pirjo",
            "Laine",
            "pirjo(at)example.com",
            "Kauppakatu 5",
            "33100",
            "",
        ),
        row("2006", "", "", "nimeton@example.com", "", "", ""),
        row(
            "2007",
            "Sanna",
            "Ha\u{308}kkinen",
            "sanna@example.com",
            "Kauppa\u{200B}katu 7",
            "3310",
            "",
        ),
        row("2008", "Tuula", "", "tuula@example.com", "", "", ""),
        row(
            "2009",
            "Ulla",
            "Koski",
            "ulla@example.com",
            "",
            "",
            "070-123 45 67",
        )
        .replace(",FI,", ",SE,"),
        row(
            "2010",
            "Veikko",
            "Salo",
            "veikko@example.com",
            "Kauppakatu 10",
            "33100",
            "00358 40.123.4569",
        ),
        row("2011", "Aino", "Häkkinen", "aino@example.com", "", "", ""),
    ]
}

async fn every_identifiable_customer_of_a_mixed_file_is_kept(db: Db) {
    let admin = first_admin(&db).await;
    let report = import(&db, &admin, &mixed(), false).await;
    assert_eq!(
        report.rejected,
        [
            rejected(6, Field::Email, Problem::Unidentifiable),
            rejected(7, Field::FirstName, Problem::Required),
            rejected(7, Field::LastName, Problem::Required),
            rejected(12, Field::Email, Problem::DuplicateInFile { first_row: 2 }),
        ]
    );
    assert_eq!(
        report.to_check,
        [
            rejected(4, Field::Phone, Problem::NotAPhoneNumber),
            rejected(5, Field::Email, Problem::NotAnEmail),
            rejected(8, Field::PostalCode, Problem::NotAPostalCode),
            rejected(9, Field::LastName, Problem::Required),
            rejected(10, Field::Phone, Problem::NoCountryCode),
        ]
    );
    assert_eq!(report.added, 8);

    let aino = the_one_numbered(&db, &admin, "2001").await;
    assert_eq!(
        aino.phone.as_deref(),
        Some("+358401234567"),
        "trunk zero after +358"
    );
    assert!(!aino.to_check);
    let eero = the_one_numbered(&db, &admin, "2002").await;
    assert_eq!(
        eero.phone.as_deref(),
        Some("+358507654321"),
        "(0) after +358"
    );
    assert_eq!(eero.street_address.as_deref(), Some("Kauppakatu 2, B 12"));
    let veikko = the_one_numbered(&db, &admin, "2010").await;
    assert_eq!(
        veikko.phone.as_deref(),
        Some("+358401234569"),
        "00358 and dots"
    );

    let liisa = the_one_numbered(&db, &admin, "2003").await;
    assert_eq!(liisa.phone.as_deref(), Some("040 12"), "kept as written");
    assert!(liisa.to_check);
    let olli = the_one_numbered(&db, &admin, "2004").await;
    assert_eq!(olli.email.as_deref(), Some("olli(at)example.com"));
    assert!(olli.to_check);
    let sanna = the_one_numbered(&db, &admin, "2007").await;
    assert_eq!(sanna.last_name, "H\u{e4}kkinen", "stored composed");
    assert_eq!(sanna.street_address.as_deref(), Some("Kauppakatu 7"));
    assert_eq!(sanna.postal_code.as_deref(), Some("3310"));
    let tuula = the_one_numbered(&db, &admin, "2008").await;
    assert_eq!(
        (tuula.first_name.as_str(), tuula.last_name.as_str()),
        ("Tuula", "")
    );
    let ulla = the_one_numbered(&db, &admin, "2009").await;
    assert_eq!(
        ulla.phone.as_deref(),
        Some("070-123 45 67"),
        "a foreign number kept"
    );

    // The customer found by a name typed in decomposed form, as a Mac may send it.
    let typed = customer::CustomerQuery {
        text: "Ha\u{308}kkinen S".into(),
        sort: customer::CustomerSort::Name,
        page: PageRequest::first(10),
    };
    let found = customer::search(&db, &admin, &typed).await.expect("search");
    assert_eq!(found.items.len(), 1);
    assert_eq!(found.items[0].id, sanna.id);

    // The "To check" view lists exactly the marked customers, in name order.
    let listed = customer::to_check(&db, &admin, &PageRequest::first(50))
        .await
        .expect("lists");
    let names: Vec<&str> = listed.items.iter().map(|c| c.first_name.as_str()).collect();
    assert_eq!(names, ["Sanna", "Ulla", "Liisa", "Tuula", "Olli"]);
    assert!(listed.items.iter().all(|c| c.to_check));
    assert_eq!(
        customer::count_to_check(&db, &admin).await.expect("counts"),
        5
    );
}

async fn an_email_that_does_not_validate_is_never_matched_nor_mailed(db: Db) {
    let admin = first_admin(&db).await;
    let rows = vec![row(
        "3001",
        "Olli",
        "Virtanen",
        "olli(at)example.com",
        "",
        "",
        "",
    )];
    import(&db, &admin, &rows, false).await;
    let newsletter = testing::newsletter_csv(&db, &admin).await;
    assert!(!newsletter.contains("olli"), "{newsletter}");
    // The customer number finds the customer again; the address alone finds nobody.
    let report = import(&db, &admin, &rows, false).await;
    assert_eq!((report.added, report.unchanged), (0, 1));
    let without_number = vec![row(
        "",
        "Olli",
        "Virtanen",
        "olli(at)example.com",
        "",
        "",
        "",
    )];
    let report = import(&db, &admin, &without_number, false).await;
    assert_eq!(report.added, 0);
    assert_eq!(
        report.rejected,
        [rejected(2, Field::Email, Problem::Unidentifiable)]
    );
}

async fn staff_correcting_a_customer_clears_the_mark(db: Db) {
    let admin = first_admin(&db).await;
    let rows = vec![row(
        "4001",
        "Liisa",
        "Niemi",
        "liisa@example.com",
        "",
        "",
        "040 12",
    )];
    import(&db, &admin, &rows, false).await;
    let liisa = the_one_numbered(&db, &admin, "4001").await;
    assert!(liisa.to_check);
    let invalid = liisa
        .to_input()
        .validate()
        .expect_err("the phone does not validate");
    assert_eq!(invalid[0].field, Field::Phone);
    let corrected = CustomerInput {
        phone: "040 123 4567".into(),
        ..liisa.to_input()
    };
    customer::update(&db, &admin, liisa.id, liisa.version, &corrected)
        .await
        .expect("saves");
    let liisa = the_one_numbered(&db, &admin, "4001").await;
    assert!(!liisa.to_check);
    assert_eq!(
        customer::count_to_check(&db, &admin).await.expect("counts"),
        0
    );
}

async fn a_blank_in_a_reimport_keeps_what_staff_entered_and_the_dry_run_says_so(db: Db) {
    let admin = first_admin(&db).await;
    let first = vec![row(
        "5001",
        "Aino",
        "Häkkinen",
        "aino@example.com",
        "",
        "",
        "",
    )];
    import(&db, &admin, &first, false).await;
    let aino = the_one_numbered(&db, &admin, "5001").await;
    let entered = CustomerInput {
        phone: "040 123 4567".into(),
        street_address: "Kauppakatu 1".into(),
        postal_code: "33100".into(),
        ..aino.to_input()
    };
    customer::update(&db, &admin, aino.id, aino.version, &entered)
        .await
        .expect("staff save");
    // The same file again, and one whose phone is mistyped: neither clears nor spoils it.
    let mistyped = vec![row(
        "5001",
        "Aino",
        "Häkkinen",
        "aino@example.com",
        "",
        "",
        "040 12",
    )];
    for rows in [first.clone(), mistyped] {
        let dry = import(&db, &admin, &rows, true).await;
        let kept: Vec<&ChangeKind> = dry.changes.iter().map(|c| &c.kind).collect();
        let ChangeKind::KeptFromRegister { fields, .. } = kept[0] else {
            panic!("the dry run says what is kept: {kept:?}");
        };
        assert!(fields.contains(&Field::Phone) && fields.contains(&Field::StreetAddress));
        let report = import(&db, &admin, &rows, false).await;
        assert_eq!(report.to_check, []);
        let after = the_one_numbered(&db, &admin, "5001").await;
        assert_eq!(after.phone.as_deref(), Some("+358401234567"));
        assert_eq!(after.street_address.as_deref(), Some("Kauppakatu 1"));
        assert_eq!(after.postal_code.as_deref(), Some("33100"));
        assert!(!after.to_check);
    }
}

async fn an_order_of_a_customer_kept_to_check_is_attached(db: Db) {
    let admin = first_admin(&db).await;
    let rows = vec![row(
        "6001",
        "Liisa",
        "Niemi",
        "liisa@example.com",
        "",
        "",
        "040 12",
    )];
    import(&db, &admin, &rows, false).await;
    let order = "#3001,LIISA@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Liisa Niemi,Katu 1,,Turku,20100,FI,Posti,9301";
    let report = import::shopify_orders(
        &db,
        &admin,
        &testing::shopify::orders_file(&[order]),
        false,
        &|_, _| {},
    )
    .await
    .expect("orders");
    assert_eq!((report.added, report.rejected.len()), (1, 0));
    assert_eq!(customer::count(&db, &admin).await.expect("count"), 1);
    let liisa = the_one_numbered(&db, &admin, "6001").await;
    let orders =
        register::service::order::page_for_customer(&db, &admin, liisa.id, PageRequest::first(5))
            .await
            .expect("orders");
    assert_eq!(orders.items.len(), 1);
}

async fn a_file_older_than_the_last_one_imported_is_warned_of(db: Db) {
    let admin = first_admin(&db).await;
    let bytes = file(&[row(
        "7001",
        "Aino",
        "Häkkinen",
        "aino@example.com",
        "",
        "",
        "",
    )]);
    let newer = chrono::Utc::now() - chrono::Duration::days(1);
    let older = newer - chrono::Duration::days(7);
    let at = |modified| Source::from(bytes.as_slice()).modified_at(modified);
    for (modified, dry_run) in [(newer, false), (older, true), (older, false)] {
        let report = import::shopify_customers(&db, &admin, at(modified), dry_run, &|_, _| {})
            .await
            .expect("imports");
        let expected = (modified == older).then_some(newer);
        let warned = report.older_than_imported.map(|t| t.timestamp());
        assert_eq!(warned, expected.map(|t| t.timestamp()), "{modified}");
    }
}

on_both_databases!(
    a_file_older_than_the_last_one_imported_is_warned_of,
    an_order_of_a_customer_kept_to_check_is_attached,
    every_identifiable_customer_of_a_mixed_file_is_kept,
    an_email_that_does_not_validate_is_never_matched_nor_mailed,
    staff_correcting_a_customer_clears_the_mark,
    a_blank_in_a_reimport_keeps_what_staff_entered_and_the_dry_run_says_so,
);
