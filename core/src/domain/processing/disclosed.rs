//! Which recipients really received one customer's data (Art. 15(1)(c); CJEU C-154/21
//! Österreichische Post: the recipients themselves, not only their categories, where the
//! controller knows them): the carriers of their own shipments, the payment provider only when
//! they have paid orders, the newsletter service only when they were ever subscribed (only
//! subscribers are ever exported to it), the accountant only when they have orders, and the
//! public when a review of theirs is published. A recipient the register cannot tell about
//! (IT maintenance, other) is named apart as one that may have received it.

use super::{CarriersUsed, Recipient, RecipientCategory};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Disclosed {
    pub carriers: CarriersUsed,
    /// An order of theirs was paid (paid, shipped or delivered): the payment provider took
    /// the payment.
    pub paid_orders: bool,
    /// They have orders, whose vouchers the accountant keeps.
    pub orders: bool,
    /// They subscribe to the newsletter now or did at some time.
    pub newsletter: bool,
    /// A review of theirs is shown on the webshop.
    pub published_reviews: bool,
}

/// Whether a listed recipient received this customer's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    Yes,
    /// The register cannot tell: named apart, as a recipient that may have.
    Possibly,
    No,
}

impl Disclosed {
    pub fn received(&self, recipient: &Recipient) -> Received {
        let yes = |known: bool| if known { Received::Yes } else { Received::No };
        match recipient.category {
            RecipientCategory::Carrier => yes(self.carriers.keys.contains(&recipient.key)),
            RecipientCategory::PaymentProvider => yes(self.paid_orders),
            RecipientCategory::Accountant => yes(self.orders),
            RecipientCategory::NewsletterService => yes(self.newsletter),
            // The webshop holds every customer's account and orders.
            RecipientCategory::WebshopPlatform => Received::Yes,
            RecipientCategory::ItServices | RecipientCategory::Other => Received::Possibly,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::processing::ProcessingDescription;

    fn received(disclosed: &Disclosed) -> Vec<(RecipientCategory, Received)> {
        ProcessingDescription::default()
            .recipients
            .iter()
            .map(|r| (r.category, disclosed.received(r)))
            .collect()
    }

    #[test]
    fn a_customer_without_orders_or_newsletter_received_nothing_but_the_webshop() {
        let none = received(&Disclosed::default());
        assert!(
            none.iter()
                .all(|(category, received)| (*received == Received::Yes)
                    == (*category == RecipientCategory::WebshopPlatform)),
            "{none:?}"
        );
    }

    #[test]
    fn paid_orders_name_the_payment_provider_and_the_accountant() {
        let paid = received(&Disclosed {
            paid_orders: true,
            orders: true,
            ..Disclosed::default()
        });
        for category in [
            RecipientCategory::PaymentProvider,
            RecipientCategory::Accountant,
        ] {
            assert!(paid.contains(&(category, Received::Yes)), "{paid:?}");
        }
        assert!(paid.contains(&(RecipientCategory::NewsletterService, Received::No)));
    }
}
