//! Connecting to the register, applying migrations, and starting write transactions that
//! behave the same on SQLite and PostgreSQL.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};

use crate::config::DatabaseLocation;

/// The register's database. Only the service layer holds one.
#[derive(Debug, Clone)]
pub struct Db {
    conn: DatabaseConnection,
}

/// Connects and brings the schema up to date.
pub async fn connect(location: &DatabaseLocation) -> Result<Db, DbErr> {
    let mut options = match location {
        DatabaseLocation::Sqlite(path) => {
            let path = path.clone();
            let mut options = ConnectOptions::new("sqlite://register.sqlite3");
            options.map_sqlx_sqlite_opts(move |opts| {
                opts.filename(&path)
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    // Deleted personal data is overwritten, not left in free pages.
                    .pragma("secure_delete", "ON")
                    // A page cache of 32 MiB per connection (the default is 2 MiB) keeps the
                    // indexes of a large register in memory; pages are read through a memory
                    // map rather than copied by read calls.
                    .pragma("cache_size", "-32768")
                    .pragma("mmap_size", "268435456")
                    // Keeps the query planner's statistics current, so that a search uses the
                    // index that suits it however the register has grown.
                    .optimize_on_close(true, 1000)
            });
            options
        }
        DatabaseLocation::Postgres(url) => {
            let mut options = ConnectOptions::new(url.clone());
            // A search's statements are the same text with very different values ("a" matches
            // a tenth of the register, "aino.virtanen" one customer): each gets a plan for its
            // own values instead of a generic plan cached after five runs.
            options.map_sqlx_postgres_opts(|opts| {
                opts.options([("plan_cache_mode", "force_custom_plan")])
            });
            options
        }
    };
    options
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false);
    let conn = Database::connect(options).await?;
    Migrator::up(&conn, None).await?;
    Ok(Db { conn })
}

impl Db {
    /// Starts a transaction that will write. Writers are serialised: on SQLite by taking the
    /// write lock at BEGIN (IMMEDIATE), on PostgreSQL by locking the audit chain's head row.
    /// Every write appends to the audit chain anyway, so this costs no extra concurrency, and
    /// it makes read-check-write sequences (last admin, version checks) race-free. No writer
    /// waits more than ten seconds: SQLite's busy timeout, PostgreSQL's lock timeout.
    pub(crate) async fn begin_write(&self) -> Result<DatabaseTransaction, DbErr> {
        let txn = self
            .conn
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..TransactionOptions::default()
            })
            .await?;
        if txn.get_database_backend() == DbBackend::Postgres {
            // As SQLite's busy timeout: a writer waits for another's batch, never forever.
            txn.execute_raw(Statement::from_string(
                DbBackend::Postgres,
                "SET LOCAL lock_timeout = '10s'",
            ))
            .await?;
            txn.execute_raw(Statement::from_string(
                DbBackend::Postgres,
                "SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE",
            ))
            .await?;
        }
        Ok(txn)
    }

    pub(crate) fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// "sqlite" or "postgres", for naming things per database.
    pub fn backend_name(&self) -> &'static str {
        match self.backend() {
            DbBackend::Postgres => "postgres",
            _ => "sqlite",
        }
    }

    pub fn backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    /// The raw connection, for tests that must play an attacker with direct database access.
    #[doc(hidden)]
    pub fn raw_connection_for_tests(&self) -> &DatabaseConnection {
        &self.conn
    }

    pub async fn close(self) -> Result<(), DbErr> {
        self.conn.close().await
    }
}
