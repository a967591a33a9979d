use sea_orm::entity::prelude::*;

/// A document sent in answer to an access request, kept byte for byte as it was sent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_request_documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub access_request_id: i32,
    pub kind: String,
    pub language: String,
    pub file_name: String,
    pub sha256: String,
    pub content: Vec<u8>,
    pub created_at: DateTimeUtc,
    pub created_by: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
