//! Why the register processes personal data, and on which legal basis (GDPR Art. 6(1)).

use serde::{Deserialize, Serialize};

use crate::domain::Localised;

/// The purposes of the shop's privacy notice, with the bookkeeping, the handling of data
/// protection requests and the access log that keeping the register itself involves. The
/// notice's "marketing" is two purposes here: the newsletter needs consent, direct marketing
/// to the shop's own customers rests on its legitimate interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Orders,
    CustomerRelationship,
    /// The reviews customers write, shown to everyone on the webshop's product pages: a
    /// disclosure to the public, and a purpose of its own.
    Reviews,
    ServiceDevelopment,
    Reporting,
    Newsletter,
    DirectMarketing,
    PrizeDraws,
    Bookkeeping,
    DataProtectionRequests,
    Security,
}

impl Purpose {
    pub const ALL: [Purpose; 11] = [
        Purpose::Orders,
        Purpose::CustomerRelationship,
        Purpose::Reviews,
        Purpose::ServiceDevelopment,
        Purpose::Reporting,
        Purpose::Newsletter,
        Purpose::DirectMarketing,
        Purpose::PrizeDraws,
        Purpose::Bookkeeping,
        Purpose::DataProtectionRequests,
        Purpose::Security,
    ];

    /// The name of its message in the Fluent files: `purpose-{key}`.
    pub fn key(self) -> &'static str {
        match self {
            Purpose::Orders => "orders",
            Purpose::CustomerRelationship => "customer-relationship",
            Purpose::Reviews => "reviews",
            Purpose::ServiceDevelopment => "service-development",
            Purpose::Reporting => "reporting",
            Purpose::Newsletter => "newsletter",
            Purpose::DirectMarketing => "direct-marketing",
            Purpose::PrizeDraws => "prize-draws",
            Purpose::Bookkeeping => "bookkeeping",
            Purpose::DataProtectionRequests => "data-protection-requests",
            Purpose::Security => "security",
        }
    }
}

/// GDPR Art. 6(1) (a), (b), (c) and (f): the bases a shop's register can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    Consent,
    Contract,
    LegalObligation,
    LegitimateInterest,
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 4] = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation,
        LegalBasis::LegitimateInterest,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation => "legal-obligation",
            LegalBasis::LegitimateInterest => "legitimate-interest",
        }
    }

    /// The point of Art. 6(1): "a", "b", "c" or "f".
    pub fn point(self) -> &'static str {
        match self {
            LegalBasis::Consent => "a",
            LegalBasis::Contract => "b",
            LegalBasis::LegalObligation => "c",
            LegalBasis::LegitimateInterest => "f",
        }
    }
}

/// One purpose with its basis. The legitimate interest is written out when the basis is
/// Art. 6(1)(f) (Art. 13(1)(d)); for the other bases it is kept but not printed, so switching
/// back and forth loses nothing typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurposeBasis {
    pub purpose: Purpose,
    pub basis: LegalBasis,
    #[serde(default)]
    pub legitimate_interest: Localised,
}

impl PurposeBasis {
    /// The interest to print: only where the basis is legitimate interest.
    pub fn interest(&self) -> Option<&Localised> {
        (self.basis == LegalBasis::LegitimateInterest).then_some(&self.legitimate_interest)
    }
}
