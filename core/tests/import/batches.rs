//! An import writes a batch of rows at a time, each batch in a short transaction, so that other
//! workstations never wait for more than a batch; whatever stops it part-way, it is undone as
//! one unit, and undoing it never brings an erased customer back.

use std::time::Duration;

use register::db::Db;
use register::domain::consent::ErasureReason;
use register::service::import::{self, ImportReport};
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

async fn import(db: &Db, admin: &Session, bytes: &[u8]) -> Result<ImportReport, ServiceError> {
    import::shopify_customers(db, admin, bytes, false, &|_, _| {}).await
}

async fn count(db: &Db, admin: &Session) -> u64 {
    customer::count(db, admin).await.expect("counts")
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
                    let read = customer::get(&db, &admin, other.id);
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
    let before = customer::get(&db, &admin, before.id).await.expect("opens");
    let mut changed = rows(2500);
    changed[1] = changed[1].replace(",FI,", ",SE,");
    let failed = import(&db, &admin, &mixed_at_the_end(&changed)).await;
    assert!(
        matches!(failed, Err(ServiceError::BadFile(_))),
        "{failed:?}"
    );
    assert_eq!(
        count(&db, &admin).await,
        3,
        "the batches written are undone"
    );
    let after = customer::get(&db, &admin, before.id).await.expect("opens");
    assert_eq!(after.country, before.country);
    assert_eq!(after.version, before.version);
    // The same file again, mended, imports.
    let mended = import(&db, &admin, &file(&changed)).await.expect("imports");
    assert_eq!((mended.added, mended.updated), (2497, 1));
}

async fn an_abandoned_import_is_undone_by_the_next(db: Db) {
    let admin = first_admin(&db).await;
    // The app stops after the first batch: here, the progress report after it panics.
    let stopped = {
        let (db, admin) = (db.clone(), admin.clone());
        tokio::spawn(async move {
            let bytes = file(&rows(2500));
            let stop = |_: usize, _: usize| panic!("the app is closed");
            let _ = import::shopify_customers(&db, &admin, &bytes, false, &stop).await;
        })
    };
    assert!(stopped.await.is_err(), "the import stopped part-way");
    assert_eq!(count(&db, &admin).await, 1000, "its first batch is written");
    // Until its heartbeat is old, it may still be running on another workstation.
    let now = chrono::Utc::now();
    assert_eq!(
        import::undo_abandoned(&db, &admin, now)
            .await
            .expect("looks"),
        0
    );
    let later = now + chrono::Duration::hours(1);
    assert_eq!(
        import::undo_abandoned(&db, &admin, later)
            .await
            .expect("undoes"),
        1
    );
    assert_eq!(count(&db, &admin).await, 0);
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
            if done == 1000 {
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
    let back = customer::get(&db, &admin, first.id).await;
    assert!(
        matches!(back, Err(ServiceError::NotFound(_))),
        "the erased customer stays erased: {back:?}"
    );
    assert_eq!(count(&db, &admin).await, 2);
}

on_both_databases!(
    other_workstations_keep_working_while_an_import_runs,
    an_import_that_fails_part_way_is_undone_whole,
    an_abandoned_import_is_undone_by_the_next,
    undoing_an_import_never_brings_an_erased_customer_back,
);
