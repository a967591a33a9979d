//! An erased customer still has the right of access: the register keeps their order vouchers
//! for the Accounting Act, finds them by the order number or by the keys the customer had while
//! those are kept, and answers with an extract of exactly those vouchers and the erasure's
//! record, never with a letter that no data is held.

use crate::samples::{keep, text_of};
use chrono::{Duration, Utc};
use register::db::Db;
use register::domain::Lang;
use register::domain::Money;
use register::domain::access_request::{AccessRequestInput, AccessRequestStatus};
use register::domain::consent::ErasureReason;
use register::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use register::domain::subject::Subject;
use register::domain::{Field, Problem};
use register::extract::pdf;
use register::save;
use register::service::access_request::{self, AccessRequest};
use register::service::{ServiceError, Session, erasure, extract, order, vouchers};
use testing::{aino, create_customer, ready_admin, sören};

fn voucher(number: &str, days_ago: i64) -> OrderInput {
    OrderInput {
        order_number: number.into(),
        placed_at: Utc::now() - Duration::days(days_ago),
        status: OrderStatus::Delivered,
        carrier: "Posti".into(),
        delivery_name: "Aino Häkkinen".into(),
        delivery_street_address: "Kangaskuja 3 B 12".into(),
        delivery_postal_code: "40100".into(),
        delivery_city: "Jyväskylä".into(),
        delivery_country: "FI".into(),
        lines: vec![OrderLineInput {
            product: "Pellavakangas, luonnonvalkoinen (1 m)".into(),
            quantity: 2,
            unit_price: Money::from_cents(2190),
            vat_rate_basis_points: 2550,
        }],
    }
}

/// Aino with two orders, erased at her request; Sören, who stays, with one order of his own.
/// Returns the number Aino had.
async fn erased_aino(db: &Db, admin: &Session) -> i32 {
    let aino = create_customer(db, admin, &aino()).await;
    for (number, days_ago) in [("OP-100542", 300), ("OP-100601", 20)] {
        order::create(db, admin, aino.id, &voucher(number, days_ago))
            .await
            .expect("order");
    }
    let sören = create_customer(db, admin, &sören()).await;
    order::create(db, admin, sören.id, &voucher("OP-100777", 5))
        .await
        .expect("order");
    erasure::erase(db, admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    aino.id
}

/// A request from someone the register no longer knows by name, by email.
async fn logged(db: &Db, admin: &Session, erased: Option<i32>) -> AccessRequest {
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.hakkinen@example.com".into(),
        requester_address: testing::address("Kangaskuja 3 B 12", "40100", "Jyväskylä"),
        received_on: Utc::now().format("%d.%m.%Y").to_string(),
        erased_customer_number: erased,
        ..AccessRequestInput::default()
    };
    access_request::log(db, admin, &input)
        .await
        .expect("logged")
}

async fn an_erased_customer_is_found_by_order_number_and_by_the_keys_they_had(db: Db) {
    let admin = ready_admin(&db).await;
    let number = erased_aino(&db, &admin).await;
    for text in ["OP-100542", "aino.hakkinen@example.com", " OP-100601 "] {
        let found = vouchers::find(&db, &admin, text).await.expect("searched");
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].customer_number, number);
        assert_eq!(found[0].order_numbers, ["OP-100542", "OP-100601"]);
    }
    for text in [
        "OP-100777",
        "soren.akerlund@example.net",
        "Aino Häkkinen",
        "",
    ] {
        let found = vouchers::find(&db, &admin, text).await.expect("searched");
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    assert_eq!(
        extract::subject_by_order(&db, &admin, "OP-100601")
            .await
            .expect("found"),
        Subject::Erased(number)
    );
    assert_eq!(
        extract::subject_by_email(&db, &admin, "Aino.Hakkinen@example.com")
            .await
            .expect("found"),
        Subject::Erased(number)
    );
}

async fn no_data_held_is_refused_while_the_requesters_email_finds_kept_vouchers(db: Db) {
    let admin = ready_admin(&db).await;
    let number = erased_aino(&db, &admin).await;
    let request = logged(&db, &admin, None).await;
    let request = testing::requests::searched_everywhere(&db, &admin, request).await;
    let refused = access_request::answer_nothing_held(
        &db,
        &admin,
        (request.id, request.version),
        Lang::Fi,
        &[],
    )
    .await;
    match refused {
        Err(ServiceError::Invalid(errors)) => assert!(
            errors
                .iter()
                .any(|e| e.field == Field::MatchedCustomer && e.problem == Problem::VouchersKept),
            "{errors:?}"
        ),
        other => panic!("a no-data letter for a person whose vouchers are kept: {other:?}"),
    }
    let still = access_request::get(&db, &admin, request.id)
        .await
        .expect("read");
    assert_eq!(still.status, AccessRequestStatus::Received);
    let unknown =
        access_request::match_vouchers(&db, &admin, request.id, request.version, number + 100)
            .await;
    match unknown {
        Err(ServiceError::Invalid(errors)) => assert!(
            errors.iter().any(|e| e.field == Field::MatchedCustomer
                && e.problem == Problem::UnknownCustomer),
            "{errors:?}"
        ),
        other => panic!("matched to vouchers that are not kept: {other:?}"),
    }
    let matched = access_request::match_vouchers(&db, &admin, request.id, request.version, number)
        .await
        .expect("matched");
    let again = access_request::answer_nothing_held(
        &db,
        &admin,
        (matched.id, matched.version),
        Lang::Fi,
        &[],
    )
    .await;
    assert!(again.is_err(), "{again:?}");
}

async fn the_erased_customers_extract_lists_exactly_the_kept_vouchers_and_the_erasure(db: Db) {
    let admin = ready_admin(&db).await;
    let number = erased_aino(&db, &admin).await;
    let request = logged(&db, &admin, Some(number)).await;
    assert_eq!(request.subject(), Some(Subject::Erased(number)));
    let request = testing::requests::signed_letter_checked(
        &db,
        &admin,
        request,
        "Tilausvahvistus OP-100542 liitteenä",
    )
    .await;
    let request = testing::requests::searched_everywhere(&db, &admin, request).await;

    let dir = tempfile::tempdir().expect("folder");
    let path = dir.path().join("ote.pdf");
    save::extract(
        &db,
        &admin,
        save::Target {
            subject: Subject::Erased(number),
            lang: Lang::Fi,
            request: Some(&request),
            pdf: &path,
            json: None,
            existing: save::Existing::Keep,
        },
    )
    .await
    .expect("answered");
    let bytes = std::fs::read(&path).expect("the extract");
    keep(&format!("{}-erased-fi.pdf", db.backend_name()), &bytes);
    let text = text_of(&bytes);
    for expected in [
        "Poistetut tietonne",
        "Kirjanpitoa varten säilytetyt tositteet",
        "OP-100542",
        "OP-100601",
        "Pellavakangas",
        "pyyntönne",
        "Markkinointivalintojenne historia poistettiin muiden tietojenne kanssa.",
        &number.to_string(),
    ] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }
    // An erasure the customer asked for was made to answer their request, not in a review.
    assert!(
        text.contains("Asiakastiedot poistettu tietosuojapyyntöönne vastaaminen"),
        "{text}"
    );
    // The letter goes to the address the request gave; nothing of the erased record is back.
    // Only what is still held, for the purposes that keep it (Art. 15(1)(a), (b)).
    assert!(text.contains("Tilausten tositteet ilman nimeä"), "{text}");
    for absent in [
        "OP-100777",
        "Sören",
        "Perustiedot: etunimi",
        "040 765",
        "ainoh",
        "Uutiskirje",
        "Tuotearviot",
    ] {
        assert!(!text.contains(absent), "{absent} in: {text}");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path.with_extension("json")).expect("JSON"))
            .expect("parses");
    assert!(json["customer"].is_null());
    assert_eq!(json["erasure"]["customer_number"], number);
    let orders: Vec<&str> = json["orders"]
        .as_array()
        .expect("orders")
        .iter()
        .filter_map(|o| o["order_number"].as_str())
        .collect();
    assert_eq!(orders, ["OP-100601", "OP-100542"]);
    let answered = access_request::get(&db, &admin, request.id)
        .await
        .expect("read");
    assert_eq!(answered.status, AccessRequestStatus::Answered);

    // The PDF as rendered from the same struct, in Swedish and English too.
    for lang in [Lang::Sv, Lang::En] {
        let extract = extract::generate_erased(&db, &admin, number, lang, Some(&request))
            .await
            .expect("gathered");
        let text = text_of(&pdf::render(&extract).expect("rendered"));
        assert!(text.contains("OP-100542"), "{text}");
        assert!(!text.contains("OP-100777"), "{text}");
    }
}

on_both_databases!(
    an_erased_customer_is_found_by_order_number_and_by_the_keys_they_had,
    no_data_held_is_refused_while_the_requesters_email_finds_kept_vouchers,
    the_erased_customers_extract_lists_exactly_the_kept_vouchers_and_the_erasure,
);
