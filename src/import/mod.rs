//! Reading the webshop's export files. Pure: bytes in, rows out, every row either parsed into
//! the register's types or rejected with its row number, field and reason.

pub mod shopify_customers;
pub mod shopify_orders;
mod text;

pub use text::decode;

use crate::domain::{Field, Problem};

/// A row that could not be taken, as the import report lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The row as a spreadsheet numbers it: the header is row 1.
    pub row: usize,
    pub field: Field,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is not a CSV file: {0}")]
    NotCsv(String),
    #[error("the file lacks the column {0:?}; is it the right export?")]
    MissingColumn(&'static str),
}
