//! Bringing the webshop's customers in: matched on the webshop's customer number, then on the
//! email address, so that importing the same or a newer file updates rather than duplicates.
//! A batch of rows per transaction, journalled, on a connection of its own: a failure undoes
//! the whole import, and other workstations wait at most for one batch.

use crate::domain::AuditAction;

use sea_orm::DatabaseTransaction;
use serde_json::json;

use super::audit::{self, Actor, Event};
use super::import_journal::{self, Journal};
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::Permission;
use crate::entity::staff_user;
use crate::import::{Reading, Row, Source, shopify_customers, shopify_orders};

mod customers;
mod orders;
mod report;

pub use super::import_journal::{UndoReason, Undone};
pub use report::{Change, ChangeKind, ImportReport};

/// Rows a batch writes in one transaction: what another workstation waits for at the most.
/// SQLite lets one writer in at a time, so its batches are half as long, to keep that wait
/// under a tenth of a second in a register of a million customers; on PostgreSQL only the
/// audit chain's head is waited for, and larger batches cost fewer round trips.
pub fn batch_rows(db: &Db) -> usize {
    match db.backend() {
        sea_orm::DbBackend::Postgres => 1000,
        _ => 500,
    }
}

/// Called after each batch with the rows done and the rows in all (estimated from the bytes
/// read until the file is read), for a progress bar.
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Send + Sync);

/// Undoes the imports whose process ended part-way (closed, killed, its connection lost), once
/// nobody holds the import lock; an import running elsewhere is left alone. Every import does
/// this before it starts, and the housekeeping at every login.
pub async fn undo_interrupted(db: &Db, session: &Session) -> Result<Vec<Undone>, ServiceError> {
    let staff = authorize(db.conn(), session, Permission::CustomerData).await?;
    interrupted(db, &Actor::from(&staff)).await
}

/// As [`undo_interrupted`], for whoever acts (the housekeeping names who was logged in).
pub(crate) async fn interrupted(db: &Db, actor: &Actor) -> Result<Vec<Undone>, ServiceError> {
    if import_journal::running(db).await?.is_none() {
        return Ok(Vec::new());
    }
    let own = db.for_bulk_job().await?;
    let undone = match own.try_lock_imports().await? {
        Some(_lock) => import_journal::undo_interrupted(&own, actor).await,
        None => Ok(Vec::new()),
    };
    let closed = own.close().await;
    let undone = undone?;
    closed?;
    Ok(undone)
}

/// Shopify's customers export, read a batch of rows at a time.
pub async fn shopify_customers<'a>(
    db: &Db,
    session: &Session,
    file: impl Into<Source<'a>>,
    dry_run: bool,
    progress: Progress<'_>,
) -> Result<ImportReport, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    let rows = shopify_customers::read(file.into()).map_err(ServiceError::BadFile)?;
    let run = Run {
        action: AuditAction::ImportShopifyCustomers,
        dry_run,
        progress,
    };
    run.on_own_connection(db, session, rows, customers::import_customers)
        .await
}

/// Shopify's orders export; each order is attached to the customer with its email address.
/// An order already in the register is updated if its status changed.
pub async fn shopify_orders<'a>(
    db: &Db,
    session: &Session,
    file: impl Into<Source<'a>>,
    dry_run: bool,
    progress: Progress<'_>,
) -> Result<ImportReport, ServiceError> {
    authorize(db.conn(), session, Permission::CustomerData).await?;
    let rows = shopify_orders::read(file.into()).map_err(ServiceError::BadFile)?;
    let run = Run {
        action: AuditAction::ImportShopifyOrders,
        dry_run,
        progress,
    };
    run.on_own_connection(db, session, rows, orders::import_orders)
        .await
}

/// One import of a file: its rows read and written a batch at a time, each batch in a short
/// transaction of its own so that other workstations wait at most for one batch; a progress
/// report after each batch; and the audit event. What the batches wrote is journalled, and a
/// failure part-way undoes all of it. Only a batch of rows is held at once, so a file of a
/// million rows takes no more memory than one of a thousand. A dry run rolls back each batch.
struct Run<'a> {
    action: AuditAction,
    dry_run: bool,
    progress: Progress<'a>,
}

impl Run<'_> {
    /// The import on a connection of its own, closed when it ends.
    async fn on_own_connection<F: Reading>(
        self,
        db: &Db,
        session: &Session,
        rows: F,
        batch: impl AsyncFn(
            &DatabaseTransaction,
            &staff_user::Model,
            Option<&Journal>,
            &[F::Taken],
            &mut ImportReport,
        ) -> Result<(), ServiceError>,
    ) -> Result<ImportReport, ServiceError> {
        let own = db.for_bulk_job().await?;
        let report = match self.dry_run {
            // A dry run writes nothing, so it runs beside anything.
            true => self.batches(&own, session, rows, batch).await,
            false => match lock_imports(&own).await {
                Ok(_lock) => self.batches(&own, session, rows, batch).await,
                Err(error) => Err(error),
            },
        };
        let closed = own.close().await;
        let report = report?;
        closed?;
        Ok(report)
    }

    async fn batches<F: Reading>(
        self,
        db: &Db,
        session: &Session,
        mut rows: F,
        batch: impl AsyncFn(
            &DatabaseTransaction,
            &staff_user::Model,
            Option<&Journal>,
            &[F::Taken],
            &mut ImportReport,
        ) -> Result<(), ServiceError>,
    ) -> Result<ImportReport, ServiceError> {
        let staff = authorize(db.conn(), session, Permission::CustomerData).await?;
        // A file dated in the future (a clock set wrong) says nothing about its age.
        let modified = rows
            .modified()
            .filter(|at| *at <= chrono::Utc::now() + chrono::Duration::days(1));
        let newest = import_journal::newest_file_imported(db, self.action.code()).await?;
        let older_than_imported = match (modified, newest) {
            (Some(modified), Some(newest)) if modified < newest => Some(newest),
            _ => None,
        };
        let actor = Actor::from(&staff);
        let (journal, undone_first) = match self.dry_run {
            true => (None, Vec::new()),
            false => {
                let (journal, undone) =
                    Journal::start(db, &actor, self.action.code(), modified).await?;
                (Some(journal), undone)
            }
        };
        let mut report = ImportReport {
            dry_run: self.dry_run,
            older_than_imported,
            undone_first,
            ..ImportReport::default()
        };
        let rows_per_batch = batch_rows(db);
        let mut taken = Vec::with_capacity(rows_per_batch);
        let mut done = 0;
        // The planner's statistics are refreshed before the first batch, after 10,000 rows
        // and each time the rows done have doubled since.
        let mut next_statistics = 0;
        loop {
            let next = match rows.next().transpose() {
                Ok(next) => next,
                Err(error) => {
                    return Err(undo(db, &actor, journal, ServiceError::BadFile(error)).await);
                }
            };
            let read_all = next.is_none();
            match next {
                Some(Row::Taken(row)) => taken.push(row),
                Some(Row::Rejected(problems)) => report.rejected.extend(problems),
                None => {}
            }
            if taken.len() == rows_per_batch || (read_all && !taken.is_empty()) {
                if done >= next_statistics {
                    let refreshed = db.refresh_statistics(&["customers", "orders"]).await;
                    if let Err(error) = refreshed {
                        return Err(undo(db, &actor, journal, error.into()).await);
                    }
                    next_statistics = (2 * done).max(10_000);
                }
                let written = self
                    .batch(db, session, journal.as_ref(), &taken, &mut report, &batch)
                    .await;
                if let Err(error) = written {
                    return Err(undo(db, &actor, journal, error).await);
                }
                done += taken.len();
                taken.clear();
                let (read, size) = rows.progress();
                let estimate = if read_all || read == 0 {
                    done
                } else {
                    let estimate = done as u128 * u128::from(size) / u128::from(read);
                    usize::try_from(estimate).unwrap_or(usize::MAX).max(done)
                };
                (self.progress)(done, estimate);
            }
            if read_all {
                break;
            }
        }
        report.rejected.sort_by_key(|r| r.row);
        report.to_check.sort_by_key(|r| r.row);
        report.changes.sort_by_key(|c| c.row);
        let finished = self
            .finish(db, &staff, journal.as_ref(), &report, &rows.sha256())
            .await;
        if let Err(error) = finished {
            return Err(undo(db, &actor, journal, error).await);
        }
        Ok(report)
    }

    /// One batch in its own transaction, the permission checked again in it: a role taken
    /// away while an import runs stops it.
    async fn batch<T>(
        &self,
        db: &Db,
        session: &Session,
        journal: Option<&Journal>,
        rows: &[T],
        report: &mut ImportReport,
        batch: &impl AsyncFn(
            &DatabaseTransaction,
            &staff_user::Model,
            Option<&Journal>,
            &[T],
            &mut ImportReport,
        ) -> Result<(), ServiceError>,
    ) -> Result<(), ServiceError> {
        let txn = db.begin_write().await?;
        let staff = authorize(&txn, session, Permission::CustomerData).await?;
        batch(&txn, &staff, journal, rows, report).await?;
        match journal {
            Some(journal) => {
                journal.heartbeat(&txn).await?;
                txn.commit().await?;
            }
            None => txn.rollback().await?,
        }
        Ok(())
    }

    /// Ends the import with its audit event in one transaction; for a dry run, records only
    /// that a dry run was made.
    async fn finish(
        &self,
        db: &Db,
        staff: &staff_user::Model,
        journal: Option<&Journal>,
        report: &ImportReport,
        file_sha256: &str,
    ) -> Result<(), ServiceError> {
        let details = json!({
            "import": self.action.code(),
            // Which file was imported, without keeping its contents.
            "file_sha256": file_sha256,
            "added": report.added,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "rejected_rows": report.rejected_rows(),
            "values_to_check": report.to_check.len(),
            "older_than_imported": report.older_than_imported.is_some(),
        });
        let txn = db.begin_write().await?;
        if let Some(journal) = journal {
            journal.finish(&txn).await?;
        }
        let action = if report.dry_run {
            AuditAction::ImportDryRun
        } else {
            self.action
        };
        let event = Event::new(action, None).with_details(details);
        audit::append(&txn, &Actor::from(staff), event).await?;
        txn.commit().await?;
        Ok(())
    }
}

/// How long an import waits for the import lock of a process that has just ended: a server
/// notices a closed connection, and frees its lock, a moment after.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

/// Takes the import lock on the import's own connection; refused, with who runs it and since
/// when, while another import runs.
async fn lock_imports(own: &Db) -> Result<crate::db::ImportLock, ServiceError> {
    let started = std::time::Instant::now();
    loop {
        if let Some(lock) = own.try_lock_imports().await? {
            return Ok(lock);
        }
        if started.elapsed() > LOCK_PATIENCE {
            let running = import_journal::running(own).await?;
            return Err(ServiceError::ImportRunning {
                by: running.as_ref().map(|r| r.staff_username.clone()),
                since: running.map(|r| r.started_at),
            });
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Undoes what an import that failed had written, and gives back why it failed with what the
/// undoing did; or, should the undoing fail too, both reasons: it is undone later then.
async fn undo(
    db: &Db,
    actor: &Actor,
    journal: Option<Journal>,
    failure: ServiceError,
) -> ServiceError {
    let Some(journal) = journal else {
        return failure;
    };
    match journal.undo(db, actor).await {
        // Nothing had been written: the failure is all there is to say.
        Ok(undone) if undone.is_nothing() => failure,
        Ok(undone) => ServiceError::ImportUndone {
            failure: Box::new(failure),
            undone: Box::new(undone),
        },
        Err(undo_failure) => ServiceError::ImportUndoFailed {
            failure: Box::new(failure),
            undo_failure: Box::new(undo_failure),
        },
    }
}
