//! Backups of a SQLite register: taken while another workstation writes, restored whole into a
//! new file, encrypted so that no customer's data shows in their bytes, refused when wrongly
//! unlocked, cut short, altered or from a newer app, and never bringing back a customer erased
//! after them.

use std::path::{Path, PathBuf};

use chrono::Utc;

use register::backup_file::{self, BackupFileError, Damage, Header, Passphrase, Seal};
use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::domain::consent::ErasureReason;
use register::save::{Existing, SaveError};
use register::service::backup::{self, Restore, Restored};
use register::service::demo_data::{self, DemoPlan};
use register::service::{ServiceError, Session, customer, erasure};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use testing::{PASSWORD, aino, create_customer, first_admin, sören};

const PASSPHRASE: &str = "neula ja lanka kesällä";

fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE.into()).expect("long enough")
}

struct Register {
    dir: tempfile::TempDir,
    db: Db,
    admin: Session,
}

async fn register() -> Register {
    let dir = tempfile::tempdir().expect("dir");
    let location = DatabaseLocation::Sqlite(dir.path().join("register.sqlite3"));
    let db = db::connect(&location).await.expect("opens");
    let admin = first_admin(&db).await;
    Register { dir, db, admin }
}

async fn take(register: &Register, out: &Path) -> Header {
    backup::take(
        &register.db,
        &register.admin,
        out,
        Some(&passphrase()),
        Existing::Keep,
    )
    .await
    .expect("backup taken")
}

async fn restore_into(backup_file: &Path, target: &Path) -> Result<Restored, ServiceError> {
    backup::restore(Restore {
        backup: backup_file,
        passphrase: &Passphrase::to_open(PASSPHRASE.into()),
        target,
        replace: false,
        ledger: None,
        username: "paakayttaja",
        password: PASSWORD,
    })
    .await
}

async fn open(path: &Path) -> Db {
    db::connect(&DatabaseLocation::Sqlite(path.to_owned()))
        .await
        .expect("restored register opens")
}

async fn count(db: &Db, sql: &str) -> i64 {
    let row = db
        .raw_connection_for_tests()
        .query_one_raw(Statement::from_string(DbBackend::Sqlite, sql))
        .await
        .expect("counted")
        .expect("a row");
    row.try_get_by_index(0).expect("a number")
}

/// The first column of every row `sql` gives.
async fn column<T: sea_orm::TryGetable>(db: &Db, sql: &str) -> Vec<T> {
    db.raw_connection_for_tests()
        .query_all_raw(Statement::from_string(DbBackend::Sqlite, sql))
        .await
        .expect("queried")
        .into_iter()
        .map(|row| row.try_get_by_index(0).expect("a value"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_another_workstation_writes_restores_every_table() {
    let register = register().await;
    let db = &register.db;
    demo_data::generate(
        db,
        &register.admin,
        &DemoPlan {
            customers: 40,
            seed: 7,
            heavy_every: None,
        },
        &mut |_| {},
    )
    .await
    .expect("demo data");
    // Another workstation: a connection of its own, adding customers all through the backup.
    let location = DatabaseLocation::Sqlite(register.dir.path().join("register.sqlite3"));
    let other = db::connect(&location).await.expect("second workstation");
    let other_admin = register.admin.clone();
    let writing = tokio::spawn(async move {
        let mut created = Vec::new();
        for n in 0..40 {
            let input = register::domain::customer::CustomerInput {
                email: format!("rinnakkain{n}@example.com"),
                webshop_username: String::new(),
                ..sören()
            };
            created.push(
                customer::create(&other, &other_admin, &input)
                    .await
                    .expect("created")
                    .id,
            );
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        other.close().await.expect("closes");
        created
    });
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    let out = register.dir.path().join("varmuuskopio.arb");
    let header = take(&register, &out).await;
    let written_meanwhile = writing.await.expect("writer");
    assert_eq!(header.database, "sqlite");
    assert!(header.audit_events >= 3, "{header:?}");

    let target = register.dir.path().join("palautettu.sqlite3");
    let restored = restore_into(&out, &target).await.expect("restored");
    assert_eq!(restored.replayed, Default::default());
    assert!(restored.ledger.is_none(), "no backup folder was set");

    // Every table as the backup found it: nothing in the restored register that the register
    // did not hold, and every row that was there when the backup began.
    let conn = db.raw_connection_for_tests();
    conn.execute_unprepared(&format!(
        "ATTACH DATABASE '{}' AS restored",
        target.display()
    ))
    .await
    .expect("attached");
    let tables: Vec<String> = column(
        db,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .await;
    assert!(tables.len() >= 15, "{tables:?}");
    let changed_by_the_restore = [
        "audit_events",
        "audit_head",
        "staff_users",
        "backup_settings",
    ];
    for table in &tables {
        if changed_by_the_restore.contains(&table.as_str()) {
            continue;
        }
        let foreign = count(
            db,
            &format!("SELECT count(*) FROM (SELECT * FROM restored.{table} EXCEPT SELECT * FROM main.{table})"),
        )
        .await;
        assert_eq!(foreign, 0, "{table}: rows the register never held");
    }
    // The audit trail as far as the backup's head, event for event; the restore's own events
    // (the admin's login, the restore) come after it.
    let n = header.audit_events;
    let differing = count(
        db,
        &format!(
            "SELECT count(*) FROM (SELECT * FROM restored.audit_events WHERE seq <= {n} \
             EXCEPT SELECT * FROM main.audit_events WHERE seq <= {n})"
        ),
    )
    .await;
    assert_eq!(differing, 0);
    assert_eq!(
        count(
            db,
            &format!("SELECT count(*) FROM restored.audit_events WHERE seq <= {n}")
        )
        .await,
        n
    );
    let staff_differing = count(
        db,
        "SELECT count(*) FROM (SELECT id, username, display_name, role, password_hash, active \
         FROM restored.staff_users EXCEPT SELECT id, username, display_name, role, \
         password_hash, active FROM main.staff_users)",
    )
    .await;
    assert_eq!(staff_differing, 0);
    // Rows the register holds and the restored one lacks are only what the other workstation
    // added after the backup began (and its audit events).
    let missing: Vec<i32> = column(
        db,
        "SELECT id FROM main.customers EXCEPT SELECT id FROM restored.customers",
    )
    .await;
    assert!(
        !missing.is_empty(),
        "the other workstation wrote on after the copy began"
    );
    assert!(
        missing.iter().all(|id| written_meanwhile.contains(id)),
        "{missing:?}"
    );
    for other_table in ["orders", "order_lines", "reviews", "access_requests"] {
        let lacking = count(
            db,
            &format!("SELECT count(*) FROM (SELECT * FROM main.{other_table} EXCEPT SELECT * FROM restored.{other_table})"),
        )
        .await;
        assert_eq!(lacking, 0, "{other_table}");
    }
    let customers_restored = restored.customers as i64;
    assert_eq!(
        customers_restored,
        count(db, "SELECT count(*) FROM main.customers").await - missing.len() as i64
    );
    conn.execute_unprepared("DETACH DATABASE restored")
        .await
        .expect("detached");
    register.db.close().await.expect("closes");
}

#[tokio::test]
async fn a_customer_erased_after_the_backup_is_erased_again_by_the_restore() {
    let register = register().await;
    let db = &register.db;
    let folder = register.dir.path().join("varmuuskopiot");
    std::fs::create_dir(&folder).expect("folder");
    testing::backups::keep_in(db, &register.admin, &folder).await;
    let aino = create_customer(db, &register.admin, &aino()).await;
    let sören = create_customer(db, &register.admin, &sören()).await;
    let out = folder.join("varmuuskopio.arb");
    take(&register, &out).await;
    let bytes = std::fs::read(&out).expect("backup");
    for value in ["aino.hakkinen@example.com", "Häkkinen", "Kangaskuja"] {
        assert!(
            !bytes.windows(value.len()).any(|w| w == value.as_bytes()),
            "{value} readable in the backup"
        );
    }
    erasure::erase(db, &register.admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased after the backup");

    let target = register.dir.path().join("palautettu.sqlite3");
    let restored = restore_into(&out, &target).await.expect("restored");
    assert_eq!(
        restored.ledger.as_deref(),
        Some(folder.join("erasure-ledger.jsonl").as_path())
    );
    assert_eq!(restored.replayed.customers_erased, 1);
    let again = open(&target).await;
    assert!(matches!(
        customer::get(
            &again,
            &register.admin_in(&again).await,
            aino.id,
            &testing::why()
        )
        .await,
        Err(ServiceError::NotFound(_))
    ));
    again.close().await.expect("closes");
    let file = std::fs::read(&target).expect("restored file");
    assert!(
        !file
            .windows(b"aino.hakkinen@example.com".len())
            .any(|w| w == b"aino.hakkinen@example.com"),
        "the erased email is gone from the restored file's bytes"
    );
    let again = open(&target).await;
    let session = register.admin_in(&again).await;
    customer::get(&again, &session, sören.id, &testing::why())
        .await
        .expect("Sören, never erased, is back");
    again.close().await.expect("closes");
    register.db.close().await.expect("closes");
}

impl Register {
    /// The admin logged in to another register restored from this one.
    async fn admin_in(&self, db: &Db) -> Session {
        register::service::auth::login(db, "paakayttaja", PASSWORD)
            .await
            .expect("the backed-up admin logs in")
    }
}

async fn refused(backup: &Path, target: &Path, passphrase: &str) -> ServiceError {
    let error = backup::restore(Restore {
        backup,
        passphrase: &Passphrase::to_open(passphrase.into()),
        target,
        replace: false,
        ledger: None,
        username: "paakayttaja",
        password: PASSWORD,
    })
    .await
    .expect_err("refused");
    assert!(!target.exists(), "nothing restored: {error}");
    let leftovers: Vec<PathBuf> = std::fs::read_dir(target.parent().expect("folder"))
        .expect("listed")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.to_string_lossy().contains("restore"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    error
}

#[tokio::test]
async fn a_wrong_passphrase_a_cut_or_altered_backup_and_a_newer_one_are_refused() {
    let register = register().await;
    create_customer(&register.db, &register.admin, &aino()).await;
    let out = register.dir.path().join("varmuuskopio.arb");
    let header = take(&register, &out).await;
    let bytes = std::fs::read(&out).expect("backup");
    let target = register.dir.path().join("uusi").join("palautettu.sqlite3");
    std::fs::create_dir(target.parent().expect("folder")).expect("folder");

    let wrong = refused(&out, &target, "neula ja lanka talvella").await;
    assert!(
        matches!(
            wrong,
            ServiceError::Backup(BackupFileError::WrongPassphrase)
        ),
        "{wrong}"
    );

    let cut = register.dir.path().join("katkennut.arb");
    std::fs::write(&cut, &bytes[..bytes.len() - 100]).expect("written");
    let error = refused(&cut, &target, PASSPHRASE).await;
    assert!(
        matches!(
            error,
            ServiceError::Backup(BackupFileError::Damaged(Damage::CutShort))
        ),
        "{error}"
    );

    let altered = register.dir.path().join("muutettu.arb");
    let mut changed = bytes.clone();
    let middle = changed.len() - 2000;
    changed[middle] ^= 0x20;
    std::fs::write(&altered, &changed).expect("written");
    let error = refused(&altered, &target, PASSPHRASE).await;
    assert!(
        matches!(
            error,
            ServiceError::Backup(BackupFileError::Damaged(Damage::ContentsChanged))
        ),
        "{error}"
    );

    // A backup whose register has a schema this app has never seen: a newer app's.
    let newer = register.dir.path().join("uudempi.arb");
    let future = Header {
        schema: "m20991231_000099_from_the_future".into(),
        ..header
    };
    let mut register_bytes = &b"SQLite format 3\0"[..];
    let (size, sha256) = backup_file::digest(&mut register_bytes).expect("digest");
    let future = Header {
        size,
        sha256,
        ..future
    };
    let mut file = std::fs::File::create(&newer).expect("created");
    backup_file::write(
        &mut file,
        &future,
        &mut &b"SQLite format 3\0"[..],
        Seal::Passphrase(&passphrase()),
    )
    .expect("written");
    let error = refused(&newer, &target, PASSPHRASE).await;
    assert!(matches!(error, ServiceError::NewerSchema(_)), "{error}");
    register.db.close().await.expect("closes");
}

#[tokio::test]
async fn a_register_in_use_is_not_replaced_and_a_backup_file_not_overwritten() {
    let register = register().await;
    let out = register.dir.path().join("varmuuskopio.arb");
    take(&register, &out).await;
    let again = backup::take(
        &register.db,
        &register.admin,
        &out,
        Some(&passphrase()),
        Existing::Keep,
    )
    .await;
    assert!(matches!(again, Err(SaveError::Exists(_))), "{again:?}");
    let live = register.dir.path().join("register.sqlite3");
    let error = restore_into(&out, &live).await.expect_err("refused");
    assert!(matches!(error, ServiceError::RegisterInUse(_)), "{error}");
    register.db.close().await.expect("closes");
}

#[tokio::test]
async fn a_register_open_elsewhere_is_not_replaced_even_when_asked() {
    let register = register().await;
    let out = register.dir.path().join("varmuuskopio.arb");
    take(&register, &out).await;
    let live = register.dir.path().join("register.sqlite3");
    // Another workstation's command still has the register open.
    let error = backup::restore(Restore {
        backup: &out,
        passphrase: &Passphrase::to_open(PASSPHRASE.into()),
        target: &live,
        replace: true,
        ledger: None,
        username: "paakayttaja",
        password: PASSWORD,
    })
    .await
    .expect_err("refused");
    assert!(matches!(error, ServiceError::RegisterOpen(_)), "{error}");
    customer::count(&register.db, &register.admin)
        .await
        .expect("the open register is still there");
    register.db.close().await.expect("closes");
}

/// As after PostgreSQL's own restore: every entry of the ledger done again, those already done
/// changing nothing, and the erasure's line naming nobody in clear.
async fn replaying_the_whole_ledger_again_changes_nothing_already_done(db: Db) {
    let admin = first_admin(&db).await;
    let folder = tempfile::tempdir().expect("folder");
    testing::backups::keep_in(&db, &admin, folder.path()).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let sören = create_customer(&db, &admin, &sören()).await;
    erasure::erase(&db, &admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    let ledger = folder.path().join("erasure-ledger.jsonl");
    let text = std::fs::read_to_string(&ledger).expect("the ledger");
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        !text.contains("Häkkinen") && !text.contains(&format!(":{},", aino.id)),
        "{text}"
    );
    let replayed = backup::replay_ledger(&db, &admin, &ledger, None)
        .await
        .expect("replayed");
    assert_eq!(replayed.entries, 1);
    assert_eq!(replayed.customers_erased, 0);
    customer::get(&db, &admin, sören.id, &testing::why())
        .await
        .expect("Sören stays");
}

on_both_databases!(replaying_the_whole_ledger_again_changes_nothing_already_done);

/// The day's automatic backup as the app closes: sealed to the backup key, so nobody types the
/// passphrase, taken once a day whoever is logged in, and restored with the passphrase.
#[tokio::test]
async fn the_automatic_backup_is_taken_once_a_day_and_opens_with_the_passphrase() {
    let dir = tempfile::tempdir().expect("dir");
    let location = DatabaseLocation::Sqlite(dir.path().join("register.sqlite3"));
    let db = &db::connect(&location).await.expect("opens");
    let staff = testing::staff(db).await;
    let folder = dir.path().join("varmuuskopiot");
    std::fs::create_dir(&folder).expect("folder");
    let now = Utc::now();
    let nobody = backup::take_if_due(db, &staff.fulfilment, now)
        .await
        .expect("nothing set");
    assert!(
        nobody.is_none(),
        "no folder and no passphrase: nothing to do"
    );
    testing::backups::keep_in(db, &staff.admin, &folder).await;
    let refused = backup::set_key(db, &staff.customer_service, &passphrase()).await;
    assert!(
        matches!(refused, Err(ServiceError::Forbidden(_))),
        "{refused:?}"
    );
    backup::set_key(db, &staff.admin, &passphrase())
        .await
        .expect("key set");
    create_customer(db, &staff.admin, &aino()).await;

    // Fulfilment closes the app: the day's backup is theirs to trigger, not to choose.
    let taken = backup::take_if_due(db, &staff.fulfilment, now)
        .await
        .expect("taken")
        .expect("due");
    assert!(taken.header.sealed_key.is_some());
    let again = backup::take_if_due(db, &staff.fulfilment, now + chrono::Duration::minutes(5))
        .await
        .expect("checked");
    assert!(again.is_none(), "once a day");

    let target = dir.path().join("palautettu.sqlite3");
    let wrong = refused_restore(&taken.path, &target).await;
    assert!(
        matches!(
            wrong,
            ServiceError::Backup(BackupFileError::WrongPassphrase)
        ),
        "{wrong}"
    );
    let restored = restore_into(&taken.path, &target).await.expect("restored");
    assert_eq!(restored.customers, 1);
    db.clone().close().await.expect("closes");
}

async fn refused_restore(backup_file: &Path, target: &Path) -> ServiceError {
    refused(backup_file, target, "väärä salasana, aivan väärä").await
}

/// A backup cut short by a power cut leaves its plain copy beside the register; the next backup
/// removes it once it is clearly abandoned, and leaves a fresh one (another backup running).
#[tokio::test]
async fn a_plain_copy_left_by_a_backup_cut_short_is_removed_by_the_next() {
    let register = register().await;
    let abandoned = register
        .dir
        .path()
        .join(".asiakasrekisteri-backup-kaatunut");
    let running = register
        .dir
        .path()
        .join(".asiakasrekisteri-backup-kaynnissa");
    for dir in [&abandoned, &running] {
        std::fs::create_dir(dir).expect("left over");
        std::fs::write(dir.join("register.sqlite3"), "aino.hakkinen@example.com").expect("copy");
    }
    let yesterday = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    testing::file_times::set_modified(&abandoned, yesterday).expect("dated back");
    take(&register, &register.dir.path().join("varmuuskopio.arb")).await;
    assert!(!abandoned.exists(), "the abandoned copy is gone");
    assert!(running.exists(), "a copy being made now is not touched");
    register.db.close().await.expect("closes");
}

/// A backup of a register of an older version of the app (its schema one migration behind) is
/// brought up to date as it is restored.
#[tokio::test]
async fn a_backup_of_an_older_schema_is_migrated_as_it_is_restored() {
    use migration::{Migrator, MigratorTrait};
    let dir = tempfile::tempdir().expect("dir");
    let old = dir.path().join("vanha.sqlite3");
    let db = db::connect(&DatabaseLocation::Sqlite(old.clone()))
        .await
        .expect("opens");
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    let newest = Migrator::migrations()
        .last()
        .map(|m| m.name().to_owned())
        .expect("migrations");
    let older = Migrator::migrations()
        .iter()
        .rev()
        .nth(1)
        .map(|m| m.name().to_owned())
        .expect("two migrations");
    Migrator::down(db.raw_connection_for_tests(), Some(1))
        .await
        .expect("one migration undone");
    db.close().await.expect("closes");

    // The file as an older app's backup would hold it.
    let bytes = std::fs::read(&old).expect("register file");
    let (size, sha256) = backup_file::digest(&mut &bytes[..]).expect("digest");
    let header = Header {
        format: backup_file::FORMAT,
        app_version: "0.0.9".into(),
        taken_at: Utc::now(),
        database: "sqlite".into(),
        schema: older.clone(),
        audit_events: 0,
        audit_head: None,
        size,
        sha256,
        sealed_key: None,
    };
    let out = dir.path().join("vanha.arb");
    let mut file = std::fs::File::create(&out).expect("created");
    backup_file::write(
        &mut file,
        &header,
        &mut &bytes[..],
        Seal::Passphrase(&passphrase()),
    )
    .expect("written");
    drop(file);

    let target = dir.path().join("palautettu.sqlite3");
    let restored = restore_into(&out, &target).await.expect("restored");
    assert_eq!(restored.schema_in_backup, older);
    assert_eq!(restored.schema, newest);
    assert_eq!(restored.customers, 1);
}
