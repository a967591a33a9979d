//! An import writes a batch of rows at a time, each batch in a short transaction, so that other
//! workstations never wait for more than a batch; whatever stops it part-way, it is undone as
//! one unit, and undoing it never brings an erased customer back.

use std::time::Duration;

use register::db::Db;
use register::domain::consent::ErasureReason;
use register::service::import::{self, ImportReport, UndoReason};
use register::service::{ServiceError, Session, customer, erasure};
use testing::first_admin;
use testing::shopify::file;

/// `count` valid customer rows; the first one's surname has a letter beyond ASCII.
fn rows(count: usize) -> Vec<String> {
    (0..count)
        .map(|i| {
            let surname = if i == 0 {
                "Häkkinen".into()
            } else {
                format!("Asiakas{i}")
            };
            format!(
                "{},Aino,{surname},aino{i}@example.com,no,,,,,,FI,,,,no,0,0,,no,,x",
                80_000 + i
            )
        })
        .collect()
}

/// The rows, then one more in Windows-1252: the file is found mixed only when that row is read.
fn mixed_at_the_end(rows: &[String]) -> Vec<u8> {
    let mut bytes = file(rows);
    bytes.extend(b"99999,Eero,M\xE4kel\xE4,eero@example.com,no,,,,,,FI,,,,no,0,0,,no,,x\r\n");
    bytes
}

/// How many of `rows` an import has written when it meets a bad row after them: its whole
/// batches.
fn written_before_row(db: &Db, rows: usize) -> u64 {
    let batch = import::batch_rows(db);
    (rows / batch * batch) as u64
}

async fn import(db: &Db, admin: &Session, bytes: &[u8]) -> Result<ImportReport, ServiceError> {
    import::shopify_customers(db, admin, bytes, false, &|_, _| {}).await
}

async fn count(db: &Db, admin: &Session) -> u64 {
    customer::count(db, admin).await.expect("counts")
}

/// The batch lengths README's figures were measured with: what another workstation waits for
/// at the most depends on them.
async fn sqlite_batches_half_as_many_rows_as_postgresql(db: Db) {
    let expected = match db.backend() {
        sea_orm::DbBackend::Postgres => 1000,
        _ => 500,
    };
    assert_eq!(import::batch_rows(&db), expected);
}

async fn other_workstations_keep_working_while_an_import_runs(db: Db) {
    let admin = first_admin(&db).await;
    let other = testing::create_customer(&db, &admin, &testing::aino()).await;
    let (opened, mut times) = tokio::sync::mpsc::unbounded_channel();
    let progress = {
        let (db, admin) = (db.clone(), admin.clone());
        move |done: usize, _: usize| {
            if done > 1000 {
                return;
            }
            // Between two batches another workstation opens a customer: an audited read,
            // which writes. It must not wait for the rest of the import.
            let handle = tokio::runtime::Handle::current();
            let took = tokio::task::block_in_place(|| {
                handle.block_on(async {
                    let started = std::time::Instant::now();
                    let why = testing::why();
                    let read = customer::get(&db, &admin, other.id, &why);
                    let read = tokio::time::timeout(Duration::from_secs(5), read).await;
                    (read.is_ok_and(|read| read.is_ok()), started.elapsed())
                })
            });
            let _ = opened.send(took);
        }
    };
    let report = import::shopify_customers(&db, &admin, &file(&rows(2500)), false, &progress)
        .await
        .expect("imports");
    assert_eq!(report.added, 2500);
    let (read, took) = times
        .recv()
        .await
        .expect("a customer was opened mid-import");
    assert!(
        read,
        "the open went through while the import ran (took {took:?})"
    );
}

async fn an_import_that_fails_part_way_is_undone_whole(db: Db) {
    let admin = first_admin(&db).await;
    // Some customers are there before, and the failing file would change one of them.
    import(&db, &admin, &file(&rows(3)))
        .await
        .expect("first import");
    let before = customer::search(
        &db,
        &admin,
        &customer::CustomerQuery {
            text: "aino1@".into(),
            sort: customer::CustomerSort::Name,
            page: register::service::PageRequest::first(5),
        },
    )
    .await
    .expect("finds")
    .items[0]
        .clone();
    let before = customer::get(&db, &admin, before.id, &testing::why())
        .await
        .expect("opens");
    let mut changed = rows(2500);
    changed[1] = changed[1].replace(",FI,", ",SE,");
    let failed = import(&db, &admin, &mixed_at_the_end(&changed)).await;
    let written = written_before_row(&db, 2500);
    let Err(ServiceError::ImportUndone { failure, undone }) = failed else {
        panic!("the import fails on the file and says it was undone: {failed:?}");
    };
    assert!(matches!(*failure, ServiceError::BadFile(_)), "{failure:?}");
    assert_eq!(
        (undone.customers_removed, undone.customers_restored),
        (written - 3, 1),
        "it says what the undoing did: {undone:?}"
    );
    assert_eq!(
        count(&db, &admin).await,
        3,
        "the batches written are undone"
    );
    let after = customer::get(&db, &admin, before.id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(after.country, before.country);
    assert_eq!(after.version, before.version);
    // The same file again, mended, imports.
    let mended = import(&db, &admin, &file(&changed)).await.expect("imports");
    assert_eq!((mended.added, mended.updated), (2497, 1));
}

/// Runs an import of `bytes` that stops after its first batch, as when the app is closed or
/// killed: the future is dropped mid-way, its connection closed with it.
async fn interrupted_after_one_batch(db: &Db, admin: &Session, bytes: Vec<u8>) {
    let stopped = {
        let (db, admin) = (db.clone(), admin.clone());
        tokio::spawn(async move {
            let stop = |_: usize, _: usize| panic!("the app is closed");
            let _ = import::shopify_customers(&db, &admin, &bytes, false, &stop).await;
        })
    };
    assert!(stopped.await.is_err(), "the import stopped part-way");
}

async fn an_interrupted_import_is_undone_at_once_by_the_next(db: Db) {
    let admin = first_admin(&db).await;
    interrupted_after_one_batch(&db, &admin, file(&rows(2500))).await;
    let batch = import::batch_rows(&db) as u64;
    assert_eq!(
        count(&db, &admin).await,
        batch,
        "its first batch is written"
    );
    // At once, the same file again: the interrupted import is undone first, and said so.
    let again = import(&db, &admin, &file(&rows(2500)))
        .await
        .expect("imports");
    assert_eq!(again.undone_first.len(), 1, "{again:?}");
    assert_eq!(again.undone_first[0].customers_removed, batch);
    assert_eq!(again.undone_first[0].reason, UndoReason::Interrupted);
    assert_eq!((again.added, again.unchanged), (2500, 0));
    assert_eq!(count(&db, &admin).await, 2500);
    // Orders for those customers, then any later import: nothing is undone any more.
    let orders = [
        "#A1,aino5@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Asiakas5,Katu 1,,Oulu,90100,FI,Posti,1",
        "#A2,aino6@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Asiakas6,Katu 1,,Oulu,90100,FI,Posti,2",
    ];
    let imported = import::shopify_orders(
        &db,
        &admin,
        &testing::shopify::orders_file(&orders),
        false,
        &|_, _| {},
    )
    .await
    .expect("orders import");
    assert_eq!(imported.added, 2);
    let later = import(&db, &admin, &file(&rows(3))).await.expect("imports");
    assert!(later.undone_first.is_empty(), "{later:?}");
    assert_eq!(count(&db, &admin).await, 2500);
    let actions: Vec<String> = testing::audit_events(&db, &admin, "import.")
        .await
        .into_iter()
        .map(|entry| entry.action)
        .collect();
    let undone = actions.iter().filter(|a| *a == "import.undone").count();
    let started = actions.iter().filter(|a| *a == "import.started").count();
    assert_eq!((undone, started), (1, 4), "{actions:?}");
}

async fn undoing_keeps_the_customers_others_have_built_on_since(db: Db) {
    let admin = first_admin(&db).await;
    interrupted_after_one_batch(&db, &admin, file(&rows(2500))).await;
    let first = |text: &str| {
        let (db, admin, text) = (db.clone(), admin.clone(), text.to_owned());
        async move {
            let query = customer::CustomerQuery {
                text,
                sort: customer::CustomerSort::Name,
                page: register::service::PageRequest::first(2),
            };
            let found = customer::search(&db, &admin, &query).await.expect("finds");
            customer::get(&db, &admin, found.items[0].id, &testing::why())
                .await
                .expect("opens")
        }
    };
    // Before anyone undoes it: one customer is edited, one orders by phone, one reviews.
    let edited = first("aino1@").await;
    let mut input = edited.to_input();
    input.city = "Oulu".into();
    customer::update(&db, &admin, edited.id, edited.version, &input)
        .await
        .expect("edited");
    let ordered = first("aino2@").await;
    register::service::order::create(
        &db,
        &admin,
        ordered.id,
        &testing::orders::order_input("P-1", 1, vec![testing::orders::line("Lanka", 1, 295)]),
    )
    .await
    .expect("ordered");
    let consented = first("aino3@").await;
    register::service::consent::set_newsletter(
        &db,
        &admin,
        consented.id,
        true,
        register::domain::consent::ConsentSource::Phone,
    )
    .await
    .expect("subscribed");
    let undone = import::undo_interrupted(&db, &admin).await.expect("undoes");
    assert_eq!(undone.len(), 1);
    assert_eq!(
        (undone[0].customers_removed, undone[0].customers_kept),
        (import::batch_rows(&db) as u64 - 3, 3),
        "{undone:?}"
    );
    assert_eq!(count(&db, &admin).await, 3);
    for kept in [&edited, &ordered, &consented] {
        customer::get(&db, &admin, kept.id, &testing::why())
            .await
            .expect("kept");
    }
    assert!(
        import::undo_interrupted(&db, &admin)
            .await
            .expect("looks")
            .is_empty(),
        "an import is undone once"
    );
}

async fn a_second_import_is_refused_while_one_runs(db: Db) {
    let admin = first_admin(&db).await;
    let second = std::sync::Arc::new(std::sync::Mutex::new(None));
    let progress = {
        let (db, admin, second) = (db.clone(), admin.clone(), second.clone());
        move |done: usize, _: usize| {
            if done != import::batch_rows(&db) {
                return;
            }
            let handle = tokio::runtime::Handle::current();
            let refused = tokio::task::block_in_place(|| {
                handle.block_on(import::shopify_customers(
                    &db,
                    &admin,
                    &file(&rows(3)),
                    false,
                    &|_, _| {},
                ))
            });
            *second.lock().expect("not poisoned") = Some(refused);
        }
    };
    let first = import::shopify_customers(&db, &admin, &file(&rows(2500)), false, &progress)
        .await
        .expect("the first imports");
    assert_eq!(first.added, 2500);
    let refused = second.lock().expect("not poisoned").take();
    assert!(
        matches!(
            refused,
            Some(Err(ServiceError::ImportRunning { ref by, .. })) if by.as_deref() == Some("paakayttaja")
        ),
        "{refused:?}"
    );
    assert_eq!(count(&db, &admin).await, 2500);
}

async fn undoing_an_import_never_brings_an_erased_customer_back(db: Db) {
    let admin = first_admin(&db).await;
    import(&db, &admin, &file(&rows(3)))
        .await
        .expect("first import");
    let first = customer::search(
        &db,
        &admin,
        &customer::CustomerQuery {
            text: "Häkkinen".into(),
            sort: customer::CustomerSort::Name,
            page: register::service::PageRequest::first(5),
        },
    )
    .await
    .expect("finds")
    .items[0]
        .clone();
    let mut changed = rows(2500);
    changed[0] = changed[0].replace(",FI,", ",SE,");
    let bytes = mixed_at_the_end(&changed);
    // While the import runs, the first customer, whom it changed, is erased.
    let progress = {
        let (db, admin) = (db.clone(), admin.clone());
        move |done: usize, _: usize| {
            if done == import::batch_rows(&db) {
                let handle = tokio::runtime::Handle::current();
                tokio::task::block_in_place(|| {
                    handle.block_on(erasure::erase(
                        &db,
                        &admin,
                        first.id,
                        ErasureReason::CustomerRequest,
                    ))
                })
                .expect("erased");
            }
        }
    };
    let failed = import::shopify_customers(&db, &admin, &bytes, false, &progress).await;
    assert!(failed.is_err());
    let back = customer::get(&db, &admin, first.id, &testing::why()).await;
    assert!(
        matches!(back, Err(ServiceError::NotFound(_))),
        "the erased customer stays erased: {back:?}"
    );
    assert_eq!(count(&db, &admin).await, 2);
}

on_both_databases!(
    sqlite_batches_half_as_many_rows_as_postgresql,
    other_workstations_keep_working_while_an_import_runs,
    an_import_that_fails_part_way_is_undone_whole,
    an_interrupted_import_is_undone_at_once_by_the_next,
    undoing_keeps_the_customers_others_have_built_on_since,
    a_second_import_is_refused_while_one_runs,
    undoing_an_import_never_brings_an_erased_customer_back,
);

/// Makes every deletion of a customer fail, as a full disk would, until `allow` is called.
async fn forbid_deleting_customers(db: &Db) {
    let conn = db.raw_connection_for_tests();
    let statements: &[&str] = match db.backend_name() {
        "postgres" => &[
            "CREATE FUNCTION no_deletes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER no_deletes BEFORE DELETE ON customers FOR EACH ROW EXECUTE FUNCTION no_deletes()",
        ],
        _ => &[
            "CREATE TRIGGER no_deletes BEFORE DELETE ON customers BEGIN SELECT RAISE(ABORT, 'disk full'); END",
        ],
    };
    for sql in statements {
        sea_orm::ConnectionTrait::execute_unprepared(conn, sql)
            .await
            .expect("trigger");
    }
}

async fn allow_deleting_customers(db: &Db) {
    let conn = db.raw_connection_for_tests();
    let sql = match db.backend_name() {
        "postgres" => "DROP TRIGGER no_deletes ON customers",
        _ => "DROP TRIGGER no_deletes",
    };
    sea_orm::ConnectionTrait::execute_unprepared(conn, sql)
        .await
        .expect("dropped");
}

async fn an_undo_that_fails_says_so_and_is_done_by_the_next_import(db: Db) {
    let admin = first_admin(&db).await;
    forbid_deleting_customers(&db).await;
    let failed = import(&db, &admin, &mixed_at_the_end(&rows(2500))).await;
    let Err(ServiceError::ImportUndoFailed {
        failure,
        undo_failure,
    }) = failed
    else {
        panic!("the message says that the undo failed too: {failed:?}");
    };
    assert!(matches!(*failure, ServiceError::BadFile(_)), "{failure:?}");
    assert!(
        undo_failure.to_string().contains("disk full"),
        "{undo_failure}"
    );
    let message = ServiceError::ImportUndoFailed {
        failure,
        undo_failure,
    }
    .to_string();
    assert!(message.contains("next started"), "{message}");
    assert_eq!(
        count(&db, &admin).await,
        written_before_row(&db, 2500),
        "nothing of its batches could be undone yet"
    );
    allow_deleting_customers(&db).await;
    let next = import(&db, &admin, &file(&rows(3))).await.expect("imports");
    assert_eq!(next.undone_first.len(), 1, "{next:?}");
    assert_eq!(count(&db, &admin).await, 3);
}

on_both_databases!(an_undo_that_fails_says_so_and_is_done_by_the_next_import);
