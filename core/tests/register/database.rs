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

/// PostgreSQL: the role `init` prints the SQL for reads and writes the register's rows, and is
/// refused everything that would let a workstation rewrite history or the schema.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_workstations_role_writes_rows_and_nothing_more() {
    let Some(test_db) = testing::TestDb::postgres().await else {
        return;
    };
    let testing::Backend::Postgres { admin_url, schema } = &test_db.backend else {
        unreachable!("a PostgreSQL test database");
    };
    let role = format!("rekisteri_app_{}", std::process::id());
    let sql = register::deployment::app_role_sql(&test_db.db, &role)
        .await
        .expect("SQL written")
        .expect("PostgreSQL has roles");
    let owner = test_db.db.raw_connection_for_tests();
    owner
        .execute_unprepared(&format!("DROP ROLE IF EXISTS {role}"))
        .await
        .expect("no role left from an earlier run");
    owner.execute_unprepared(&sql).await.expect("role created");
    // A password as the README has the admin set in psql, for servers that ask for one.
    owner
        .execute_unprepared(&format!("ALTER ROLE {role} PASSWORD 'tyoaseman salasana'"))
        .await
        .expect("password set");

    let admin = testing::first_admin(&test_db.db).await;
    let (scheme, rest) = admin_url.split_once("://").expect("a URL");
    let host = rest.split_once('@').map_or(rest, |(_, host)| host);
    let separator = if host.contains('?') { '&' } else { '?' };
    let url = format!(
        "{scheme}://{role}:tyoaseman%20salasana@{host}{separator}options=-c%20search_path%3D{schema}"
    );
    let workstation = db::connect(&DatabaseLocation::Postgres(url))
        .await
        .expect("the workstation connects without migrating");
    let created = register::service::customer::create(&workstation, &admin, &testing::aino())
        .await
        .expect("rows are written");
    register::service::customer::get(&workstation, &admin, created.id, &testing::why())
        .await
        .expect("and read, the read audited");

    let conn = workstation.raw_connection_for_tests();
    // A table a later version's migration creates gets the same rights.
    owner
        .execute_unprepared("CREATE TABLE myohempi (id integer)")
        .await
        .expect("created by the owner");
    conn.execute_unprepared("INSERT INTO myohempi VALUES (1)")
        .await
        .expect("written by the workstation");
    for refused in [
        "UPDATE audit_events SET action = 'x'",
        "DELETE FROM audit_events",
        "TRUNCATE customers",
        "ALTER TABLE audit_events DISABLE TRIGGER USER",
        "DROP TRIGGER audit_events_no_update ON audit_events",
        "CREATE TABLE varjo (id integer)",
        "DELETE FROM seaql_migrations",
    ] {
        let result = conn.execute_unprepared(refused).await;
        assert!(result.is_err(), "{refused} was allowed");
    }
    workstation.close().await.expect("closes");
    owner
        .execute_unprepared(&format!("DROP OWNED BY {role}; DROP ROLE {role}"))
        .await
        .expect("role dropped");
    test_db.finish().await;
}

/// A register last opened by a newer version of the app says so, on either database, instead
/// of the migration library's "migration file is missing".
async fn a_register_of_a_newer_version_says_so(test_db: &testing::TestDb) {
    let conn = test_db.db.raw_connection_for_tests();
    conn.execute_unprepared(
        "INSERT INTO seaql_migrations (version, applied_at) VALUES ('m20991231_000099_future', 0)",
    )
    .await
    .expect("a newer version's migration");
    let refused = test_db.reopen().await;
    let message = refused.expect_err("refused").to_string();
    assert!(
        message.contains("made by a newer version of the app"),
        "{message}"
    );
}

#[tokio::test]
async fn a_register_of_a_newer_version_says_so_on_sqlite() {
    let test_db = testing::TestDb::sqlite().await;
    a_register_of_a_newer_version_says_so(&test_db).await;
    test_db.finish().await;
}

#[tokio::test]
async fn a_register_of_a_newer_version_says_so_on_postgres() {
    if let Some(test_db) = testing::TestDb::postgres().await {
        a_register_of_a_newer_version_says_so(&test_db).await;
        test_db.finish().await;
    }
}
