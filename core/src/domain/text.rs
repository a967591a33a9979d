use super::{Field, FieldError, Problem};

/// Trims the input and checks length and characters; an empty value is `None`.
pub fn optional_text(field: Field, input: &str, max: usize) -> Result<Option<String>, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max {
        return Err(FieldError::new(field, Problem::TooLong { max }));
    }
    if value.chars().any(char::is_control) {
        return Err(FieldError::new(field, Problem::ControlCharacters));
    }
    Ok(Some(value.to_owned()))
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
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new(field, Problem::ControlCharacters));
    }
    Ok(value.to_owned())
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
    fn multiline_text_keeps_line_breaks() {
        assert_eq!(
            multiline_text(Field::ReviewText, "Hyvä.\nSuosittelen!", 100),
            Ok("Hyvä.\nSuosittelen!".to_owned())
        );
    }
}
