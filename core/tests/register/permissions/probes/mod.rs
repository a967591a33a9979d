//! One probe per public service function, in one table keyed by the function: the guard the
//! README's role table gives it and the call that tries it. `api.rs` checks that every public
//! service function has its line here or a reason in `UNGUARDED`.

mod admin;
mod customers;
mod privacy;
mod requests;

use register::db::Db;
use register::domain::Permission;
use register::service::{ServiceError, Session};

/// What a service function asks of the staff member calling it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard {
    /// A permission of the role table.
    Needs(Permission),
    /// Any active staff member, whatever their role: what every screen needs (the shop's own
    /// details, what a document still lacks), one's own password, the housekeeping at login.
    AnyStaff,
}

/// What the register holds before the probes run, made by the admin.
pub struct Fixture {
    pub admin: Session,
    pub customer_id: i32,
    pub customer_email: String,
    pub order_id: i32,
    pub review_id: i32,
    /// An account the admin's probes change (role, active, unlock, password).
    pub other_staff_id: i32,
    /// The number an erased customer had, whose vouchers are kept.
    pub erased_number: i32,
    /// The backup folder, set in the backup settings.
    pub backup_folder: tempfile::TempDir,
}

/// One probe's call: the register, the fixture, whom it runs as, and a number of its own.
pub struct Ctx<'a> {
    pub db: &'a Db,
    pub fixture: &'a Fixture,
    pub session: &'a Session,
    pub n: usize,
}

macro_rules! probes {
    ($($name:ident: $function:literal, $guard:expr, $call:path;)+) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Probe {
            $($name),+
        }

        impl Probe {
            pub const ALL: &[Probe] = &[$(Probe::$name),+];

            /// The service function the probe calls, by the module it is written in.
            pub fn function(self) -> &'static str {
                match self {
                    $(Probe::$name => $function),+
                }
            }

            pub fn guard(self) -> Guard {
                use Guard::*;
                use Permission::*;
                match self {
                    $(Probe::$name => $guard),+
                }
            }

            pub async fn run(self, c: &Ctx<'_>) -> Result<(), ServiceError> {
                match self {
                    $(Probe::$name => $call(c).await),+
                }
            }
        }
    };
}

probes! {
    OpenCustomer: "customer::get", Needs(CustomerData), customers::open;
    SearchCustomers: "customer::search", Needs(CustomerData), customers::search;
    CountCustomers: "customer::count", Needs(CustomerData), customers::count;
    CustomerByNumber: "customer::by_number", Needs(CustomerData), customers::by_number;
    CustomersToCheck: "customer::to_check", Needs(CustomerData), customers::to_check;
    CountToCheck: "customer::count_to_check", Needs(CustomerData), customers::count_to_check;
    CreateCustomer: "customer::create", Needs(CustomerData), customers::create;
    UpdateCustomer: "customer::update", Needs(CustomerData), customers::update;
    SetNewsletter: "consent::set_newsletter", Needs(CustomerData), customers::set_newsletter;
    SetMarketingRefusal: "consent::set_marketing_refusal", Needs(CustomerData), customers::set_marketing_refusal;
    ConsentHistory: "consent::history", Needs(CustomerData), customers::consent_history;
    CreateOrder: "order::create", Needs(CustomerData), customers::create_order;
    CreateReview: "review::create", Needs(CustomerData), customers::create_review;
    ImportCustomers: "import::shopify_customers", Needs(CustomerData), customers::import_customers;
    ImportOrders: "import::shopify_orders", Needs(CustomerData), customers::import_orders;
    UndoInterrupted: "import::undo_interrupted", Needs(CustomerData), customers::undo_interrupted;
    CustomerOrders: "order::page_for_customer", Needs(OrdersAndDelivery), customers::customer_orders;
    AllOrders: "order::list", Needs(OrdersAndDelivery), customers::all_orders;
    OpenOrder: "order::get", Needs(OrdersAndDelivery), customers::open_order;
    Disclosures: "order::disclosures", Needs(OrdersAndDelivery), customers::disclosures;
    CustomerReviews: "review::list_for_customer", Needs(ViewReviews), customers::customer_reviews;
    AllReviews: "review::list", Needs(ViewReviews), customers::all_reviews;
    HideReview: "review::set_visible", Needs(ModerateReviews), customers::hide_review;
    Report: "report::summary", Needs(AggregateReports), customers::report;

    LogRequest: "access_request::intake::log", Needs(AccessRequests), requests::log;
    ListRequests: "access_request::list", Needs(AccessRequests), requests::list;
    OpenRequest: "access_request::get", Needs(AccessRequests), requests::open;
    MatchCustomer: "access_request::intake::match_customer", Needs(AccessRequests), requests::match_customer;
    MatchVouchers: "access_request::intake::match_vouchers", Needs(AccessRequests), requests::match_vouchers;
    SetIdentityCheck: "access_request::intake::set_identity_check", Needs(AccessRequests), requests::set_identity_check;
    MarkVerified: "access_request::intake::mark_verified", Needs(AccessRequests), requests::mark_verified;
    SetWaiting: "access_request::intake::set_waiting", Needs(AccessRequests), requests::set_waiting;
    SetDelivery: "access_request::intake::set_delivery", Needs(AccessRequests), requests::set_delivery;
    AttachLetter: "access_request::intake::attach_letter", Needs(AccessRequests), requests::attach_letter;
    ReadLetter: "access_request::intake::letter", Needs(AccessRequests), requests::read_letter;
    RequestSystems: "access_request::systems::systems", Needs(AccessRequests), requests::systems;
    RecordSystem: "access_request::systems::record_system", Needs(AccessRequests), requests::record_system;
    RequestDocuments: "access_request::documents::documents", Needs(AccessRequests), requests::documents;
    RequestDocument: "access_request::documents::document", Needs(AccessRequests), requests::document;
    AskIdentification: "access_request::answers::ask_for_identification", Needs(AccessRequests), requests::ask_identification;
    Extend: "access_request::answers::extend", Needs(AccessRequests), requests::extend;
    Reject: "access_request::answers::reject", Needs(AccessRequests), requests::reject;
    AnswerNothingHeld: "access_request::nothing_held::answer_nothing_held", Needs(AccessRequests), requests::answer_nothing_held;
    NothingHeldCandidates: "access_request::nothing_held::nothing_held_candidates", Needs(AccessRequests), requests::nothing_held_candidates;
    AnswerWithExtract: "access_request::extract_answer::answer_with_extract", Needs(AccessRequests), requests::answer_with_extract;
    FindVouchers: "vouchers::find", Needs(AccessRequests), requests::find_vouchers;
    GenerateExtract: "extract::generate", Needs(AccessRequests), privacy::generate_extract;
    GenerateErasedExtract: "extract::generate_erased", Needs(AccessRequests), privacy::generate_erased_extract;
    ExtractOfSubject: "extract::of_subject", Needs(AccessRequests), privacy::extract_of_subject;
    SubjectByEmail: "extract::subject_by_email", Needs(AccessRequests), privacy::subject_by_email;
    SubjectByOrder: "extract::subject_by_order", Needs(AccessRequests), privacy::subject_by_order;
    RecordSavedExtract: "extract::record_saved", Needs(AccessRequests), privacy::record_saved;

    ExportNewsletter: "marketing::newsletter_recipients_csv", Needs(NewsletterExport), privacy::export_newsletter;
    RetentionPolicy: "retention::policy", Needs(EraseCustomer), privacy::retention_policy;
    RetentionReview: "retention::candidates", Needs(EraseCustomer), privacy::retention_review;
    EraseIdle: "retention::erase_idle", Needs(EraseCustomer), privacy::erase_idle;
    EraseCustomer: "erasure::erase", Needs(EraseCustomer), privacy::erase;
    PurgeVouchers: "erasure::purge_expired_vouchers", Needs(EraseCustomer), privacy::purge_vouchers;
    PurgeRequests: "access_request::retention::purge_expired", Needs(EraseCustomer), privacy::purge_requests;
    ReplayErasureLedger: "backup::replay::replay_ledger", Needs(EraseCustomer), privacy::replay_ledger;

    ListStaff: "staff::list", Needs(Administration), admin::list_staff;
    CreateStaff: "staff::create", Needs(Administration), admin::create_staff;
    ResetPassword: "staff::reset_password", Needs(Administration), admin::reset_password;
    SetRole: "staff::set_role", Needs(Administration), admin::set_role;
    SetActive: "staff::set_active", Needs(Administration), admin::set_active;
    Unlock: "staff::unlock", Needs(Administration), admin::unlock;
    UpdateSettings: "settings::update", Needs(Administration), admin::update_settings;
    ReadProcessing: "processing::get", Needs(Administration), admin::read_processing;
    UpdateProcessing: "processing::update", Needs(Administration), admin::update_processing;
    UnknownShippingMethods: "processing::unknown_shipping_methods", Needs(Administration), admin::unknown_shipping_methods;
    NoticeState: "notice::state", Needs(Administration), admin::notice_state;
    NoticeVersions: "notice::versions", Needs(Administration), admin::notice_versions;
    PublishNotice: "notice::publish", Needs(Administration), admin::publish_notice;
    WriteNotice: "notice::document", Needs(Administration), admin::write_notice;
    ReadAuditLog: "audit::list", Needs(Administration), admin::read_audit_log;
    VerifyAuditLog: "audit::verify", Needs(Administration), admin::verify_audit_log;
    AuditHashes: "audit::hashes_at", Needs(Administration), admin::audit_hashes;
    DemoData: "demo_data::generate", Needs(Administration), admin::demo_data;
    TakeBackup: "backup::take", Needs(Administration), admin::take_backup;
    TakeIntoFolder: "backup::take_into_folder", Needs(Administration), admin::take_into_folder;
    BackupSettings: "backup::settings::load", Needs(Administration), admin::backup_settings;
    SaveBackupSettings: "backup::settings::save", Needs(Administration), admin::save_backup_settings;
    SetBackupKey: "backup::settings::set_key", Needs(Administration), admin::set_backup_key;

    OrganisationDetails: "settings::get", AnyStaff, admin::organisation;
    DocumentGaps: "readiness::gaps", AnyStaff, admin::document_gaps;
    OwnPassword: "staff::change_own_password", AnyStaff, admin::own_password;
    OwnLanguage: "staff::set_own_language", AnyStaff, admin::own_language;
    Housekeeping: "housekeeping::at_login", AnyStaff, admin::housekeeping;
    DailyBackup: "backup::take_if_due", AnyStaff, admin::daily_backup;
}

/// A request received today, logged by the admin: about the fixture's customer if `matched`.
pub async fn fresh_request(
    c: &Ctx<'_>,
    matched: bool,
) -> Result<register::service::access_request::AccessRequest, ServiceError> {
    let input = register::domain::access_request::AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.probe@example.com".into(),
        received_on: chrono::Utc::now().format("%d.%m.%Y").to_string(),
        customer_id: matched.then_some(c.fixture.customer_id),
        ..Default::default()
    };
    register::service::access_request::log(c.db, &c.fixture.admin, &input).await
}
