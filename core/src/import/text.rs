use super::FileError;

/// The text of an export file: UTF-8 with or without a byte-order mark, or Windows-1252 (what
/// Excel on Finnish Windows saves), told apart by whether the bytes are valid UTF-8. A file
/// that is partly one and partly the other is refused rather than read with garbled letters.
pub fn decode(bytes: &[u8]) -> Result<String, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) if has_utf8_letters(bytes) => Err(FileError::MixedEncoding),
        Err(_) => Ok(encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned()),
    }
}

/// Whether the bytes hold UTF-8's two-byte letters (ä is C3 A4): in Windows-1252 those pairs
/// would read as "Ã¤", which no name or address contains.
fn has_utf8_letters(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .any(|pair| matches!(pair, [0xC3, 0x80..=0xBF]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_byte_order_mark_loses_the_mark() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFH\xC3\xA4kkinen").as_deref(),
            Ok("Häkkinen")
        );
    }

    #[test]
    fn windows_1252_is_recognised_and_decoded() {
        assert_eq!(
            decode(b"H\xE4kkinen \xC5kerlund \x80").as_deref(),
            Ok("Häkkinen Åkerlund €")
        );
    }

    #[test]
    fn a_file_of_both_encodings_is_refused() {
        assert_eq!(
            decode(b"H\xC3\xA4kkinen\nM\xE4kel\xE4\n"),
            Err(FileError::MixedEncoding)
        );
    }
}
