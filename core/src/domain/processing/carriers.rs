//! Which carriers received one customer's data, from the shipping methods of their orders.

use super::{Handover, ProcessingDescription};

/// The carriers that received one customer's data: those the customer's orders were handed
/// to, and the shipping methods the description does not know, named as the webshop names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarriersUsed {
    pub keys: Vec<u32>,
    pub unknown_methods: Vec<String>,
}

impl CarriersUsed {
    /// From the shipping methods of a customer's orders. A pickup from the shop discloses
    /// nothing.
    pub fn from_methods<'m>(
        processing: &ProcessingDescription,
        methods: impl IntoIterator<Item = &'m str>,
    ) -> Self {
        let mut used = Self::default();
        for method in methods {
            match processing.handover(method) {
                Some(Handover::Carrier(key)) => {
                    if !used.keys.contains(&key) {
                        used.keys.push(key);
                    }
                }
                Some(Handover::Pickup) => {}
                None => {
                    let method = method.trim().to_owned();
                    if !method.is_empty() && !used.unknown_methods.contains(&method) {
                        used.unknown_methods.push(method);
                    }
                }
            }
        }
        used.unknown_methods.sort();
        used
    }

    /// The carriers by name, in the description's order, then the unknown shipping methods.
    pub fn names(&self, processing: &ProcessingDescription) -> Vec<String> {
        processing
            .recipients
            .iter()
            .filter(|recipient| processing.carrier(recipient.key).is_some())
            .filter(|carrier| self.keys.contains(&carrier.key))
            .map(|carrier| carrier.name.clone())
            .chain(self.unknown_methods.iter().cloned())
            .collect()
    }
}
