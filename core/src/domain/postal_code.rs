use std::fmt;

use super::{Country, Field, FieldError, Problem};

/// A postal code: five digits in Finland and Åland, a plain alphanumeric code elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostalCode(String);

impl PostalCode {
    pub fn parse(input: &str, country: Country) -> Result<Self, FieldError> {
        let value = input.trim();
        let invalid = || FieldError::new(Field::PostalCode, Problem::NotAPostalCode);
        if value.is_empty() {
            return Err(FieldError::new(Field::PostalCode, Problem::Required));
        }
        let valid = if country.uses_finnish_postal_codes() {
            value.len() == 5 && value.bytes().all(|b| b.is_ascii_digit())
        } else {
            (2..=10).contains(&value.len())
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
        };
        if valid {
            Ok(Self(value.to_ascii_uppercase()))
        } else {
            Err(invalid())
        }
    }

    pub fn parse_optional(input: &str, country: Country) -> Result<Option<Self>, FieldError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(input, country).map(Some)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_postal_code_is_five_digits() {
        assert!(PostalCode::parse("00100", Country::FINLAND).is_ok());
        assert!(
            PostalCode::parse("22100", Country::parse("AX").expect("AX is a country code")).is_ok()
        );
        for bad in ["0010", "001000", "OO100", "00 100"] {
            assert_eq!(
                PostalCode::parse(bad, Country::FINLAND),
                Err(FieldError::new(Field::PostalCode, Problem::NotAPostalCode)),
                "{bad}"
            );
        }
    }

    #[test]
    fn other_countries_take_their_own_formats() {
        let sweden = Country::parse("SE").expect("SE is a country code");
        assert_eq!(
            PostalCode::parse("113 51", sweden).map(|p| p.to_string()),
            Ok("113 51".into())
        );
        let uk = Country::parse("GB").expect("GB is a country code");
        assert!(PostalCode::parse("sw1a 1aa", uk).is_ok());
    }
}
