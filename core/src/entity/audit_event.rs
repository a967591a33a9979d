use sea_orm::entity::prelude::*;

/// One link of the audit chain. `details` never holds personal data values, only which fields
/// changed, so that erasing a customer never requires rewriting the chain.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i64,
    pub occurred_at: DateTimeUtc,
    pub actor_staff_id: Option<i32>,
    pub actor_username: String,
    pub action: String,
    pub target_kind: String,
    pub target_id: Option<i32>,
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
    /// The actor's role at the time; events written before roles were recorded have none.
    pub actor_role: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
