use unicode_normalization::UnicodeNormalization;

use super::{Field, FieldError, Problem};

/// Trims the input and checks length and characters; an empty value is `None`. The text is
/// kept in Unicode's composed form (NFC), so that "ä" typed on a Mac, where it may arrive as
/// "a" and a combining diaeresis, is the same name as everywhere else.
pub fn optional_text(field: Field, input: &str, max: usize) -> Result<Option<String>, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let value: String = value.nfc().collect();
    if value.chars().count() > max {
        return Err(FieldError::new(field, Problem::TooLong { max }));
    }
    if value.chars().any(|c| c.is_control() || is_invisible(c)) {
        return Err(FieldError::new(field, Problem::ControlCharacters));
    }
    Ok(Some(value))
}

/// Characters that are not seen but change what is: zero-width spaces and joiners, the
/// byte-order mark, and the controls that reorder text from right to left (which can make a
/// name or address read differently from what is stored).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

pub fn required_text(field: Field, input: &str, max: usize) -> Result<String, FieldError> {
    optional_text(field, input, max)?.ok_or(FieldError::new(field, Problem::Required))
}

/// Like [`optional_text`] but keeps line breaks, for free text such as a review.
pub fn multiline_text(field: Field, input: &str, max: usize) -> Result<String, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Err(FieldError::new(field, Problem::Required));
    }
    if value.chars().count() > max {
        return Err(FieldError::new(field, Problem::TooLong { max }));
    }
    if value
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\r' && c != '\t') || is_invisible(c))
    {
        return Err(FieldError::new(field, Problem::ControlCharacters));
    }
    Ok(value.nfc().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_optional_text_is_none() {
        assert_eq!(optional_text(Field::City, "   ", 10), Ok(None));
    }

    #[test]
    fn text_is_trimmed() {
        assert_eq!(
            required_text(Field::City, "  Jyväskylä ", 20),
            Ok("Jyväskylä".to_owned())
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(required_text(Field::City, "ääkköset", 8).is_ok());
        assert_eq!(
            required_text(Field::City, "ääkkösetx", 8),
            Err(FieldError::new(Field::City, Problem::TooLong { max: 8 }))
        );
    }

    #[test]
    fn control_characters_are_refused() {
        assert_eq!(
            required_text(Field::FirstName, "Ma\u{0}tti", 20),
            Err(FieldError::new(
                Field::FirstName,
                Problem::ControlCharacters
            ))
        );
    }

    #[test]
    fn a_name_typed_in_decomposed_form_is_stored_composed() {
        let decomposed = "Ha\u{308}kkinen";
        assert_eq!(
            required_text(Field::LastName, decomposed, 20),
            Ok("H\u{e4}kkinen".to_owned())
        );
    }

    #[test]
    fn invisible_and_reordering_characters_are_refused() {
        for sneaky in [
            "Ma\u{200B}tti",
            "Matti\u{202E}nenikkäH",
            "\u{FEFF}Matti",
            "Ma\u{2066}tti",
        ] {
            assert_eq!(
                required_text(Field::FirstName, sneaky, 40),
                Err(FieldError::new(
                    Field::FirstName,
                    Problem::ControlCharacters
                )),
                "{sneaky:?}"
            );
        }
    }

    #[test]
    fn multiline_text_keeps_line_breaks() {
        assert_eq!(
            multiline_text(Field::ReviewText, "Hyvä.\nSuosittelen!", 100),
            Ok("Hyvä.\nSuosittelen!".to_owned())
        );
    }
}
