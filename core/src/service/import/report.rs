//! What an import did, or in a dry run would do: counts, the rows refused, the values kept to
//! check, and the changes row by row.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{DateTime, Utc};

use crate::domain::{Field, FieldError, Problem};
use crate::import::{RowProblem, Unchecked};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Rows not taken, and values of taken rows that were not.
    pub rejected: Vec<RowProblem>,
    /// Values that did not validate but were stored as written, their customers marked for
    /// staff to check.
    pub to_check: Vec<RowProblem>,
    /// What the import changed (or, in a dry run, would change), row by row.
    pub changes: Vec<Change>,
    /// Nothing was written: the report says what an import would do.
    pub dry_run: bool,
    /// The file was last modified before the newest file of its kind already imported (that
    /// one's time): it may hold older data than the register.
    pub older_than_imported: Option<DateTime<Utc>>,
    /// Imports interrupted earlier (their process ended mid-way), undone before this one began.
    pub undone_first: Vec<super::Undone>,
}

impl ImportReport {
    /// How many rows had something rejected.
    pub fn rejected_rows(&self) -> usize {
        let rows: BTreeSet<usize> = self.rejected.iter().map(|r| r.row).collect();
        rows.len()
    }

    pub(super) fn reject(&mut self, row: usize, field: Field, problem: Problem) {
        self.rejected
            .push(RowProblem::at(row, FieldError::new(field, problem)));
    }

    pub(super) fn keep_to_check<'a>(
        &mut self,
        row: usize,
        values: impl IntoIterator<Item = &'a Unchecked>,
    ) {
        self.to_check
            .extend(values.into_iter().map(|value| RowProblem {
                row,
                field: value.field,
                problem: value.problem.clone(),
            }));
    }

    pub(super) fn change(&mut self, row: usize, kind: ChangeKind) {
        self.changes.push(Change { row, kind });
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The row of the file, as in [`RowProblem::row`].
    pub row: usize,
    pub kind: ChangeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    NewCustomer,
    CustomerUpdated {
        customer_id: i32,
        fields: Vec<Field>,
    },
    /// The file leaves these blank, or gives them in a form that does not validate; the
    /// register keeps what it holds.
    KeptFromRegister {
        customer_id: i32,
        fields: Vec<Field>,
    },
    /// A customer created from the billing details of an order whose email matched nobody.
    NewCustomerFromOrder {
        order_number: String,
    },
    NewOrder {
        order_number: String,
    },
    OrderStatus {
        order_number: String,
    },
    /// The register's status of an order is further along than the file's: the file was
    /// exported earlier, and the status stays.
    OrderStatusKept {
        order_number: String,
    },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: ", self.row)?;
        match &self.kind {
            ChangeKind::NewCustomer => write!(f, "new customer"),
            ChangeKind::CustomerUpdated {
                customer_id,
                fields,
            } => {
                let names: Vec<&str> = fields.iter().map(|field| field.name()).collect();
                write!(f, "customer {customer_id}: {}", names.join(", "))
            }
            ChangeKind::KeptFromRegister {
                customer_id,
                fields,
            } => {
                let names: Vec<&str> = fields.iter().map(|field| field.name()).collect();
                let names = names.join(", ");
                write!(
                    f,
                    "customer {customer_id}: kept as in the register: {names}"
                )
            }
            ChangeKind::NewCustomerFromOrder { order_number } => {
                write!(f, "new customer from order {order_number}, to check")
            }
            ChangeKind::NewOrder { order_number } => write!(f, "new order {order_number}"),
            ChangeKind::OrderStatus { order_number } => {
                write!(f, "order {order_number}: status")
            }
            ChangeKind::OrderStatusKept { order_number } => write!(
                f,
                "order {order_number}: status kept as in the register, which is further along"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_with_several_rejected_values_counts_once_in_any_order() {
        let mut report = ImportReport::default();
        report.reject(7, Field::FirstName, Problem::Required);
        report.reject(3, Field::Email, Problem::NotAnEmail);
        report.reject(7, Field::LastName, Problem::Required);
        assert_eq!(report.rejected_rows(), 2);
    }
}
