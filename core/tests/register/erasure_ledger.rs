//! The erasure ledger in the backup folder: an erasure whose line could not be written is said
//! and its line written later, never lost; a ledger changed, cut short, emptied or missing is
//! refused instead of silently restoring erased customers; and an erased customer known to the
//! webshop's export by email only stays erased.

use std::path::{Path, PathBuf};

use register::backup_file::Passphrase;
use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::domain::consent::ErasureReason;
use register::domain::{Field, Problem};
use register::erasure_ledger::LedgerError;
use register::save::Existing;
use register::service::backup::{self, Restore};
use register::service::erasure::{self, LedgerState};
use register::service::{PageRequest, ServiceError, Session, housekeeping, import};
use testing::{aino, create_customer, first_admin, sören};

fn ledger_in(folder: &Path) -> PathBuf {
    folder.join("erasure-ledger.jsonl")
}

async fn unwritten_events(db: &Db, admin: &Session) -> usize {
    testing::audit_events(db, admin, "backup.ledger_unwritten")
        .await
        .len()
}

async fn an_erasure_the_ledger_missed_is_said_and_written_at_the_next_login(db: Db) {
    let admin = first_admin(&db).await;
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("varmuuskopiot");
    std::fs::create_dir(&folder).expect("folder");
    testing::backups::keep_in(&db, &admin, &folder).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    // The backup folder is out of reach (a disk unplugged) when she is erased.
    std::fs::remove_dir(&folder).expect("unplugged");
    let erased = erasure::erase(&db, &admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    assert!(
        matches!(erased.ledger, LedgerState::Pending(_)),
        "{:?}",
        erased.ledger
    );
    assert_eq!(unwritten_events(&db, &admin).await, 1);
    std::fs::create_dir(&folder).expect("plugged back");
    let purged = housekeeping::at_login(&db, &admin, register::format::today())
        .await
        .expect("housekeeping");
    assert_eq!(purged.ledger, LedgerState::Written);
    let text = std::fs::read_to_string(ledger_in(&folder)).expect("the ledger");
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("\"kind\":\"erasure\""), "{text}");
}

async fn a_ledger_changed_emptied_or_missing_is_refused(db: Db) {
    let admin = first_admin(&db).await;
    let folder = tempfile::tempdir().expect("folder");
    testing::backups::keep_in(&db, &admin, folder.path()).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    erasure::erase(&db, &admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    let ledger = ledger_in(folder.path());
    let text = std::fs::read_to_string(&ledger).expect("the ledger");
    let replay = async || backup::replay_ledger(&db, &admin, &ledger, None).await;
    replay().await.expect("the ledger as written replays");
    let edited = text.replacen("\"customer\":\"", "\"customer\":\"0", 1);
    std::fs::write(&ledger, edited).expect("edited");
    let refused = replay().await;
    assert!(
        matches!(
            refused,
            Err(ServiceError::Ledger(LedgerError::Altered { line: 1, .. }))
        ),
        "{refused:?}"
    );
    std::fs::write(&ledger, "").expect("emptied");
    let refused = replay().await;
    assert!(
        matches!(
            refused,
            Err(ServiceError::Ledger(LedgerError::Shorter {
                expected: 1,
                found: 0,
                ..
            }))
        ),
        "{refused:?}"
    );
    std::fs::remove_file(&ledger).expect("removed");
    let refused = replay().await;
    assert!(
        matches!(refused, Err(ServiceError::Ledger(LedgerError::Missing(_)))),
        "{refused:?}"
    );
}

async fn an_erased_customer_the_export_names_by_email_only_stays_erased(db: Db) {
    let admin = first_admin(&db).await;
    let file = testing::shopify::file(&[
        ",Aino,Häkkinen,aino.h@example.com,yes,,Kangaskuja 3,,Jyväskylä,,FI,40100,,,no,0,0,,no,,x"
            .into(),
    ]);
    let first = import::shopify_customers(&db, &admin, &file, false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(first.added, 1);
    let id = register::service::customer::search(
        &db,
        &admin,
        &register::service::customer::CustomerQuery {
            text: "aino.h@".into(),
            sort: register::service::customer::CustomerSort::Name,
            page: PageRequest::first(2),
        },
    )
    .await
    .expect("finds")
    .items[0]
        .id;
    erasure::erase(&db, &admin, id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    let again = import::shopify_customers(&db, &admin, &file, false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(again.added, 0, "{again:?}");
    assert_eq!(
        again.rejected,
        [testing::shopify::rejected(2, Field::Email, Problem::Erased)]
    );
    let orders = testing::shopify::orders_file(&[
        "#E1,aino.h@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,40100,FI,Posti,1",
    ]);
    let ordered = import::shopify_orders(&db, &admin, &orders, false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(
        ordered.added, 0,
        "her order brings her back neither: {ordered:?}"
    );
    assert_eq!(
        register::service::customer::count(&db, &admin)
            .await
            .expect("counts"),
        0
    );
}

on_both_databases!(
    an_erasure_the_ledger_missed_is_said_and_written_at_the_next_login,
    a_ledger_changed_emptied_or_missing_is_refused,
    an_erased_customer_the_export_names_by_email_only_stays_erased,
);

const PASSPHRASE: &str = "neula ja lanka kesällä";

#[tokio::test]
async fn a_restore_refuses_a_named_ledger_that_is_not_there_and_one_missing_beside_the_backup() {
    let dir = tempfile::tempdir().expect("dir");
    let location = DatabaseLocation::Sqlite(dir.path().join("register.sqlite3"));
    let db = db::connect(&location).await.expect("opens");
    let admin = first_admin(&db).await;
    let folder = dir.path().join("varmuuskopiot");
    std::fs::create_dir(&folder).expect("folder");
    testing::backups::keep_in(&db, &admin, &folder).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    create_customer(&db, &admin, &sören()).await;
    erasure::erase(&db, &admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased before the backup: the ledger has a line");
    let out = folder.join("varmuuskopio.arb");
    let passphrase = Passphrase::new(PASSPHRASE.into()).expect("long enough");
    backup::take(&db, &admin, &out, Some(&passphrase), Existing::Keep)
        .await
        .expect("backup taken");
    db.close().await.expect("closes");
    let restore = |ledger: Option<PathBuf>, target: &str| {
        let target = dir.path().join(target);
        let out = out.clone();
        async move {
            backup::restore(Restore {
                backup: &out,
                passphrase: &Passphrase::to_open(PASSPHRASE.into()),
                target: &target,
                replace: false,
                ledger: ledger.as_deref(),
                username: "paakayttaja",
                password: testing::PASSWORD,
            })
            .await
            .map(|_| target.exists())
        }
    };
    let named = restore(Some(dir.path().join("ei-ole.jsonl")), "a.sqlite3").await;
    assert!(
        matches!(named, Err(ServiceError::Ledger(LedgerError::Missing(_)))),
        "{named:?}"
    );
    std::fs::remove_file(ledger_in(&folder)).expect("deleted with the backups' neighbours");
    let beside = restore(None, "b.sqlite3").await;
    assert!(
        matches!(beside, Err(ServiceError::Ledger(LedgerError::Missing(_)))),
        "{beside:?}"
    );
    assert!(!dir.path().join("a.sqlite3").exists());
    assert!(!dir.path().join("b.sqlite3").exists());
}
