//! Reading an export file record by record, however large, with little memory: the bytes are
//! read as they are needed, each value decoded on its own (UTF-8, or Windows-1252 as Excel on
//! Finnish Windows saves; a file with a UTF-16 byte-order mark, Excel's "Unicode text", is
//! decoded whole), and each record numbered as a spreadsheet shows it.

use std::collections::{HashMap, VecDeque};
use std::io::{self, BufRead, BufReader, Read};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::FileError;
use super::utf16;

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

/// What has been read of the file itself, before any decoding: its digest, for the report,
/// and how many bytes, for the progress.
#[derive(Default)]
struct Seen {
    sha256: Sha256,
    bytes: u64,
}

/// The file's own bytes, noted in [`Seen`] as they are read.
struct Noted<R> {
    inner: R,
    seen: Arc<Mutex<Seen>>,
}

impl<R: Read> Read for Noted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.sha256.update(&buf[..n]);
        seen.bytes += n as u64;
        Ok(n)
    }
}

/// The text read so far that a record's row number may still need: from the start of the
/// last record on. Older bytes are let go, so the window holds about one record and the CSV
/// reader's buffer.
struct Tap<R> {
    inner: R,
    window: VecDeque<u8>,
    /// The offset of the window's first byte, as the CSV reader counts positions.
    base: u64,
}

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.window.extend(&buf[..n]);
        Ok(n)
    }
}

impl<R> Tap<R> {
    fn byte(&self, offset: u64) -> Option<u8> {
        let index = usize::try_from(offset.checked_sub(self.base)?).ok()?;
        self.window.get(index).copied()
    }

    /// Whether a line ends at `offset`: a line feed, or a carriage return alone (as old Mac
    /// programs and some exports end lines); a CR LF pair ends one line, at its LF.
    fn line_ends_at(&self, offset: u64) -> bool {
        match self.byte(offset) {
            Some(b'\n') => true,
            Some(b'\r') => self.byte(offset + 1) != Some(b'\n'),
            _ => false,
        }
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
    seen: Arc<Mutex<Seen>>,
}

impl<'a> Records<'a> {
    /// Opens the export, checking that it has every required column; columns the register
    /// does not use are ignored. A file without one of them is refused whole: a missing column
    /// must not read as blank values.
    pub fn open(source: Source<'a>, required: &[&'static str]) -> Result<Self, FileError> {
        let (size, modified) = (source.size, source.modified);
        let seen = Arc::new(Mutex::new(Seen::default()));
        let noted = Noted {
            inner: source.read,
            seen: Arc::clone(&seen),
        };
        let mut raw = BufReader::with_capacity(64 * 1024, noted);
        let head = raw.fill_buf().map_err(not_csv)?;
        let text: Box<dyn Read + Send + 'a> = match utf16::encoding_of(head) {
            Some(encoding) => Box::new(utf16::Utf8From::new(raw, encoding)),
            None => Box::new(raw),
        };
        let mut buffered = BufReader::with_capacity(64 * 1024, text);
        let head = buffered.fill_buf().map_err(not_csv)?;
        let bom = head.starts_with(b"\xEF\xBB\xBF");
        let header = head.split(|&b| b == b'\n').next().unwrap_or_default();
        let count = |separator: &u8| header.iter().filter(|&b| b == separator).count();
        // The webshop separates with commas, a spreadsheet on Finnish Windows with semicolons,
        // and Excel's "Unicode text" with tabs: the one the header holds most of.
        let delimiter = [b',', b';', b'\t']
            .into_iter()
            .max_by_key(|separator| count(separator))
            .unwrap_or(b',');
        buffered.consume(if bom { 3 } else { 0 });
        let tap = Tap {
            inner: buffered,
            window: VecDeque::new(),
            // The CSV reader counts its positions from after the byte-order mark.
            base: 0,
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
            seen,
        })
    }

    /// The position of a column by its header.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.get(name).copied()
    }

    /// How far through the file the reading is, as (bytes read, bytes in all).
    pub fn progress(&self) -> (u64, u64) {
        let read = self.seen().bytes;
        (read, self.size.max(read))
    }

    fn seen(&self) -> std::sync::MutexGuard<'_, Seen> {
        self.seen.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// When the file was last modified, where the system tells.
    pub fn modified(&self) -> Option<DateTime<Utc>> {
        self.modified
    }

    /// The SHA-256 of the bytes read so far.
    pub fn sha256(&self) -> String {
        hex::encode(self.seen().sha256.clone().finalize())
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
            .filter(|&offset| tap.line_ends_at(offset))
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
                self.breaks_inside_values += record.iter().map(line_breaks).sum::<usize>();
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

/// The lines a value's text ends, counted as [`Tap::line_ends_at`] counts them.
fn line_breaks(value: &[u8]) -> usize {
    let lone_returns = value
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\r' && value.get(i + 1) != Some(&b'\n'))
        .count();
    value.iter().filter(|&&b| b == b'\n').count() + lone_returns
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
    fn lines_ended_by_carriage_returns_alone_are_numbered_too() {
        let text = b"A,B\rx,1\r\"two\rlines\",2\r\ry,3\r";
        assert_eq!(
            rows_of(text),
            Ok(vec![
                (2, "x".into()),
                (3, "two\rlines".into()),
                (5, "y".into())
            ])
        );
    }

    #[test]
    fn excel_unicode_text_is_read_as_tab_separated_utf16() {
        let text = "A\tB\r\nMäkelä, Eero; Åsa\t1\r\n\r\n\"kaksi\r\nriviä\"\t2\r\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            rows_of(&bytes),
            Ok(vec![
                (2, "Mäkelä, Eero; Åsa".into()),
                (4, "kaksi\r\nriviä".into())
            ])
        );
        let records = Records::open(Source::from(&bytes), &["A"]).expect("opens");
        let digest = hex::encode(Sha256::digest(&bytes));
        let read: Vec<_> = {
            let mut records = records;
            let rows: Vec<_> = records.by_ref().collect();
            assert_eq!(
                records.sha256(),
                digest,
                "the digest is of the file's own bytes"
            );
            assert_eq!(records.progress(), (bytes.len() as u64, bytes.len() as u64));
            rows
        };
        assert_eq!(read.len(), 2);
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
