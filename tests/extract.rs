//! The register extract read back from the PDF: every field, every order, every Art. 15
//! section, Finnish letters intact, and nothing about anyone else.

mod common;

use asiakasrekisteri::db::Db;
use asiakasrekisteri::domain::Money;
use asiakasrekisteri::domain::access_request::{AccessRequestInput, AccessRequestStatus};
use asiakasrekisteri::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use asiakasrekisteri::domain::review::ReviewInput;
use asiakasrekisteri::extract::{Extract, pdf};
use asiakasrekisteri::i18n::Lang;
use asiakasrekisteri::service::access_request::{self, Checklist};
use asiakasrekisteri::service::{Session, extract, order, review};
use chrono::{Duration, Utc};
use common::{aino, create_customer, first_admin, sören};

fn order_input(number: &str, carrier: &str, days_ago: i64) -> OrderInput {
    OrderInput {
        order_number: number.into(),
        placed_at: Utc::now() - Duration::days(days_ago),
        status: OrderStatus::Delivered,
        carrier: carrier.into(),
        delivery_name: "Aino Häkkinen".into(),
        delivery_street_address: "Kangaskuja 3 B 12".into(),
        delivery_postal_code: "40100".into(),
        delivery_city: "Jyväskylä".into(),
        delivery_country: "FI".into(),
        lines: vec![
            OrderLineInput {
                product: "Pellavakangas, luonnonvalkoinen (1 m)".into(),
                quantity: 2,
                unit_price: Money::from_cents(2190),
                vat_rate_basis_points: 2550,
            },
            OrderLineInput {
                product: "Nuppineulat 100 kpl".into(),
                quantity: 1,
                unit_price: Money::from_cents(395),
                vat_rate_basis_points: 2550,
            },
        ],
    }
}

/// Keeps a rendered extract where CI checks it with `qpdf --check` (target/tmp/extracts).
fn keep(name: &str, bytes: &[u8]) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("extracts");
    std::fs::create_dir_all(&dir).expect("sample directory");
    std::fs::write(dir.join(name), bytes).expect("sample written");
}

fn text_of(pdf: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(pdf).expect("the PDF reads back");
    // Line breaks fall where the layout put them; compare words, not lines.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn generate(db: &Db, session: &Session, customer_id: i32, lang: Lang) -> (Extract, String) {
    let extract = extract::generate(db, session, customer_id, lang, None)
        .await
        .expect("gathered");
    let bytes = pdf::render(&extract).expect("rendered");
    assert!(bytes.starts_with(b"%PDF-"));
    keep(&format!("{}-{}.pdf", db.backend_name(), lang.id()), &bytes);
    (extract, text_of(&bytes))
}

async fn the_pdf_holds_every_field_order_and_section_and_no_one_else(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let sören = create_customer(&db, &admin, &sören()).await;
    order::create(
        &db,
        &admin,
        aino.id,
        &order_input("OP-7001", "Matkahuolto", 40),
    )
    .await
    .expect("order");
    order::create(&db, &admin, aino.id, &order_input("OP-7002", "Posti", 3))
        .await
        .expect("order");
    order::create(
        &db,
        &admin,
        sören.id,
        &order_input("OP-9999", "DB Schenker", 2),
    )
    .await
    .expect("order");
    let review = ReviewInput {
        product: "Pellavakangas".into(),
        rating: 4,
        text: "Kaunis sävy, hieman ryppyyntyvä.".into(),
    };
    review::create(&db, &admin, aino.id, &review)
        .await
        .expect("review");

    let (extract, text) = generate(&db, &admin, aino.id, Lang::Fi).await;
    for expected in [
        "Aino",
        "Häkkinen",
        "aino.hakkinen@example.com",
        "+358 40 7654321",
        "Kangaskuja 3 B 12",
        "40100",
        "Jyväskylä",
        "ainoh",
        "OP-7001",
        "OP-7002",
        "Matkahuolto",
        "Posti",
        "Pellavakangas, luonnonvalkoinen (1 m)",
        "47,75 €",
        "Kaunis sävy, hieman ryppyyntyvä.",
        "Olette tilannut uutiskirjeen.",
        "Käsittelyn tarkoitukset",
        "Henkilötietoryhmät",
        "Vastaanottajat",
        "Säilytysaika",
        "Tietolähteet",
        "Oikeutenne",
        "oikaisemista",
        "poistamista",
        "rajoittamista",
        "vastustaa",
        "Tietosuojavaltuutetun toimisto",
        "Ompelijan paratiisi",
        "2631357-4",
        "Sivu 1/",
        "Allekirjoitus",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the extract:\n{text}"
        );
    }
    for foreign in [
        "Sören",
        "Åkerlund",
        "OP-9999",
        "DB Schenker",
        "soren.akerlund",
    ] {
        assert!(
            !text.contains(foreign),
            "{foreign:?} belongs to another customer"
        );
    }
    assert_eq!(extract.carriers, ["Matkahuolto", "Posti"]);
}

async fn an_english_extract_is_in_english(db: Db) {
    let admin = first_admin(&db).await;
    let sören = create_customer(&db, &admin, &sören()).await;
    let (_, text) = generate(&db, &admin, sören.id, Lang::En).await;
    for expected in [
        "Register extract",
        "Sören",
        "Åkerlund",
        "Mariehamn",
        "FI26313574",
        "Sömnad Åberg Ab",
        "Purposes of the processing",
        "Right to lodge a complaint",
        "Page 1/",
        "No signature is needed.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    // Sören has no orders: no carrier received his data.
    assert!(!text.contains("(carrier)"), "{text}");
}

async fn a_thousand_orders_run_to_many_correctly_numbered_pages(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    for i in 0..1000 {
        order::create(
            &db,
            &admin,
            aino.id,
            &order_input(&format!("OP-{}", 10_000 + i), "Posti", i % 900),
        )
        .await
        .expect("order");
    }
    let extract = extract::generate(&db, &admin, aino.id, Lang::Fi, None)
        .await
        .expect("gathered");
    let bytes = pdf::render(&extract).expect("rendered");
    keep(&format!("{}-1000-orders.pdf", db.backend_name()), &bytes);
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("reads back");
    let count = pages.len();
    assert!(count > 50, "1,000 orders need many pages, got {count}");
    for (index, page) in pages.iter().enumerate() {
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&format!("Sivu {}/{count}", index + 1)),
            "page {}: {flat}",
            index + 1
        );
    }
    let text = pages.join(" ");
    for i in 0..1000 {
        assert!(
            text.contains(&format!("OP-{}", 10_000 + i)),
            "order {i} missing"
        );
    }
    // The lines table header is repeated on every page that continues a table.
    for (index, page) in pages.iter().enumerate() {
        if page.contains("OP-1") {
            assert!(page.contains("à-hinta"), "page {} has no header", index + 1);
        }
    }
}

async fn the_json_copy_is_the_same_struct(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    order::create(&db, &admin, aino.id, &order_input("OP-1", "Posti", 1))
        .await
        .expect("order");
    let extract = extract::generate(&db, &admin, aino.id, Lang::Fi, None)
        .await
        .expect("gathered");
    let json = extract.to_json().expect("serialises");
    let back: Extract = serde_json::from_slice(&json).expect("parses");
    assert_eq!(back, extract);
    let value: serde_json::Value = serde_json::from_slice(&json).expect("parses");
    assert_eq!(value["customer"]["last_name"], "Häkkinen");
    assert_eq!(value["orders"][0]["total_cents"], 2 * 2190 + 395);
    assert_eq!(value["customer"]["webshop_password_stored_as_hash"], false);
}

async fn saving_an_extract_answers_the_verified_request_with_its_sha256(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        received_on: Utc::now().format("%d.%m.%Y").to_string(),
        customer_id: Some(aino.id),
    };
    let request = access_request::log(&db, &admin, &input)
        .await
        .expect("logged");
    let checklist = Checklist {
        signed: true,
        identity_verified: true,
        identity_method: "Allekirjoitus verrattu".into(),
    };
    let request =
        access_request::set_checklist(&db, &admin, request.id, request.version, &checklist)
            .await
            .expect("checked");
    let early = extract::record_saved(
        &db,
        &admin,
        aino.id,
        "x",
        "abc",
        Some((request.id, request.version)),
    )
    .await;
    assert!(early.is_err(), "an unverified request cannot be answered");
    let request = access_request::mark_verified(&db, &admin, request.id, request.version)
        .await
        .expect("verified");
    let extract = extract::generate(
        &db,
        &admin,
        aino.id,
        Lang::Fi,
        Some(request.reference.clone()),
    )
    .await
    .expect("gathered");
    let bytes = pdf::render(&extract).expect("rendered");
    let sha = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(&bytes))
    };
    extract::record_saved(
        &db,
        &admin,
        aino.id,
        &extract.reference,
        &sha,
        Some((request.id, request.version)),
    )
    .await
    .expect("recorded");
    let answered = access_request::get(&db, &admin, request.id)
        .await
        .expect("reads");
    assert_eq!(answered.status, AccessRequestStatus::Answered);
    assert_eq!(answered.extract_sha256.as_deref(), Some(sha.as_str()));
    assert_eq!(
        answered.extract_generated_by.as_deref(),
        Some("paakayttaja")
    );
    assert!(text_of(&bytes).contains(&request.reference));
}

on_both_databases!(
    the_pdf_holds_every_field_order_and_section_and_no_one_else,
    an_english_extract_is_in_english,
    a_thousand_orders_run_to_many_correctly_numbered_pages,
    the_json_copy_is_the_same_struct,
    saving_an_extract_answers_the_verified_request_with_its_sha256,
);
