//! The controller's details printed on every register extract, letter and privacy notice.
//! Each is required (Art. 13(1)(a), 14(1)(a)): a customer must be able to write to the shop,
//! call it and find its privacy notice, so no customer document is made while one is missing.

use serde::{Deserialize, Serialize};

use super::{
    BusinessId, Country, Email, Field, FieldError, FieldErrors, Phone, PostalCode, Problem,
    required_text,
};

/// The controller as a document prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Controller {
    pub name: String,
    pub business_id: String,
    pub contact_person: String,
    pub email: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
}

impl Controller {
    /// The details a document needs that are empty, in the order the form shows them.
    pub fn missing(&self) -> Vec<Field> {
        [
            (Field::ControllerName, &self.name),
            (Field::BusinessId, &self.business_id),
            (Field::ContactPerson, &self.contact_person),
            (Field::Email, &self.email),
            (Field::Phone, &self.phone),
            (Field::StreetAddress, &self.street_address),
            (Field::PostalCode, &self.postal_code),
            (Field::City, &self.city),
        ]
        .into_iter()
        .filter(|(_, value)| value.trim().is_empty())
        .map(|(field, _)| field)
        .collect()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationInput {
    pub controller_name: String,
    pub business_id: String,
    pub contact_person: String,
    pub email: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub notice_address: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOrganisation {
    pub controller_name: String,
    pub business_id: BusinessId,
    pub contact_person: String,
    pub email: Email,
    pub street_address: String,
    pub postal_code: PostalCode,
    pub city: String,
    pub phone: Phone,
    pub notice_address: String,
}

impl OrganisationInput {
    pub fn validate(&self) -> Result<ValidOrganisation, Vec<FieldError>> {
        let mut errors = FieldErrors::default();
        let text = |field, value: &str, max| required_text(field, value, max);
        let controller_name = errors.take(text(Field::ControllerName, &self.controller_name, 200));
        let business_id = errors.take(BusinessId::parse(&self.business_id));
        let contact_person = errors.take(text(Field::ContactPerson, &self.contact_person, 200));
        let email = errors.take(Email::parse(&self.email));
        let street_address = errors.take(text(Field::StreetAddress, &self.street_address, 200));
        let postal_code = errors.take(PostalCode::parse(&self.postal_code, Country::FINLAND));
        let city = errors.take(text(Field::City, &self.city, 100));
        let phone = errors.take(Phone::parse(&self.phone));
        let notice_address = errors.take(web_address(&self.notice_address));
        let valid = (|| {
            Some(ValidOrganisation {
                controller_name: controller_name?,
                business_id: business_id?,
                contact_person: contact_person?,
                email: email?,
                street_address: street_address?,
                postal_code: postal_code?,
                city: city?,
                phone: phone?,
                notice_address: notice_address?,
            })
        })();
        match valid {
            Some(organisation) if errors.is_empty() => Ok(organisation),
            _ => Err(errors.into_vec()),
        }
    }
}

/// The page where the notice is published: an http(s) address with a host, as typed but
/// without spaces around it.
fn web_address(input: &str) -> Result<String, FieldError> {
    let value = input.trim();
    let error = |problem| FieldError::new(Field::NoticeAddress, problem);
    if value.is_empty() {
        return Err(error(Problem::Required));
    }
    if value.chars().count() > 300 {
        return Err(error(Problem::TooLong { max: 300 }));
    }
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or(error(Problem::NotAWebAddress))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let plain = !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if !plain || !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return Err(error(Problem::NotAWebAddress));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> OrganisationInput {
        OrganisationInput {
            controller_name: "Ompelijan paratiisi".into(),
            business_id: "2631357-4".into(),
            contact_person: "Pauliina Korhonen".into(),
            email: "asiakaspalvelu@ompelijanparatiisi.fi".into(),
            street_address: "Kauppakatu 5".into(),
            postal_code: "33100".into(),
            city: "Tampere".into(),
            phone: "03 1234 5678".into(),
            notice_address: "https://ompelijanparatiisi.fi/tietosuoja".into(),
        }
    }

    #[test]
    fn every_detail_a_customer_needs_is_required() {
        assert!(complete().validate().is_ok());
        let fields: Vec<Field> = OrganisationInput::default()
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|error| error.field)
            .collect();
        for field in [
            Field::ControllerName,
            Field::BusinessId,
            Field::ContactPerson,
            Field::Email,
            Field::StreetAddress,
            Field::PostalCode,
            Field::City,
            Field::Phone,
            Field::NoticeAddress,
        ] {
            assert!(fields.contains(&field), "{field:?} is not required");
        }
    }

    #[test]
    fn the_notice_address_is_a_web_page() {
        for bad in [
            "ompelijanparatiisi.fi",
            "https://",
            "https://local",
            "ftp://a.fi",
            "https://a .fi/x",
        ] {
            let input = OrganisationInput {
                notice_address: bad.into(),
                ..complete()
            };
            let errors = input.validate().unwrap_err();
            assert_eq!(errors[0].field, Field::NoticeAddress, "{bad}");
        }
    }

    #[test]
    fn missing_names_the_empty_details() {
        let controller = Controller {
            name: "Ompelijan paratiisi".into(),
            business_id: "2631357-4".into(),
            contact_person: "Pauliina Korhonen".into(),
            email: "asiakaspalvelu@ompelijanparatiisi.fi".into(),
            city: " ".into(),
            ..Controller::default()
        };
        assert_eq!(
            controller.missing(),
            [
                Field::Phone,
                Field::StreetAddress,
                Field::PostalCode,
                Field::City
            ]
        );
    }
}
