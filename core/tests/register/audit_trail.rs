//! The audit trail: what is recorded, that it is append-only, and that tampering is found.

use register::audit_anchor;
use register::db::Db;
use register::domain::Role;
use register::service::audit::{self, AuditEntry, AuditFilter, BrokenLink, BrokenReason};
use register::service::customer::{CustomerQuery, CustomerSort};
use register::service::{PageRequest, Session, auth, customer, housekeeping, order};
use sea_orm::{ConnectionTrait, DbBackend};
use testing::{PASSWORD, aino, create_customer, first_admin};

async fn entries(db: &Db, admin: &Session) -> Vec<AuditEntry> {
    audit::list(db, admin, &AuditFilter::default(), PageRequest::first(500))
        .await
        .expect("audit log")
        .items
}

async fn raw(db: &Db, sql: &str) {
    db.raw_connection_for_tests()
        .execute_unprepared(sql)
        .await
        .expect("raw SQL runs");
}

/// The first broken link the chain's verification finds, if any.
async fn first_broken(db: &Db, admin: &Session) -> Option<BrokenLink> {
    audit::verify(db, admin)
        .await
        .expect("verifies")
        .first_broken
}

/// Plays an attacker with direct database access, who first switches off the triggers that
/// keep the table append-only.
async fn tamper(db: &Db, sql: &str) {
    match db.backend() {
        DbBackend::Postgres => {
            raw(db, "ALTER TABLE audit_events DISABLE TRIGGER USER").await;
            raw(db, sql).await;
            raw(db, "ALTER TABLE audit_events ENABLE TRIGGER USER").await;
        }
        _ => {
            raw(db, "DROP TRIGGER IF EXISTS audit_events_no_update").await;
            raw(db, "DROP TRIGGER IF EXISTS audit_events_no_delete").await;
            raw(db, sql).await;
        }
    }
}

async fn reading_and_editing_a_customer_are_recorded_with_who_and_whom(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    let opened = customer::get(&db, &admin, created.id, &testing::why())
        .await
        .expect("opens");
    let mut input = opened.to_input();
    input.phone = "050 111 2222".into();
    customer::update(&db, &admin, created.id, opened.version, &input)
        .await
        .expect("saves");
    let log = entries(&db, &admin).await;
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "customer.update",
            "customer.read",
            "customer.create",
            "staff.create_first_admin"
        ]
    );
    assert!(log.iter().all(|e| e.actor_username == "paakayttaja"));
    assert_eq!(log[0].target_kind, "customer");
    assert_eq!(log[0].target_id, Some(created.id));
    assert_eq!(log[0].details, r#"{"fields":["phone"]}"#);
}

async fn the_audit_trail_holds_no_personal_data_values(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    let mut input = created.to_input();
    input.street_address = "Salainen polku 9".into();
    customer::update(&db, &admin, created.id, created.version, &input)
        .await
        .expect("saves");
    for entry in entries(&db, &admin).await {
        for value in [
            "Häkkinen",
            "aino.hakkinen",
            "7654321",
            "Salainen",
            "Kangaskuja",
        ] {
            assert!(!entry.details.contains(value), "{entry:?}");
        }
    }
}

async fn failed_logins_are_recorded_without_the_typed_name(db: Db) {
    let admin = first_admin(&db).await;
    let _ = auth::login(&db, "salasana123", PASSWORD).await;
    let _ = auth::login(&db, "paakayttaja", "väärä").await;
    let log = entries(&db, &admin).await;
    assert_eq!(log[0].action, "staff.login_failed");
    assert_eq!(log[0].target_id, Some(admin.staff_id()));
    assert_eq!(log[1].action, "staff.login_failed");
    assert_eq!(log[1].actor_username, "(unknown)");
    assert!(log.iter().all(|e| !e.details.contains("salasana123")));
}

async fn an_intact_trail_verifies(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    let verification = audit::verify(&db, &admin).await.expect("verifies");
    assert_eq!(verification.events_checked, 2);
    assert_eq!(verification.first_broken, None);
}

async fn the_audit_table_refuses_updates_and_deletes(db: Db) {
    let admin = first_admin(&db).await;
    let conn = db.raw_connection_for_tests();
    let update = conn
        .execute_unprepared("UPDATE audit_events SET action = 'x' WHERE seq = 1")
        .await;
    assert!(update.is_err(), "update must be refused");
    let delete = conn.execute_unprepared("DELETE FROM audit_events").await;
    assert!(delete.is_err(), "delete must be refused");
    assert!(first_broken(&db, &admin).await.is_none());
}

async fn changing_one_event_is_found_at_that_event(db: Db) {
    let admin = first_admin(&db).await;
    for i in 0..4 {
        let input = register::domain::customer::CustomerInput {
            email: format!("a{i}@example.com"),
            webshop_username: String::new(),
            ..aino()
        };
        create_customer(&db, &admin, &input).await;
    }
    tamper(
        &db,
        "UPDATE audit_events SET actor_username = 'joku_muu' WHERE seq = 3",
    )
    .await;
    let verification = audit::verify(&db, &admin).await.expect("verifies");
    let broken = verification.first_broken.expect("tampering found");
    assert_eq!(
        (broken.seq, broken.reason),
        (3, BrokenReason::ContentsChanged)
    );
    assert_eq!(verification.events_checked, 2);
}

async fn rewriting_an_events_hash_breaks_the_next_link(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    customer::count(&db, &admin).await.expect("counts");
    testing::create_staff(&db, &admin, "myyja", Role::Marketing).await;
    tamper(
        &db,
        "UPDATE audit_events SET hash = '1111111111111111111111111111111111111111111111111111111111111111' WHERE seq = 2",
    )
    .await;
    let broken = first_broken(&db, &admin).await.expect("found");
    assert_eq!(broken.seq, 2);
    assert_eq!(broken.reason, BrokenReason::ContentsChanged);
}

async fn a_chain_head_set_back_behind_its_events_is_found(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    tamper(
        &db,
        "UPDATE audit_head SET seq = seq - 1, \
         last_hash = (SELECT prev_hash FROM audit_events ORDER BY seq DESC LIMIT 1)",
    )
    .await;
    let broken = first_broken(&db, &admin).await.expect("found");
    assert_eq!(broken.reason, BrokenReason::LinkBroken);
}

async fn deleting_an_event_in_the_middle_or_at_the_end_is_found(db: Db) {
    let admin = first_admin(&db).await;
    for i in 0..3 {
        let input = register::domain::customer::CustomerInput {
            email: format!("a{i}@example.com"),
            webshop_username: String::new(),
            ..aino()
        };
        create_customer(&db, &admin, &input).await;
    }
    tamper(&db, "DELETE FROM audit_events WHERE seq = 4").await;
    let broken = first_broken(&db, &admin).await.expect("found");
    assert_eq!((broken.seq, broken.reason), (4, BrokenReason::Truncated));
    tamper(&db, "DELETE FROM audit_events WHERE seq = 2").await;
    let broken = first_broken(&db, &admin).await.expect("found");
    assert_eq!((broken.seq, broken.reason), (3, BrokenReason::Missing));
}

/// Many sessions write at once, each through its own connection from the pool: the chain
/// stays one unbroken line with no duplicate or skipped sequence numbers.
async fn concurrent_writers_keep_one_unbroken_chain(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let (db, admin) = (db.clone(), admin.clone());
        tasks.push(tokio::spawn(async move {
            for _ in 0..5 {
                customer::get(&db, &admin, created.id, &testing::why())
                    .await
                    .expect("opens");
            }
        }));
    }
    for task in tasks {
        task.await.expect("task");
    }
    let verification = audit::verify(&db, &admin).await.expect("verifies");
    assert_eq!(verification.first_broken, None);
    assert_eq!(verification.events_checked, 2 + 16 * 5);
}

async fn the_log_filters_by_actor_action_and_target(db: Db) {
    let admin = first_admin(&db).await;
    testing::create_staff(&db, &admin, "myyja", Role::CustomerService).await;
    let seller = auth::login(&db, "myyja", PASSWORD).await.expect("logs in");
    let created = create_customer(&db, &seller, &aino()).await;
    customer::get(&db, &seller, created.id, &testing::why())
        .await
        .expect("opens");
    let filter = AuditFilter {
        actor_username: Some("MYYJA".into()),
        action_prefix: Some("customer.".into()),
        target_kind: Some("customer".into()),
        target_id: Some(created.id),
        ..AuditFilter::default()
    };
    let found = audit::list(&db, &admin, &filter, PageRequest::first(10))
        .await
        .expect("log");
    let actions: Vec<&str> = found.items.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["customer.read", "customer.create"]);
}

/// Pages of search results as staff type "a", "ai", "ain": one event that names every customer
/// shown, by number, and neither the words typed nor anyone's data.
async fn a_page_of_customers_shown_leaves_one_event_naming_whom(db: Db) {
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let soren = create_customer(&db, &admin, &testing::sören()).await;
    for typed in ["", "a", "ai", "ain"] {
        let query = CustomerQuery {
            text: typed.into(),
            sort: CustomerSort::Name,
            page: PageRequest::first(20),
        };
        customer::search(&db, &admin, &query).await.expect("search");
    }
    audit::settle(&db).await;
    let filter = AuditFilter {
        action_prefix: Some("customer.list".into()),
        ..AuditFilter::default()
    };
    let events = audit::list(&db, &admin, &filter, PageRequest::first(10))
        .await
        .expect("log")
        .items;
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.actor_username, "paakayttaja");
    let details: serde_json::Value = serde_json::from_str(&event.details).expect("JSON");
    assert_eq!(details["pages"], 4);
    let mut shown = vec![aino.id, soren.id];
    shown.sort_unstable();
    assert_eq!(details["ids"], serde_json::json!(shown));
    for value in ["Häkkinen", "Aino", "ain", "Åkerlund"] {
        assert!(!event.details.contains(value), "{event:?}");
    }
    assert_eq!(first_broken(&db, &admin).await, None, "the chain holds");
}

/// Orders, reviews and requests listed leave their events too; an empty page names nobody.
async fn every_list_of_personal_data_leaves_a_trace(db: Db) {
    let admin = first_admin(&db).await;
    let query = order::OrderQuery {
        number: String::new(),
        status: None,
        page: PageRequest::first(10),
    };
    order::list(&db, &admin, &query).await.expect("orders");
    audit::settle(&db).await;
    let before = entries(&db, &admin).await.len();
    let buyer = create_customer(&db, &admin, &aino()).await;
    let placed = order::create(
        &db,
        &admin,
        buyer.id,
        &testing::orders::order_input("OP-77", 1, vec![testing::orders::line("Lanka", 1, 295)]),
    )
    .await
    .expect("order");
    order::list(&db, &admin, &query).await.expect("orders");
    audit::settle(&db).await;
    let log = entries(&db, &admin).await;
    assert_eq!(
        log.len(),
        before + 3,
        "the empty list wrote nothing: {log:?}"
    );
    assert_eq!(log[0].action, "order.list");
    assert_eq!(
        log[0].details,
        format!(r#"{{"ids":[{}],"pages":1}}"#, placed.id)
    );
}

/// Whoever removes the newest events and sets the head back to match leaves a chain that
/// verifies on its own; the head an earlier check wrote outside the database catches it.
async fn a_chain_rewritten_with_its_head_is_caught_at_the_anchor(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let anchor = dir.path().join("ankkuri.txt");
    let first = audit_anchor::verify(&db, &admin, &anchor)
        .await
        .expect("verifies");
    assert!(first.holds());
    assert_eq!(first.anchors_checked, 0);
    let recorded = first.recorded.expect("the head is written to the anchor");

    tamper(&db, "DELETE FROM audit_events WHERE seq > 1").await;
    tamper(
        &db,
        "UPDATE audit_head SET seq = 1, \
         last_hash = (SELECT hash FROM audit_events WHERE seq = 1)",
    )
    .await;
    assert_eq!(
        first_broken(&db, &admin).await,
        None,
        "the chain alone cannot tell"
    );
    let second = audit_anchor::verify(&db, &admin, &anchor)
        .await
        .expect("verifies");
    assert!(!second.holds());
    assert_eq!(second.anchors_checked, 1);
    assert_eq!(second.broken, [(recorded, None)]);
    assert_eq!(second.recorded, None, "a rewritten head is not anchored");
}

/// At the end of their period the oldest events are deleted, and the chain kept still
/// verifies: from the purge point, whose hash the first event kept points at, with the purge
/// recorded in the chain and an anchor written before it still checked at the point.
async fn the_oldest_events_go_at_the_end_of_their_period_and_the_chain_still_verifies(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let anchor = dir.path().join("ankkuri.txt");
    let before = audit_anchor::verify(&db, &admin, &anchor)
        .await
        .expect("verifies");
    let (anchored_seq, _) = before.verification.head.clone().expect("a head");
    // The day in Finland, as the register counts its periods (not UTC, a day behind at night).
    let today = register::format::today();
    let years = register::domain::processing::Period::Log.default_years();

    let within = today + chrono::Months::new(12 * years) - chrono::Duration::days(1);
    let kept = housekeeping::at_login(&db, &admin, within)
        .await
        .expect("housekeeping");
    assert_eq!(kept.log_events, 0);
    let after = today + chrono::Months::new(12 * years) + chrono::Duration::days(1);
    let purged = housekeeping::at_login(&db, &admin, after)
        .await
        .expect("housekeeping");
    assert_eq!(purged.log_events, anchored_seq as u64, "every event so far");

    let left = entries(&db, &admin).await;
    assert_eq!(
        left.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["audit.purge"]
    );
    assert!(
        left[0]
            .details
            .contains(&format!("\"through_seq\":{anchored_seq}")),
        "{left:?}"
    );
    create_customer(
        &db,
        &admin,
        &register::domain::customer::CustomerInput {
            email: "toinen@example.com".into(),
            webshop_username: String::new(),
            ..aino()
        },
    )
    .await;
    let verification = audit::verify(&db, &admin).await.expect("verifies");
    assert_eq!(verification.first_broken, None);
    assert_eq!(verification.purged_through, anchored_seq);
    assert_eq!(
        verification.events_checked, 2,
        "the purge and the new customer"
    );
    let again = audit_anchor::verify(&db, &admin, &anchor)
        .await
        .expect("verifies");
    assert!(again.holds(), "{:?}", again.broken);
    assert_eq!((again.anchors_checked, again.anchors_purged), (1, 0));

    // Events still within their period stay append-only.
    let refused = db
        .raw_connection_for_tests()
        .execute_unprepared(&format!(
            "DELETE FROM audit_events WHERE seq > {anchored_seq}"
        ))
        .await;
    assert!(
        refused.is_err(),
        "an event after the purge point was deleted"
    );
    // Moving the purge point by hand deletes what it likes, but no purge event names it.
    raw(
        &db,
        &format!(
            "UPDATE audit_head SET purged_seq = {next}, \
             purged_hash = (SELECT hash FROM audit_events WHERE seq = {next})",
            next = anchored_seq + 1
        ),
    )
    .await;
    raw(
        &db,
        &format!("DELETE FROM audit_events WHERE seq = {}", anchored_seq + 1),
    )
    .await;
    let broken = first_broken(&db, &admin).await.expect("found");
    assert_eq!(broken.reason, BrokenReason::PurgeNotRecorded);
}

on_both_databases!(
    the_oldest_events_go_at_the_end_of_their_period_and_the_chain_still_verifies,
    a_chain_rewritten_with_its_head_is_caught_at_the_anchor,
    a_page_of_customers_shown_leaves_one_event_naming_whom,
    every_list_of_personal_data_leaves_a_trace,
    reading_and_editing_a_customer_are_recorded_with_who_and_whom,
    the_audit_trail_holds_no_personal_data_values,
    failed_logins_are_recorded_without_the_typed_name,
    an_intact_trail_verifies,
    the_audit_table_refuses_updates_and_deletes,
    changing_one_event_is_found_at_that_event,
    rewriting_an_events_hash_breaks_the_next_link,
    deleting_an_event_in_the_middle_or_at_the_end_is_found,
    a_chain_head_set_back_behind_its_events_is_found,
    concurrent_writers_keep_one_unbroken_chain,
    the_log_filters_by_actor_action_and_target,
);
