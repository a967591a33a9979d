//! The register extract read back from the PDF: every field, every order, every Art. 15
//! section, Finnish letters intact, and nothing about anyone else.

use crate::samples::{keep, text_of};
use register::db::Db;
use register::domain::Lang;
use register::domain::Money;
use register::domain::access_request::AccessRequestStatus;
use register::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use register::domain::review::ReviewInput;
use register::domain::subject::Subject;
use register::extract::{Extract, pdf};
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, Utc};
use register::domain::consent::ConsentSource;
use register::save;
use register::service::access_request;
use register::service::{Session, consent, customer, extract, order, review};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use testing::{aino, create_customer, ready_admin, sören};

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
    let admin = ready_admin(&db).await;
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
        "040 765 4321",
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
    let admin = ready_admin(&db).await;
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
    let admin = ready_admin(&db).await;
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
    // No order is split over a page break: each order begun on a page ends on it.
    for (index, page) in pages.iter().enumerate() {
        assert_eq!(
            page.matches("OP-1").count(),
            page.matches("Tilaus yhteensä").count(),
            "page {}: an order without its total",
            index + 1
        );
    }
    // The lines table header is repeated on every page that continues a table.
    for (index, page) in pages.iter().enumerate() {
        if page.contains("OP-1") {
            assert!(page.contains("À-hinta"), "page {} has no header", index + 1);
        }
    }
}

async fn the_json_copy_is_the_same_struct(db: Db) {
    let admin = ready_admin(&db).await;
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
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let request = testing::requests::verified(&db, &admin, aino.id).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("ote.pdf");
    let saved = save::extract(
        &db,
        &admin,
        save::Target {
            subject: Subject::Customer(aino.id),
            lang: Lang::Fi,
            request: Some(&request),
            pdf: &path,
            json: None,
            existing: save::Existing::Replace,
        },
    )
    .await
    .expect("saved");
    let bytes = std::fs::read(&path).expect("written");
    let sha = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(&bytes))
    };
    assert_eq!(saved.sha256, sha);
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

/// A request from `customer`, checked from their signed letter and verified.
async fn the_copy_gives_marketing_choices_requests_and_consultations_by_role_not_name(db: Db) {
    let staff = testing::staff(&db).await;
    let aino = create_customer(&db, &staff.admin, &aino()).await;
    consent::set_newsletter(
        &db,
        &staff.customer_service,
        aino.id,
        false,
        ConsentSource::Phone,
    )
    .await
    .expect("unsubscribed by phone");
    customer::get(&db, &staff.customer_service, aino.id, &testing::why())
        .await
        .expect("opened by customer service");
    let request = testing::requests::verified(&db, &staff.admin, aino.id).await;
    db.raw_connection_for_tests()
        .execute_unprepared(&format!(
            "UPDATE customers SET webshop_customer_id = '7001', \
             last_webshop_login_at = '2026-10-01 08:00:00+00:00' WHERE id = {}",
            aino.id
        ))
        .await
        .expect("webshop data");
    let extract = extract::generate(&db, &staff.admin, aino.id, Lang::Fi, None)
        .await
        .expect("gathered");
    let customer = extract
        .customer
        .as_ref()
        .expect("a customer in the register");
    assert_eq!(customer.webshop_customer_id.as_deref(), Some("7001"));
    assert!(customer.last_webshop_login_at.is_some());
    let choices: Vec<(&str, bool, &str, Option<&str>)> = extract
        .consents
        .iter()
        .map(|c| {
            (
                c.kind.as_str(),
                c.granted,
                c.source.as_str(),
                c.role.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        choices.last(),
        Some(&("newsletter", false, "phone", Some("customer-service")))
    );
    let requests: Vec<&str> = extract
        .access_requests
        .iter()
        .map(|r| r.reference.as_str())
        .collect();
    assert_eq!(requests, [request.reference.as_str()]);
    let opened = extract
        .consultations
        .iter()
        .find(|c| c.action == "customer.read")
        .expect("the opening is in the log");
    assert_eq!(opened.role.as_deref(), Some("customer-service"));
    assert_eq!(opened.description, "Asiakastiedot avattu");
    // C-579/21: the dates and the purposes. The opening's purpose was recorded with it; the
    // request's steps have theirs by their context.
    assert_eq!(opened.purpose, "asiakaspalvelu");
    let verified = extract
        .consultations
        .iter()
        .find(|c| c.action == "access_request.verify")
        .expect("the verification is in the log");
    assert_eq!(verified.purpose, "tietosuojapyyntöönne vastaaminen");
    assert!(
        extract
            .consultations
            .iter()
            .all(|c| c.purpose != "ei kirjattu"),
        "every consultation has its purpose: {:?}",
        extract.consultations
    );
    assert!(
        extract
            .consultations
            .iter()
            .any(|c| c.action == "access_request.verify")
    );
    let json = String::from_utf8(extract.to_json().expect("serialises")).expect("UTF-8");
    for username in ["paakayttaja", "lahettamo"] {
        assert!(!json.contains(username), "{username} in the copy");
    }
    let text = text_of(&pdf::render(&extract).expect("rendered"));
    for expected in [
        "Markkinointivalintojen historia",
        "Uutiskirje peruttu",
        "puhelimitse",
        "Tarkastuspyyntönne",
        &request.reference,
        "Käyttöloki",
        "Asiakastiedot avattu",
        "Tarkoitus",
        "tietosuojapyyntöönne vastaaminen",
        "asiakaspalvelu",
        "C-579/21",
        "7001",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    assert!(!text.contains("paakayttaja"), "{text}");
    // The PDF gives every field of each request that the JSON copy gives.
    for request in &extract.access_requests {
        let due = register::format::date_for(Lang::Fi, request.due_on);
        let fields = [
            Some(request.reference.as_str()),
            Some(request.channel.as_str()),
            Some(request.requester_name.as_str()),
            request.requester_email.as_deref(),
            request.requester_phone.as_deref(),
            request.requester_address.as_deref(),
            request.identity_check.as_deref(),
            request.identity_note.as_deref(),
            request.letter.as_deref(),
            Some(request.outcome.as_str()),
            Some(request.delivery.as_str()),
            request.extension_reason.as_deref(),
            request.rejection_reason.as_deref(),
            Some(due.as_str()),
        ];
        let documents = request
            .documents
            .iter()
            .flat_map(|d| [d.kind.as_str(), d.sha256.as_str()]);
        for value in fields.into_iter().flatten().chain(documents) {
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&value), "{value:?} missing:\n{text}");
        }
        assert!(request.identity_check.is_some() && request.identity_note.is_some());
    }
}

/// Every table of the database and its columns, as the database itself lists them.
async fn schema(db: &Db) -> BTreeMap<String, BTreeSet<String>> {
    let conn = db.raw_connection_for_tests();
    let backend = conn.get_database_backend();
    let (tables, columns) = match backend {
        DbBackend::Postgres => (
            "SELECT table_name AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            "SELECT column_name AS name FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = '{}'",
        ),
        _ => (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            "SELECT name FROM pragma_table_info('{}')",
        ),
    };
    let names = |rows: Vec<sea_orm::QueryResult>| -> Vec<String> {
        rows.iter()
            .map(|row| row.try_get::<String>("", "name").expect("a name"))
            .collect()
    };
    let mut schema = BTreeMap::new();
    let rows = conn
        .query_all_raw(Statement::from_string(backend, tables))
        .await
        .expect("tables");
    for table in names(rows) {
        let rows = conn
            .query_all_raw(Statement::from_string(
                backend,
                columns.replace("{}", &table),
            ))
            .await
            .expect("columns");
        schema.insert(table, names(rows).into_iter().collect());
    }
    schema
}

/// Whether `pointer` (with `*` for every item of a list) names a key in `value`.
fn resolves(value: &serde_json::Value, pointer: &str) -> bool {
    let mut parts = pointer.trim_start_matches('/').splitn(2, '/');
    let (Some(head), rest) = (parts.next(), parts.next()) else {
        return true;
    };
    let children: Vec<&serde_json::Value> = if head == "*" {
        value
            .as_array()
            .map(|items| items.iter().collect())
            .unwrap_or_default()
    } else {
        value.get(head).into_iter().collect()
    };
    match rest {
        None => !children.is_empty(),
        Some(rest) => children.iter().any(|child| resolves(child, rest)),
    }
}

async fn every_column_about_a_customer_is_in_the_copy_or_left_out_with_a_reason(db: Db) {
    use register::extract::coverage::{CUSTOMER_TABLES, Coverage, OTHER_TABLES};
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    order::create(&db, &admin, aino.id, &order_input("OP-1", "Posti", 1))
        .await
        .expect("order");
    let written = review::create(
        &db,
        &admin,
        aino.id,
        &ReviewInput {
            product: "Lanka".into(),
            rating: 5,
            text: "Hyvä.".into(),
        },
    )
    .await
    .expect("review");
    review::set_visible(&db, &admin, written.id, false)
        .await
        .expect("hidden");
    consent::set_marketing_refusal(&db, &admin, aino.id, true, ConsentSource::Letter)
        .await
        .expect("refused");
    let answered = testing::requests::verified(&db, &admin, aino.id).await;
    let answered = access_request::attach_letter(
        &db,
        &admin,
        answered.id,
        answered.version,
        "kirje.pdf",
        b"%PDF-1.4".to_vec(),
    )
    .await
    .expect("letter");
    let dir = tempfile::tempdir().expect("temporary directory");
    save::extract(
        &db,
        &admin,
        save::Target {
            subject: Subject::Customer(aino.id),
            lang: Lang::Fi,
            request: Some(&answered),
            pdf: &dir.path().join("ote.pdf"),
            json: None,
            existing: save::Existing::Replace,
        },
    )
    .await
    .expect("answered");
    let extended = testing::requests::verified(&db, &admin, aino.id).await;
    access_request::extend(
        &db,
        &admin,
        extended.id,
        extended.version,
        "Laaja",
        Lang::Fi,
        Utc::now().date_naive(),
    )
    .await
    .expect("extended");
    let copy: serde_json::Value = serde_json::from_slice(
        &extract::generate(&db, &admin, aino.id, Lang::Fi, None)
            .await
            .expect("gathered")
            .to_json()
            .expect("serialises"),
    )
    .expect("JSON");

    let schema = schema(&db).await;
    let listed: BTreeSet<&str> = CUSTOMER_TABLES
        .iter()
        .map(|(table, _)| *table)
        .chain(OTHER_TABLES.iter().map(|(table, _)| *table))
        .collect();
    for table in schema.keys() {
        assert!(
            listed.contains(table.as_str()),
            "table {table} is neither copied nor explained in extract::coverage"
        );
    }
    for (table, columns) in CUSTOMER_TABLES {
        let actual = schema
            .get(*table)
            .unwrap_or_else(|| panic!("{table} is listed but not in the database"));
        let named: BTreeSet<String> = columns.iter().map(|(c, _)| (*c).to_owned()).collect();
        assert_eq!(
            actual, &named,
            "the columns of {table} differ from extract::coverage"
        );
        for (column, coverage) in *columns {
            if let Coverage::Copied(pointer) = coverage {
                assert!(
                    resolves(&copy, pointer),
                    "{table}.{column}: {pointer} is not in the copy"
                );
            }
        }
    }
}

on_both_databases!(
    the_copy_gives_marketing_choices_requests_and_consultations_by_role_not_name,
    every_column_about_a_customer_is_in_the_copy_or_left_out_with_a_reason,
    the_pdf_holds_every_field_order_and_section_and_no_one_else,
    an_english_extract_is_in_english,
    a_thousand_orders_run_to_many_correctly_numbered_pages,
    the_json_copy_is_the_same_struct,
    saving_an_extract_answers_the_verified_request_with_its_sha256,
);
