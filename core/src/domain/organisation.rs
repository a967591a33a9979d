//! The controller's details printed on every register extract, letter and privacy notice.

use serde::{Deserialize, Serialize};

use super::{
    BusinessId, Country, Email, Field, FieldError, FieldErrors, Phone, PostalCode, optional_text,
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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOrganisation {
    pub controller_name: String,
    pub business_id: BusinessId,
    pub contact_person: String,
    pub email: Email,
    pub street_address: Option<String>,
    pub postal_code: Option<PostalCode>,
    pub city: Option<String>,
    pub phone: Option<Phone>,
}

impl OrganisationInput {
    pub fn validate(&self) -> Result<ValidOrganisation, Vec<FieldError>> {
        let mut errors = FieldErrors::default();
        let controller_name = errors.take(required_text(
            Field::ControllerName,
            &self.controller_name,
            200,
        ));
        let business_id = errors.take(BusinessId::parse(&self.business_id));
        let contact_person = errors.take(required_text(
            Field::ContactPerson,
            &self.contact_person,
            200,
        ));
        let email = errors.take(Email::parse(&self.email));
        let street_address = errors.take(optional_text(
            Field::StreetAddress,
            &self.street_address,
            200,
        ));
        let postal_code = errors.take(PostalCode::parse_optional(
            &self.postal_code,
            Country::FINLAND,
        ));
        let city = errors.take(optional_text(Field::City, &self.city, 100));
        let phone = errors.take(Phone::parse_optional(&self.phone));
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
            })
        })();
        match valid {
            Some(organisation) if errors.is_empty() => Ok(organisation),
            _ => Err(errors.into_vec()),
        }
    }
}
