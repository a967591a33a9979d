//! Shopify's customers export (Customers → Export → CSV). Extra columns are ignored.

use crate::domain::customer::{CustomerInput, ValidCustomer};

use super::{FileError, Rejected};

/// A row that parsed into a valid customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopifyCustomer {
    pub row: usize,
    /// Shopify's customer number: what a re-import matches on first.
    pub webshop_id: Option<String>,
    pub customer: ValidCustomer,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub customers: Vec<ShopifyCustomer>,
    pub rejected: Vec<Rejected>,
}

const REQUIRED: [&str; 4] = ["Customer ID", "First Name", "Last Name", "Email"];

/// Reads the export. A VAT ID is taken from a tag "VAT:…" or "ALV:…", Shopify having no
/// column for it.
pub fn parse(text: &str) -> Result<Parsed, FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns = super::columns(&mut reader, &REQUIRED)?;
    let mut parsed = Parsed::default();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| FileError::NotCsv(format!("row {row}: {e}")))?;
        // Shopify and spreadsheets put an apostrophe before numbers that must stay text
        // ('00100, '+358…); it is a marker, not part of the value.
        let cell = |name: &str| -> String {
            let value = columns
                .get(name)
                .and_then(|&i| record.get(i))
                .unwrap_or_default()
                .trim();
            value.strip_prefix('\'').unwrap_or(value).to_owned()
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
        match input.validate() {
            Ok(customer) => parsed.customers.push(ShopifyCustomer {
                row,
                webshop_id,
                customer,
            }),
            Err(errors) => parsed.rejected.extend(errors.into_iter().map(|e| Rejected {
                row,
                field: e.field,
                problem: e.problem,
            })),
        }
    }
    Ok(parsed)
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
        let file = "Customer ID,First Name,Last Name,Email,Default Address Zip,Phone\n\
                    '7001,Aino,Häkkinen,aino@example.com,'00100,'+358 40 123 4567\n";
        let parsed = parse(file).expect("a valid file");
        assert_eq!(parsed.rejected, vec![]);
        let first = &parsed.customers[0];
        assert_eq!(first.webshop_id.as_deref(), Some("7001"));
        let zip = first.customer.postal_code.as_ref().map(|p| p.as_str());
        assert_eq!(zip, Some("00100"));
        let phone = first.customer.phone.as_ref().map(|p| p.as_str());
        assert_eq!(phone, Some("+358401234567"));
    }

    #[test]
    fn a_file_without_the_email_column_is_refused_whole() {
        let result = parse("Customer ID,First Name,Last Name\n1,Aino,Häkkinen\n");
        assert_eq!(result.err(), Some(FileError::MissingColumn("Email")));
    }
}
