//! Shopify's customers export (Customers → Export → CSV). Extra columns are ignored.

use crate::domain::customer::{CustomerInput, ValidCustomer};
use crate::domain::{Field, FieldError, Problem};

use super::{
    FileError, FirstRows, Reading, Records, Row, RowProblem, Source, Unchecked, keep_to_check,
};

/// A row that names a customer: every value that validates, and those kept as written for
/// staff to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopifyCustomer {
    pub row: usize,
    /// Shopify's customer number: what a re-import matches on first.
    pub webshop_id: Option<String>,
    pub customer: ValidCustomer,
    pub unchecked: Vec<Unchecked>,
    /// The fields the row leaves blank: not in the file, rather than to be cleared.
    pub blank: Vec<Field>,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub customers: Vec<ShopifyCustomer>,
    pub rejected: Vec<RowProblem>,
}

/// The columns the register takes. A file without one of them is refused whole: a missing
/// column must not read as blank values that would clear what the register holds.
const REQUIRED: [&str; 14] = [
    "Customer ID",
    "First Name",
    "Last Name",
    "Email",
    "Accepts Email Marketing",
    "Default Address Company",
    "Default Address Address1",
    "Default Address Address2",
    "Default Address City",
    "Default Address Country Code",
    "Default Address Zip",
    "Default Address Phone",
    "Phone",
    "Tags",
];

/// The customers of an export, read a row at a time. A VAT ID is taken from a tag "VAT:…" or
/// "ALV:…", Shopify having no column for it. A row is refused only when it names nobody (no
/// name) or nobody in particular (neither a valid email address nor a customer number), or
/// repeats an earlier row's customer.
pub struct Customers<'a> {
    records: Records<'a>,
    repeats: Repeats,
}

/// Opens the export; a file that is not the customers export is refused whole.
pub fn read(source: Source<'_>) -> Result<Customers<'_>, FileError> {
    Ok(Customers {
        records: Records::open(source, &REQUIRED)?,
        repeats: Repeats::default(),
    })
}

/// The whole export at once, for a file known to be small.
pub fn parse(source: Source<'_>) -> Result<Parsed, FileError> {
    let mut parsed = Parsed::default();
    for row in read(source)? {
        match row? {
            Row::Taken(customer) => parsed.customers.push(customer),
            Row::Rejected(problems) => parsed.rejected.extend(problems),
        }
    }
    Ok(parsed)
}

impl Customers<'_> {
    fn row(&mut self, row: usize, values: &[String]) -> Row<ShopifyCustomer> {
        let records = &self.records;
        let cell = |name: &str| -> String {
            super::cell(
                records
                    .column(name)
                    .and_then(|i| values.get(i))
                    .map_or("", String::as_str),
            )
        };
        let street = [
            cell("Default Address Address1"),
            cell("Default Address Address2"),
        ]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
        let phone = Some(cell("Phone"))
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| cell("Default Address Phone"));
        let input = CustomerInput {
            first_name: cell("First Name"),
            last_name: cell("Last Name"),
            email: cell("Email"),
            phone,
            street_address: street,
            postal_code: cell("Default Address Zip"),
            city: cell("Default Address City"),
            country: cell("Default Address Country Code"),
            newsletter: cell("Accepts Email Marketing").eq_ignore_ascii_case("yes"),
            webshop_username: String::new(),
            company_name: cell("Default Address Company"),
            vat_id: vat_from_tags(&cell("Tags")),
        };
        let webshop_id = Some(cell("Customer ID")).filter(|id| !id.is_empty());
        // Shopify numbers its customers with digits; anything else is not its customer number,
        // and matching on it could join two people.
        if let Some(id) = &webshop_id
            && !is_customer_number(id)
        {
            let refused = FieldError::new(Field::WebshopCustomerId, Problem::NotACustomerNumber);
            return Row::Rejected(vec![RowProblem::at(row, refused)]);
        }
        let (customer, unchecked) = match keep_to_check(&input) {
            Ok(kept) => kept,
            Err(errors) => {
                return Row::Rejected(
                    errors
                        .into_iter()
                        .map(|error| RowProblem::at(row, error))
                        .collect(),
                );
            }
        };
        if customer.email.is_none() && webshop_id.is_none() {
            let unidentifiable = FieldError::new(Field::Email, Problem::Unidentifiable);
            return Row::Rejected(vec![RowProblem::at(row, unidentifiable)]);
        }
        let customer = ShopifyCustomer {
            row,
            webshop_id,
            customer,
            unchecked,
            blank: blank_fields(&input),
        };
        match self.repeats.first_row(&customer) {
            Some((field, first_row)) => {
                let repeat = FieldError::new(field, Problem::DuplicateInFile { first_row });
                Row::Rejected(vec![RowProblem::at(row, repeat)])
            }
            None => Row::Taken(customer),
        }
    }
}

impl Iterator for Customers<'_> {
    type Item = Result<Row<ShopifyCustomer>, FileError>;

    fn next(&mut self) -> Option<Self::Item> {
        let record = self.records.next()?;
        Some(record.map(|(row, values)| self.row(row, &values)))
    }
}

/// The customer numbers and email addresses seen so far: a customer that appears on two rows
/// is taken from the first only, as which of two differing rows is right is for staff to
/// decide, not the import.
#[derive(Default)]
struct Repeats(FirstRows);

impl Repeats {
    fn first_row(&mut self, customer: &ShopifyCustomer) -> Option<(Field, usize)> {
        let keys = [
            customer
                .webshop_id
                .clone()
                .map(|id| (Field::WebshopCustomerId, "id", id)),
            customer
                .customer
                .email
                .as_ref()
                .map(|e| (Field::Email, "email", e.search_key())),
        ];
        let repeat = keys
            .iter()
            .flatten()
            .find_map(|(field, kind, key)| Some((*field, self.0.seen(kind, key)?)));
        if repeat.is_none() {
            for (_, kind, key) in keys.iter().flatten() {
                self.0.note(kind, key, customer.row);
            }
        }
        repeat
    }
}

fn blank_fields(input: &CustomerInput) -> Vec<Field> {
    [
        (Field::FirstName, &input.first_name),
        (Field::LastName, &input.last_name),
        (Field::Email, &input.email),
        (Field::Phone, &input.phone),
        (Field::StreetAddress, &input.street_address),
        (Field::PostalCode, &input.postal_code),
        (Field::City, &input.city),
        (Field::Country, &input.country),
        (Field::CompanyName, &input.company_name),
        (Field::VatId, &input.vat_id),
    ]
    .into_iter()
    .filter(|(_, value)| value.is_empty())
    .map(|(field, _)| field)
    .collect()
}

fn vat_from_tags(tags: &str) -> String {
    tags.split(',')
        .map(str::trim)
        .find_map(|tag| {
            let lower = tag.to_lowercase();
            ["vat:", "alv:"]
                .iter()
                .find(|prefix| lower.starts_with(**prefix))
                .map(|prefix| tag[prefix.len()..].trim().to_owned())
        })
        .unwrap_or_default()
}

impl Reading for Customers<'_> {
    type Taken = ShopifyCustomer;

    fn progress(&self) -> (u64, u64) {
        self.records.progress()
    }

    fn sha256(&self) -> String {
        self.records.sha256()
    }

    fn modified(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.records.modified()
    }
}

/// A webshop customer number: 1 to 20 digits (Shopify's are 13 today), no sign.
fn is_customer_number(id: &str) -> bool {
    (1..=20).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vat_id_comes_from_a_tag() {
        assert_eq!(vat_from_tags("yritys, VAT: FI26313574"), "FI26313574");
        assert_eq!(vat_from_tags("alv:FI26313574"), "FI26313574");
        assert_eq!(vat_from_tags("kanta-asiakas"), "");
    }

    #[test]
    fn the_spreadsheet_text_marker_is_not_part_of_a_value() {
        let file = format!(
            "{}\n'7001,Aino,Häkkinen,aino@example.com,no,,,,,,'00100,,'+358 40 123 4567,\n",
            REQUIRED.join(",")
        );
        let parsed = parse(file.as_bytes().into()).expect("a valid file");
        assert_eq!(parsed.rejected, vec![]);
        let first = &parsed.customers[0];
        assert_eq!(first.webshop_id.as_deref(), Some("7001"));
        let zip = first.customer.postal_code.as_ref().map(|p| p.as_str());
        assert_eq!(zip, Some("00100"));
        let phone = first.customer.phone.as_ref().map(|p| p.as_str());
        assert_eq!(phone, Some("+358401234567"));
    }

    #[test]
    fn a_repeated_customer_number_or_email_is_taken_from_its_first_row_only() {
        let file = format!(
            "{}\n\
             1,Aino,Häkkinen,aino@example.com,no,,,,,,,,,\n\
             1,Aino,Häkkinen,aino.h@example.com,no,,,,,,,,,\n\
             2,Aino,Korhonen,AINO@example.com,no,,,,,,,,,\n",
            REQUIRED.join(",")
        );
        let parsed = parse(file.as_bytes().into()).expect("a valid file");
        assert_eq!(parsed.customers.len(), 1);
        let repeat = |row, field| RowProblem {
            row,
            field,
            problem: Problem::DuplicateInFile { first_row: 2 },
        };
        assert_eq!(
            parsed.rejected,
            [repeat(3, Field::WebshopCustomerId), repeat(4, Field::Email)]
        );
    }

    #[test]
    fn a_file_without_the_email_column_is_refused_whole() {
        let result = parse(
            "Customer ID,First Name,Last Name\n1,Aino,Häkkinen\n"
                .as_bytes()
                .into(),
        );
        assert_eq!(result.err(), Some(FileError::MissingColumn("Email")));
    }
}
