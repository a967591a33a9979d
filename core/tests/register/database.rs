//! The embedded SQLite register is opened the way the README describes.

use register::config::DatabaseLocation;
use register::db;
use sea_orm::{ConnectionTrait, Statement};

async fn pragma(db: &db::Db, name: &str) -> String {
    let conn = db.raw_connection_for_tests();
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            format!("PRAGMA {name}"),
        ))
        .await
        .expect("pragma runs")
        .expect("pragma answers");
    row.try_get_by_index::<String>(0)
        .or_else(|_| row.try_get_by_index::<i64>(0).map(|v| v.to_string()))
        .expect("pragma value")
}

#[tokio::test]
async fn sqlite_runs_with_wal_foreign_keys_and_secure_delete() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let location = DatabaseLocation::Sqlite(dir.path().join("register.sqlite3"));
    let db = db::connect(&location).await.expect("opens");
    assert_eq!(pragma(&db, "journal_mode").await, "wal");
    assert_eq!(pragma(&db, "foreign_keys").await, "1");
    assert_eq!(pragma(&db, "secure_delete").await, "1");
    db.close().await.expect("closes");
}

#[tokio::test]
async fn opening_twice_applies_migrations_once() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let location = DatabaseLocation::Sqlite(dir.path().join("register.sqlite3"));
    db::connect(&location)
        .await
        .expect("first open")
        .close()
        .await
        .expect("closes");
    db::connect(&location)
        .await
        .expect("second open")
        .close()
        .await
        .expect("closes");
}
