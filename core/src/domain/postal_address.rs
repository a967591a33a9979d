//! A postal address for a letter to someone not in the register (a requester), as separate
//! fields, so that the envelope's window follows Posti's address rules: the street lines, the
//! postal code and the town in capitals on a line of their own, and for abroad the country
//! last. Either every line the letter needs is given, or none is.

use super::{Country, Field, FieldError, FieldErrors, PostalCode, multiline_text, required_text};

const STREET_MAX: usize = 300;
const CITY_MAX: usize = 100;

/// An address as typed: the street lines, the postal code, the town, and the country's code
/// (blank is Finland).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostalAddressInput {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
}

/// An address a letter can be posted to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostalAddress {
    pub street: String,
    pub postal_code: PostalCode,
    pub city: String,
    pub country: Country,
}

impl PostalAddressInput {
    /// Nothing typed: the country alone, which starts as Finland, is not an address.
    pub fn is_blank(&self) -> bool {
        [&self.street, &self.postal_code, &self.city]
            .iter()
            .all(|part| part.trim().is_empty())
    }

    /// None for a blank address; otherwise every part the envelope needs, each error at its
    /// own field.
    pub fn validate(&self) -> Result<Option<PostalAddress>, Vec<FieldError>> {
        if self.is_blank() {
            return Ok(None);
        }
        let mut errors = FieldErrors::default();
        let street = errors.take(multiline_text(
            Field::StreetAddress,
            &self.street,
            STREET_MAX,
        ));
        let country = errors.take(Country::parse(&self.country));
        let postal_code = errors.take(PostalCode::parse(
            &self.postal_code,
            country.unwrap_or(Country::FINLAND),
        ));
        let city = errors.take(required_text(Field::City, &self.city, CITY_MAX));
        match (street, postal_code, city, country) {
            (Some(street), Some(postal_code), Some(city), Some(country)) if errors.is_empty() => {
                Ok(Some(PostalAddress {
                    street,
                    postal_code,
                    city,
                    country,
                }))
            }
            _ => Err(errors.into_vec()),
        }
    }
}

/// An address kept in its fields, on one line as a list or a table shows it: "Kuusitie 3,
/// 33100 Tampere", and the country, as `name` gives it, when it is not Finland (or Åland).
/// None without street lines.
pub fn one_line(
    street: Option<&str>,
    postal_code: Option<&str>,
    city: Option<&str>,
    country: Option<&str>,
    name: impl Fn(&str) -> String,
) -> Option<String> {
    let mut parts: Vec<String> = street?.lines().map(str::to_owned).collect();
    let town = format!(
        "{} {}",
        postal_code.unwrap_or_default(),
        city.unwrap_or_default()
    );
    parts.push(town.trim().to_owned());
    parts.extend(
        country
            .filter(|code| !matches!(*code, "FI" | "AX"))
            .map(name),
    );
    parts.retain(|part| !part.trim().is_empty());
    Some(parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Problem;

    fn typed(street: &str, postal_code: &str, city: &str, country: &str) -> PostalAddressInput {
        PostalAddressInput {
            street: street.into(),
            postal_code: postal_code.into(),
            city: city.into(),
            country: country.into(),
        }
    }

    #[test]
    fn a_blank_address_is_none_and_a_partial_one_names_what_is_missing() {
        assert_eq!(typed("", "", "", "FI").validate(), Ok(None));
        let errors = typed("Kuusitie 3", "", "", "FI")
            .validate()
            .expect_err("no postal code or town");
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::PostalCode, Field::City]);
        let wrong = typed("Kuusitie 3", "3310", "Tampere", "FI")
            .validate()
            .expect_err("four digits");
        assert_eq!(wrong[0].problem, Problem::NotAPostalCode);
    }

    #[test]
    fn an_address_abroad_keeps_its_own_postal_code() {
        let address = typed("Storgatan 1", "114 51", "Stockholm", "se")
            .validate()
            .expect("valid")
            .expect("an address");
        assert_eq!(address.country.as_str(), "SE");
        assert_eq!(address.postal_code.as_str(), "114 51");
    }
}
