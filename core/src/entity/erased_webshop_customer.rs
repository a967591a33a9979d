use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erased_webshop_customers")]
pub struct Model {
    /// SHA-256 of the webshop's customer number, in hex.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id_digest: String,
    pub erased_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
