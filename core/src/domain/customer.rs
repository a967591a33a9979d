//! A customer's basic data as the privacy notice lists it.

use chrono::{DateTime, Utc};

use super::{
    Country, Email, Field, FieldError, FieldErrors, Phone, PostalCode, Problem, VatId,
    optional_text, required_text,
};

const NAME_MAX: usize = 100;
const ADDRESS_MAX: usize = 200;

/// The fields as typed into a form or read from a file. Kept as text so that nothing the user
/// typed is lost when one field is wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerInput {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub newsletter: bool,
    pub webshop_username: String,
    pub company_name: String,
    pub vat_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCustomer {
    pub first_name: String,
    pub last_name: String,
    pub email: Option<Email>,
    pub phone: Option<Phone>,
    pub street_address: Option<String>,
    pub postal_code: Option<PostalCode>,
    pub city: Option<String>,
    pub country: Country,
    pub newsletter: bool,
    pub webshop_username: Option<String>,
    pub company_name: Option<String>,
    pub vat_id: Option<VatId>,
}

impl CustomerInput {
    pub fn validate(&self) -> Result<ValidCustomer, Vec<FieldError>> {
        let mut errors = FieldErrors::default();
        let first_name = errors.take(required_text(Field::FirstName, &self.first_name, NAME_MAX));
        let last_name = errors.take(required_text(Field::LastName, &self.last_name, NAME_MAX));
        let email = errors.take(Email::parse_optional(&self.email));
        let phone = errors.take(Phone::parse_optional(&self.phone));
        let street_address = errors.take(optional_text(
            Field::StreetAddress,
            &self.street_address,
            ADDRESS_MAX,
        ));
        let country = errors.take(Country::parse(&self.country));
        let postal_code = errors.take(PostalCode::parse_optional(
            &self.postal_code,
            country.unwrap_or(Country::FINLAND),
        ));
        let city = errors.take(optional_text(Field::City, &self.city, NAME_MAX));
        let webshop_username = errors.take(optional_text(
            Field::WebshopUsername,
            &self.webshop_username,
            NAME_MAX,
        ));
        let company_name = errors.take(optional_text(
            Field::CompanyName,
            &self.company_name,
            ADDRESS_MAX,
        ));
        let vat_id = errors.take(VatId::parse_optional(&self.vat_id));
        // "070-123 45 67" is a Finnish number and a Swedish one: abroad it needs its prefix.
        if let (Some(Some(_)), Some(country)) = (&phone, country)
            && !country.calls_as_finland()
            && !Phone::has_country_code(&self.phone)
        {
            errors.push(FieldError::new(Field::Phone, Problem::NoCountryCode));
        }
        if matches!(vat_id, Some(Some(_))) && matches!(company_name, Some(None)) {
            errors.push(FieldError::new(
                Field::CompanyName,
                Problem::RequiredForBusinessCustomer,
            ));
        }
        let valid = (|| {
            Some(ValidCustomer {
                first_name: first_name?,
                last_name: last_name?,
                email: email?,
                phone: phone?,
                street_address: street_address?,
                postal_code: postal_code?,
                city: city?,
                country: country?,
                newsletter: self.newsletter,
                webshop_username: webshop_username?,
                company_name: company_name?,
                vat_id: vat_id?,
            })
        })();
        match valid {
            Some(customer) if errors.is_empty() => Ok(customer),
            _ => Err(errors.into_vec()),
        }
    }
}

impl ValidCustomer {
    /// "first last", lower-cased: the key a name search matches against.
    pub fn name_key(&self) -> String {
        name_key(&self.first_name, &self.last_name)
    }

    /// "last first", lower-cased: the list sorts on it and a search by surname matches it.
    pub fn reversed_name_key(&self) -> String {
        name_key(&self.last_name, &self.first_name)
    }
}

/// Two names as one search key, lower-cased; a missing name leaves no space behind.
pub fn name_key(a: &str, b: &str) -> String {
    [a, b]
        .into_iter()
        .filter(|name| !name.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Everything the register holds about a customer's basic data. The webshop password is
/// represented only by whether a hash is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub id: i32,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub country: String,
    pub newsletter: bool,
    /// The customer refuses direct marketing, whatever the newsletter subscription.
    pub marketing_refused: bool,
    pub webshop_username: Option<String>,
    pub webshop_password_stored: bool,
    pub company_name: Option<String>,
    pub vat_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The webshop's own customer number, set by an import.
    pub webshop_customer_id: Option<String>,
    pub last_webshop_login_at: Option<DateTime<Utc>>,
    /// Imported with a value that does not validate, kept as written for staff to check; the
    /// customer form's validation says which. Saving the form clears it.
    pub to_check: bool,
    /// Give this back to the service's `customer::update`: it detects that someone else
    /// saved in between.
    pub version: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aino() -> CustomerInput {
        CustomerInput {
            first_name: "Aino".into(),
            last_name: "Häkkinen".into(),
            email: "aino.hakkinen@example.fi".into(),
            phone: "040 765 4321".into(),
            street_address: "Kangaskuja 3 B 12".into(),
            postal_code: "40100".into(),
            city: "Jyväskylä".into(),
            ..CustomerInput::default()
        }
    }

    fn failing_fields(input: CustomerInput) -> Vec<(Field, Problem)> {
        input
            .validate()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    }

    #[test]
    fn a_complete_customer_validates_and_normalises() {
        let customer = aino().validate().expect("valid customer");
        assert_eq!(
            customer.phone.as_ref().map(|p| p.to_string()),
            Some("+358407654321".into())
        );
        assert_eq!(customer.country, Country::FINLAND);
        assert_eq!(customer.name_key(), "aino häkkinen");
    }

    #[test]
    fn each_bad_field_is_named() {
        let input = CustomerInput {
            first_name: "".into(),
            email: "aino.example.fi".into(),
            phone: "12".into(),
            postal_code: "4010".into(),
            vat_id: "FI26313575".into(),
            company_name: "Tilkku Oy".into(),
            ..aino()
        };
        assert_eq!(
            failing_fields(input),
            [
                (Field::FirstName, Problem::Required),
                (Field::Email, Problem::NotAnEmail),
                (Field::Phone, Problem::NotAPhoneNumber),
                (Field::PostalCode, Problem::NotAPostalCode),
                (Field::VatId, Problem::WrongCheckDigit),
            ]
        );
    }

    #[test]
    fn a_vat_id_needs_a_company_name() {
        let input = CustomerInput {
            vat_id: "FI26313574".into(),
            ..aino()
        };
        assert_eq!(
            failing_fields(input),
            [(Field::CompanyName, Problem::RequiredForBusinessCustomer)]
        );
    }

    #[test]
    fn a_customer_abroad_gives_the_phone_with_its_country_code() {
        let abroad = |phone: &str, country: &str| CustomerInput {
            first_name: "Ulla".into(),
            last_name: "Koski".into(),
            phone: phone.into(),
            country: country.into(),
            ..CustomerInput::default()
        };
        let problems = abroad("070-123 45 67", "SE")
            .validate()
            .expect_err("ambiguous");
        assert_eq!(
            problems,
            [FieldError::new(Field::Phone, Problem::NoCountryCode)]
        );
        assert!(abroad("+46 70 123 45 67", "SE").validate().is_ok());
        assert!(abroad("040 123 4567", "AX").validate().is_ok());
    }
}
