//! Consent, the marketing export, and erasure that leaves nothing behind.

use chrono::{Duration, Utc};
use register::db::Db;
use register::domain::Money;
use register::domain::access_request::AccessRequestInput;
use register::domain::consent::{ConsentKind, ConsentSource, ErasureReason};
use register::domain::customer::CustomerInput;
use register::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use register::domain::review::ReviewInput;
use register::service::{
    PageRequest, ServiceError, access_request, consent, customer, erasure, order, report,
    retention, review,
};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use testing::{aino, create_customer, ready_admin};

/// Values that appear nowhere else, so that finding them anywhere means a leak.
fn erasable() -> CustomerInput {
    CustomerInput {
        first_name: "Ylväskä".into(),
        last_name: "Pöyhönen-Ågren".into(),
        email: "ylvaska.poyhonen@example.org".into(),
        phone: "045 765 1234".into(),
        street_address: "Kuusikuja 17 D 44".into(),
        postal_code: "33580".into(),
        city: "Tampere".into(),
        webshop_username: "ylvaska17".into(),
        newsletter: true,
        ..aino()
    }
}

const SECRETS: [&str; 5] = [
    "Ylväskä",
    "Pöyhönen-Ågren",
    "ylvaska.poyhonen@example.org",
    "+358457651234",
    "Kuusikuja 17 D 44",
];

fn order_for(number: &str, days_ago: i64, cents: i64) -> OrderInput {
    OrderInput {
        order_number: number.into(),
        placed_at: Utc::now() - Duration::days(days_ago),
        status: OrderStatus::Delivered,
        carrier: "Posti".into(),
        delivery_name: "Ylväskä Pöyhönen-Ågren".into(),
        delivery_street_address: "Kuusikuja 17 D 44".into(),
        delivery_postal_code: "33580".into(),
        delivery_city: "Tampere".into(),
        delivery_country: "FI".into(),
        lines: vec![OrderLineInput {
            product: "Villakangas".into(),
            quantity: 2,
            unit_price: Money::from_cents(cents),
            vat_rate_basis_points: 2550,
        }],
    }
}

/// A customer with everything: orders, a review, consent events, an access request.
async fn full_customer(db: &Db, admin: &register::service::Session) -> i32 {
    let created = create_customer(db, admin, &erasable()).await;
    order::create(db, admin, created.id, &order_for("OP-501", 400, 3290))
        .await
        .expect("order");
    order::create(db, admin, created.id, &order_for("OP-502", 10, 1490))
        .await
        .expect("order");
    let review = ReviewInput {
        product: "Villakangas".into(),
        rating: 5,
        text: "Ylväskän mielestä paras kangas.".into(),
    };
    review::create(db, admin, created.id, &review)
        .await
        .expect("review");
    consent::set_marketing_refusal(db, admin, created.id, true, ConsentSource::Phone)
        .await
        .expect("consent");
    let request = AccessRequestInput {
        requester_name: "Ylväskä Pöyhönen-Ågren".into(),
        requester_address: testing::address("Ylväskänpolku 7", "33100", "Tampere"),
        received_on: Utc::now().format("%d.%m.%Y").to_string(),
        customer_id: Some(created.id),
        ..AccessRequestInput::default()
    };
    let logged = access_request::log(db, admin, &request)
        .await
        .expect("request");
    access_request::attach_letter(
        db,
        admin,
        logged.id,
        logged.version,
        "kirje.pdf",
        b"Ylvaska kirje".to_vec(),
    )
    .await
    .expect("letter");
    created.id
}

async fn erasure_removes_the_person_and_keeps_anonymised_vouchers_with_the_same_totals(db: Db) {
    let admin = ready_admin(&db).await;
    let other = create_customer(&db, &admin, &aino()).await;
    let others_order = OrderInput {
        delivery_name: "Aino Häkkinen".into(),
        delivery_street_address: "Kangaskuja 3 B 12".into(),
        ..order_for("OP-900", 5, 990)
    };
    order::create(&db, &admin, other.id, &others_order)
        .await
        .expect("order");
    let id = full_customer(&db, &admin).await;
    let before = report::summary(&db, &admin).await.expect("report");

    let erased = erasure::erase(&db, &admin, id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    assert_eq!(erased.orders_anonymised, 2);
    assert_eq!(erased.reviews_deleted, 1);

    let after = report::summary(&db, &admin).await.expect("report");
    assert_eq!(
        after.revenue, before.revenue,
        "the vouchers still sum to the same"
    );
    assert_eq!(after.orders_by_status, before.orders_by_status);
    assert_eq!(after.customers, before.customers - 1);
    let gone = customer::get(&db, &admin, id, &testing::why()).await;
    assert!(matches!(gone, Err(ServiceError::NotFound(_))), "{gone:?}");
    let kept = order::list(
        &db,
        &admin,
        &order::OrderQuery {
            number: "OP-50".into(),
            status: None,
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("orders");
    assert_eq!(kept.items.len(), 2);
    assert!(
        kept.items
            .iter()
            .all(|o| o.customer_id.is_none() && o.delivery_name.is_none())
    );

    match db.backend() {
        DbBackend::Postgres => no_row_holds_the_secrets(&db).await,
        _ => {
            db.raw_connection_for_tests()
                .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                .await
                .expect("checkpoint");
        }
    }
}

/// PostgreSQL: every row of every table, as text, is free of the erased values.
async fn no_row_holds_the_secrets(db: &Db) {
    let conn = db.raw_connection_for_tests();
    let tables = [
        "customers",
        "orders",
        "order_lines",
        "reviews",
        "consent_events",
        "access_requests",
        "access_request_letters",
        "audit_events",
        "staff_users",
    ];
    for table in tables {
        for secret in SECRETS {
            let sql =
                format!("SELECT count(*) AS n FROM {table} t WHERE t::text LIKE '%' || $1 || '%'");
            let row = conn
                .query_one_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    sql,
                    [secret.into()],
                ))
                .await
                .expect("query")
                .expect("a count");
            let n: i64 = row.try_get("", "n").expect("count");
            assert_eq!(n, 0, "{secret:?} is still in {table}");
        }
    }
}

on_both_databases!(erasure_removes_the_person_and_keeps_anonymised_vouchers_with_the_same_totals);

/// SQLite: as soon as the erasure returns, while the register stays open here and at another
/// workstation that has read the customer, not one byte of the database's files holds the
/// erased values: no checkpoint by hand, no closing first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_customer_leaves_no_bytes_in_the_sqlite_files_while_they_are_open() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("register.sqlite3");
    let location = register::config::DatabaseLocation::Sqlite(path.clone());
    let db = register::db::connect(&location).await.expect("opens");
    let admin = ready_admin(&db).await;
    let id = full_customer(&db, &admin).await;
    let other_workstation = register::db::connect(&location).await.expect("opens");
    // Read the customer a few times, as staff would, so that pages are rewritten.
    for _ in 0..3 {
        customer::get(&db, &admin, id, &testing::why())
            .await
            .expect("reads");
        customer::get(&other_workstation, &admin, id, &testing::why())
            .await
            .expect("reads at the other workstation");
    }
    erasure::erase(&db, &admin, id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.path()).expect("lists") {
        let file = entry.expect("entry").path();
        let bytes = std::fs::read(&file).expect("reads");
        checked += 1;
        for secret in SECRETS {
            let needle = secret.as_bytes();
            let found = bytes.windows(needle.len()).any(|window| window == needle);
            assert!(!found, "{secret:?} is still in {}", file.display());
        }
    }
    assert!(checked >= 2, "the database and its log were both read");
    other_workstation.close().await.expect("closes");
    db.close().await.expect("closes");
}

async fn the_export_holds_only_consenting_customers_who_have_not_refused(db: Db) {
    let admin = ready_admin(&db).await;
    let cases = [
        ("Sallii", true, false, true),
        ("Kieltää", true, true, false),
        ("Eitilaa", false, false, false),
        ("Molemmat", false, true, false),
        ("=Kaava", true, false, true),
    ];
    for (i, (name, newsletter, refused, _)) in cases.iter().enumerate() {
        let input = CustomerInput {
            first_name: (*name).into(),
            email: format!("asiakas{i}@example.com"),
            webshop_username: String::new(),
            newsletter: *newsletter,
            ..aino()
        };
        let created = create_customer(&db, &admin, &input).await;
        if *refused {
            consent::set_marketing_refusal(&db, &admin, created.id, true, ConsentSource::Email)
                .await
                .expect("refusal");
        }
    }
    // One without an email cannot receive anything.
    let no_email = CustomerInput {
        first_name: "Eiosoitetta".into(),
        email: String::new(),
        webshop_username: String::new(),
        newsletter: true,
        ..aino()
    };
    create_customer(&db, &admin, &no_email).await;
    let csv = testing::newsletter_csv(&db, &admin).await;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "\"first_name\",\"last_name\",\"email\"");
    for (name, _, _, included) in cases {
        let shown = if name.starts_with('=') {
            format!("'{name}")
        } else {
            name.to_owned()
        };
        assert_eq!(
            csv.contains(&format!("\"{shown}\"")),
            included,
            "{name}: {csv}"
        );
    }
    assert!(!csv.contains("Eiosoitetta"));
    assert!(
        !csv.contains("\"=Kaava\""),
        "a formula never reaches the file as one"
    );
    assert!(!csv.contains("040"), "only the fields marketing needs");
    assert_eq!(lines.len(), 3);
}

async fn every_consent_change_is_recorded_with_its_source(db: Db) {
    let admin = ready_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    consent::set_newsletter(&db, &admin, created.id, false, ConsentSource::Letter)
        .await
        .expect("unsubscribed");
    consent::set_marketing_refusal(&db, &admin, created.id, true, ConsentSource::Phone)
        .await
        .expect("refused");
    let history = consent::history(&db, &admin, created.id)
        .await
        .expect("history");
    let seen: Vec<(ConsentKind, bool, &str)> = history
        .iter()
        .map(|e| (e.kind, e.granted, e.source.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            (ConsentKind::Newsletter, true, "staff"),
            (ConsentKind::Newsletter, false, "letter"),
            (ConsentKind::MarketingRefusal, true, "phone"),
        ]
    );
    assert!(history.iter().all(|e| e.recorded_by == "paakayttaja"));
    let stored = customer::get(&db, &admin, created.id, &testing::why())
        .await
        .expect("reads");
    assert!(!stored.newsletter && stored.marketing_refused);
}

async fn expired_vouchers_are_purged_and_recent_ones_kept(db: Db) {
    let admin = ready_admin(&db).await;
    let created = create_customer(&db, &admin, &erasable()).await;
    order::create(&db, &admin, created.id, &order_for("OP-OLD", 8 * 366, 1000))
        .await
        .expect("order");
    order::create(&db, &admin, created.id, &order_for("OP-NEW", 30, 1000))
        .await
        .expect("order");
    erasure::erase(&db, &admin, created.id, ErasureReason::RetentionEnded)
        .await
        .expect("erased");
    let purged = erasure::purge_expired_vouchers(&db, &admin, Utc::now().date_naive())
        .await
        .expect("purged");
    assert_eq!(purged, 1);
    let left = order::list(
        &db,
        &admin,
        &order::OrderQuery {
            number: "OP-".into(),
            status: None,
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("orders");
    let numbers: Vec<&str> = left.items.iter().map(|o| o.order_number.as_str()).collect();
    assert_eq!(numbers, ["OP-NEW"]);
}

/// The retention review's candidates (36 months idle) as seen four years from now, by id.
fn in_four_years() -> chrono::DateTime<Utc> {
    Utc::now() + Duration::days(4 * 365)
}

async fn candidates_in_four_years(db: &Db, admin: &register::service::Session) -> Vec<i32> {
    let page = retention::candidates(db, admin, 36, in_four_years(), PageRequest::first(10))
        .await
        .expect("list");
    let mut ids: Vec<i32> = page.items.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids
}

/// A customer who does not subscribe to the newsletter.
fn unsubscribed(input: CustomerInput) -> CustomerInput {
    CustomerInput {
        newsletter: false,
        ..input
    }
}

async fn a_customer_who_ordered_within_the_idle_period_is_no_retention_candidate(db: Db) {
    let admin = ready_admin(&db).await;
    let idle = create_customer(&db, &admin, &unsubscribed(erasable())).await;
    let buyer = create_customer(&db, &admin, &unsubscribed(aino())).await;
    // Seen from four years on, with a 36-month period: both joined before the cut-off, and the
    // buyer's order of three years on falls after it.
    order::create(&db, &admin, buyer.id, &order_for("OP-1", -3 * 365, 100))
        .await
        .expect("order");
    assert_eq!(candidates_in_four_years(&db, &admin).await, [idle.id]);
}

async fn the_retention_review_lists_only_long_idle_customers(db: Db) {
    let admin = ready_admin(&db).await;
    let idle = create_customer(&db, &admin, &unsubscribed(erasable())).await;
    let active = create_customer(&db, &admin, &unsubscribed(aino())).await;
    create_customer(&db, &admin, &aino_subscriber()).await;
    order::create(&db, &admin, active.id, &order_for("OP-1", 1, 100))
        .await
        .expect("order");
    let ids = candidates_in_four_years(&db, &admin).await;
    assert_eq!(
        ids,
        [idle.id, active.id],
        "four years on, both have been idle"
    );
    let now = retention::candidates(&db, &admin, 36, Utc::now(), PageRequest::first(10))
        .await
        .expect("list");
    assert!(now.items.is_empty(), "nobody is idle yet");
    let erased = retention::erase_idle(&db, &admin, &ids, 36, in_four_years())
        .await
        .expect("erased");
    assert_eq!(erased.erased, 2);
    assert_eq!(
        customer::count(&db, &admin).await.expect("count"),
        1,
        "the subscriber was never listed"
    );
}

/// A subscriber to the newsletter, who keeps a relationship with the shop without ordering.
fn aino_subscriber() -> CustomerInput {
    CustomerInput {
        email: "aino.tilaaja@example.com".into(),
        webshop_username: String::new(),
        ..aino()
    }
}

/// Customers listed by the review who order or subscribe before staff press erase are judged
/// again when the erasure runs, and kept.
async fn a_listed_customer_who_became_active_meanwhile_is_not_erased(db: Db) {
    let admin = ready_admin(&db).await;
    let idle = create_customer(&db, &admin, &unsubscribed(erasable())).await;
    let buyer = create_customer(&db, &admin, &unsubscribed(aino())).await;
    let subscriber = create_customer(&db, &admin, &unsubscribed(aino_subscriber())).await;
    let listed = candidates_in_four_years(&db, &admin).await;
    assert_eq!(listed, [idle.id, buyer.id, subscriber.id]);

    // After the list was loaded: an order of three years on, and a subscription.
    order::create(&db, &admin, buyer.id, &order_for("OP-9", -3 * 365, 100))
        .await
        .expect("order");
    consent::set_newsletter(&db, &admin, subscriber.id, true, ConsentSource::Staff)
        .await
        .expect("subscribed");

    let erased = retention::erase_idle(&db, &admin, &listed, 36, in_four_years())
        .await
        .expect("erased");
    assert_eq!(
        erased,
        retention::RetentionErasure {
            erased: 1,
            no_longer_idle: 2,
            ledger: erasure::LedgerState::NotKept,
        }
    );
    for kept in [buyer.id, subscriber.id] {
        customer::get(&db, &admin, kept, &testing::why())
            .await
            .expect("a customer active since the list was loaded is kept");
    }
    assert!(matches!(
        customer::get(&db, &admin, idle.id, &testing::why()).await,
        Err(ServiceError::NotFound(_))
    ));
}

on_both_databases!(
    the_export_holds_only_consenting_customers_who_have_not_refused,
    every_consent_change_is_recorded_with_its_source,
    expired_vouchers_are_purged_and_recent_ones_kept,
    the_retention_review_lists_only_long_idle_customers,
    a_customer_who_ordered_within_the_idle_period_is_no_retention_candidate,
    a_listed_customer_who_became_active_meanwhile_is_not_erased,
);

/// A plain copy of the register, as a backup killed part-way leaves it: its folder, the copy,
/// and the lock file nobody holds any more.
fn leftover_beside(register: &std::path::Path) -> std::path::PathBuf {
    let folder = register
        .parent()
        .expect("a folder")
        .join(".asiakasrekisteri-backup-killed");
    std::fs::create_dir(&folder).expect("made");
    std::fs::write(folder.join("register.sqlite3"), b"Aino Hakkinen").expect("written");
    std::fs::write(folder.join("in-use.lock"), b"").expect("written");
    folder
}

#[tokio::test]
async fn an_erasure_removes_a_plain_copy_a_killed_backup_left_beside_the_register() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = ready_admin(&db).await;
    let id = create_customer(&db, &admin, &aino()).await.id;
    let register = db.sqlite_file().expect("a SQLite register").to_owned();
    let leftover = leftover_beside(&register);
    erasure::erase(&db, &admin, id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    assert!(!leftover.exists(), "the copy holding her went with her");
    test_db.finish().await;
}
