use sea_orm::entity::prelude::*;

/// An erasure ledger line written in its erasure's transaction, waiting to reach the ledger
/// file in the backup folder.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erasure_ledger_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The line's entry as JSON.
    pub entry: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
