/// The text of an export file: UTF-8 with or without a byte-order mark, or Windows-1252 (what
/// Excel on Finnish Windows saves), told apart by whether the bytes are valid UTF-8.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn utf8_with_a_byte_order_mark_loses_the_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFH\xC3\xA4kkinen"), "Häkkinen");
    }

    #[test]
    fn windows_1252_is_recognised_and_decoded() {
        assert_eq!(
            decode(b"H\xE4kkinen \xC5kerlund \x80"),
            "Häkkinen Åkerlund €"
        );
    }
}
