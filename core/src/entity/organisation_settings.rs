use sea_orm::entity::prelude::*;

/// A single row (id 1): the controller named in the privacy notice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub controller_name: String,
    pub business_id: String,
    pub contact_person: String,
    pub email: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    /// Where the privacy notice is published, which every extract names.
    pub notice_address: String,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
