use sea_orm::entity::prelude::*;

/// The single row (id 1) that holds the end of the audit chain; writers lock it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_head")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub seq: i64,
    pub last_hash: String,
    /// The last event deleted at the end of its retention period (0: none yet), and its hash:
    /// where the chain kept now begins.
    pub purged_seq: i64,
    pub purged_hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
