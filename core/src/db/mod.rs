//! Connecting to the register, applying migrations, and starting write transactions that
//! behave the same on SQLite and PostgreSQL.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};

use crate::config::DatabaseLocation;

mod locks;
pub(crate) mod notes;

pub(crate) use locks::ImportLock;
pub use locks::{ReplaceLock, ReplaceLockError, for_replacing};

/// The register's database. Only the service layer holds one.
#[derive(Debug, Clone)]
pub struct Db {
    conn: DatabaseConnection,
    location: DatabaseLocation,
    /// The notes written in the background (the lists shown to staff), started with the first.
    notes: Arc<OnceLock<notes::Queue>>,
    /// A SQLite register's shared lock, held while it is open (see [`locks`]).
    _open: Option<Arc<locks::OpenLock>>,
}

/// How a pool of connections is set up: for the app's everyday work, or for one long bulk job.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    Everyday,
    Bulk,
}

/// Connects and brings the schema up to date.
pub async fn connect(location: &DatabaseLocation) -> Result<Db, DbErr> {
    let open = match location {
        DatabaseLocation::Sqlite(path) => {
            create_private(path)?;
            let open = locks::open(path).await?;
            // A plain copy left beside the register by a backup or restore that was cut short.
            crate::private_copy::sweep(path);
            Some(Arc::new(open))
        }
        DatabaseLocation::Postgres(_) => None,
    };
    let conn = Database::connect(options(location, Use::Everyday)).await?;
    migrate(&conn).await?;
    Ok(Db {
        conn,
        location: location.clone(),
        notes: Arc::default(),
        _open: open,
    })
}

/// A register whose schema has a migration this version does not know was made, or last
/// opened, by a newer version of the app: said so, instead of a missing migration file.
async fn refuse_newer_schema(conn: &DatabaseConnection) -> Result<(), DbErr> {
    let statement = Statement::from_string(
        conn.get_database_backend(),
        "SELECT version FROM seaql_migrations",
    );
    // A new register has no table of migrations yet.
    let Ok(rows) = conn.query_all_raw(statement).await else {
        return Ok(());
    };
    let known: Vec<String> = Migrator::migrations()
        .iter()
        .map(|migration| migration.name().to_owned())
        .collect();
    for row in rows {
        let version: String = row.try_get_by_index(0)?;
        if !known.contains(&version) {
            return Err(DbErr::Custom(format!(
                "the register was made by a newer version of the app (its schema has {version}): \
                 update the app to open it"
            )));
        }
    }
    Ok(())
}

/// Creates a new SQLite register's file readable by its owner alone, whatever the umask, before
/// SQLite opens it: SQLite gives the write-ahead log and its index the same permissions.
fn create_private(path: &std::path::Path) -> Result<(), DbErr> {
    match crate::owner_only::create_or_open(path, |options| {
        options.write(true);
    }) {
        Ok(_) => Ok(()),
        Err(error) => Err(DbErr::Custom(format!(
            "the register {} cannot be created: {error}",
            path.display()
        ))),
    }
}

/// Brings the schema up to date when it is behind. A register that is up to date is only read
/// here, so that on PostgreSQL the workstations can connect as a role that may not change the
/// schema (see [`crate::deployment::app_role_sql`]); only the schema's owner migrates it.
async fn migrate(conn: &DatabaseConnection) -> Result<(), DbErr> {
    refuse_newer_schema(conn).await?;
    let pending = Migrator::get_pending_migrations_read_only(conn).await;
    if matches!(&pending, Ok(pending) if pending.is_empty()) {
        return Ok(());
    }
    let migrated = Migrator::up(conn, None).await;
    match (migrated, conn.get_database_backend()) {
        (Err(error), DbBackend::Postgres) => Err(DbErr::Custom(format!(
            "the register's schema needs creating or updating, which this database role may \
             not do: run `asiakasrekisteri init` as the schema's owner ({error})"
        ))),
        (migrated, _) => migrated,
    }
}

fn options(location: &DatabaseLocation, purpose: Use) -> ConnectOptions {
    let mut options = match location {
        DatabaseLocation::Sqlite(path) => {
            let path = path.clone();
            let mut options = ConnectOptions::new("sqlite://register.sqlite3");
            options.map_sqlx_sqlite_opts(move |opts| {
                let opts = opts
                    .filename(&path)
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    // Deleted personal data is overwritten, not left in free pages.
                    .pragma("secure_delete", "ON");
                match purpose {
                    // A page cache of 32 MiB per connection (the default is 2 MiB) keeps the
                    // indexes of a large register in memory; pages are read through a memory
                    // map rather than copied by read calls.
                    Use::Everyday => opts
                        .pragma("cache_size", "-32768")
                        .pragma("mmap_size", "268435456")
                        // Keeps the query planner's statistics current, so that a search uses
                        // the index that suits it however the register has grown.
                        .optimize_on_close(true, 1000),
                    // A bulk job walks the whole register once: a memory map would make every
                    // page it touched part of the app's memory, so it reads through a page
                    // cache of its own of 16 MiB instead.
                    Use::Bulk => opts.pragma("cache_size", "-16384").pragma("mmap_size", "0"),
                }
            });
            if purpose == Use::Bulk {
                options.max_connections(1).min_connections(1);
            }
            options
        }
        DatabaseLocation::Postgres(url) => {
            let mut options = ConnectOptions::new(url.clone());
            // A search's statements are the same text with very different values ("a" matches
            // a tenth of the register, "aino.virtanen" one customer): each gets a plan for its
            // own values instead of a generic plan cached after five runs.
            // No statement waits for a lock longer than ten seconds, reads included: a
            // workstation shows an error instead of hanging.
            options.map_sqlx_postgres_opts(move |opts| {
                let opts = opts.options([
                    ("plan_cache_mode", "force_custom_plan"),
                    ("lock_timeout", "10s"),
                ]);
                match purpose {
                    // A batch looks up a thousand customers by number and by email at once. With
                    // the server's default cost of a random read (4, for spinning disks) the
                    // planner reads the whole table instead of the two indexes, tenfold slower
                    // at 100,000 customers; 1.1 is PostgreSQL's advice for data that is cached
                    // or on SSDs.
                    Use::Bulk => opts.options([("random_page_cost", "1.1")]),
                    Use::Everyday => opts,
                }
            });
            match purpose {
                // The import lock is held by this connection's session: the pool must never
                // close it and open another while the job runs.
                Use::Bulk => options
                    .max_connections(1)
                    .min_connections(1)
                    .max_lifetime(None::<Duration>)
                    .idle_timeout(None::<Duration>),
                // A search sends its independent statements at once, on connections of their
                // own. Opening a connection to a server takes tens of milliseconds, longer than
                // the search itself: a few are kept open so that typing never waits for one.
                Use::Everyday => options.min_connections(4),
            };
            options
        }
    };
    options
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false);
    options
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

    /// A connection of its own for one long bulk job, such as an import: its batches keep one
    /// warm page cache instead of each taking the pool's next connection, and (on SQLite) its
    /// memory stays bounded however large the register is. Close it when the job ends.
    pub(crate) async fn for_bulk_job(&self) -> Result<Db, DbErr> {
        let conn = Database::connect(options(&self.location, Use::Bulk)).await?;
        Ok(Db {
            conn,
            location: self.location.clone(),
            notes: Arc::default(),
            _open: self._open.clone(),
        })
    }

    /// The queue of notes written in the background, its writer started with `writer` if need
    /// be; `None` outside a Tokio runtime, where nothing could run it.
    pub(crate) fn notes(
        &self,
        window: std::time::Duration,
        writer: impl FnOnce() -> notes::Writer,
    ) -> Option<&notes::Queue> {
        tokio::runtime::Handle::try_current().ok()?;
        Some(self.notes.get_or_init(|| {
            // The writer's own handle holds no queue, so that it ends with the register's.
            let own = Db {
                conn: self.conn.clone(),
                location: self.location.clone(),
                notes: Arc::default(),
                _open: self._open.clone(),
            };
            notes::Queue::start(own, window, writer())
        }))
    }

    /// Returns when the notes handed over so far are written.
    pub(crate) async fn flush_notes(&self) {
        if let Some(queue) = self.notes.get() {
            queue.flush().await;
        }
    }

    /// Leaves no copy of erased personal data in the database's files, after an erasure or a
    /// purge has committed. SQLite keeps the pages written before it in its write-ahead log
    /// until a checkpoint: the log is checkpointed and truncated now, waiting up to the busy
    /// timeout for readers at other workstations, and `secure_delete` has zeroed the erased
    /// values in the main file. PostgreSQL: the tables are vacuumed, so that the rows' old
    /// versions leave them and their indexes.
    pub(crate) async fn scrub(&self, tables: &[&str]) -> Result<(), DbErr> {
        match self.backend() {
            DbBackend::Postgres => {
                let sql = format!("VACUUM {}", tables.join(", "));
                self.conn.execute_unprepared(&sql).await?;
            }
            _ => {
                let statement =
                    Statement::from_string(DbBackend::Sqlite, "PRAGMA wal_checkpoint(TRUNCATE)");
                let row = self.conn.query_one_raw(statement).await?;
                let busy: i32 = match row {
                    Some(row) => row.try_get_by_index(0)?,
                    None => 0,
                };
                if busy != 0 {
                    return Err(DbErr::Custom(
                        "the write-ahead log could not be truncated: another connection \
                         was still reading"
                            .into(),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The register's file, when it is a SQLite file.
    pub fn sqlite_file(&self) -> Option<&std::path::Path> {
        match &self.location {
            DatabaseLocation::Sqlite(path) => Some(path),
            DatabaseLocation::Postgres(_) => None,
        }
    }

    /// Writes a consistent copy of the whole SQLite register to `path` (`VACUUM INTO`): one
    /// read transaction, so other connections go on writing meanwhile and their later
    /// changes are not in it.
    pub(crate) async fn snapshot_into(&self, path: &std::path::Path) -> Result<(), DbErr> {
        let path = path
            .to_str()
            .ok_or_else(|| DbErr::Custom(format!("{} is not a UTF-8 path", path.display())))?;
        let statement =
            Statement::from_sql_and_values(DbBackend::Sqlite, "VACUUM INTO ?", [path.into()]);
        self.conn.execute_raw(statement).await?;
        Ok(())
    }

    /// The newest migration the schema has.
    pub(crate) async fn schema_version(&self) -> Result<String, DbErr> {
        let statement = Statement::from_string(
            self.backend(),
            "SELECT version FROM seaql_migrations ORDER BY version DESC LIMIT 1",
        );
        match self.conn.query_one_raw(statement).await? {
            Some(row) => row.try_get_by_index(0),
            None => Ok(String::new()),
        }
    }

    /// Brings the query planner's statistics of `tables` up to date while they grow fast (an
    /// import): PostgreSQL plans from sampled statistics, and a table it still believes small
    /// is read whole for every lookup. SQLite's planner needs no such help.
    pub(crate) async fn refresh_statistics(&self, tables: &[&str]) -> Result<(), DbErr> {
        if self.backend() == DbBackend::Postgres {
            let sql = format!("ANALYZE {}", tables.join(", "));
            self.conn.execute_unprepared(&sql).await?;
        }
        Ok(())
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

    /// Where the register is: its SQLite file, or its PostgreSQL database.
    pub fn location(&self) -> &DatabaseLocation {
        &self.location
    }

    pub fn backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    /// The raw connection, for tests that must play an attacker with direct database access.
    #[doc(hidden)]
    pub fn raw_connection_for_tests(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// Writes what is still to be written (the lists' audit events) and closes.
    pub async fn close(self) -> Result<(), DbErr> {
        self.flush_notes().await;
        self.conn.close().await
    }
}
