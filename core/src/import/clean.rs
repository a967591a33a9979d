//! What a spreadsheet or a web form leaves in a value that is not part of it: the apostrophe
//! that marks a number as text, line breaks typed with Alt+Enter, invisible characters copied
//! from a web page, letters in decomposed form from a Mac.

use unicode_normalization::UnicodeNormalization;

use crate::domain::is_invisible;

/// A value of an export file as the register keeps it: a line break becomes ", " (a street
/// address typed on two lines is one line here), other control characters and invisible
/// characters are removed, and the text is in Unicode's composed form (NFC).
pub fn cell(raw: &str) -> String {
    let raw = raw.trim();
    // Shopify and spreadsheets put an apostrophe before numbers that must stay text
    // ('00100, '+358…); it is a marker, not part of the value.
    let raw = raw.strip_prefix('\'').unwrap_or(raw);
    // Most values are plain printable ASCII, already clean and composed.
    if raw.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return raw.to_owned();
    }
    let lines: Vec<String> = raw
        .split(['\n', '\r'])
        .map(|line| {
            line.chars()
                .filter(|&c| !c.is_control() || c == '\t')
                .map(|c| if c == '\t' { ' ' } else { c })
                .filter(|&c| !is_invisible(c))
                .collect::<String>()
        })
        .map(|line| line.trim().trim_end_matches(',').trim().to_owned())
        .filter(|line| !line.is_empty())
        .collect();
    lines.join(", ").nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_break_in_an_address_becomes_a_comma() {
        assert_eq!(cell("Kauppakatu 1\nB 12"), "Kauppakatu 1, B 12");
        assert_eq!(cell("Kauppakatu 1,\r\n\r\nB 12\n"), "Kauppakatu 1, B 12");
    }

    #[test]
    fn control_and_invisible_characters_are_removed() {
        assert_eq!(cell("Ma\u{200B}tti\u{0}"), "Matti");
        assert_eq!(cell("\u{FEFF}Häkkinen\u{202E}"), "Häkkinen");
        assert_eq!(cell("Aino\tMaria"), "Aino Maria");
    }

    #[test]
    fn letters_are_composed() {
        assert_eq!(cell("Ha\u{308}kkinen"), "H\u{e4}kkinen");
    }

    #[test]
    fn the_text_marker_apostrophe_goes() {
        assert_eq!(cell(" '00100 "), "00100");
        assert_eq!(cell("O'Brien"), "O'Brien");
    }
}
