use sea_orm::entity::prelude::*;

/// The scanned letter of one access request.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_request_letters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub access_request_id: i32,
    pub content: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
