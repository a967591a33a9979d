//! Reading an export file record by record, however large, with little memory: the bytes are
//! read as they are needed, each value decoded on its own (UTF-8, or Windows-1252 as Excel on
//! Finnish Windows saves), and each record numbered as a spreadsheet shows it.

use std::collections::{HashMap, VecDeque};
use std::io::{self, BufRead, BufReader, Read};

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::FileError;

/// An export file to read, its size for the progress shown while it is read, and when it was
/// last modified, where the system tells.
pub struct Source<'a> {
    read: Box<dyn Read + Send + 'a>,
    size: u64,
    modified: Option<DateTime<Utc>>,
}

impl<'a> Source<'a> {
    pub fn new(read: impl Read + Send + 'a, size: u64) -> Self {
        Self {
            read: Box::new(read),
            size,
            modified: None,
        }
    }

    /// A file opened for reading.
    pub fn file(file: std::fs::File) -> io::Result<Self> {
        let metadata = file.metadata()?;
        let modified = metadata.modified().ok().map(DateTime::<Utc>::from);
        Ok(Self {
            modified,
            ..Self::new(file, metadata.len())
        })
    }

    /// The same bytes, said to have been modified at `modified`.
    pub fn modified_at(self, modified: DateTime<Utc>) -> Self {
        Self {
            modified: Some(modified),
            ..self
        }
    }
}

impl<'a> From<&'a [u8]> for Source<'a> {
    fn from(bytes: &'a [u8]) -> Self {
        Self::new(bytes, bytes.len() as u64)
    }
}

impl<'a> From<&'a Vec<u8>> for Source<'a> {
    fn from(bytes: &'a Vec<u8>) -> Self {
        Self::from(bytes.as_slice())
    }
}

/// The bytes read so far that a record's row number may still need: from the start of the
/// last record on. Older bytes are let go, so the window holds about one record and the CSV
/// reader's buffer.
struct Tap<R> {
    inner: R,
    sha256: Sha256,
    window: VecDeque<u8>,
    /// The offset of the window's first byte, as the CSV reader counts positions.
    base: u64,
    /// The bytes of the file read so far, for the progress.
    read: u64,
}

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sha256.update(&buf[..n]);
        self.window.extend(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

impl<R> Tap<R> {
    fn byte(&self, offset: u64) -> Option<u8> {
        let index = usize::try_from(offset.checked_sub(self.base)?).ok()?;
        self.window.get(index).copied()
    }

    /// Lets go of the bytes before `offset`.
    fn forget_before(&mut self, offset: u64) {
        let drop = usize::try_from(offset.saturating_sub(self.base)).unwrap_or(usize::MAX);
        let drop = drop.min(self.window.len());
        self.window.drain(..drop);
        self.base += drop as u64;
    }
}

/// The records of an export after its header, each with its row as a spreadsheet shows it:
/// the header is row 1, blank lines count as rows, line breaks inside a quoted value do not.
pub struct Records<'a> {
    reader: csv::Reader<Tap<BufReader<Box<dyn Read + Send + 'a>>>>,
    columns: HashMap<String, usize>,
    size: u64,
    modified: Option<DateTime<Utc>>,
    record: csv::ByteRecord,
    /// Where the last record began, and how many lines lie before it.
    counted_to: u64,
    lines: usize,
    breaks_inside_values: usize,
    decoder: Decoder,
}

impl<'a> Records<'a> {
    /// Opens the export, checking that it has every required column; columns the register
    /// does not use are ignored. A file without one of them is refused whole: a missing column
    /// must not read as blank values.
    pub fn open(source: Source<'a>, required: &[&'static str]) -> Result<Self, FileError> {
        let (size, modified) = (source.size, source.modified);
        let mut buffered = BufReader::with_capacity(64 * 1024, source.read);
        let head = buffered.fill_buf().map_err(not_csv)?;
        let bom = head.starts_with(b"\xEF\xBB\xBF");
        let header = head.split(|&b| b == b'\n').next().unwrap_or_default();
        let count = |separator: u8| header.iter().filter(|&&b| b == separator).count();
        // A spreadsheet on Finnish Windows saves with semicolons; the webshop with commas.
        let delimiter = if count(b';') > count(b',') {
            b';'
        } else {
            b','
        };
        let skip = if bom { 3 } else { 0 };
        let mut sha256 = Sha256::new();
        sha256.update(&head[..skip]);
        buffered.consume(skip);
        let tap = Tap {
            inner: buffered,
            sha256,
            window: VecDeque::new(),
            // The CSV reader counts its positions from after the byte-order mark.
            base: 0,
            read: skip as u64,
        };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(tap);
        let mut decoder = Decoder::default();
        let mut columns = HashMap::new();
        for (i, header) in reader.byte_headers().map_err(not_csv)?.iter().enumerate() {
            let name = decoder.decode(header)?.trim().to_owned();
            // Two columns of one name: which of them holds the values is anyone's guess.
            if !name.is_empty() && columns.insert(name.clone(), i).is_some() {
                return Err(FileError::DuplicateColumn(name));
            }
        }
        if let Some(missing) = required.iter().find(|name| !columns.contains_key(**name)) {
            return Err(FileError::MissingColumn(missing));
        }
        Ok(Self {
            reader,
            columns,
            size,
            modified,
            record: csv::ByteRecord::new(),
            counted_to: 0,
            lines: 1,
            breaks_inside_values: 0,
            decoder,
        })
    }

    /// The position of a column by its header.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.get(name).copied()
    }

    /// How far through the file the reading is, as (bytes read, bytes in all).
    pub fn progress(&self) -> (u64, u64) {
        let read = self.reader.get_ref().read;
        (read, self.size.max(read))
    }

    /// When the file was last modified, where the system tells.
    pub fn modified(&self) -> Option<DateTime<Utc>> {
        self.modified
    }

    /// The SHA-256 of the bytes read so far.
    pub fn sha256(&self) -> String {
        hex::encode(self.reader.get_ref().sha256.clone().finalize())
    }

    /// The row a record that begins at byte `position` is on.
    fn row_at(&mut self, position: u64) -> usize {
        let tap = self.reader.get_mut();
        // Lines are counted up to the record's first character (the reader's position is
        // where it began skipping line ends and blank lines before it); the breaks inside
        // earlier quoted values are taken off again.
        let mut start = position.max(self.counted_to);
        while matches!(tap.byte(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        self.lines += (self.counted_to..start)
            .filter(|&offset| tap.byte(offset) == Some(b'\n'))
            .count();
        self.counted_to = start;
        tap.forget_before(start);
        self.lines - self.breaks_inside_values
    }
}

impl Iterator for Records<'_> {
    type Item = Result<(usize, Vec<String>), FileError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut record = std::mem::take(&mut self.record);
        let read = self.reader.read_byte_record(&mut record);
        let result = match read {
            Ok(false) => return None,
            Err(error) => Err(not_csv(error)),
            Ok(true) => {
                let position = record.position().map_or(self.counted_to, |p| p.byte());
                let row = self.row_at(position);
                let values: Result<Vec<String>, FileError> = record
                    .iter()
                    .map(|value| self.decoder.decode(value))
                    .collect();
                self.breaks_inside_values += record
                    .iter()
                    .map(|value| value.iter().filter(|&&b| b == b'\n').count())
                    .sum::<usize>();
                values.map(|values| (row, values))
            }
        };
        self.record = record;
        Some(result)
    }
}

/// Decodes values as the register reads text: UTF-8, or else Windows-1252. A file that holds
/// both is refused rather than read with garbled letters.
#[derive(Default)]
struct Decoder {
    utf8_seen: bool,
    windows_1252_seen: bool,
}

impl Decoder {
    fn decode(&mut self, bytes: &[u8]) -> Result<String, FileError> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => {
                self.utf8_seen |= !text.is_ascii();
                text.to_owned()
            }
            Err(_) => {
                self.windows_1252_seen = true;
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
                    .into_owned()
            }
        };
        if self.utf8_seen && self.windows_1252_seen {
            return Err(FileError::MixedEncoding);
        }
        Ok(text)
    }
}

fn not_csv(error: impl std::fmt::Display) -> FileError {
    FileError::NotCsv(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(bytes: &[u8]) -> Result<Vec<(usize, String)>, FileError> {
        Records::open(Source::from(bytes), &["A"])?
            .map(|record| record.map(|(row, values)| (row, values[0].clone())))
            .collect()
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let text = b"A,B\r\nx,1\r\n\"two\r\nlines\",2\r\n\r\ny,3\r\n";
        assert_eq!(
            rows_of(text),
            Ok(vec![
                (2, "x".into()),
                (3, "two\r\nlines".into()),
                (5, "y".into())
            ])
        );
    }

    #[test]
    fn rows_stay_numbered_far_beyond_any_buffer() {
        let mut text = String::from("A,B\n");
        for i in 0..20_000 {
            text.push_str(&format!("\"r{i}\nsecond line\",{i}\n"));
            if i % 1000 == 0 {
                text.push('\n');
            }
        }
        let rows = rows_of(text.as_bytes()).expect("reads");
        // Row 2 is r0, a blank line follows it, and every thousandth record adds another.
        assert_eq!(rows[0].0, 2);
        assert_eq!(rows[1].0, 4);
        assert_eq!(rows[19_999].0, 2 + 19_999 + 20);
    }

    #[test]
    fn a_spreadsheet_saved_with_semicolons_is_read_too() {
        assert_eq!(
            rows_of("A;B\nMäkelä, Eero;1\n".as_bytes()),
            Ok(vec![(2, "Mäkelä, Eero".into())])
        );
    }

    #[test]
    fn utf8_with_a_byte_order_mark_loses_the_mark() {
        assert_eq!(
            rows_of(b"\xEF\xBB\xBFA\nH\xC3\xA4kkinen\n"),
            Ok(vec![(2, "Häkkinen".into())])
        );
    }

    #[test]
    fn windows_1252_is_recognised_and_decoded() {
        assert_eq!(
            rows_of(b"A\nH\xE4kkinen \xC5kerlund \x80\n"),
            Ok(vec![(2, "Häkkinen Åkerlund €".into())])
        );
    }

    #[test]
    fn a_file_of_both_encodings_is_refused() {
        assert_eq!(
            rows_of(b"A\nH\xC3\xA4kkinen\nM\xE4kel\xE4\n"),
            Err(FileError::MixedEncoding)
        );
    }

    #[test]
    fn a_file_without_a_required_column_is_refused_whole() {
        assert_eq!(rows_of(b"B\n1\n"), Err(FileError::MissingColumn("A")));
        assert_eq!(
            rows_of(b"A,B,A\n1,2,3\n"),
            Err(FileError::DuplicateColumn("A".into()))
        );
    }
}
