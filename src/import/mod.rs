//! Reading the webshop's export files. Pure: bytes in, rows out, every row either parsed into
//! the register's types or rejected with its row number, field and reason.

pub mod shopify_customers;
pub mod shopify_orders;
mod text;

pub use text::decode;

use std::collections::HashMap;

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

/// The position of each column by its header, after checking that the required ones are there.
/// Columns the register does not use are simply ignored.
fn columns(
    reader: &mut csv::Reader<&[u8]>,
    required: &[&'static str],
) -> Result<HashMap<String, usize>, FileError> {
    let headers = reader
        .headers()
        .map_err(|e| FileError::NotCsv(e.to_string()))?;
    let columns: HashMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, header)| (header.trim().to_owned(), i))
        .collect();
    match required.iter().find(|name| !columns.contains_key(**name)) {
        Some(missing) => Err(FileError::MissingColumn(missing)),
        None => Ok(columns),
    }
}
