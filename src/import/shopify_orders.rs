//! Shopify's orders export: one row per line item, the order's own columns filled on its first
//! row (and repeated or left blank on the others).

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use crate::domain::{Email, Field, FieldError, Money};

use super::{FileError, Rejected};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopifyOrder {
    /// The first row of the order.
    pub row: usize,
    pub email: Email,
    pub order: OrderInput,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub orders: Vec<ShopifyOrder>,
    pub rejected: Vec<Rejected>,
}

const REQUIRED: [&str; 5] = [
    "Name",
    "Email",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
];

/// Finland's general VAT rate, by the day of the order (24 % until 31 August 2024).
fn finnish_vat(placed_at: DateTime<Utc>) -> i64 {
    if placed_at.timestamp() < 1_725_138_000 {
        2400
    } else {
        2550
    }
}

fn status(financial: &str, fulfillment: &str) -> OrderStatus {
    match (
        financial.to_lowercase().as_str(),
        fulfillment.to_lowercase().as_str(),
    ) {
        ("refunded" | "voided", _) => OrderStatus::Cancelled,
        (_, "fulfilled") => OrderStatus::Shipped,
        ("paid" | "partially_refunded", _) => OrderStatus::Paid,
        _ => OrderStatus::Received,
    }
}

pub fn parse(text: &str) -> Result<Parsed, FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns = super::columns(&mut reader, &REQUIRED)?;
    // Rows grouped by order name, in file order.
    let mut groups: Vec<(String, Vec<(usize, csv::StringRecord)>)> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| FileError::NotCsv(format!("row {row}: {e}")))?;
        let name = columns
            .get("Name")
            .and_then(|&i| record.get(i))
            .unwrap_or_default()
            .trim()
            .to_owned();
        let slot = *index_of.entry(name.clone()).or_insert_with(|| {
            groups.push((name.clone(), Vec::new()));
            groups.len() - 1
        });
        groups[slot].1.push((row, record));
    }
    let mut parsed = Parsed::default();
    for (name, rows) in groups {
        let first_row = rows.first().map_or(0, |(row, _)| *row);
        // An order column: the first non-blank value among the order's rows.
        let field = |column: &str| -> String {
            rows.iter()
                .filter_map(|(_, record)| columns.get(column).and_then(|&i| record.get(i)))
                .map(str::trim)
                .find(|value| !value.is_empty())
                .unwrap_or_default()
                .to_owned()
        };
        let reject = |row: usize, error: FieldError| Rejected {
            row,
            field: error.field,
            problem: error.problem,
        };
        let email = match Email::parse(&field("Email")) {
            Ok(email) => email,
            Err(error) => {
                parsed.rejected.push(reject(first_row, error));
                continue;
            }
        };
        let placed_at = DateTime::parse_from_str(&field("Created at"), "%Y-%m-%d %H:%M:%S %z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|_| Utc::now());
        let mut lines = Vec::new();
        let mut bad = None;
        for (row, record) in &rows {
            let cell = |column: &str| {
                columns
                    .get(column)
                    .and_then(|&i| record.get(i))
                    .unwrap_or_default()
                    .trim()
            };
            let quantity = cell("Lineitem quantity").parse::<i64>().unwrap_or(0);
            match Money::parse(Field::UnitPrice, cell("Lineitem price")) {
                Ok(unit_price) => lines.push(OrderLineInput {
                    product: cell("Lineitem name").to_owned(),
                    quantity,
                    unit_price,
                    vat_rate_basis_points: finnish_vat(placed_at),
                }),
                Err(error) => {
                    bad = Some(reject(*row, error));
                    break;
                }
            }
        }
        if let Some(rejected) = bad {
            parsed.rejected.push(rejected);
            continue;
        }
        let street = [field("Shipping Address1"), field("Shipping Address2")]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let order = OrderInput {
            order_number: name,
            placed_at,
            status: status(&field("Financial Status"), &field("Fulfillment Status")),
            carrier: field("Shipping Method"),
            delivery_name: field("Shipping Name"),
            delivery_street_address: street,
            delivery_postal_code: field("Shipping Zip"),
            delivery_city: field("Shipping City"),
            delivery_country: field("Shipping Country"),
            lines,
        };
        match order.validate() {
            Ok(_) => parsed.orders.push(ShopifyOrder {
                row: first_row,
                email,
                order,
            }),
            Err(errors) => parsed
                .rejected
                .extend(errors.into_iter().map(|error| reject(first_row, error))),
        }
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Problem;

    #[test]
    fn refunded_orders_are_cancelled_and_fulfilled_ones_shipped() {
        assert_eq!(status("refunded", "fulfilled"), OrderStatus::Cancelled);
        assert_eq!(status("paid", "fulfilled"), OrderStatus::Shipped);
        assert_eq!(status("paid", ""), OrderStatus::Paid);
        assert_eq!(status("pending", ""), OrderStatus::Received);
    }

    #[test]
    fn a_bad_price_rejects_its_order() {
        let text = "Name,Email,Lineitem quantity,Lineitem name,Lineitem price\n#1,aino@example.com,1,Lanka,abc\n";
        let parsed = parse(text).expect("parses");
        assert_eq!(parsed.rejected.len(), 1);
        assert_eq!(parsed.rejected[0].problem, Problem::NotAnAmount);
    }
}
