use std::fmt;

use email_address::{EmailAddress, Options};

use super::{Field, FieldError, Problem};

/// An email address as a person types it into a form: no display name, a domain with a dot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

const MAX_LENGTH: usize = 254;

impl Email {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let value = input.trim();
        let invalid = || FieldError::new(Field::Email, Problem::NotAnEmail);
        if value.is_empty() {
            return Err(FieldError::new(Field::Email, Problem::Required));
        }
        if value.chars().count() > MAX_LENGTH {
            return Err(FieldError::new(
                Field::Email,
                Problem::TooLong { max: MAX_LENGTH },
            ));
        }
        let options = Options {
            minimum_sub_domains: 2,
            allow_domain_literal: false,
            allow_display_text: false,
            ..Options::default()
        };
        let address = EmailAddress::parse_with_options(value, options).map_err(|_| invalid())?;
        // The domain part is case-insensitive; the local part is kept as the customer wrote it.
        Ok(Self(format!(
            "{}@{}",
            address.local_part(),
            address.domain().to_lowercase()
        )))
    }

    pub fn parse_optional(input: &str) -> Result<Option<Self>, FieldError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(input).map(Some)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to find a customer by email regardless of case.
    pub fn search_key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_an_address_with_finnish_domain() {
        let email = Email::parse(" Aino.Mäkelä@Example.FI ").map(|e| e.to_string());
        assert_eq!(email, Ok("Aino.Mäkelä@example.fi".to_owned()));
    }

    #[test]
    fn refuses_addresses_without_at_sign_or_domain_dot() {
        for bad in [
            "aino",
            "aino@",
            "@example.fi",
            "aino@example",
            "Aino <a@b.fi>",
            "a b@c.fi",
        ] {
            assert_eq!(
                Email::parse(bad),
                Err(FieldError::new(Field::Email, Problem::NotAnEmail)),
                "{bad}"
            );
        }
    }

    #[test]
    fn blank_optional_email_is_none() {
        assert_eq!(Email::parse_optional("  "), Ok(None));
    }
}
