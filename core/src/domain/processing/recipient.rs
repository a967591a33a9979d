//! Who receives personal data from the register: processors acting on the shop's behalf and
//! recipients that use what they receive for their own purposes, such as carriers; transfers
//! outside the EU/EEA and their safeguards; which webshop shipping method hands an order to
//! which carrier.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecipientCategory {
    Carrier,
    WebshopPlatform,
    NewsletterService,
    PaymentProvider,
    Accountant,
    ItServices,
    Other,
}

impl RecipientCategory {
    pub const ALL: [RecipientCategory; 7] = [
        RecipientCategory::Carrier,
        RecipientCategory::WebshopPlatform,
        RecipientCategory::NewsletterService,
        RecipientCategory::PaymentProvider,
        RecipientCategory::Accountant,
        RecipientCategory::ItServices,
        RecipientCategory::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RecipientCategory::Carrier => "carrier",
            RecipientCategory::WebshopPlatform => "webshop-platform",
            RecipientCategory::NewsletterService => "newsletter-service",
            RecipientCategory::PaymentProvider => "payment-provider",
            RecipientCategory::Accountant => "accountant",
            RecipientCategory::ItServices => "it-services",
            RecipientCategory::Other => "other",
        }
    }
}

/// A processor handles the data for the shop under a data processing agreement (Art. 28); a
/// recipient that is a controller itself (a carrier, a payment provider) uses it for its own
/// purposes. The notice lists them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecipientRole {
    Processor,
    Controller,
}

impl RecipientRole {
    pub const ALL: [RecipientRole; 2] = [RecipientRole::Processor, RecipientRole::Controller];

    pub fn key(self) -> &'static str {
        match self {
            RecipientRole::Processor => "processor",
            RecipientRole::Controller => "controller",
        }
    }
}

/// The safeguard of a transfer to a third country (Art. 13(1)(f), 15(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Safeguard {
    AdequacyDecision,
    /// The EU–US Data Privacy Framework: the Commission's adequacy decision of 10 July 2023
    /// (Art. 45), for a recipient in the United States certified under it.
    DataPrivacyFramework,
    StandardContractualClauses,
    BindingCorporateRules,
}

impl Safeguard {
    pub const ALL: [Safeguard; 4] = [
        Safeguard::AdequacyDecision,
        Safeguard::DataPrivacyFramework,
        Safeguard::StandardContractualClauses,
        Safeguard::BindingCorporateRules,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Safeguard::AdequacyDecision => "adequacy-decision",
            Safeguard::DataPrivacyFramework => "data-privacy-framework",
            Safeguard::StandardContractualClauses => "standard-clauses",
            Safeguard::BindingCorporateRules => "binding-corporate-rules",
        }
    }
}

/// A transfer to a country outside the EU/EEA: its ISO 3166 code and the safeguard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transfer {
    pub country: String,
    pub safeguard: Safeguard,
}

/// One recipient or processor. The key stays when the name changes, so the shipping methods
/// that point at a carrier keep pointing at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub key: u32,
    /// Its name, which every document prints; a new register's accountant has none until the
    /// shop names it, and no document is made until then.
    pub name: String,
    pub category: RecipientCategory,
    pub role: RecipientRole,
    #[serde(default)]
    pub transfers: Vec<Transfer>,
}

/// Where an order sent with a webshop shipping method goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "to", content = "recipient")]
pub enum Handover {
    /// To the carrier with this key.
    Carrier(u32),
    /// Collected from the shop: nothing is disclosed to anyone.
    Pickup,
}

/// A shipping method as the webshop names it on an order ("Posti - Pakettiautomaatti").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShippingMethod {
    pub method: String,
    pub handover: Handover,
}

impl ShippingMethod {
    /// Whether an order's shipping method is this one: spaces around it and letter case aside.
    pub fn matches(&self, method: &str) -> bool {
        self.method.trim().to_lowercase() == method.trim().to_lowercase()
    }
}
