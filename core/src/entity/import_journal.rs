use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_journal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub import_id: i32,
    /// "customer", "order" or "consent".
    pub target: String,
    /// The row a change is about.
    pub row_id: Option<i32>,
    /// The row before the import changed it, as JSON.
    pub before: Option<String>,
    /// The ids of the rows a batch inserted, as a JSON array.
    pub inserted: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
