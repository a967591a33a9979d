//! The shop's other systems that hold its customers' data besides this register, which an
//! answer to a request for access must cover too (GDPR Art. 15(3): a copy of the personal data
//! undergoing processing; EDPB Guidelines 01/2022 on the right of access, paras. 35-37 and 97:
//! all data in all systems, the processors' included). They come from the processing
//! description: every processor (the webshop platform, the newsletter service, the accountant,
//! IT services), the payment provider, whose merchant records hold the payments, and the
//! shop's own e-mail. Carriers are controllers of their own: a request to them goes to them.

use serde::{Deserialize, Serialize};

use super::processing::{ProcessingDescription, RecipientCategory, RecipientRole};

/// The key of the shop's own e-mail among the systems; the others are recipient keys, which
/// start from 1.
pub const EMAIL: u32 = 0;

/// One system to search for a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherSystem {
    /// The recipient's key in the processing description, or [`EMAIL`].
    pub key: u32,
    /// The recipient's name; empty for the shop's e-mail, which documents name in their
    /// language.
    pub name: String,
}

impl OtherSystem {
    pub fn is_email(&self) -> bool {
        self.key == EMAIL
    }
}

/// The systems a request's answer must cover besides the register, in the description's
/// order, the shop's e-mail last.
pub fn other_systems(description: &ProcessingDescription) -> Vec<OtherSystem> {
    description
        .recipients
        .iter()
        .filter(|r| {
            r.role == RecipientRole::Processor || r.category == RecipientCategory::PaymentProvider
        })
        .map(|r| OtherSystem {
            key: r.key,
            name: r.name.trim().to_owned(),
        })
        .chain([OtherSystem {
            key: EMAIL,
            name: String::new(),
        }])
        .collect()
}

/// What staff found in one system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Searched {
    /// Searched, and what it holds about the requester is attached to the answer.
    Attached,
    /// Searched, and it holds nothing about the requester.
    NothingFound,
    /// Not searched, for the reason in the note.
    NotSearched,
}

impl Searched {
    pub const ALL: [Searched; 3] = [
        Searched::Attached,
        Searched::NothingFound,
        Searched::NotSearched,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Searched::Attached => "attached",
            Searched::NothingFound => "nothing_found",
            Searched::NotSearched => "not_searched",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Searched::Attached => "attached",
            Searched::NothingFound => "nothing-found",
            Searched::NotSearched => "not-searched",
        }
    }

    pub fn parse(code: &str) -> Result<Searched, String> {
        Searched::ALL
            .into_iter()
            .find(|s| s.as_str() == code)
            .ok_or_else(|| format!("unknown system search outcome {code:?}"))
    }
}

/// A system on a request's checklist, with what was found there if it was recorded yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SystemCheck {
    pub system: OtherSystem,
    pub searched: Option<Searched>,
    /// What was attached, or why it was not searched.
    pub note: Option<String>,
}

impl SystemCheck {
    /// The search as recorded; None while nothing is.
    pub fn recorded(&self) -> Option<SystemSearch> {
        Some(SystemSearch {
            system: self.system.clone(),
            searched: self.searched?,
            note: self.note.clone(),
        })
    }
}

/// What staff recorded for one system: what an answer and its letter say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SystemSearch {
    pub system: OtherSystem,
    pub searched: Searched,
    /// What was attached, or why it was not searched.
    pub note: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_list_the_processors_the_payment_provider_and_the_email_but_no_carrier() {
        let description = ProcessingDescription::default();
        let keys: Vec<u32> = other_systems(&description).iter().map(|s| s.key).collect();
        // Shopify, Paytrail, Mailchimp, the accountant; Posti and Matkahuolto are not.
        assert_eq!(keys, [3, 4, 5, 6, EMAIL]);
    }

    #[test]
    fn every_outcome_reads_back() {
        for searched in Searched::ALL {
            assert_eq!(Searched::parse(searched.as_str()), Ok(searched));
        }
        assert!(Searched::parse("maybe").is_err());
    }
}
