//! Every kind of event the audit trail records, in one table: its code as the trail stores it
//! and what it is about. A service can only write an action listed here, and a test over
//! `AuditAction::ALL` finds the words for each, so the log never shows a bare code.

use std::fmt;

/// What an audit event is about, as the trail stores it beside the target's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditTarget {
    Customer,
    Order,
    Review,
    AccessRequest,
    Staff,
    Organisation,
    /// The register as a whole: backups, imports, purges.
    Register,
}

impl AuditTarget {
    pub const ALL: [AuditTarget; 7] = [
        AuditTarget::Customer,
        AuditTarget::Order,
        AuditTarget::Review,
        AuditTarget::AccessRequest,
        AuditTarget::Staff,
        AuditTarget::Organisation,
        AuditTarget::Register,
    ];

    /// The target stored as `code`; None for one this version does not know.
    pub fn parse(code: &str) -> Option<AuditTarget> {
        AuditTarget::ALL
            .into_iter()
            .find(|target| target.as_str() == code)
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            AuditTarget::Customer => "customer",
            AuditTarget::Order => "order",
            AuditTarget::Review => "review",
            AuditTarget::AccessRequest => "access_request",
            AuditTarget::Staff => "staff",
            AuditTarget::Organisation => "organisation",
            AuditTarget::Register => "register",
        }
    }
}

macro_rules! audit_actions {
    ($($name:ident = $code:literal on $target:ident,)+) => {
        /// An action the audit trail records.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AuditAction {
            $($name),+
        }

        impl AuditAction {
            pub const ALL: &[AuditAction] = &[$(AuditAction::$name),+];

            /// The code the trail stores, such as `customer.read`.
            pub const fn code(self) -> &'static str {
                match self {
                    $(AuditAction::$name => $code),+
                }
            }

            pub const fn target(self) -> AuditTarget {
                match self {
                    $(AuditAction::$name => AuditTarget::$target),+
                }
            }
        }
    };
}

audit_actions! {
    StaffCreateFirstAdmin = "staff.create_first_admin" on Staff,
    StaffCreate = "staff.create" on Staff,
    StaffLogin = "staff.login" on Staff,
    StaffLoginFailed = "staff.login_failed" on Staff,
    StaffLoginRefusedLocked = "staff.login_refused_locked" on Staff,
    StaffLoginRefusedDeactivated = "staff.login_refused_deactivated" on Staff,
    StaffLocked = "staff.locked" on Staff,
    StaffPasswordChange = "staff.password_change" on Staff,
    StaffPasswordReset = "staff.password_reset" on Staff,
    StaffRoleChange = "staff.role_change" on Staff,
    StaffDeactivate = "staff.deactivate" on Staff,
    StaffReactivate = "staff.reactivate" on Staff,
    StaffUnlock = "staff.unlock" on Staff,

    CustomerList = "customer.list" on Customer,
    CustomerRead = "customer.read" on Customer,
    CustomerCreate = "customer.create" on Customer,
    CustomerUpdate = "customer.update" on Customer,
    CustomerOrdersRead = "customer.orders.read" on Customer,
    CustomerReviewsRead = "customer.reviews.read" on Customer,
    CustomerDisclosuresRead = "customer.disclosures.read" on Customer,
    CustomerErase = "customer.erase" on Customer,
    ConsentChange = "consent.change" on Customer,
    VouchersFind = "vouchers.find" on Customer,
    ExtractGenerate = "extract.generate" on Customer,
    ExtractSave = "extract.save" on Customer,

    OrderList = "order.list" on Order,
    OrderCreate = "order.create" on Customer,
    OrderRead = "order.read" on Customer,
    OrderPurge = "order.purge" on Register,

    ReviewList = "review.list" on Review,
    ReviewCreate = "review.create" on Customer,
    ReviewHide = "review.hide" on Review,
    ReviewShow = "review.show" on Review,

    AccessRequestList = "access_request.list" on AccessRequest,
    AccessRequestLog = "access_request.log" on AccessRequest,
    AccessRequestChecklist = "access_request.checklist" on AccessRequest,
    AccessRequestMatch = "access_request.match" on AccessRequest,
    AccessRequestVerify = "access_request.verify" on AccessRequest,
    AccessRequestWaiting = "access_request.waiting" on AccessRequest,
    AccessRequestDelivery = "access_request.delivery" on AccessRequest,
    AccessRequestSystem = "access_request.system" on AccessRequest,
    AccessRequestAttachLetter = "access_request.attach_letter" on AccessRequest,
    AccessRequestReadLetter = "access_request.read_letter" on AccessRequest,
    AccessRequestReadDocument = "access_request.read_document" on AccessRequest,
    AccessRequestAskIdentification = "access_request.ask_identification" on AccessRequest,
    AccessRequestExtend = "access_request.extend" on AccessRequest,
    AccessRequestReject = "access_request.reject" on AccessRequest,
    AccessRequestNothingHeld = "access_request.nothing_held" on AccessRequest,
    AccessRequestAnswer = "access_request.answer" on AccessRequest,
    AccessRequestPurge = "access_request.purge" on Register,

    MarketingExport = "marketing.export" on Register,
    ImportShopifyCustomers = "import.shopify_customers" on Register,
    ImportShopifyOrders = "import.shopify_orders" on Register,
    ImportDryRun = "import.dry_run" on Register,
    ImportStarted = "import.started" on Register,
    ImportUndone = "import.undone" on Register,
    DemoDataGenerate = "demo_data.generate" on Register,

    SettingsUpdate = "settings.update" on Organisation,
    SettingsProcessing = "settings.processing" on Organisation,
    NoticePublish = "notice.publish" on Organisation,

    BackupTake = "backup.take" on Register,
    BackupRestore = "backup.restore" on Register,
    BackupSettings = "backup.settings" on Register,
    BackupKey = "backup.key" on Register,
    BackupErasureReplayed = "backup.erasure_replayed" on Customer,
    BackupLedgerUnwritten = "backup.ledger_unwritten" on Register,
    RegisterScrubPending = "register.scrub_pending" on Register,
    ErasedKeysPurge = "erased_keys.purge" on Register,
    AuditPurge = "audit.purge" on Register,
}

impl AuditAction {
    /// The action stored as `code`; None for a code this version does not know (written by a
    /// newer one).
    pub fn parse(code: &str) -> Option<AuditAction> {
        AuditAction::ALL
            .iter()
            .copied()
            .find(|action| action.code() == code)
    }

    /// The code as a message id's tail: `customer.orders.read` is `customer-orders-read`.
    pub fn key(self) -> String {
        self.code().replace(['.', '_'], "-")
    }

    /// Whether a customer's extract lists the action among the consultations of their data:
    /// what is recorded about the customer, their reviews or their requests.
    pub const fn consults_a_customer(self) -> bool {
        matches!(
            self.target(),
            AuditTarget::Customer | AuditTarget::Review | AuditTarget::AccessRequest
        ) && !matches!(
            self,
            AuditAction::CustomerList | AuditAction::ReviewList | AuditAction::AccessRequestList
        )
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_code_is_one_action_and_reads_back() {
        let codes: HashSet<&str> = AuditAction::ALL.iter().map(|a| a.code()).collect();
        assert_eq!(codes.len(), AuditAction::ALL.len());
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.code()), Some(*action));
        }
        assert_eq!(AuditAction::parse("customer.readd"), None);
    }
}
