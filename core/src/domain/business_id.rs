use std::fmt;

use super::{Field, FieldError, Problem};

/// A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessId(String);

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

impl BusinessId {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        Self::parse_as(Field::BusinessId, input)
    }

    /// Parses for another field, so that a VAT ID's Y-tunnus part reports the VAT ID field.
    pub(super) fn parse_as(field: Field, input: &str) -> Result<Self, FieldError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(FieldError::new(field, Problem::Required));
        }
        let malformed = || FieldError::new(field, Problem::NotABusinessId);
        // Old IDs have six digits before the hyphen; they are written with a leading zero now.
        let (body, check) = value.split_once('-').ok_or_else(malformed)?;
        let body = match body.len() {
            6 => format!("0{body}"),
            7 => body.to_owned(),
            _ => return Err(malformed()),
        };
        if !body.bytes().all(|b| b.is_ascii_digit())
            || check.len() != 1
            || !check.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(malformed());
        }
        let digits = body.bytes().map(|b| u32::from(b - b'0'));
        let expected =
            check_digit(digits).ok_or_else(|| FieldError::new(field, Problem::WrongCheckDigit))?;
        if check.bytes().next().map(|b| u32::from(b - b'0')) != Some(expected) {
            return Err(FieldError::new(field, Problem::WrongCheckDigit));
        }
        Ok(Self(format!("{body}-{check}")))
    }

    /// The eight digits without the hyphen, as in the Finnish VAT ID.
    pub fn digits(&self) -> String {
        self.0.replace('-', "")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The check digit for seven digits, or `None` when the remainder is 1 (never issued).
    pub fn check_digit_for(digits: [u32; 7]) -> Option<u32> {
        check_digit(digits.into_iter())
    }
}

fn check_digit(digits: impl Iterator<Item = u32>) -> Option<u32> {
    let sum: u32 = digits.zip(WEIGHTS).map(|(d, w)| d * w).sum();
    match sum % 11 {
        0 => Some(0),
        1 => None,
        remainder => Some(11 - remainder),
    }
}

impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shops_own_business_id_is_valid() {
        assert_eq!(
            BusinessId::parse("2631357-4").map(|b| b.to_string()),
            Ok("2631357-4".to_owned())
        );
    }

    #[test]
    fn a_six_digit_id_gets_its_leading_zero() {
        assert_eq!(
            BusinessId::parse("737546-2").map(|b| b.to_string()),
            Ok("0737546-2".to_owned())
        );
    }

    #[test]
    fn a_wrong_check_digit_is_refused() {
        assert_eq!(
            BusinessId::parse("2631357-5"),
            Err(FieldError::new(Field::BusinessId, Problem::WrongCheckDigit))
        );
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in [
            "26313574",
            "2631357-",
            "263135A-4",
            "12345678-9",
            "2631357-44",
        ] {
            assert_eq!(
                BusinessId::parse(bad),
                Err(FieldError::new(Field::BusinessId, Problem::NotABusinessId)),
                "{bad}"
            );
        }
    }
}
