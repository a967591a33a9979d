//! What a running import has changed, so that it can be undone as one unit. An import writes a
//! batch of rows at a time, each in a short transaction, so that other workstations are never
//! kept waiting longer than a batch takes; the journal holds, until the import ends, each row it
//! inserted and each row as it was before the import changed it. An import that fails is undone
//! at once. One whose process ended mid-way (closed, killed, its connection lost) is undone by
//! the next import, or at the next login, as soon as its import lock is free
//! ([`crate::db::ImportLock`]): a free lock means that nobody is still running it.
//!
//! Undoing never takes away what someone else did since: a customer the import added is kept
//! once staff have changed them, an order, a review or a request refers to them, or their
//! consent was recorded again; a customer the import changed is left as staff saved them since.
//! Every undo is an audit event of its own with its counts.

mod undo;

use crate::domain::AuditAction;
use std::fmt;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, Condition,
    DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::json;

use super::ServiceError;
use super::audit::{self, Actor, Event};
use crate::db::Db;
use crate::entity::{customer, import, import_journal, order};

const RUNNING: &str = "running";
const DONE: &str = "done";
const UNDONE: &str = "undone";

/// The rows a journal entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Customer,
    Order,
    Consent,
}

impl Target {
    fn as_str(self) -> &'static str {
        match self {
            Target::Customer => "customer",
            Target::Order => "order",
            Target::Consent => "consent",
        }
    }
}

/// Why an import was undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UndoReason {
    /// It stopped on an error, and undid itself.
    Failed,
    /// Its process ended mid-way; a later import or login undid it.
    Interrupted,
}

/// What undoing one import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    /// The import's audit action, e.g. `import.shopify_customers`.
    pub kind: String,
    pub started_at: DateTime<Utc>,
    pub staff_username: String,
    pub reason: UndoReason,
    /// Customers it had added, removed again.
    pub customers_removed: u64,
    /// Customers it had added that are kept: changed, ordered, reviewed, asked about or given
    /// a consent since.
    pub customers_kept: u64,
    /// Customers it had changed, put back as they were.
    pub customers_restored: u64,
    /// Customers it had changed that staff changed again since: left as staff saved them.
    pub customers_left: u64,
    pub orders_removed: u64,
    pub orders_restored: u64,
}

impl Undone {
    /// Whether the import had written nothing that was undone.
    pub fn is_nothing(&self) -> bool {
        self.customers_removed
            + self.customers_kept
            + self.customers_restored
            + self.customers_left
            + self.orders_removed
            + self.orders_restored
            == 0
    }
}

impl fmt::Display for Undone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match self.reason {
            UndoReason::Failed => "failed",
            UndoReason::Interrupted => "was interrupted",
        };
        write!(
            f,
            "The import started {} by {} {why} and was undone: {} customers removed, {} \
             restored, {} orders removed, {} restored",
            crate::format::date_time(self.started_at),
            self.staff_username,
            self.customers_removed,
            self.customers_restored,
            self.orders_removed,
            self.orders_restored,
        )?;
        if self.customers_kept + self.customers_left > 0 {
            write!(
                f,
                "; {} customers it had added and {} it had changed were kept as others have \
                 changed them since",
                self.customers_kept, self.customers_left
            )?;
        }
        f.write_str(".")
    }
}

/// The journal of one running import.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Journal {
    import_id: i32,
}

impl Journal {
    /// Starts the journal of a new import, its start in the audit trail. The caller holds the
    /// import lock, so any import still marked running was interrupted: it is undone first, and
    /// what that did is returned.
    pub async fn start(
        db: &Db,
        actor: &Actor,
        kind: &str,
        file_modified_at: Option<DateTime<Utc>>,
    ) -> Result<(Self, Vec<Undone>), ServiceError> {
        let undone = undo_interrupted(db, actor).await?;
        let txn = db.begin_write().await?;
        let now = Utc::now();
        let started = import::ActiveModel {
            id: NotSet,
            kind: Set(kind.to_owned()),
            staff_username: Set(actor.username.clone()),
            started_at: Set(now),
            heartbeat_at: Set(now),
            finished_at: Set(None),
            state: Set(RUNNING.to_owned()),
            file_modified_at: Set(file_modified_at),
        }
        .insert(&txn)
        .await?;
        let event = Event::new(AuditAction::ImportStarted, None)
            .with_details(json!({ "import": kind, "import_id": started.id }));
        audit::append(&txn, actor, event).await?;
        txn.commit().await?;
        let journal = Self {
            import_id: started.id,
        };
        Ok((journal, undone))
    }

    /// Notes that the import inserted these rows: one entry for a batch's rows.
    pub async fn inserted(
        &self,
        txn: &DatabaseTransaction,
        target: Target,
        ids: &[i32],
    ) -> Result<(), ServiceError> {
        if ids.is_empty() {
            return Ok(());
        }
        let ids = serde_json::to_string(ids).map_err(unexpected)?;
        let entry = import_journal::ActiveModel {
            inserted: Set(Some(ids)),
            ..self.entry(target, None, None)
        };
        entry.insert(txn).await?;
        Ok(())
    }

    /// Notes a customer row as it was before the import changed it.
    pub async fn changed_customer(
        &self,
        txn: &DatabaseTransaction,
        before: &customer::Model,
    ) -> Result<(), ServiceError> {
        let json = serde_json::to_string(before).map_err(unexpected)?;
        self.entry(Target::Customer, Some(before.id), Some(json))
            .insert(txn)
            .await?;
        Ok(())
    }

    /// Notes an order row as it was before the import changed it.
    pub async fn changed_order(
        &self,
        txn: &DatabaseTransaction,
        before: &order::Model,
    ) -> Result<(), ServiceError> {
        let json = serde_json::to_string(before).map_err(unexpected)?;
        self.entry(Target::Order, Some(before.id), Some(json))
            .insert(txn)
            .await?;
        Ok(())
    }

    /// Written in each batch's transaction. Should the import no longer be running (another
    /// workstation took it for interrupted while this one had lost its connection, and undid
    /// it), the batch fails instead of writing on.
    pub async fn heartbeat(&self, txn: &DatabaseTransaction) -> Result<(), ServiceError> {
        let beat = import::Entity::update_many()
            .col_expr(import::Column::HeartbeatAt, Expr::value(Utc::now()))
            .filter(import::Column::Id.eq(self.import_id))
            .filter(import::Column::State.eq(RUNNING))
            .exec(txn)
            .await?;
        if beat.rows_affected == 0 {
            return Err(ServiceError::WrongState("import"));
        }
        Ok(())
    }

    /// Ends the import: its changes stand, and the journal is let go.
    pub async fn finish(&self, txn: &DatabaseTransaction) -> Result<(), ServiceError> {
        end(txn, self.import_id, DONE).await
    }

    /// Undoes everything the import wrote that nobody has built on since, in one transaction
    /// with its audit event.
    pub async fn undo(&self, db: &Db, actor: &Actor) -> Result<Undone, ServiceError> {
        let txn = db.begin_write().await?;
        let import = import::Entity::find_by_id(self.import_id)
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound("import"))?;
        let undone = undo::undo_in(&txn, actor, &import, UndoReason::Failed).await?;
        txn.commit().await?;
        Ok(undone)
    }

    fn entry(
        &self,
        target: Target,
        row_id: Option<i32>,
        before: Option<String>,
    ) -> import_journal::ActiveModel {
        import_journal::ActiveModel {
            id: NotSet,
            import_id: Set(self.import_id),
            target: Set(target.as_str().to_owned()),
            row_id: Set(row_id),
            before: Set(before),
            inserted: Set(None),
        }
    }
}

/// The import still running, if there is one: who started it and when.
pub(crate) async fn running(db: &Db) -> Result<Option<import::Model>, ServiceError> {
    Ok(import::Entity::find()
        .filter(import::Column::State.eq(RUNNING))
        .order_by_desc(import::Column::StartedAt)
        .one(db.conn())
        .await?)
}

/// When the newest file of this kind that was imported had last been modified.
pub(crate) async fn newest_file_imported(
    db: &Db,
    kind: &str,
) -> Result<Option<DateTime<Utc>>, ServiceError> {
    let newest = import::Entity::find()
        .filter(import::Column::Kind.eq(kind))
        .filter(import::Column::State.eq(DONE))
        .filter(import::Column::FileModifiedAt.is_not_null())
        // One dated in the future by an earlier version would make every later file look older.
        .filter(import::Column::FileModifiedAt.lte(Utc::now() + chrono::Duration::days(1)))
        .order_by_desc(import::Column::FileModifiedAt)
        .one(db.conn())
        .await?;
    Ok(newest.and_then(|import| import.file_modified_at))
}

/// An erased customer's earlier rows, and their orders', leave the journal with them: undoing
/// an import must never bring an erased customer's data back.
pub(crate) async fn forget_customer(
    txn: &DatabaseTransaction,
    customer_id: i32,
) -> Result<(), ServiceError> {
    let their_orders = Query::select()
        .column(order::Column::Id)
        .from(order::Entity)
        .and_where(Expr::col(order::Column::CustomerId).eq(customer_id))
        .to_owned();
    let theirs = Condition::any()
        .add(
            Condition::all()
                .add(import_journal::Column::Target.eq(Target::Customer.as_str()))
                .add(import_journal::Column::RowId.eq(customer_id)),
        )
        .add(
            Condition::all()
                .add(import_journal::Column::Target.eq(Target::Order.as_str()))
                .add(import_journal::Column::RowId.in_subquery(their_orders)),
        );
    import_journal::Entity::delete_many()
        .filter(theirs)
        .exec(txn)
        .await?;
    Ok(())
}

/// Undoes every import still marked running. Call it only holding the import lock: then none
/// of them is still at work.
pub(crate) async fn undo_interrupted(db: &Db, actor: &Actor) -> Result<Vec<Undone>, ServiceError> {
    let interrupted = import::Entity::find()
        .filter(import::Column::State.eq(RUNNING))
        .order_by_asc(import::Column::Id)
        .all(db.conn())
        .await?;
    let mut undone = Vec::with_capacity(interrupted.len());
    for import in &interrupted {
        let txn = db.begin_write().await?;
        undone.push(undo::undo_in(&txn, actor, import, UndoReason::Interrupted).await?);
        txn.commit().await?;
    }
    Ok(undone)
}

pub(super) async fn end(
    txn: &DatabaseTransaction,
    import_id: i32,
    state: &str,
) -> Result<(), ServiceError> {
    import_journal::Entity::delete_many()
        .filter(import_journal::Column::ImportId.eq(import_id))
        .exec(txn)
        .await?;
    import::Entity::update_many()
        .col_expr(import::Column::State, Expr::value(state))
        .col_expr(import::Column::FinishedAt, Expr::value(Utc::now()))
        .filter(import::Column::Id.eq(import_id))
        .exec(txn)
        .await?;
    Ok(())
}

pub(super) fn unknown_target(target: &str) -> ServiceError {
    ServiceError::UnexpectedData(format!("import journal target {target}"))
}

pub(super) fn unexpected(error: serde_json::Error) -> ServiceError {
    ServiceError::UnexpectedData(error.to_string())
}
