use std::fmt;

use super::{BusinessId, Field, FieldError, Problem};

/// An EU VAT identification number. Finnish ones (FI + the Y-tunnus digits) are checked with the
/// Y-tunnus check digit; those of other member states by their published format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VatId(String);

/// One character class of a format: a digit, a letter, or a digit or letter.
#[derive(Clone, Copy)]
enum Class {
    Digit,
    Letter,
    Alnum,
}

/// The formats of the part after the country prefix, written as patterns of 'd' (digit),
/// 'a' (letter) and 'x' (digit or letter); a country may have several.
fn formats(country: &str) -> Option<&'static [&'static str]> {
    Some(match country {
        "AT" => &["Udddddddd"],
        "BE" => &["dddddddddd"],
        "BG" => &["ddddddddd", "dddddddddd"],
        "CY" => &["dddddddda"],
        "CZ" => &["dddddddd", "ddddddddd", "dddddddddd"],
        "DE" => &["ddddddddd"],
        "DK" => &["dddddddd"],
        "EE" => &["ddddddddd"],
        "EL" => &["ddddddddd"],
        "ES" => &["xddddddda", "addddddda", "adddddddd", "dddddddda"],
        "FR" => &["xxddddddddd"],
        "HR" => &["ddddddddddd"],
        "HU" => &["dddddddd"],
        "IE" => &["dxdddddda", "ddddddda", "dddddddaa"],
        "IT" => &["ddddddddddd"],
        "LT" => &["ddddddddd", "dddddddddddd"],
        "LU" => &["dddddddd"],
        "LV" => &["ddddddddddd"],
        "MT" => &["dddddddd"],
        "NL" => &["dddddddddBdd"],
        "PL" => &["dddddddddd"],
        "PT" => &["ddddddddd"],
        "RO" => &[
            "dd",
            "ddd",
            "dddd",
            "ddddd",
            "dddddd",
            "ddddddd",
            "dddddddd",
            "ddddddddd",
            "dddddddddd",
        ],
        "SE" => &["dddddddddd01"],
        "SI" => &["dddddddd"],
        "SK" => &["dddddddddd"],
        "XI" => &["ddddddddd", "dddddddddddd", "GDddd", "HAddd"],
        _ => return None,
    })
}

fn matches(format: &str, body: &str) -> bool {
    format.len() == body.len()
        && format.bytes().zip(body.bytes()).all(|(f, b)| {
            let class = match f {
                b'd' => Class::Digit,
                b'a' => Class::Letter,
                b'x' => Class::Alnum,
                literal => return literal == b,
            };
            match class {
                Class::Digit => b.is_ascii_digit(),
                Class::Letter => b.is_ascii_uppercase(),
                Class::Alnum => b.is_ascii_digit() || b.is_ascii_uppercase(),
            }
        })
}

impl VatId {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '.')
            .collect::<String>()
            .to_uppercase();
        if compact.is_empty() {
            return Err(FieldError::new(Field::VatId, Problem::Required));
        }
        let (country, body) = compact.split_at(
            compact
                .char_indices()
                .nth(2)
                .map_or(compact.len(), |(i, _)| i),
        );
        if country == "FI" {
            return Self::parse_finnish(body);
        }
        let formats = formats(country)
            .ok_or_else(|| FieldError::new(Field::VatId, Problem::UnknownVatCountry))?;
        if formats.iter().any(|format| matches(format, body)) {
            Ok(Self(compact))
        } else {
            Err(FieldError::new(Field::VatId, Problem::NotAVatId))
        }
    }

    fn parse_finnish(body: &str) -> Result<Self, FieldError> {
        if body.len() != 8 || !body.bytes().all(|b| b.is_ascii_digit()) {
            return Err(FieldError::new(Field::VatId, Problem::NotAVatId));
        }
        let business_id =
            BusinessId::parse_as(Field::VatId, &format!("{}-{}", &body[..7], &body[7..]))?;
        Ok(Self(format!("FI{}", business_id.digits())))
    }

    pub fn parse_optional(input: &str) -> Result<Option<Self>, FieldError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(input).map(Some)
        }
    }

    /// The Finnish VAT ID of a business ID.
    pub fn from_business_id(business_id: &BusinessId) -> Self {
        Self(format!("FI{}", business_id.digits()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for VatId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(input: &str) -> Result<String, FieldError> {
        VatId::parse(input).map(|v| v.to_string())
    }

    #[test]
    fn finnish_vat_id_is_checked_with_the_business_id_check_digit() {
        assert_eq!(parsed("FI26313574"), Ok("FI26313574".into()));
        assert_eq!(parsed("fi 2631 3574"), Ok("FI26313574".into()));
        assert_eq!(
            parsed("FI26313575"),
            Err(FieldError::new(Field::VatId, Problem::WrongCheckDigit))
        );
        assert_eq!(
            parsed("FI2631357"),
            Err(FieldError::new(Field::VatId, Problem::NotAVatId))
        );
    }

    #[test]
    fn other_eu_vat_ids_are_checked_by_format() {
        assert_eq!(parsed("SE556036079301"), Ok("SE556036079301".into()));
        assert_eq!(parsed("DE 123456789"), Ok("DE123456789".into()));
        assert_eq!(parsed("ATU12345678"), Ok("ATU12345678".into()));
        assert_eq!(parsed("NL123456789B01"), Ok("NL123456789B01".into()));
        assert_eq!(
            parsed("SE5560360793"),
            Err(FieldError::new(Field::VatId, Problem::NotAVatId))
        );
        assert_eq!(
            parsed("DE12345678"),
            Err(FieldError::new(Field::VatId, Problem::NotAVatId))
        );
    }

    #[test]
    fn a_non_eu_prefix_is_refused() {
        assert_eq!(
            parsed("US123456789"),
            Err(FieldError::new(Field::VatId, Problem::UnknownVatCountry))
        );
    }

    #[test]
    fn business_id_gives_its_finnish_vat_id() {
        let business_id = BusinessId::parse("2631357-4").expect("valid business ID");
        assert_eq!(VatId::from_business_id(&business_id).as_str(), "FI26313574");
    }
}
