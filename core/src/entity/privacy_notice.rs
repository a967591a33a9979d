use sea_orm::entity::prelude::*;

/// A published privacy notice, numbered from 1; never changed once written.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "privacy_notices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub version: i32,
    pub published_at: DateTimeUtc,
    /// The date in Finland, which the notice and the extracts print.
    pub published_on: Date,
    pub published_by: String,
    /// The controller and the processing description it was written from, as JSON.
    #[sea_orm(column_type = "Text")]
    pub source: String,
    /// The notice in each language, as JSON: what was published, word for word.
    #[sea_orm(column_type = "Text")]
    pub documents: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
