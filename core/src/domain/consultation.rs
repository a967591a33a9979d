//! Why staff consult a customer's data. The register extract gives the dates *and purposes*
//! of consultations (CJEU C-579/21, Pankki S), so opening a customer takes a purpose: there is
//! no way to call the read without one. Where the context says why (answering a request,
//! handling an order, the retention review, an import, the marketing export), the context is
//! the purpose; where staff open a customer from search, they choose it, and the choice is
//! kept for the session.

use std::fmt;

use super::{AuditAction, Field, FieldError, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// Serving the customer: a question, a change they asked for, their account.
    CustomerService,
    /// Handling, delivering or returning an order.
    OrderHandling,
    /// Correcting the customer's data.
    Correction,
    /// Answering the customer's data protection request.
    DataProtectionRequest,
    /// Whether the relationship has ended and the data is to be erased.
    RetentionReview,
    /// Bringing the webshop's data in.
    Import,
    /// The newsletter's recipients exported.
    MarketingExport,
    /// Finding the customer in the register (the list of a search).
    Search,
    /// Another purpose, said in a few words.
    Other,
}

impl Purpose {
    /// What staff choose from when they open a customer from search.
    pub const CHOSEN: [Purpose; 4] = [
        Purpose::CustomerService,
        Purpose::OrderHandling,
        Purpose::Correction,
        Purpose::Other,
    ];

    pub const ALL: [Purpose; 9] = [
        Purpose::CustomerService,
        Purpose::OrderHandling,
        Purpose::Correction,
        Purpose::DataProtectionRequest,
        Purpose::RetentionReview,
        Purpose::Import,
        Purpose::MarketingExport,
        Purpose::Search,
        Purpose::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::CustomerService => "customer_service",
            Purpose::OrderHandling => "order_handling",
            Purpose::Correction => "correction",
            Purpose::DataProtectionRequest => "data_protection_request",
            Purpose::RetentionReview => "retention_review",
            Purpose::Import => "import",
            Purpose::MarketingExport => "marketing_export",
            Purpose::Search => "search",
            Purpose::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.as_str() == code)
    }

    /// The purpose an audited action has by its nature, for actions whose context says why;
    /// None for a read whose purpose is recorded with it, and for actions that consult no
    /// customer's data. Every action is named, so a new one gets its purpose decided here.
    pub fn of_action(action: AuditAction) -> Option<Purpose> {
        use AuditAction as A;
        Some(match action {
            // Opening a customer records its purpose as it is made.
            A::CustomerRead => return None,
            A::CustomerUpdate => Purpose::Correction,
            A::CustomerList => Purpose::Search,
            A::CustomerCreate
            | A::CustomerReviewsRead
            | A::ConsentChange
            | A::ReviewList
            | A::ReviewCreate
            | A::ReviewHide
            | A::ReviewShow => Purpose::CustomerService,
            A::CustomerOrdersRead
            | A::CustomerDisclosuresRead
            | A::OrderList
            | A::OrderCreate
            | A::OrderRead => Purpose::OrderHandling,
            A::CustomerErase | A::OrderPurge => Purpose::RetentionReview,
            A::MarketingExport => Purpose::MarketingExport,
            A::VouchersFind
            | A::ExtractGenerate
            | A::ExtractSave
            | A::AccessRequestList
            | A::AccessRequestLog
            | A::AccessRequestChecklist
            | A::AccessRequestMatch
            | A::AccessRequestVerify
            | A::AccessRequestWaiting
            | A::AccessRequestDelivery
            | A::AccessRequestSystem
            | A::AccessRequestAttachLetter
            | A::AccessRequestReadLetter
            | A::AccessRequestReadDocument
            | A::AccessRequestAskIdentification
            | A::AccessRequestExtend
            | A::AccessRequestReject
            | A::AccessRequestNothingHeld
            | A::AccessRequestAnswer
            | A::AccessRequestPurge => Purpose::DataProtectionRequest,
            A::ImportShopifyCustomers
            | A::ImportShopifyOrders
            | A::ImportDryRun
            | A::ImportStarted
            | A::ImportUndone => Purpose::Import,
            A::StaffCreateFirstAdmin
            | A::StaffCreate
            | A::StaffLogin
            | A::StaffLoginFailed
            | A::StaffLoginRefusedLocked
            | A::StaffLoginRefusedDeactivated
            | A::StaffLocked
            | A::StaffPasswordChange
            | A::StaffPasswordReset
            | A::StaffRoleChange
            | A::StaffDeactivate
            | A::StaffReactivate
            | A::StaffUnlock
            | A::DemoDataGenerate
            | A::SettingsUpdate
            | A::SettingsProcessing
            | A::NoticePublish
            | A::BackupTake
            | A::BackupRestore
            | A::BackupSettings
            | A::BackupKey
            | A::BackupErasureReplayed
            | A::BackupLedgerUnwritten
            | A::RegisterScrubPending
            | A::ErasedKeysPurge
            | A::AuditPurge => return None,
        })
    }
}

/// A purpose with, for "other", the few words that say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    purpose: Purpose,
    words: Option<String>,
}

/// The most a purpose's own words may be.
pub const MAX_WORDS: usize = 100;

impl Why {
    /// A purpose that needs no words; "other" does, and is made with [`Why::other`].
    pub fn new(purpose: Purpose) -> Result<Why, FieldError> {
        if purpose == Purpose::Other {
            return Err(FieldError::new(
                Field::ConsultationPurpose,
                Problem::Required,
            ));
        }
        Ok(Why {
            purpose,
            words: None,
        })
    }

    /// Another purpose, in the few words staff typed.
    pub fn other(words: &str) -> Result<Why, FieldError> {
        let words = words.trim();
        let problem = if words.is_empty() {
            Some(Problem::Required)
        } else if words.chars().count() > MAX_WORDS {
            Some(Problem::TooLong { max: MAX_WORDS })
        } else if words.chars().any(char::is_control) {
            Some(Problem::ControlCharacters)
        } else {
            None
        };
        match problem {
            Some(problem) => Err(FieldError::new(Field::ConsultationPurpose, problem)),
            None => Ok(Why {
                purpose: Purpose::Other,
                words: Some(words.to_owned()),
            }),
        }
    }

    /// A purpose the context gives: serving the customer (a customer just registered).
    pub fn customer_service() -> Why {
        Why {
            purpose: Purpose::CustomerService,
            words: None,
        }
    }

    /// A purpose the context gives: answering a data protection request.
    pub fn data_protection_request() -> Why {
        Why {
            purpose: Purpose::DataProtectionRequest,
            words: None,
        }
    }

    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    pub fn words(&self) -> Option<&str> {
        self.words.as_deref()
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.words {
            Some(words) => write!(f, "{}: {words}", self.purpose.as_str()),
            None => f.write_str(self.purpose.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_needs_its_words_and_the_rest_need_none() {
        assert!(Why::new(Purpose::Other).is_err());
        assert!(Why::other("  ").is_err());
        assert_eq!(
            Why::other(" reklamaatio ").map(|w| w.words().map(str::to_owned)),
            Ok(Some("reklamaatio".into()))
        );
        assert_eq!(
            Why::new(Purpose::OrderHandling).map(|w| w.purpose()),
            Ok(Purpose::OrderHandling)
        );
    }

    #[test]
    fn actions_whose_context_says_why_have_that_purpose() {
        assert_eq!(
            Purpose::of_action(AuditAction::AccessRequestVerify),
            Some(Purpose::DataProtectionRequest)
        );
        assert_eq!(
            Purpose::of_action(AuditAction::CustomerUpdate),
            Some(Purpose::Correction)
        );
        assert_eq!(
            Purpose::of_action(AuditAction::OrderCreate),
            Some(Purpose::OrderHandling)
        );
        assert_eq!(
            Purpose::of_action(AuditAction::ImportStarted),
            Some(Purpose::Import)
        );
        assert_eq!(Purpose::of_action(AuditAction::StaffCreate), None);
        assert_eq!(
            Purpose::of_action(AuditAction::CustomerRead),
            None,
            "recorded with the read"
        );
    }
}
