//! The processing description: why the register processes personal data and on which legal
//! basis, who receives it, what goes outside the EU/EEA, how long it is kept. The privacy
//! notice and the Art. 15 information of every register extract are written from it, so the
//! two cannot disagree.

mod carriers;
mod changes;
mod defaults;
mod disclosed;
mod purpose;
mod recipient;
mod retention;

use serde::{Deserialize, Serialize};

use super::{Country, Lang, Localised, Problem, organisation::Controller};

pub use carriers::CarriersUsed;
pub use changes::{Change, Named, changes};
pub use disclosed::{Disclosed, Received};
pub use purpose::{LegalBasis, Purpose, PurposeBasis};
pub use recipient::{
    Handover, Recipient, RecipientCategory, RecipientRole, Safeguard, ShippingMethod, Transfer,
};
pub use retention::{Period, Retention, RetentionInput, VOUCHER_YEARS, YEARS, YearEnd};

/// The longest text the shop writes into the description.
pub const MAX_TEXT: usize = 1000;
const MAX_NAME: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessingDescription {
    /// Each purpose once, in the order the notice lists them.
    pub purposes: Vec<PurposeBasis>,
    pub recipients: Vec<Recipient>,
    pub shipping_methods: Vec<ShippingMethod>,
    pub retention: Retention,
    /// None: no decisions based solely on automated processing, and no profiling.
    pub automated_decisions: Option<Localised>,
    /// What the webshop's cookies and analytics do, as the notice has always said.
    pub cookies: Localised,
}

/// What a published privacy notice was written from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeSource {
    pub controller: Controller,
    pub processing: ProcessingDescription,
}

/// A published privacy notice as a document names it: its number, the day it was published
/// and the web page where it can be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeVersion {
    pub version: i32,
    pub published_on: chrono::NaiveDate,
    pub address: String,
}

/// Where in the description a problem is, so the form can show it next to that input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Purposes,
    LegitimateInterest(Purpose, Lang),
    RecipientName(usize),
    TransferCountry(usize, usize),
    ShippingMethod(usize),
    ShippingHandover(usize),
    IdleMonths,
    FinancialYearEnd,
    Years(Period),
    AutomatedDecisions(Lang),
    Cookies(Lang),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotProblem {
    pub slot: Slot,
    pub problem: Problem,
}

impl SlotProblem {
    pub fn new(slot: Slot, problem: Problem) -> Self {
        Self { slot, problem }
    }
}

impl ProcessingDescription {
    /// Everything that keeps the description from being printed as it is.
    pub fn problems(&self) -> Vec<SlotProblem> {
        let mut problems = Vec::new();
        let listed: Vec<Purpose> = self.purposes.iter().map(|p| p.purpose).collect();
        if listed != Purpose::ALL {
            problems.push(SlotProblem::new(Slot::Purposes, Problem::Required));
        }
        for purpose in &self.purposes {
            if let Some(interest) = purpose.interest() {
                localised(interest, &mut problems, |lang| {
                    Slot::LegitimateInterest(purpose.purpose, lang)
                });
            }
        }
        self.recipient_problems(&mut problems);
        self.shipping_problems(&mut problems);
        self.retention.problems(&mut problems);
        if let Some(text) = &self.automated_decisions {
            localised(text, &mut problems, Slot::AutomatedDecisions);
        }
        localised(&self.cookies, &mut problems, Slot::Cookies);
        problems
    }

    fn recipient_problems(&self, problems: &mut Vec<SlotProblem>) {
        for (index, recipient) in self.recipients.iter().enumerate() {
            let name = recipient.name.trim();
            if let Some(problem) = text_problem(name, MAX_NAME) {
                problems.push(SlotProblem::new(Slot::RecipientName(index), problem));
            } else if !name.is_empty()
                && self.recipients[..index]
                    .iter()
                    .any(|other| other.name.trim().to_lowercase() == name.to_lowercase())
            {
                problems.push(SlotProblem::new(
                    Slot::RecipientName(index),
                    Problem::AlreadyInUse,
                ));
            } else if name.is_empty() {
                // A recipient the notice names only by its kind tells the customer nothing
                // they could act on (Art. 13(1)(e), 15(1)(c)); a carrier is also chosen by
                // name for the shipping methods.
                problems.push(SlotProblem::new(
                    Slot::RecipientName(index),
                    Problem::Required,
                ));
            }
            for (at, transfer) in recipient.transfers.iter().enumerate() {
                let problem = if transfer.country.trim().is_empty() {
                    Some(Problem::Required)
                } else {
                    match Country::parse(&transfer.country) {
                        Ok(country) if country.is_in_eea() => Some(Problem::NotAThirdCountry),
                        Ok(country)
                            if transfer.safeguard == Safeguard::DataPrivacyFramework
                                && country.as_str() != "US" =>
                        {
                            Some(Problem::FrameworkOnlyForUs)
                        }
                        Ok(_) => None,
                        Err(error) => Some(error.problem),
                    }
                };
                if let Some(problem) = problem {
                    problems.push(SlotProblem::new(Slot::TransferCountry(index, at), problem));
                }
            }
        }
    }

    fn shipping_problems(&self, problems: &mut Vec<SlotProblem>) {
        for (index, shipping) in self.shipping_methods.iter().enumerate() {
            let method = shipping.method.trim();
            if method.is_empty() {
                problems.push(SlotProblem::new(
                    Slot::ShippingMethod(index),
                    Problem::Required,
                ));
            } else if let Some(problem) = text_problem(method, MAX_NAME) {
                problems.push(SlotProblem::new(Slot::ShippingMethod(index), problem));
            } else if self.shipping_methods[..index]
                .iter()
                .any(|other| other.matches(method))
            {
                problems.push(SlotProblem::new(
                    Slot::ShippingMethod(index),
                    Problem::AlreadyInUse,
                ));
            }
            if let Handover::Carrier(key) = shipping.handover
                && self.carrier(key).is_none()
            {
                problems.push(SlotProblem::new(
                    Slot::ShippingHandover(index),
                    Problem::Required,
                ));
            }
        }
    }

    /// The carrier with this key.
    pub fn carrier(&self, key: u32) -> Option<&Recipient> {
        self.recipients
            .iter()
            .find(|r| r.key == key && r.category == RecipientCategory::Carrier)
    }

    /// Where orders with the webshop's shipping method `method` go; None when the description
    /// does not know the method.
    pub fn handover(&self, method: &str) -> Option<Handover> {
        self.shipping_methods
            .iter()
            .find(|shipping| shipping.matches(method))
            .map(|shipping| shipping.handover)
    }

    pub fn purpose(&self, purpose: Purpose) -> Option<&PurposeBasis> {
        self.purposes.iter().find(|p| p.purpose == purpose)
    }

    /// A key for a new recipient: one more than any in use.
    pub fn next_recipient_key(&self) -> u32 {
        self.recipients.iter().map(|r| r.key).max().unwrap_or(0) + 1
    }
}

fn text_problem(text: &str, max: usize) -> Option<Problem> {
    if text.chars().count() > max {
        Some(Problem::TooLong { max })
    } else if text.chars().any(char::is_control) {
        Some(Problem::ControlCharacters)
    } else {
        None
    }
}

/// A text the shop writes in all three languages: none may be left out.
fn localised(text: &Localised, problems: &mut Vec<SlotProblem>, slot: impl Fn(Lang) -> Slot) {
    for lang in Lang::DOCUMENT {
        let value = text.get(lang).trim();
        let problem = if value.is_empty() {
            Some(Problem::Required)
        } else if value.chars().count() > MAX_TEXT {
            Some(Problem::TooLong { max: MAX_TEXT })
        } else if value.chars().any(|c| c.is_control() && c != '\n') {
            Some(Problem::ControlCharacters)
        } else {
            None
        };
        if let Some(problem) = problem {
            problems.push(SlotProblem::new(slot(lang), problem));
        }
    }
}

#[cfg(test)]
mod tests;
