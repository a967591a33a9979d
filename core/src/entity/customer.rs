use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "customers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub country: String,
    pub newsletter: bool,
    pub webshop_username: Option<String>,
    pub webshop_password_hash: Option<String>,
    pub company_name: Option<String>,
    pub vat_id: Option<String>,
    pub name_key: String,
    pub reversed_name_key: String,
    pub email_key: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    pub marketing_refused: bool,
    pub last_webshop_login_at: Option<DateTimeUtc>,
    pub webshop_customer_id: Option<String>,
    pub to_check: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
