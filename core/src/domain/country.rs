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

    /// The EU's member states (with Åland) and Iceland, Liechtenstein and Norway: a transfer
    /// to any of them is no transfer to a third country.
    pub fn is_in_eea(&self) -> bool {
        const EEA: [&[u8; 2]; 31] = [
            b"AT", b"AX", b"BE", b"BG", b"CY", b"CZ", b"DE", b"DK", b"EE", b"ES", b"FI", b"FR",
            b"GR", b"HR", b"HU", b"IE", b"IS", b"IT", b"LI", b"LT", b"LU", b"LV", b"MT", b"NL",
            b"NO", b"PL", b"PT", b"RO", b"SE", b"SI", b"SK",
        ];
        EEA.contains(&&self.0)
    }

    /// Finland and Åland share the Finnish postal code system.
    pub fn uses_finnish_postal_codes(&self) -> bool {
        matches!(&self.0, b"FI" | b"AX")
    }

    /// Finland and Åland share the country calling code +358 too, so a number written without
    /// one is Finnish only there.
    pub fn calls_as_finland(&self) -> bool {
        self.uses_finnish_postal_codes()
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
    fn the_eea_is_the_eu_with_iceland_liechtenstein_and_norway() {
        let eea = |code: &str| Country::parse(code).expect("a code").is_in_eea();
        assert!(eea("se") && eea("NO") && eea("AX") && eea("GR"));
        assert!(!eea("US") && !eea("GB") && !eea("CH") && !eea("CA"));
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
