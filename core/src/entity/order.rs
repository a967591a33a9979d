use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "orders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub customer_id: Option<i32>,
    #[sea_orm(unique)]
    pub order_number: String,
    pub placed_at: DateTimeUtc,
    pub status: String,
    pub carrier: Option<String>,
    pub delivery_name: Option<String>,
    pub delivery_street_address: Option<String>,
    pub delivery_postal_code: Option<String>,
    pub delivery_city: Option<String>,
    pub delivery_country: Option<String>,
    /// Set when the customer was erased: the order is kept only as a bookkeeping voucher.
    pub anonymised_at: Option<DateTimeUtc>,
    /// Imported with a delivery postal code or country that does not validate, kept as
    /// written for staff to check.
    pub to_check: bool,
    /// The number the erased customer had: keeps their vouchers together and names them in
    /// the audit trail.
    pub erased_customer_number: Option<i32>,
    /// The erased customer's webshop number's digest and keyed email digest, by which a
    /// request finds their vouchers, until the erased keys' retention period ends.
    pub erased_webshop_digest: Option<String>,
    pub erased_email_digest: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
