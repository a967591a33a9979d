use sea_orm::entity::prelude::*;

/// What staff found about a request's requester in one of the shop's other systems.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_request_systems")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub access_request_id: i32,
    /// The processing description's recipient key; 0 for the shop's e-mail.
    pub system_key: i32,
    pub system_name: String,
    /// "attached", "nothing_found" or "not_searched".
    pub outcome: String,
    pub note: Option<String>,
    pub recorded_at: DateTimeUtc,
    pub recorded_by: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
