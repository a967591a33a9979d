//! Excel's "Unicode text" is UTF-16 with a byte-order mark: read as UTF-8, as it is decoded,
//! so the CSV reader and the row numbering see the same text as for any other export.

use std::io::{self, BufRead, Read};

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// The UTF-16 encoding whose byte-order mark `head` begins with, if any.
pub fn encoding_of(head: &[u8]) -> Option<&'static Encoding> {
    match head {
        [0xFF, 0xFE, ..] => Some(UTF_16LE),
        [0xFE, 0xFF, ..] => Some(UTF_16BE),
        _ => None,
    }
}

/// UTF-16 bytes read from `inner`, given out as UTF-8 without the byte-order mark. A sequence
/// that is not UTF-16 (half a surrogate pair, an odd byte at the end) is an error, not a
/// replacement character in somebody's name.
pub struct Utf8From<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    decoded: Vec<u8>,
    given: usize,
    ended: bool,
}

impl<R: BufRead> Utf8From<R> {
    pub fn new(inner: R, encoding: &'static Encoding) -> Self {
        Self {
            inner,
            decoder: encoding.new_decoder_with_bom_removal(),
            decoded: Vec::new(),
            given: 0,
            ended: false,
        }
    }

    /// Decodes the next bytes of `inner`; false once it has ended.
    fn decode_more(&mut self) -> io::Result<bool> {
        if self.ended {
            return Ok(false);
        }
        let input = self.inner.fill_buf()?;
        let last = input.is_empty();
        let room = self
            .decoder
            .max_utf8_buffer_length_without_replacement(input.len())
            .ok_or_else(|| io::Error::other("UTF-16 input too long to decode"))?;
        self.decoded.resize(room, 0);
        let (result, read, written) =
            self.decoder
                .decode_to_utf8_without_replacement(input, &mut self.decoded, last);
        if let encoding_rs::DecoderResult::Malformed(..) = result {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the file is not valid UTF-16",
            ));
        }
        self.decoded.truncate(written);
        self.given = 0;
        self.inner.consume(read);
        self.ended = last;
        Ok(true)
    }
}

impl<R: BufRead> Read for Utf8From<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.given == self.decoded.len() {
            if buf.is_empty() || !self.decode_more()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.decoded.len() - self.given);
        buf[..n].copy_from_slice(&self.decoded[self.given..self.given + n]);
        self.given += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    fn decoded(bytes: &[u8], chunk: usize) -> io::Result<String> {
        let encoding = encoding_of(bytes).expect("a byte-order mark");
        let buffered = io::BufReader::with_capacity(chunk, bytes);
        let mut text = String::new();
        Utf8From::new(buffered, encoding).read_to_string(&mut text)?;
        Ok(text)
    }

    #[test]
    fn utf16_in_either_byte_order_reads_as_utf8_however_it_is_cut() {
        let text = "Sukunimi\tEtunimi\r\nÅkerlund\tÄijä 🧵\r\n";
        for chunk in [1, 3, 64 * 1024] {
            assert_eq!(decoded(&utf16le(text), chunk).expect("decoded"), text);
        }
        let mut big_endian = vec![0xFE, 0xFF];
        big_endian.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decoded(&big_endian, 5).expect("decoded"), text);
    }

    #[test]
    fn broken_utf16_is_an_error_not_a_replacement_character() {
        let mut bytes = utf16le("Mäkelä");
        bytes.extend([0x00, 0xD8, b'x', 0x00]); // half a surrogate pair
        assert!(decoded(&bytes, 64).is_err());
        let mut odd = utf16le("Mäkelä");
        odd.push(b'x');
        assert!(decoded(&odd, 64).is_err());
    }

    #[test]
    fn only_a_utf16_byte_order_mark_is_taken_for_utf16() {
        assert_eq!(encoding_of(b"\xEF\xBB\xBFA"), None);
        assert_eq!(encoding_of(b"A,B"), None);
        assert_eq!(encoding_of(b"\xFF"), None);
    }
}
