use std::fmt;

use super::{Field, FieldError, Problem};

/// An ISO 3166-1 alpha-2 country code in upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country([u8; 2]);

impl Country {
    pub const FINLAND: Country = Country(*b"FI");

    /// A blank country means Finland, where almost every customer of the shop lives.
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let value = input.trim();
        if value.is_empty() {
            return Ok(Self::FINLAND);
        }
        match value.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => Err(FieldError::new(Field::Country, Problem::NotACountryCode)),
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("FI")
    }

    /// Finland and Åland share the Finnish postal code system.
    pub fn uses_finnish_postal_codes(&self) -> bool {
        matches!(&self.0, b"FI" | b"AX")
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_finland_and_case_is_folded() {
        assert_eq!(Country::parse(""), Ok(Country::FINLAND));
        assert_eq!(Country::parse("se").map(|c| c.to_string()), Ok("SE".into()));
    }

    #[test]
    fn refuses_names_and_digits() {
        for bad in ["Suomi", "F1", "F"] {
            assert_eq!(
                Country::parse(bad),
                Err(FieldError::new(Field::Country, Problem::NotACountryCode))
            );
        }
    }
}
