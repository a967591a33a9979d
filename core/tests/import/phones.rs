//! Every way a Finn or a customer abroad writes a phone number that is a valid number is stored
//! in E.164 and shown as people read it; only a number that is still not one is kept to check.

use register::db::Db;
use register::domain::Phone;
use register::domain::customer::Customer;
use register::service::{PageRequest, Session, customer, import};
use testing::first_admin;
use testing::shopify::file;

/// What people type, as exports hold it, and the number it is.
const SHAPES: [(&str, &str); 48] = [
    ("040 428 4899", "+358404284899"),
    ("0404284899", "+358404284899"),
    ("040-4284899", "+358404284899"),
    ("040-428 4899", "+358404284899"),
    ("040 42 84 899", "+358404284899"),
    ("(040) 428 4899", "+358404284899"),
    ("(040)4284899", "+358404284899"),
    ("040.428.4899", "+358404284899"),
    ("040/428 4899", "+358404284899"),
    ("040\u{a0}428\u{a0}4899", "+358404284899"),
    ("040\u{2013}4284899", "+358404284899"),
    ("040\u{2212}4284899", "+358404284899"),
    ("'040 428 4899", "+358404284899"),
    ("+358 40 428 4899", "+358404284899"),
    ("+358404284899", "+358404284899"),
    ("+358-40-4284899", "+358404284899"),
    ("+358 (0)40 428 4899", "+358404284899"),
    ("+358(0)404284899", "+358404284899"),
    ("+358 040 428 4899", "+358404284899"),
    ("+3580404284899", "+358404284899"),
    ("(+358) 404284899", "+358404284899"),
    ("(+358) 0404284899", "+358404284899"),
    ("(+358)40 428 4899", "+358404284899"),
    ("+ 358 40 428 4899", "+358404284899"),
    ("\u{ff0b}358 40 428 4899", "+358404284899"),
    ("00358 40 428 4899", "+358404284899"),
    ("00358404284899", "+358404284899"),
    ("00 358 40 428 4899", "+358404284899"),
    ("00358 040 428 4899", "+358404284899"),
    ("358 40 428 4899", "+358404284899"),
    ("358404284899", "+358404284899"),
    ("tel. 040 428 4899", "+358404284899"),
    ("Tel: +358 40 428 4899", "+358404284899"),
    ("puh. 040 428 4899", "+358404284899"),
    ("p. 040 428 4899", "+358404284899"),
    ("GSM 0404284899", "+358404284899"),
    ("tel:+358-40-428-4899", "+358404284899"),
    ("050 123 4567", "+358501234567"),
    ("044 5551212", "+358445551212"),
    ("0457 123 4567", "+3584571234567"),
    ("09 123 4567", "+35891234567"),
    ("09 1234 5678", "+358912345678"),
    ("(09) 1234 567", "+35891234567"),
    ("+358 9 1234 5678", "+358912345678"),
    ("03-223 4567", "+35832234567"),
    ("+46 70 123 45 67", "+46701234567"),
    ("+46 (0)70-123 45 67", "+46701234567"),
    ("0049 151 12345678", "+4915112345678"),
];

/// How the register shows some of them.
const SHOWN: [(&str, &str); 6] = [
    ("+358404284899", "040 428 4899"),
    ("+358912345678", "09 1234 5678"),
    ("+35891234567", "09 123 4567"),
    ("+3584571234567", "045 7123 4567"),
    ("+46701234567", "+46 70 123 45 67"),
    ("+4915112345678", "+49 1511 2345678"),
];

fn row(n: usize, phone: &str) -> String {
    let quoted = |value: &str| format!("\"{}\"", value.replace('"', "\"\""));
    format!(
        "{},Aino,Puhelin{n},aino.{n}@example.com,no,,Katu 1,,Tampere,,FI,33100,,{},no,0,0,,no,,x",
        9000 + n,
        quoted(phone)
    )
}

async fn by_email(db: &Db, admin: &Session, email: &str) -> Customer {
    let query = customer::CustomerQuery {
        text: email.to_owned(),
        sort: customer::CustomerSort::Name,
        page: PageRequest::first(2),
    };
    let found = customer::search(db, admin, &query).await.expect("searches");
    assert_eq!(found.items.len(), 1, "{email}");
    customer::get(db, admin, found.items[0].id, &testing::why())
        .await
        .expect("opens")
}

async fn every_valid_spelling_is_stored_in_e164_and_none_is_to_check(db: Db) {
    let admin: Session = first_admin(&db).await;
    let rows: Vec<String> = SHAPES
        .iter()
        .enumerate()
        .map(|(n, (phone, _))| row(n, phone))
        .collect();
    let report = import::shopify_customers(&db, &admin, &file(&rows), false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(report.added, SHAPES.len() as u64, "{report:?}");
    assert!(report.to_check.is_empty(), "{:?}", report.to_check);
    for (n, (written, e164)) in SHAPES.iter().enumerate() {
        let email = format!("aino.{n}@example.com");
        let found = by_email(&db, &admin, &email).await;
        assert_eq!(found.phone.as_deref(), Some(*e164), "{written:?}");
        assert!(!found.to_check, "{written:?}");
    }
}

async fn a_number_that_is_still_not_one_is_kept_as_written_to_check(db: Db) {
    let admin: Session = first_admin(&db).await;
    let rows = [row(1, "040 12"), row(2, "040 428 4899 (koti)")];
    let report = import::shopify_customers(&db, &admin, &file(&rows), false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(report.added, 2);
    assert_eq!(report.to_check.len(), 2, "{:?}", report.to_check);
    let kept = by_email(&db, &admin, "aino.2@example.com").await;
    assert_eq!(kept.phone.as_deref(), Some("040 428 4899 (koti)"));
    assert!(kept.to_check);
}

on_both_databases!(
    every_valid_spelling_is_stored_in_e164_and_none_is_to_check,
    a_number_that_is_still_not_one_is_kept_as_written_to_check,
);

#[test]
fn stored_numbers_are_shown_as_people_read_them() {
    for (stored, shown) in SHOWN {
        assert_eq!(Phone::display(stored), shown, "{stored}");
    }
    assert_eq!(Phone::international("+358404284899"), "+358 40 428 4899");
    assert_eq!(Phone::international("+358912345678"), "+358 9 1234 5678");
}
