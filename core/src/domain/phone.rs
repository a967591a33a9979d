use std::fmt;

use phonenumber::{Mode, country};

use super::{Field, FieldError, Problem};

/// A phone number in E.164 form (+358401234567). Finnish numbers may be typed the usual local
/// ways (040 123 4567, 09-123 4567, +358 40 1234567, 00358…); other countries need their prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(FieldError::new(Field::Phone, Problem::Required));
        }
        let invalid = || FieldError::new(Field::Phone, Problem::NotAPhoneNumber);
        let value = spelled_plainly(value).ok_or_else(invalid)?;
        let number = phonenumber::parse(Some(country::Id::FI), &value).map_err(|_| invalid())?;
        if !number.is_valid() {
            return Err(invalid());
        }
        Ok(Self(number.format().mode(Mode::E164).to_string()))
    }

    pub fn parse_optional(input: &str) -> Result<Option<Self>, FieldError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(input).map(Some)
        }
    }

    /// Whether the number is written with its country calling code ("+46…", "0046…").
    pub fn has_country_code(input: &str) -> bool {
        spelled_plainly(input).is_some_and(|plain| plain.starts_with('+'))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A stored E.164 number grouped for reading: "+358 40 1234567". Anything that does not
    /// parse is shown as stored.
    pub fn display(stored: &str) -> String {
        phonenumber::parse(None, stored)
            .map(|number| number.format().mode(Mode::International).to_string())
            .unwrap_or_else(|_| stored.to_owned())
    }
}

/// The number with the ways people write it taken off: a spreadsheet's leading apostrophe,
/// spaces, dashes, dots, slashes and brackets; "00" as the international prefix (the parser only
/// knows "+"); and the Finnish trunk zero written after the country code ("+358 040 …",
/// "+358 (0)40 …"). `None` when anything but digits and a leading "+" is left.
fn spelled_plainly(input: &str) -> Option<String> {
    let input = input.trim().trim_start_matches('\'').replace("(0)", "");
    let mut plain = String::with_capacity(input.len());
    for (i, c) in input.chars().enumerate() {
        match c {
            '0'..='9' => plain.push(c),
            '+' if i == 0 => plain.push(c),
            ' ' | '\u{a0}' | '-' | '\u{2010}'..='\u{2015}' | '.' | '/' | '(' | ')' => {}
            _ => return None,
        }
    }
    let plain = match plain.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => plain,
    };
    Some(match plain.strip_prefix("+3580") {
        Some(national) => format!("+358{national}"),
        None => plain,
    })
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(input: &str) -> Result<String, FieldError> {
        Phone::parse(input).map(|p| p.to_string())
    }

    #[test]
    fn finnish_mobile_numbers_in_local_spellings_normalise_to_e164() {
        for spelling in [
            "040 123 4567",
            "0401234567",
            "040-1234567",
            "+358 40 123 4567",
            "+358401234567",
            "00358 40 123 4567",
            "(040) 123 4567",
        ] {
            assert_eq!(e164(spelling), Ok("+358401234567".to_owned()), "{spelling}");
        }
    }

    #[test]
    fn the_ways_people_write_a_number_in_a_spreadsheet_are_understood() {
        for spelling in [
            "+358 040 123 4567",
            "+358 (0)40 123 4567",
            "+358-(0)40-123-4567",
            "00358 040 1234567",
            "'+358 40 123 4567",
            "040.123.4567",
            "040/123 4567",
            "040\u{a0}123\u{a0}4567",
            "(040) 123-4567",
        ] {
            assert_eq!(e164(spelling), Ok("+358401234567".to_owned()), "{spelling}");
        }
    }

    #[test]
    fn an_old_helsinki_landline_form_normalises() {
        assert_eq!(e164("(09) 123 4567"), Ok("+35891234567".to_owned()));
        assert_eq!(e164("+358 (0)9 123 4567"), Ok("+35891234567".to_owned()));
    }

    #[test]
    fn helsinki_landline_normalises() {
        assert_eq!(e164("09 1234 567"), Ok("+35891234567".to_owned()));
    }

    #[test]
    fn swedish_number_with_prefix_is_kept_in_its_country() {
        assert_eq!(e164("+46 70 123 45 67"), Ok("+46701234567".to_owned()));
    }

    #[test]
    fn stored_numbers_are_grouped_for_reading() {
        assert_eq!(Phone::display("+358401234567"), "+358 40 1234567");
        assert_eq!(Phone::display("+35891234567"), "+358 9 1234567");
        assert_eq!(Phone::display("not a number"), "not a number");
    }

    #[test]
    fn refuses_letters_and_too_short_numbers() {
        for bad in [
            "puhelin",
            "12",
            "040 12",
            "+358 0",
            "040 123 4567 ext",
            "040+1234567",
        ] {
            assert_eq!(
                Phone::parse(bad),
                Err(FieldError::new(Field::Phone, Problem::NotAPhoneNumber)),
                "{bad}"
            );
        }
    }
}
