//! The measured registers: one per database and size, generated once and kept between runs
//! (SQLite files under target/tmp/bench-data, PostgreSQL schemas bench_N).

use std::path::PathBuf;
use std::time::Instant;

use register::config::DatabaseLocation;
use register::db::Db;
use register::service::Session;
use register::service::demo_data::{self, DemoPlan};
use sea_orm::{ConnectionTrait, Database, Statement};

use crate::common;

/// One customer in this many has 1,000 orders: 100 of them in a million.
const HEAVY_EVERY: u64 = 10_000;
/// Change this when the generator changes, so that old registers are made again.
const GENERATION: u32 = 1;

/// Where a finished generation records itself.
const CREATE_RECORD: &str =
    "CREATE TABLE IF NOT EXISTS bench_generation (generation INTEGER, size BIGINT)";

#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres { url: String },
}

impl Backend {
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres { .. } => "PostgreSQL",
        }
    }
}

pub struct Dataset {
    pub db: Db,
    pub session: Session,
}

pub async fn open(backend: &Backend, size: u64) -> Result<Dataset, String> {
    let location = match backend {
        Backend::Sqlite => DatabaseLocation::Sqlite(sqlite_path(size)?),
        Backend::Postgres { url } => DatabaseLocation::Postgres(postgres_schema(url, size).await?),
    };
    let (db, session) = common::open(&location).await?;
    if stored_size(&db).await? != Some(size) {
        drop(db);
        start_over(backend, size).await?;
        let (db, session) = common::open(&location).await?;
        generate(backend, &db, &session, size).await?;
        return Ok(Dataset { db, session });
    }
    Ok(Dataset { db, session })
}

fn sqlite_path(size: u64) -> Result<PathBuf, String> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-data");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir.join(format!("register-{size}.sqlite3")))
}

fn schema(size: u64) -> String {
    format!("bench_{size}")
}

/// The URL of the size's own schema, created if missing.
async fn postgres_schema(url: &str, size: u64) -> Result<String, String> {
    let admin = Database::connect(url).await.map_err(|e| e.to_string())?;
    let statement = format!("CREATE SCHEMA IF NOT EXISTS {}", schema(size));
    admin
        .execute_unprepared(&statement)
        .await
        .map_err(|e| e.to_string())?;
    admin.close().await.map_err(|e| e.to_string())?;
    let separator = if url.contains('?') { '&' } else { '?' };
    Ok(format!(
        "{url}{separator}options=-c%20search_path%3D{}",
        schema(size)
    ))
}

/// The size a finished generation recorded, if the register holds one of this generation.
async fn stored_size(db: &Db) -> Result<Option<u64>, String> {
    let conn = db.raw_connection_for_tests();
    let backend = conn.get_database_backend();
    conn.execute_unprepared(CREATE_RECORD)
        .await
        .map_err(|e| e.to_string())?;
    let row = conn
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT size FROM bench_generation WHERE generation = {GENERATION}"),
        ))
        .await
        .map_err(|e| e.to_string())?;
    match row {
        Some(row) => Ok(Some(
            row.try_get_by_index::<i64>(0).map_err(|e| e.to_string())? as u64,
        )),
        None => Ok(None),
    }
}

async fn start_over(backend: &Backend, size: u64) -> Result<(), String> {
    match backend {
        Backend::Sqlite => {
            let path = sqlite_path(size)?;
            for suffix in ["", "-wal", "-shm"] {
                let file = PathBuf::from(format!("{}{suffix}", path.display()));
                if file.exists() {
                    std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
                }
            }
            Ok(())
        }
        Backend::Postgres { url } => {
            let admin = Database::connect(url.as_str())
                .await
                .map_err(|e| e.to_string())?;
            let name = schema(size);
            let statement = format!("DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}");
            admin
                .execute_unprepared(&statement)
                .await
                .map_err(|e| e.to_string())?;
            admin.close().await.map_err(|e| e.to_string())
        }
    }
}

async fn generate(backend: &Backend, db: &Db, session: &Session, size: u64) -> Result<(), String> {
    let started = Instant::now();
    let plan = DemoPlan {
        customers: size,
        seed: 2026,
        heavy_every: Some(HEAVY_EVERY),
    };
    let step = (size / 10).max(1);
    let mut progress = |done: u64| {
        if done.is_multiple_of(step) {
            eprintln!(
                "  generating: {done} customers ({:.0} s)",
                started.elapsed().as_secs_f64()
            );
        }
    };
    let summary = demo_data::generate(db, session, &plan, &mut progress)
        .await
        .map_err(|e| e.to_string())?;
    let conn = db.raw_connection_for_tests();
    // The statistics and (PostgreSQL) visibility map that autovacuum would have made within
    // minutes of such a load; without the map every index-only read visits the table too.
    let settle = match backend {
        Backend::Sqlite => "ANALYZE",
        Backend::Postgres { .. } => "VACUUM ANALYZE",
    };
    conn.execute_unprepared(settle)
        .await
        .map_err(|e| e.to_string())?;
    if matches!(backend, Backend::Sqlite) {
        // The generation was one transaction: move it from the write-ahead log into the
        // database now rather than during the first measured writes.
        conn.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await
            .map_err(|e| e.to_string())?;
    }
    conn.execute_unprepared(CREATE_RECORD)
        .await
        .map_err(|e| e.to_string())?;
    let record = format!("INSERT INTO bench_generation VALUES ({GENERATION}, {size})");
    conn.execute_unprepared(&record)
        .await
        .map_err(|e| e.to_string())?;
    eprintln!(
        "  generated {} customers, {} orders, {} reviews in {:.0} s",
        summary.customers,
        summary.orders,
        summary.reviews,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
