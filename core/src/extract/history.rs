//! What the register knows of a customer's dealings with it besides their data: each
//! marketing choice and how it was told, their earlier access requests, and the consultation
//! log, that is when their data was viewed, changed or disclosed, in which task and by which
//! role (CJEU C-579/21: the dates and purposes of consultations; not the employees' names).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::document::Words;
use crate::domain::access_request::{
    AccessRequestStatus, Channel, Delivery, DocumentKind, IdentityCheck,
};
use crate::domain::consent::{ConsentKind, ConsentSource};
use crate::domain::consultation::Purpose;
use crate::domain::other_systems::SystemSearch;
use crate::domain::{AuditAction, Lang, Role};

/// The records as the service read them, before they are put into words.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub consents: Vec<ConsentRecord>,
    pub requests: Vec<RequestRecord>,
    pub consultations: Vec<ConsultationRecord>,
}

#[derive(Debug, Clone)]
pub struct ConsentRecord {
    pub kind: ConsentKind,
    pub granted: bool,
    pub source: ConsentSource,
    pub at: DateTime<Utc>,
    pub role: Option<Role>,
}

#[derive(Debug, Clone)]
pub struct RequestRecord {
    pub reference: String,
    pub channel: Channel,
    pub requester_name: String,
    pub requester_email: Option<String>,
    pub requester_phone: Option<String>,
    /// The street lines of the address the request gave.
    pub requester_address: Option<String>,
    pub requester_postal_code: Option<String>,
    pub requester_city: Option<String>,
    /// The country's code, for an address given with one.
    pub requester_country: Option<String>,
    pub received_on: NaiveDate,
    pub due_on: NaiveDate,
    /// Since when the deadline stands still, waiting for what confirms the identity.
    pub waiting_since: Option<NaiveDate>,
    /// Days the deadline stood still, already in `due_on`.
    pub paused_days: i32,
    /// How the answer goes out.
    pub delivery: Delivery,
    pub identity_check: Option<IdentityCheck>,
    pub identity_note: Option<String>,
    pub letter_file_name: Option<String>,
    pub status: AccessRequestStatus,
    pub extension_reason: Option<String>,
    pub rejection_reason: Option<String>,
    pub closed_at: Option<DateTime<Utc>>,
    pub documents: Vec<DocumentRecord>,
    /// What was found about the requester in the shop's other systems.
    pub systems: Vec<SystemSearch>,
}

#[derive(Debug, Clone)]
pub struct DocumentRecord {
    pub kind: DocumentKind,
    pub language: Lang,
    pub sha256: String,
    pub sent_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct ConsultationRecord {
    pub at: DateTime<Utc>,
    pub action: String,
    pub role: Option<Role>,
    /// Why, as recorded with the consultation or as its context says; None for a consultation
    /// recorded before purposes were.
    pub purpose: Option<Purpose>,
    /// A purpose's own words ("other: …").
    pub purpose_words: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractConsent {
    /// "newsletter" or "marketing_refusal".
    pub kind: String,
    pub granted: bool,
    /// The choice in words, in the extract's language.
    pub choice: String,
    pub at: DateTime<Utc>,
    /// How the customer told us: "webshop", "phone", "email", "letter", "staff" or "import".
    pub source: String,
    pub how: String,
    /// The staff role that recorded it, or none for the webshop's own record.
    pub role: Option<String>,
    pub role_name: String,
}

/// An access request as the customer made it, and how it was handled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractRequest {
    pub reference: String,
    pub channel: String,
    pub requester_name: String,
    pub requester_email: Option<String>,
    pub requester_phone: Option<String>,
    /// The street lines of the address the request gave.
    pub requester_address: Option<String>,
    pub requester_postal_code: Option<String>,
    pub requester_city: Option<String>,
    /// The country's code, for an address given with one.
    pub requester_country: Option<String>,
    pub received_on: NaiveDate,
    pub due_on: NaiveDate,
    /// Since when the deadline has stood still, waiting for the requester's reply to a
    /// request for what confirms their identity.
    pub waiting_since: Option<NaiveDate>,
    /// Days the deadline stood still so far, already counted in `due_on`.
    pub paused_days: i32,
    /// How the answer goes out, in words: as the requester asked, or the way the request came.
    pub delivery: String,
    /// How the requester's identity was checked, in words, with staff's note.
    pub identity_check: Option<String>,
    pub identity_note: Option<String>,
    /// The file name of the letter or email the request came in.
    pub letter: Option<String>,
    pub status: String,
    pub outcome: String,
    pub extension_reason: Option<String>,
    pub rejection_reason: Option<String>,
    pub closed_at: Option<DateTime<Utc>>,
    /// The documents sent in answer, by kind, with their SHA-256.
    pub documents: Vec<ExtractDocument>,
    /// The shop's other systems searched for the request, and what each held.
    pub systems: Vec<ExtractSystem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractSystem {
    pub system: String,
    /// In words: searched and enclosed, searched and nothing found, or not searched.
    pub searched: String,
    /// What was enclosed, or why it was not searched.
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractDocument {
    pub kind: String,
    pub language: Lang,
    pub sha256: String,
    pub sent_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    pub at: DateTime<Utc>,
    /// The action as the log records it, such as "customer.read".
    pub action: String,
    /// The action in words, in the extract's language.
    pub description: String,
    pub role: Option<String>,
    pub role_name: String,
    /// Why the data was consulted, in words (C-579/21: the dates and purposes).
    pub purpose: String,
}

pub fn consents(records: Vec<ConsentRecord>, words: &Words) -> Vec<ExtractConsent> {
    records
        .into_iter()
        .map(|record| {
            let choice = match (record.kind, record.granted) {
                (ConsentKind::Newsletter, true) => "consent-newsletter-granted",
                (ConsentKind::Newsletter, false) => "consent-newsletter-withdrawn",
                (ConsentKind::MarketingRefusal, true) => "consent-marketing-refused",
                (ConsentKind::MarketingRefusal, false) => "consent-marketing-allowed",
            };
            ExtractConsent {
                kind: record.kind.as_str().to_owned(),
                granted: record.granted,
                choice: words.t(choice),
                at: record.at,
                source: record.source.as_str().to_owned(),
                how: words.t(&format!("consent-via-{}", record.source.as_str())),
                role: record.role.map(|role| role.as_str().to_owned()),
                role_name: role_name(record.role, words),
            }
        })
        .collect()
}

pub fn requests(records: Vec<RequestRecord>, words: &Words) -> Vec<ExtractRequest> {
    let named = |prefix: &str, code: &str| words.t(&format!("{prefix}-{}", code.replace('_', "-")));
    records
        .into_iter()
        .map(|record| ExtractRequest {
            reference: record.reference,
            channel: named("request-channel", record.channel.as_str()),
            requester_name: record.requester_name,
            requester_email: record.requester_email,
            requester_phone: record.requester_phone,
            requester_address: record.requester_address,
            requester_postal_code: record.requester_postal_code,
            requester_city: record.requester_city,
            requester_country: record.requester_country,
            received_on: record.received_on,
            due_on: record.due_on,
            waiting_since: record.waiting_since,
            paused_days: record.paused_days,
            delivery: named("request-delivery", record.delivery.as_str()),
            identity_check: record
                .identity_check
                .map(|check| named("request-check", check.as_str())),
            identity_note: record.identity_note,
            letter: record.letter_file_name,
            status: record.status.as_str().to_owned(),
            outcome: named("request-outcome", record.status.as_str()),
            extension_reason: record.extension_reason,
            rejection_reason: record.rejection_reason,
            closed_at: record.closed_at,
            documents: record
                .documents
                .into_iter()
                .map(|document| ExtractDocument {
                    kind: named("request-document", document.kind.as_str()),
                    language: document.language,
                    sha256: document.sha256,
                    sent_at: document.sent_at,
                })
                .collect(),
            systems: record
                .systems
                .into_iter()
                .map(|search| ExtractSystem {
                    system: if search.system.is_email() {
                        words.t("extract-system-email")
                    } else {
                        search.system.name
                    },
                    searched: named("extract-system", search.searched.key()),
                    note: search.note,
                })
                .collect(),
        })
        .collect()
}

pub fn consultations(records: Vec<ConsultationRecord>, words: &Words) -> Vec<Consultation> {
    records
        .into_iter()
        .map(|record| Consultation {
            description: AuditAction::parse(&record.action)
                .and_then(|action| words.optional(&format!("consultation-{}", action.key())))
                .unwrap_or_else(|| record.action.clone()),
            at: record.at,
            action: record.action,
            role: record.role.map(|role| role.as_str().to_owned()),
            role_name: role_name(record.role, words),
            purpose: purpose_name(record.purpose, record.purpose_words.as_deref(), words),
        })
        .collect()
}

fn purpose_name(purpose: Option<Purpose>, own_words: Option<&str>, words: &Words) -> String {
    let Some(purpose) = purpose else {
        return words.t("consultation-purpose-unrecorded");
    };
    let name = words.t(&format!(
        "consultation-purpose-{}",
        purpose.as_str().replace('_', "-")
    ));
    match own_words {
        Some(own_words) => format!("{name}: {own_words}"),
        None => name,
    }
}

fn role_name(role: Option<Role>, words: &Words) -> String {
    match role {
        Some(role) => words.t(&format!("staff-role-{}", role.as_str())),
        None => "–".to_owned(),
    }
}
