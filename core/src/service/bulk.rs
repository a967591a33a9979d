//! Many rows in few statements: multi-row INSERTs in chunks that stay under both databases'
//! limits on bound parameters (SQLite 32,766, PostgreSQL 65,535).

use sea_orm::{
    ActiveModelTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, PrimaryKeyTrait,
};

use super::ServiceError;

/// Rows per INSERT statement; the widest table has about 20 columns.
const ROWS_PER_INSERT: usize = 1_000;

/// Inserts the rows and returns them as stored, with their ids.
pub(crate) async fn insert_returning<A>(
    txn: &DatabaseTransaction,
    rows: Vec<A>,
) -> Result<Vec<<A::Entity as EntityTrait>::Model>, ServiceError>
where
    A: ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    let mut inserted = Vec::with_capacity(rows.len());
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(ROWS_PER_INSERT).collect();
        inserted.extend(
            A::Entity::insert_many(chunk)
                .exec_with_returning(txn)
                .await?,
        );
    }
    Ok(inserted)
}

/// Inserts the rows and returns their ids only: far cheaper than reading whole rows back.
pub(crate) async fn insert_returning_ids<A>(
    txn: &DatabaseTransaction,
    rows: Vec<A>,
) -> Result<Vec<<<A::Entity as EntityTrait>::PrimaryKey as PrimaryKeyTrait>::ValueType>, ServiceError>
where
    A: ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    let mut ids = Vec::with_capacity(rows.len());
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(ROWS_PER_INSERT).collect();
        ids.extend(
            A::Entity::insert_many(chunk)
                .exec_with_returning_keys(txn)
                .await?,
        );
    }
    Ok(ids)
}

/// Inserts the rows without reading them back.
pub(crate) async fn insert_plain<A>(
    txn: &DatabaseTransaction,
    rows: Vec<A>,
) -> Result<(), ServiceError>
where
    A: ActiveModelTrait + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(ROWS_PER_INSERT).collect();
        A::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}
