//! Whom a register extract is about. A customer in the register; or a customer who was erased,
//! known by the number they had, of whom the register still keeps the order vouchers the
//! Accounting Act requires (with the erasure's record and the log entries still within their
//! period). Both have the right of access (GDPR Art. 15): a voucher without a name is still
//! the person's data to those who can tell whose it is, as the person can by the order number.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    Customer(i32),
    Erased(i32),
}

impl Subject {
    /// Whom a row that may point at a customer or at an erased customer's number is about; a
    /// customer in the register comes first.
    pub fn of(customer_id: Option<i32>, erased_customer_number: Option<i32>) -> Option<Subject> {
        match (customer_id, erased_customer_number) {
            (Some(id), _) => Some(Subject::Customer(id)),
            (None, Some(number)) => Some(Subject::Erased(number)),
            (None, None) => None,
        }
    }

    /// The customer number: the one they have, or the one they had before the erasure.
    pub fn number(self) -> i32 {
        match self {
            Subject::Customer(number) | Subject::Erased(number) => number,
        }
    }
}
