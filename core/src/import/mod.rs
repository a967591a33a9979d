//! Reading the webshop's export files. No database: a file in, rows out, one at a time, every
//! row either parsed into the register's types or rejected with its row number, field and
//! reason.

mod clean;
pub mod shopify_customers;
pub mod shopify_orders;
mod source;
mod to_check;
mod utf16;

pub use clean::cell;
pub use source::{Records, Source};
pub use to_check::{Unchecked, keep_order_to_check, keep_to_check};

use crate::domain::{Field, FieldError, Problem};

/// One row of an export (or, for orders, the rows of one order): taken, or the reasons why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row<T> {
    Taken(T),
    Rejected(Vec<RowProblem>),
}

/// An export being read a row at a time.
pub trait Reading: Iterator<Item = Result<Row<Self::Taken>, FileError>> {
    type Taken;

    /// How far through the file the reading is, as (bytes read, bytes in all).
    fn progress(&self) -> (u64, u64);

    /// The SHA-256 of the bytes read so far: the whole file's once it is read.
    fn sha256(&self) -> String;

    /// When the file was last modified, where the system tells.
    fn modified(&self) -> Option<chrono::DateTime<chrono::Utc>>;
}

/// A row, or one value of a row, that could not be taken or was kept for staff to check, as
/// the import report lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row as a spreadsheet numbers it: the header is row 1, and a value with line breaks
    /// inside quotes stays on its row.
    pub row: usize,
    pub field: Field,
    pub problem: Problem,
}

impl RowProblem {
    /// The value of `row` that did not validate, and why.
    pub fn at(row: usize, error: FieldError) -> Self {
        Self {
            row,
            field: error.field,
            problem: error.problem,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is not a CSV file: {0}")]
    NotCsv(String),
    #[error("the file lacks the column {0:?}; is it the right export?")]
    MissingColumn(&'static str),
    #[error("the file has two columns named {0:?}; save it again with one")]
    DuplicateColumn(String),
    #[error(
        "the file mixes two character encodings (UTF-8 and Windows-1252); save it again in one"
    )]
    MixedEncoding,
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
}

/// The keys seen so far in a file (customer numbers, email addresses, order numbers), each with
/// the row it first appeared on. A key is kept as a 64-bit digest and its row as 32 bits, so
/// that a million rows take tens of megabytes; two different keys share a digest once in about
/// ten million files of a million rows, and would show as a repeat in the report.
#[derive(Default)]
struct FirstRows(std::collections::HashMap<u64, u32>);

impl FirstRows {
    /// The row `value` first appeared on, if it has.
    fn seen(&self, kind: &str, value: &str) -> Option<usize> {
        let row = *self.0.get(&digest(kind, value))?;
        usize::try_from(row).ok()
    }

    fn note(&mut self, kind: &str, value: &str, row: usize) {
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        self.0.entry(digest(kind, value)).or_insert(row);
    }
}

fn digest(kind: &str, value: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    (kind, value).hash(&mut hasher);
    hasher.finish()
}
