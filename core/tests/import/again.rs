//! Importing into a register that already holds the webshop's customers: what a re-import may
//! change, what it reports, and what it must leave as staff and customers left it.

use register::db::Db;
use register::domain::consent::{ConsentSource, ErasureReason};
use register::domain::order::OrderStatus;
use register::domain::{Field, Problem};
use register::service::audit::{self, AuditEntry, AuditFilter};
use register::service::customer::{Customer, CustomerQuery, CustomerSort};
use register::service::import::{Change, ChangeKind, ImportReport};
use register::service::{
    PageRequest, ServiceError, Session, consent, customer, erasure, import, order,
};
use testing::first_admin;
use testing::shopify::{file, mixed_rows, orders_file, rejected};

async fn customers(db: &Db, admin: &Session, bytes: &[u8], dry_run: bool) -> ImportReport {
    import::shopify_customers(db, admin, bytes, dry_run, &|_, _| {})
        .await
        .expect("imports")
}

async fn orders(db: &Db, admin: &Session, rows: &[&str]) -> ImportReport {
    import::shopify_orders(db, admin, &orders_file(rows), false, &|_, _| {})
        .await
        .expect("imports")
}

/// Every customer as opened, with the number of consent events each has.
async fn every_customer(db: &Db, admin: &Session) -> Vec<(Customer, usize)> {
    let query = CustomerQuery {
        text: String::new(),
        sort: CustomerSort::Name,
        page: PageRequest::first(100),
    };
    let mut all = Vec::new();
    for summary in customer::search(db, admin, &query)
        .await
        .expect("search")
        .items
    {
        let opened = customer::get(db, admin, summary.id, &testing::why())
            .await
            .expect("opens");
        let consents = consent::history(db, admin, summary.id)
            .await
            .expect("consent history")
            .len();
        all.push((opened, consents));
    }
    all.sort_by_key(|(c, _)| c.id);
    all
}

async fn the_one_named(db: &Db, admin: &Session, name: &str) -> Customer {
    let query = CustomerQuery {
        text: name.into(),
        sort: CustomerSort::Name,
        page: PageRequest::first(2),
    };
    let found = customer::search(db, admin, &query).await.expect("search");
    assert_eq!(found.items.len(), 1, "one customer named {name}");
    customer::get(db, admin, found.items[0].id, &testing::why())
        .await
        .expect("opens")
}

/// The audit events newer than `seq`, oldest first.
async fn events_after(db: &Db, admin: &Session, seq: i64) -> Vec<AuditEntry> {
    let page = audit::list(db, admin, &AuditFilter::default(), PageRequest::first(50))
        .await
        .expect("audit log");
    let mut events: Vec<AuditEntry> = page.items.into_iter().filter(|e| e.seq > seq).collect();
    events.reverse();
    events
}

async fn newest_seq(db: &Db, admin: &Session) -> i64 {
    events_after(db, admin, 0)
        .await
        .last()
        .map_or(0, |event| event.seq)
}

async fn importing_the_same_file_again_writes_nothing_but_its_audit_events(db: Db) {
    let admin = first_admin(&db).await;
    let bytes = file(&mixed_rows());
    customers(&db, &admin, &bytes, false).await;
    let before = every_customer(&db, &admin).await;
    let seq = newest_seq(&db, &admin).await;
    let again = customers(&db, &admin, &bytes, false).await;
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 7));
    assert_eq!(again.changes, []);
    let events = events_after(&db, &admin, seq).await;
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["import.started", "import.shopify_customers"]);
    assert!(events[1].details.contains("\"file_sha256\""), "{events:?}");
    assert_eq!(
        every_customer(&db, &admin).await,
        before,
        "versions, times and consent histories stay"
    );
}

async fn a_dry_run_lists_the_changes_it_would_make_and_makes_none(db: Db) {
    let admin = first_admin(&db).await;
    customers(&db, &admin, &file(&mixed_rows()), false).await;
    let aino = the_one_named(&db, &admin, "aino").await;
    let mut newer = mixed_rows();
    newer[0] = newer[0].replace("040 765 4321", "050 999 8888");
    newer.push("1009,Tuula,Virtanen,tuula@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into());
    let seq = newest_seq(&db, &admin).await;
    let dry = customers(&db, &admin, &file(&newer), true).await;
    assert!(dry.dry_run);
    assert_eq!(
        dry.changes,
        [
            Change {
                row: 2,
                kind: ChangeKind::CustomerUpdated {
                    customer_id: aino.id,
                    fields: vec![Field::Phone],
                },
            },
            Change {
                row: 10,
                kind: ChangeKind::NewCustomer,
            },
        ]
    );
    let actions: Vec<String> = events_after(&db, &admin, seq)
        .await
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["import.dry_run"]);
    let unchanged = the_one_named(&db, &admin, "aino").await;
    assert_eq!(unchanged.phone, aino.phone);
    assert_eq!(unchanged.version, aino.version);
    assert_eq!(customer::count(&db, &admin).await.expect("count"), 7);
}

async fn an_erased_customer_is_not_brought_back_by_an_import(db: Db) {
    let admin = first_admin(&db).await;
    let bytes = file(&mixed_rows()[..1]);
    customers(&db, &admin, &bytes, false).await;
    let aino = the_one_named(&db, &admin, "aino").await;
    erasure::erase(&db, &admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    let again = customers(&db, &admin, &bytes, false).await;
    assert_eq!(
        again.rejected,
        [rejected(2, Field::WebshopCustomerId, Problem::Erased)]
    );
    assert_eq!(again.added, 0);
    assert_eq!(customer::count(&db, &admin).await.expect("count"), 0);
}

async fn a_newsletter_withdrawn_by_phone_is_not_subscribed_again_by_an_import(db: Db) {
    let admin = first_admin(&db).await;
    let bytes = file(&mixed_rows()[..1]);
    customers(&db, &admin, &bytes, false).await;
    let aino = the_one_named(&db, &admin, "aino").await;
    assert!(aino.newsletter);
    consent::set_newsletter(&db, &admin, aino.id, false, ConsentSource::Phone)
        .await
        .expect("withdrawn");
    let again = customers(&db, &admin, &bytes, false).await;
    assert_eq!(
        again.rejected,
        [rejected(
            2,
            Field::Newsletter,
            Problem::WithdrawnOutsideWebshop
        )]
    );
    assert_eq!(again.unchanged, 1);
    assert!(!the_one_named(&db, &admin, "aino").await.newsletter);
}

async fn a_newsletter_cancelled_in_the_webshop_is_cancelled_in_the_register(db: Db) {
    let admin = first_admin(&db).await;
    customers(&db, &admin, &file(&mixed_rows()[..1]), false).await;
    let cancelled = mixed_rows()[0].replacen(",yes,", ",no,", 1);
    let report = customers(&db, &admin, &file(&[cancelled]), false).await;
    let aino = the_one_named(&db, &admin, "aino").await;
    assert_eq!(
        report.changes,
        [Change {
            row: 2,
            kind: ChangeKind::CustomerUpdated {
                customer_id: aino.id,
                fields: vec![Field::Newsletter],
            },
        }]
    );
    assert!(!aino.newsletter);
    let history = consent::history(&db, &admin, aino.id)
        .await
        .expect("history");
    assert_eq!(history.len(), 2, "subscribed, then cancelled: {history:?}");
}

async fn a_vat_id_is_kept_when_the_file_has_no_tag_for_it(db: Db) {
    let admin = first_admin(&db).await;
    let asa = mixed_rows()[7].clone();
    customers(&db, &admin, &file(std::slice::from_ref(&asa)), false).await;
    let untagged = asa.replace("VAT: FI26313574", "");
    let again = customers(&db, &admin, &file(&[untagged]), false).await;
    assert_eq!((again.updated, again.unchanged), (0, 1));
    let stored = the_one_named(&db, &admin, "åsa").await;
    assert_eq!(stored.vat_id.as_deref(), Some("FI26313574"));
    assert_eq!(stored.company_name.as_deref(), Some("Lankakerä Oy"));
}

async fn an_email_of_another_webshop_customer_is_not_taken_by_a_new_one(db: Db) {
    let admin = first_admin(&db).await;
    customers(&db, &admin, &file(&mixed_rows()[..1]), false).await;
    let other = "2001,Aino,Korhonen,AINO.H@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".to_owned();
    let report = customers(&db, &admin, &file(&[other]), false).await;
    assert_eq!(
        report.rejected,
        [rejected(2, Field::Email, Problem::AlreadyInUse)]
    );
    assert_eq!(customer::count(&db, &admin).await.expect("count"), 1);
}

async fn a_file_mixing_two_encodings_is_refused_whole(db: Db) {
    let admin = first_admin(&db).await;
    let mut bytes = file(&mixed_rows()[..1]);
    bytes.extend(b"1010,Eev\xE4,M\xE4kel\xE4,eeva@example.com,no,,,,,,FI,,,,no,0,0,,no,,x\r\n");
    let result = import::shopify_customers(&db, &admin, &bytes, false, &|_, _| {}).await;
    assert!(
        matches!(result, Err(ServiceError::BadFile(_))),
        "{result:?}"
    );
    assert_eq!(customer::count(&db, &admin).await.expect("count"), 0);
}

const AINOS_ORDER: &str = "#2001,aino.h@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,40100,FI,Posti,9001";

async fn an_order_of_another_customer_is_not_moved_by_an_import(db: Db) {
    let admin = first_admin(&db).await;
    customers(&db, &admin, &file(&mixed_rows()), false).await;
    orders(&db, &admin, &[AINOS_ORDER]).await;
    let moved = AINOS_ORDER.replace("aino.h@example.com", "asa@example.com");
    let report = orders(&db, &admin, &[moved.as_str()]).await;
    assert_eq!(
        report.rejected,
        [rejected(2, Field::OrderNumber, Problem::AlreadyInUse)]
    );
}

async fn an_erased_customers_voucher_is_not_linked_to_anybody_again(db: Db) {
    let admin = first_admin(&db).await;
    customers(&db, &admin, &file(&mixed_rows()), false).await;
    orders(&db, &admin, &[AINOS_ORDER]).await;
    let aino = the_one_named(&db, &admin, "aino").await;
    erasure::erase(&db, &admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    let before = customer::count(&db, &admin).await.expect("count");
    let again = orders(&db, &admin, &[AINOS_ORDER]).await;
    assert_eq!(
        again.rejected,
        [rejected(2, Field::OrderNumber, Problem::Erased)]
    );
    assert_eq!(
        customer::count(&db, &admin).await.expect("count"),
        before,
        "the voucher's billing details do not bring the customer back"
    );
    let relinked = AINOS_ORDER.replace("aino.h@example.com", "asa@example.com");
    let report = orders(&db, &admin, &[relinked.as_str()]).await;
    assert_eq!(
        report.rejected,
        [rejected(2, Field::OrderNumber, Problem::Erased)]
    );
}

/// The status of Aino's order #2001, as the register holds it.
async fn ainos_order_status(db: &Db, admin: &Session) -> OrderStatus {
    let aino = the_one_named(db, admin, "aino").await;
    let orders = order::page_for_customer(db, admin, aino.id, PageRequest::first(5))
        .await
        .expect("orders")
        .items;
    orders
        .iter()
        .find(|o| o.order_number == "#2001")
        .expect("#2001")
        .status
}

async fn an_older_orders_file_does_not_take_a_status_back(db: Db) {
    let admin = first_admin(&db).await;
    customers(&db, &admin, &file(&mixed_rows()), false).await;
    let shipped = AINOS_ORDER.replace(",paid,,", ",paid,fulfilled,");
    orders(&db, &admin, &[shipped.as_str()]).await;
    assert_eq!(ainos_order_status(&db, &admin).await, OrderStatus::Shipped);

    let older = orders(&db, &admin, &[AINOS_ORDER]).await;
    assert_eq!(ainos_order_status(&db, &admin).await, OrderStatus::Shipped);
    assert_eq!((older.updated, older.unchanged), (0, 1));
    let kept = ChangeKind::OrderStatusKept {
        order_number: "#2001".into(),
    };
    assert_eq!(older.changes, [Change { row: 2, kind: kept }]);

    let refunded = AINOS_ORDER.replace(",paid,,", ",refunded,fulfilled,");
    let newer = orders(&db, &admin, &[refunded.as_str()]).await;
    assert_eq!(newer.updated, 1);
    assert_eq!(
        ainos_order_status(&db, &admin).await,
        OrderStatus::Cancelled
    );
    orders(&db, &admin, &[shipped.as_str()]).await;
    assert_eq!(
        ainos_order_status(&db, &admin).await,
        OrderStatus::Cancelled,
        "a cancellation ends the order"
    );
}

/// Two lines of 50,000,000,000,000,000 euros each fit one by one but not added up: the order is
/// refused at its row, and nothing wraps or saturates.
async fn an_order_whose_lines_add_up_past_any_amount_is_refused_at_its_row(db: Db) {
    let admin = first_admin(&db).await;
    customers(&db, &admin, &file(&mixed_rows()), false).await;
    let huge = AINOS_ORDER.replace(",1,Lanka,2.95,", ",2,Lanka,50000000000000000,");
    let report = orders(&db, &admin, &[huge.as_str()]).await;
    assert_eq!(
        report.rejected,
        [rejected(2, Field::OrderLines, Problem::TotalTooLarge)]
    );
    assert_eq!(report.added, 0);
}

on_both_databases!(
    an_order_whose_lines_add_up_past_any_amount_is_refused_at_its_row,
    an_older_orders_file_does_not_take_a_status_back,
    importing_the_same_file_again_writes_nothing_but_its_audit_events,
    a_dry_run_lists_the_changes_it_would_make_and_makes_none,
    an_erased_customer_is_not_brought_back_by_an_import,
    a_newsletter_withdrawn_by_phone_is_not_subscribed_again_by_an_import,
    a_newsletter_cancelled_in_the_webshop_is_cancelled_in_the_register,
    a_vat_id_is_kept_when_the_file_has_no_tag_for_it,
    an_email_of_another_webshop_customer_is_not_taken_by_a_new_one,
    a_file_mixing_two_encodings_is_refused_whole,
    an_order_of_another_customer_is_not_moved_by_an_import,
    an_erased_customers_voucher_is_not_linked_to_anybody_again,
);
