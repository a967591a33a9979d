//! What a running import has changed, so that it can be undone as one unit. An import writes a
//! batch of rows at a time, each in a short transaction, so that other workstations are never
//! kept waiting longer than a batch takes; the journal holds, until the import ends, each row it
//! inserted and each row as it was before the import changed it. An import that fails is undone
//! at once; one whose app was closed mid-way is undone by the next import.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, Condition,
    DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};

use super::ServiceError;
use crate::db::Db;
use crate::entity::{consent_event, customer, import, import_journal, order, order_line};

/// An import whose heartbeat is older than this was abandoned: no batch takes this long.
const ABANDONED_AFTER: Duration = Duration::minutes(15);

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

/// The journal of one running import.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Journal {
    import_id: i32,
}

impl Journal {
    /// Starts the journal of a new import, after undoing any import that was abandoned.
    pub async fn start(
        db: &Db,
        kind: &str,
        username: &str,
        file_modified_at: Option<DateTime<Utc>>,
    ) -> Result<Self, ServiceError> {
        undo_abandoned(db, Utc::now()).await?;
        let txn = db.begin_write().await?;
        let now = Utc::now();
        let started = import::ActiveModel {
            id: NotSet,
            kind: Set(kind.to_owned()),
            staff_username: Set(username.to_owned()),
            started_at: Set(now),
            heartbeat_at: Set(now),
            finished_at: Set(None),
            state: Set(RUNNING.to_owned()),
            file_modified_at: Set(file_modified_at),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(Self {
            import_id: started.id,
        })
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

    /// Keeps the import from looking abandoned; written in each batch's transaction.
    pub async fn heartbeat(&self, txn: &DatabaseTransaction) -> Result<(), ServiceError> {
        import::Entity::update_many()
            .col_expr(import::Column::HeartbeatAt, Expr::value(Utc::now()))
            .filter(import::Column::Id.eq(self.import_id))
            .exec(txn)
            .await?;
        Ok(())
    }

    /// Ends the import: its changes stand, and the journal is let go.
    pub async fn finish(&self, txn: &DatabaseTransaction) -> Result<(), ServiceError> {
        end(txn, self.import_id, DONE).await
    }

    /// Undoes everything the import wrote, in one transaction.
    pub async fn undo(&self, db: &Db) -> Result<(), ServiceError> {
        let txn = db.begin_write().await?;
        undo_in(&txn, self.import_id).await?;
        txn.commit().await?;
        Ok(())
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

/// When the newest file of this kind that was imported had last been modified.
pub(crate) async fn newest_file_imported(
    db: &Db,
    kind: &str,
) -> Result<Option<DateTime<Utc>>, ServiceError> {
    let newest = import::Entity::find()
        .filter(import::Column::Kind.eq(kind))
        .filter(import::Column::State.eq(DONE))
        .filter(import::Column::FileModifiedAt.is_not_null())
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

/// Undoes the imports still marked running whose heartbeat stopped before `now` less
/// [`ABANDONED_AFTER`]: their app was closed or lost its connection mid-way.
pub(crate) async fn undo_abandoned(db: &Db, now: DateTime<Utc>) -> Result<u64, ServiceError> {
    let abandoned = import::Entity::find()
        .filter(import::Column::State.eq(RUNNING))
        .filter(import::Column::HeartbeatAt.lt(now - ABANDONED_AFTER))
        .all(db.conn())
        .await?;
    for import in &abandoned {
        let txn = db.begin_write().await?;
        undo_in(&txn, import.id).await?;
        txn.commit().await?;
    }
    Ok(abandoned.len() as u64)
}

async fn undo_in(txn: &DatabaseTransaction, import_id: i32) -> Result<(), ServiceError> {
    let entries = import_journal::Entity::find()
        .filter(import_journal::Column::ImportId.eq(import_id))
        .order_by_desc(import_journal::Column::Id)
        .all(txn)
        .await?;
    for entry in entries {
        if let Some(inserted) = &entry.inserted {
            let ids: Vec<i32> = serde_json::from_str(inserted).map_err(unexpected)?;
            delete_inserted(txn, &entry.target, ids).await?;
            continue;
        }
        match (entry.target.as_str(), entry.before) {
            ("order", Some(before)) => {
                let before: order::Model = serde_json::from_str(&before).map_err(unexpected)?;
                before.into_active_model().reset_all().update(txn).await?;
            }
            ("customer", Some(before)) => {
                let before: customer::Model = serde_json::from_str(&before).map_err(unexpected)?;
                // A customer staff have edited since is left as they saved it.
                let untouched = customer::Entity::find_by_id(before.id)
                    .filter(customer::Column::Version.eq(before.version + 1))
                    .one(txn)
                    .await?
                    .is_some();
                if untouched {
                    before.into_active_model().reset_all().update(txn).await?;
                }
            }
            (other, _) => {
                return Err(ServiceError::UnexpectedData(format!(
                    "import journal entry {other}"
                )));
            }
        }
    }
    end(txn, import_id, UNDONE).await
}

/// Deletes the rows a batch inserted (a customer's consent events go with the customer).
async fn delete_inserted(
    txn: &DatabaseTransaction,
    target: &str,
    ids: Vec<i32>,
) -> Result<(), ServiceError> {
    match target {
        "consent" => {
            consent_event::Entity::delete_many()
                .filter(consent_event::Column::Id.is_in(ids))
                .exec(txn)
                .await?;
        }
        "order" => {
            order_line::Entity::delete_many()
                .filter(order_line::Column::OrderId.is_in(ids.clone()))
                .exec(txn)
                .await?;
            order::Entity::delete_many()
                .filter(order::Column::Id.is_in(ids))
                .exec(txn)
                .await?;
        }
        "customer" => {
            customer::Entity::delete_many()
                .filter(customer::Column::Id.is_in(ids))
                .exec(txn)
                .await?;
        }
        other => {
            return Err(ServiceError::UnexpectedData(format!(
                "import journal target {other}"
            )));
        }
    }
    Ok(())
}

async fn end(txn: &DatabaseTransaction, import_id: i32, state: &str) -> Result<(), ServiceError> {
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

fn unexpected(error: serde_json::Error) -> ServiceError {
    ServiceError::UnexpectedData(error.to_string())
}
