use sea_orm::entity::prelude::*;

/// A request to see one's data (GDPR Art. 15), made by any channel.
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
    /// How the identity was checked (a code); None until it has been.
    pub identity_check: Option<String>,
    /// A note on the check.
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
    pub channel: String,
    pub requester_email: Option<String>,
    pub requester_phone: Option<String>,
    pub requester_address: Option<String>,
    pub requester_postal_code: Option<String>,
    pub requester_city: Option<String>,
    pub requester_country: Option<String>,
    pub waiting_for_requester: bool,
    /// How an answered request was answered: "extract", or "nothing_held" when the register
    /// held nothing about the requester; the status stays "answered" for both.
    pub outcome: Option<String>,
    /// The day staff began to wait for the information asked to confirm the identity; the
    /// deadline stands still until it comes.
    pub waiting_since: Option<Date>,
    /// Days the deadline has stood still so far, already added to `due_on`.
    pub paused_days: i32,
    /// How the requester asked to be answered ("electronic" or "post"); None: the way the
    /// request came.
    pub answer_by: Option<String>,
    /// The erased customer, by the number they had, whose kept vouchers the request is about.
    pub erased_customer_number: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
