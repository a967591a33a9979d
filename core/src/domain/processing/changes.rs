//! What changed between a published notice and the settings now: the list an admin reads
//! before publishing the next version.

use super::{
    LegalBasis, NoticeSource, Period, ProcessingDescription, Purpose, Recipient, RecipientCategory,
    YearEnd,
};
use crate::domain::Field;
use crate::domain::organisation::Controller;

/// One difference, in terms the settings screen can put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Controller(Field),
    Basis {
        purpose: Purpose,
        before: LegalBasis,
        after: LegalBasis,
    },
    LegitimateInterest(Purpose),
    PurposeAdded(Purpose),
    RecipientAdded(Named),
    RecipientRemoved(Named),
    RecipientChanged(Named),
    ShippingMethodAdded(String),
    ShippingMethodRemoved(String),
    ShippingMethodChanged(String),
    IdleMonths {
        before: u32,
        after: u32,
    },
    FinancialYearEnd {
        before: YearEnd,
        after: YearEnd,
    },
    Years {
        period: Period,
        before: u32,
        after: u32,
    },
    AutomatedDecisions,
    Cookies,
}

/// A recipient as a change names it: its name, or its category where it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub category: RecipientCategory,
}

impl From<&Recipient> for Named {
    fn from(recipient: &Recipient) -> Self {
        Self {
            name: recipient.name.trim().to_owned(),
            category: recipient.category,
        }
    }
}

pub fn changes(before: &NoticeSource, after: &NoticeSource) -> Vec<Change> {
    let mut found = controller_changes(&before.controller, &after.controller);
    purpose_changes(&before.processing, &after.processing, &mut found);
    recipient_changes(&before.processing, &after.processing, &mut found);
    shipping_changes(&before.processing, &after.processing, &mut found);
    let (old, new) = (&before.processing.retention, &after.processing.retention);
    if old.idle_months != new.idle_months {
        found.push(Change::IdleMonths {
            before: old.idle_months,
            after: new.idle_months,
        });
    }
    if old.financial_year_end != new.financial_year_end {
        found.push(Change::FinancialYearEnd {
            before: old.financial_year_end,
            after: new.financial_year_end,
        });
    }
    for period in Period::ALL {
        let (before, after) = (old.years(period), new.years(period));
        if before != after {
            found.push(Change::Years {
                period,
                before,
                after,
            });
        }
    }
    if before.processing.automated_decisions != after.processing.automated_decisions {
        found.push(Change::AutomatedDecisions);
    }
    if before.processing.cookies != after.processing.cookies {
        found.push(Change::Cookies);
    }
    found
}

fn controller_changes(before: &Controller, after: &Controller) -> Vec<Change> {
    [
        (Field::ControllerName, before.name != after.name),
        (Field::BusinessId, before.business_id != after.business_id),
        (
            Field::ContactPerson,
            before.contact_person != after.contact_person,
        ),
        (Field::Email, before.email != after.email),
        (
            Field::StreetAddress,
            before.street_address != after.street_address,
        ),
        (Field::PostalCode, before.postal_code != after.postal_code),
        (Field::City, before.city != after.city),
        (Field::Phone, before.phone != after.phone),
    ]
    .into_iter()
    .filter(|(_, changed)| *changed)
    .map(|(field, _)| Change::Controller(field))
    .collect()
}

fn purpose_changes(
    before: &ProcessingDescription,
    after: &ProcessingDescription,
    found: &mut Vec<Change>,
) {
    for new in &after.purposes {
        let Some(old) = before.purpose(new.purpose) else {
            found.push(Change::PurposeAdded(new.purpose));
            continue;
        };
        if old.basis != new.basis {
            found.push(Change::Basis {
                purpose: new.purpose,
                before: old.basis,
                after: new.basis,
            });
        }
        if new.interest().is_some() && old.interest() != new.interest() {
            found.push(Change::LegitimateInterest(new.purpose));
        }
    }
}

fn recipient_changes(
    before: &ProcessingDescription,
    after: &ProcessingDescription,
    found: &mut Vec<Change>,
) {
    for old in &before.recipients {
        match after.recipients.iter().find(|new| new.key == old.key) {
            None => found.push(Change::RecipientRemoved(old.into())),
            Some(new) if new != old => found.push(Change::RecipientChanged(new.into())),
            Some(_) => {}
        }
    }
    for new in &after.recipients {
        if !before.recipients.iter().any(|old| old.key == new.key) {
            found.push(Change::RecipientAdded(new.into()));
        }
    }
}

fn shipping_changes(
    before: &ProcessingDescription,
    after: &ProcessingDescription,
    found: &mut Vec<Change>,
) {
    for old in &before.shipping_methods {
        match after
            .shipping_methods
            .iter()
            .find(|new| new.matches(&old.method))
        {
            None => found.push(Change::ShippingMethodRemoved(old.method.clone())),
            Some(new) if new.handover != old.handover => {
                found.push(Change::ShippingMethodChanged(new.method.clone()));
            }
            Some(_) => {}
        }
    }
    for new in &after.shipping_methods {
        if !before
            .shipping_methods
            .iter()
            .any(|old| old.matches(&new.method))
        {
            found.push(Change::ShippingMethodAdded(new.method.clone()));
        }
    }
}
