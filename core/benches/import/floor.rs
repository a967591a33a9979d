//! The floor an import is measured against: the export's rows loaded as they are into a table
//! of text columns, with no matching, validation, journal or audit trail. On SQLite, multi-row
//! INSERTs in one transaction (what the sqlite3 shell's `.import` does); on PostgreSQL, `COPY
//! … FROM STDIN`.

use std::path::Path;
use std::time::{Duration, Instant};

use register::db::Db;
use sea_orm::sqlx;
use sea_orm::sqlx::postgres::PgPoolCopyExt;
use sea_orm::{ConnectionTrait, DbBackend};

/// Columns of the export.
const COLUMNS: usize = 20;

/// How long the raw load of `path` takes; the table it fills is dropped afterwards.
pub async fn raw_load(db: &Db, path: &Path) -> Result<Duration, String> {
    let conn = db.raw_connection_for_tests();
    let columns: Vec<String> = (1..=COLUMNS).map(|i| format!("c{i} text")).collect();
    let create = format!("CREATE TABLE raw_floor ({})", columns.join(", "));
    conn.execute_unprepared(&create)
        .await
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let loaded = match db.backend() {
        DbBackend::Postgres => copy(conn.get_postgres_connection_pool(), path).await,
        _ => inserts(conn.get_sqlite_connection_pool(), path).await,
    };
    let took = started.elapsed();
    conn.execute_unprepared("DROP TABLE raw_floor")
        .await
        .map_err(|e| e.to_string())?;
    loaded.map(|()| took)
}

async fn copy(pool: &sqlx::PgPool, path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut copy = pool
        .copy_in_raw("COPY raw_floor FROM STDIN (FORMAT csv, HEADER true)")
        .await
        .map_err(|e| e.to_string())?;
    for chunk in bytes.chunks(1 << 20) {
        copy.send(chunk).await.map_err(|e| e.to_string())?;
    }
    copy.finish().await.map_err(|e| e.to_string())?;
    Ok(())
}

async fn inserts(pool: &sqlx::SqlitePool, path: &Path) -> Result<(), String> {
    const ROWS: usize = 1000;
    let mut reader = csv::Reader::from_path(path).map_err(|e| e.to_string())?;
    let mut records = reader.records();
    let mut txn = pool.begin().await.map_err(|e| e.to_string())?;
    loop {
        let batch: Vec<csv::StringRecord> = records
            .by_ref()
            .take(ROWS)
            .collect::<Result<_, _>>()
            .map_err(|e| e.to_string())?;
        if batch.is_empty() {
            break;
        }
        let row = format!("({})", vec!["?"; COLUMNS].join(","));
        let sql = format!(
            "INSERT INTO raw_floor VALUES {}",
            vec![row.as_str(); batch.len()].join(",")
        );
        // Only placeholders are made up here; the values are bound.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for record in &batch {
            for i in 0..COLUMNS {
                query = query.bind(record.get(i).unwrap_or_default().to_owned());
            }
        }
        query.execute(&mut *txn).await.map_err(|e| e.to_string())?;
    }
    txn.commit().await.map_err(|e| e.to_string())?;
    Ok(())
}
