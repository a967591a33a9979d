//! Reading the webshop's export files. Pure: bytes in, rows out, every row either parsed into
//! the register's types or rejected with its row number, field and reason.

mod clean;
pub mod shopify_customers;
pub mod shopify_orders;
mod text;
mod to_check;

pub use clean::cell;
pub use text::decode;
pub use to_check::{Unchecked, keep_to_check};

use std::collections::HashMap;

use crate::domain::{Field, FieldError, Problem};

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
    #[error(
        "the file mixes two character encodings (UTF-8 and Windows-1252); save it again in one"
    )]
    MixedEncoding,
}

/// A CSV reader for an export as it comes from the webshop (commas) or as a spreadsheet on
/// Finnish Windows saves it again (semicolons), told apart by the header line.
fn reader(text: &str) -> csv::Reader<&[u8]> {
    let header = text.lines().next().unwrap_or_default();
    let count = |separator: char| header.matches(separator).count();
    let delimiter = if count(';') > count(',') { b';' } else { b',' };
    csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
}

/// The records after the header, each with its row as a spreadsheet shows it: blank lines
/// count as rows, line breaks inside a quoted value do not.
fn numbered_records<'r>(
    text: &'r str,
    reader: &'r mut csv::Reader<&[u8]>,
) -> impl Iterator<Item = Result<(usize, csv::StringRecord), FileError>> + 'r {
    // Lines are counted up to each record's first character (the reader's position is where
    // it began skipping line ends and blank lines before it); the breaks inside earlier quoted
    // values are taken off again.
    let bytes = text.as_bytes();
    let (mut counted_to, mut lines, mut breaks_inside_values) = (0, 1, 0);
    reader.records().map(move |record| {
        let record = record.map_err(|e| FileError::NotCsv(e.to_string()))?;
        let mut start = record
            .position()
            .map_or(counted_to, |p| p.byte() as usize)
            .max(counted_to);
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        lines += bytes
            .get(counted_to..start)
            .map_or(0, |skipped| skipped.iter().filter(|&&b| b == b'\n').count());
        counted_to = start;
        let row = lines - breaks_inside_values;
        breaks_inside_values += record
            .iter()
            .map(|v| v.matches('\n').count())
            .sum::<usize>();
        Ok((row, record))
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(text: &str) -> Vec<(usize, String)> {
        let mut reader = reader(text);
        columns(&mut reader, &["A"]).expect("header");
        numbered_records(text, &mut reader)
            .map(|r| r.expect("record"))
            .map(|(row, record)| (row, record[0].to_owned()))
            .collect()
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let text = "A,B\r\nx,1\r\n\"two\r\nlines\",2\r\n\r\ny,3\r\n";
        let rows = rows_of(text);
        assert_eq!(
            rows,
            [(2, "x".into()), (3, "two\r\nlines".into()), (5, "y".into())]
        );
    }

    #[test]
    fn a_spreadsheet_saved_with_semicolons_is_read_too() {
        assert_eq!(
            rows_of("A;B\nMäkelä, Eero;1\n"),
            [(2, "Mäkelä, Eero".into())]
        );
    }
}
