use sea_orm::entity::prelude::*;

/// A customer's signed, written request to see their data (GDPR Art. 15).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub reference: String,
    pub customer_id: Option<i32>,
    pub requester_name: String,
    pub received_on: Date,
    pub due_on: Date,
    pub extended_due_on: Option<Date>,
    pub extension_reason: Option<String>,
    pub logged_by_staff_id: i32,
    pub logged_by: String,
    pub logged_at: DateTimeUtc,
    pub signed: bool,
    pub identity_verified: bool,
    pub identity_method: Option<String>,
    pub letter_file_name: Option<String>,
    pub letter_sha256: Option<String>,
    pub status: String,
    pub rejection_reason: Option<String>,
    pub answered_at: Option<DateTimeUtc>,
    pub extract_sha256: Option<String>,
    pub extract_generated_by: Option<String>,
    pub extract_generated_at: Option<DateTimeUtc>,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
