//! A customer row whose values do not all validate is still a customer. What cannot be checked
//! here (a phone number with a typo, an email without a domain, a postal code of the wrong
//! shape) is kept as written and marked for staff to check; only a row without any name is
//! refused. Whether the customer can be told apart from others is decided by the caller, which
//! knows the customer number.

use crate::domain::customer::{CustomerInput, ValidCustomer};
use crate::domain::{Field, FieldError, Problem};

/// A value kept as written although it does not validate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unchecked {
    pub field: Field,
    pub problem: Problem,
    pub written: String,
}

/// The customer with every value that validates, and the values kept as written; or the errors
/// that no staff check can mend (no name at all, a name too long to be one).
pub fn keep_to_check(
    input: &CustomerInput,
) -> Result<(ValidCustomer, Vec<Unchecked>), Vec<FieldError>> {
    let errors = match input.validate() {
        Ok(valid) => return Ok((valid, Vec::new())),
        Err(errors) => errors,
    };
    let has_a_name = !input.first_name.is_empty() || !input.last_name.is_empty();
    let mut lenient = input.clone();
    let mut unchecked = Vec::new();
    let mut refused = Vec::new();
    for error in errors {
        let (slot, placeholder) = match (error.field, &error.problem) {
            (Field::FirstName, Problem::Required) if has_a_name => (&mut lenient.first_name, "-"),
            (Field::LastName, Problem::Required) if has_a_name => (&mut lenient.last_name, "-"),
            // A VAT ID without a company name: the ID is kept for staff to name the company.
            (Field::CompanyName, Problem::RequiredForBusinessCustomer) => (&mut lenient.vat_id, ""),
            (Field::Email, _) => (&mut lenient.email, ""),
            (Field::Phone, _) => (&mut lenient.phone, ""),
            (Field::StreetAddress, _) => (&mut lenient.street_address, ""),
            (Field::PostalCode, _) => (&mut lenient.postal_code, ""),
            (Field::City, _) => (&mut lenient.city, ""),
            (Field::Country, _) => (&mut lenient.country, ""),
            (Field::CompanyName, _) => (&mut lenient.company_name, ""),
            (Field::VatId, _) => (&mut lenient.vat_id, ""),
            _ => {
                refused.push(error);
                continue;
            }
        };
        let field = match error.problem {
            Problem::RequiredForBusinessCustomer => Field::VatId,
            _ => error.field,
        };
        unchecked.push(Unchecked {
            field,
            problem: error.problem,
            written: std::mem::replace(slot, placeholder.to_owned()),
        });
    }
    if !refused.is_empty() {
        return Err(refused);
    }
    let mut valid = lenient.validate()?;
    for kept in &unchecked {
        match kept.field {
            Field::FirstName => valid.first_name.clear(),
            Field::LastName => valid.last_name.clear(),
            _ => {}
        }
    }
    Ok((valid, unchecked))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aino() -> CustomerInput {
        CustomerInput {
            first_name: "Aino".into(),
            last_name: "Häkkinen".into(),
            email: "aino@example.com".into(),
            ..CustomerInput::default()
        }
    }

    #[test]
    fn a_valid_row_has_nothing_to_check() {
        let (valid, unchecked) = keep_to_check(&aino()).expect("valid");
        assert_eq!(valid.first_name, "Aino");
        assert_eq!(unchecked, []);
    }

    #[test]
    fn values_that_do_not_validate_are_kept_as_written() {
        let input = CustomerInput {
            phone: "040 12".into(),
            postal_code: "0010".into(),
            email: "aino@".into(),
            vat_id: "FI123".into(),
            ..aino()
        };
        let (valid, unchecked) = keep_to_check(&input).expect("kept");
        assert_eq!(
            (valid.phone, valid.email, valid.postal_code),
            (None, None, None)
        );
        let kept: Vec<(Field, &str)> = unchecked
            .iter()
            .map(|u| (u.field, u.written.as_str()))
            .collect();
        assert_eq!(
            kept,
            [
                (Field::Email, "aino@"),
                (Field::Phone, "040 12"),
                (Field::PostalCode, "0010"),
                (Field::VatId, "FI123"),
            ]
        );
    }

    #[test]
    fn one_name_is_enough_and_none_is_refused() {
        let only_first = CustomerInput {
            last_name: String::new(),
            ..aino()
        };
        let (valid, unchecked) = keep_to_check(&only_first).expect("kept");
        assert_eq!(
            (valid.first_name.as_str(), valid.last_name.as_str()),
            ("Aino", "")
        );
        assert_eq!(unchecked[0].field, Field::LastName);
        let nameless = CustomerInput {
            first_name: String::new(),
            ..only_first
        };
        let refused = keep_to_check(&nameless).expect_err("no name");
        assert!(refused.iter().all(|e| e.problem == Problem::Required));
    }

    #[test]
    fn a_vat_id_without_a_company_is_kept_to_check() {
        let input = CustomerInput {
            vat_id: "FI26313574".into(),
            ..aino()
        };
        let (valid, unchecked) = keep_to_check(&input).expect("kept");
        assert_eq!(valid.vat_id, None);
        assert_eq!(unchecked[0].field, Field::VatId);
        assert_eq!(unchecked[0].problem, Problem::RequiredForBusinessCustomer);
        assert_eq!(unchecked[0].written, "FI26313574");
    }
}
