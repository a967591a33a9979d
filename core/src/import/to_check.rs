//! A customer row whose values do not all validate is still a customer. What cannot be checked
//! here (a phone number with a typo, an email without a domain, a postal code of the wrong
//! shape) is kept as written and marked for staff to check; only a row without any name is
//! refused. Whether the customer can be told apart from others is decided by the caller, which
//! knows the customer number.

use crate::domain::customer::{CustomerInput, ValidCustomer};
use crate::domain::order::{OrderInput, ValidOrder};
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

/// An order with every value that validates, and its delivery postal code or country kept as
/// written when they do not: an order is a bookkeeping voucher, and what the carrier was given
/// is what it was given. Errors no staff check can mend (no order number, no lines, an amount
/// that cannot be read) still refuse it.
pub fn keep_order_to_check(
    input: &OrderInput,
) -> Result<(ValidOrder, Vec<Unchecked>), Vec<FieldError>> {
    let mut lenient = input.clone();
    let mut unchecked = Vec::new();
    // A country kept as written leaves the postal code to be checked as Finnish, which may
    // refuse it in turn: the second round keeps that too.
    for _ in 0..2 {
        let errors = match lenient.validate() {
            Ok(valid) => return Ok((valid, unchecked)),
            Err(errors) => errors,
        };
        let mut refused = Vec::new();
        for error in errors {
            let slot = match error.field {
                Field::PostalCode => &mut lenient.delivery_postal_code,
                Field::Country => &mut lenient.delivery_country,
                _ => {
                    refused.push(error);
                    continue;
                }
            };
            unchecked.push(Unchecked {
                field: error.field,
                problem: error.problem,
                written: std::mem::take(slot),
            });
        }
        if !refused.is_empty() {
            return Err(refused);
        }
    }
    lenient.validate().map(|valid| (valid, unchecked))
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

    fn order(postal_code: &str, country: &str) -> OrderInput {
        OrderInput {
            order_number: "#1001".into(),
            placed_at: chrono::Utc::now(),
            status: crate::domain::order::OrderStatus::Paid,
            carrier: "Posti".into(),
            delivery_name: "Aino Häkkinen".into(),
            delivery_street_address: "Kangaskuja 3".into(),
            delivery_postal_code: postal_code.into(),
            delivery_city: "Jyväskylä".into(),
            delivery_country: country.into(),
            lines: vec![crate::domain::order::OrderLineInput {
                product: "Lanka".into(),
                quantity: 1,
                unit_price: crate::domain::Money::from_cents(295),
                vat_rate_basis_points: 2550,
            }],
        }
    }

    #[test]
    fn an_order_keeps_a_bad_postal_code_or_country_as_written() {
        let (valid, unchecked) = keep_order_to_check(&order("0012", "FI")).expect("kept");
        assert_eq!(valid.delivery_postal_code, None);
        assert_eq!(
            unchecked,
            [Unchecked {
                field: Field::PostalCode,
                problem: Problem::NotAPostalCode,
                written: "0012".into(),
            }]
        );
        let (_, unchecked) = keep_order_to_check(&order("00100", "Suomi")).expect("kept");
        let fields: Vec<Field> = unchecked.iter().map(|u| u.field).collect();
        assert_eq!(fields, [Field::Country]);
        assert!(
            keep_order_to_check(&order("40100", "FI"))
                .expect("valid")
                .1
                .is_empty()
        );
    }

    #[test]
    fn an_order_without_a_number_is_still_refused() {
        let mut input = order("0012", "FI");
        input.order_number.clear();
        let refused = keep_order_to_check(&input).expect_err("refused");
        assert_eq!(refused[0].field, Field::OrderNumber);
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
