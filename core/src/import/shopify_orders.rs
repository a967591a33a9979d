//! Shopify's orders export: one row per line item, the order's own columns filled on its first
//! row (and repeated or left blank on the others).

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::domain::customer::CustomerInput;
use crate::domain::order::{OrderInput, OrderLineInput, OrderStatus, quantity_out_of_range};
use crate::domain::{Email, Field, FieldError, Money, Problem};

use super::{FileError, RowProblem};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopifyOrder {
    /// The first row of the order.
    pub row: usize,
    pub email: Email,
    pub order: OrderInput,
    /// The buyer as the order's billing details give them (its delivery details where the
    /// file has no billing columns): the customer to create when the email matches nobody.
    pub buyer: CustomerInput,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub orders: Vec<ShopifyOrder>,
    pub rejected: Vec<RowProblem>,
}

/// The columns the register takes; a file without one of them is refused whole.
const REQUIRED: [&str; 15] = [
    "Name",
    "Email",
    "Financial Status",
    "Fulfillment Status",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Shipping Name",
    "Shipping Address1",
    "Shipping Address2",
    "Shipping City",
    "Shipping Zip",
    "Shipping Country",
    "Shipping Method",
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
    let mut reader = super::reader(text);
    let columns = super::columns(&mut reader, &REQUIRED)?;
    // Rows grouped by order name, in file order.
    let mut groups: Vec<(String, Vec<(usize, csv::StringRecord)>)> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for record in super::numbered_records(text, &mut reader) {
        let (row, record) = record?;
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
        match order_of(&columns, name, &rows) {
            Ok(order) => parsed.orders.push(order),
            Err(rejected) => parsed.rejected.extend(rejected),
        }
    }
    Ok(parsed)
}

/// One order from its rows, or every reason it cannot be taken, each on its own row.
fn order_of(
    columns: &HashMap<String, usize>,
    name: String,
    rows: &[(usize, csv::StringRecord)],
) -> Result<ShopifyOrder, Vec<RowProblem>> {
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
    let mut rejected = Vec::new();
    let email = Email::parse(&field("Email"))
        .map_err(|error| rejected.push(RowProblem::at(first_row, error)));
    let placed_at = placed_at(&field("Created at"))
        .map_err(|error| rejected.push(RowProblem::at(first_row, error)));
    let vat = placed_at.map_or(0, finnish_vat);
    let mut lines = Vec::new();
    for (row, record) in rows {
        let cell = |column: &str| {
            columns
                .get(column)
                .and_then(|&i| record.get(i))
                .unwrap_or_default()
                .trim()
        };
        let quantity = cell("Lineitem quantity")
            .parse::<i64>()
            .map_err(|_| rejected.push(RowProblem::at(*row, quantity_out_of_range())));
        let unit_price = Money::parse(Field::UnitPrice, cell("Lineitem price"))
            .map_err(|error| rejected.push(RowProblem::at(*row, error)));
        if let (Ok(quantity), Ok(unit_price)) = (quantity, unit_price) {
            lines.push(OrderLineInput {
                product: cell("Lineitem name").to_owned(),
                quantity,
                unit_price,
                vat_rate_basis_points: vat,
            });
        }
    }
    let (Ok(email), Ok(placed_at), true) = (email, placed_at, rejected.is_empty()) else {
        return Err(rejected);
    };
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
    let buyer = buyer(&field, &email, &order);
    match order.validate() {
        Ok(_) => Ok(ShopifyOrder {
            row: first_row,
            email,
            order,
            buyer,
        }),
        Err(errors) => Err(errors
            .into_iter()
            .map(|error| RowProblem::at(first_row, error))
            .collect()),
    }
}

/// The buyer from the billing columns, which Shopify's export has and a trimmed file may not;
/// without a billing name, the delivery details stand in. "Aino Maria Häkkinen" is first names
/// "Aino Maria" and last name "Häkkinen".
fn buyer(field: &dyn Fn(&str) -> String, email: &Email, order: &OrderInput) -> CustomerInput {
    let billing = |column: &str| super::cell(&field(column));
    let billed = !billing("Billing Name").is_empty();
    let name = if billed {
        billing("Billing Name")
    } else {
        super::cell(&order.delivery_name)
    };
    let (first_name, last_name) = match name.rsplit_once(' ') {
        Some((first, last)) => (first.trim().to_owned(), last.to_owned()),
        None => (name, String::new()),
    };
    let street = [billing("Billing Address1"), billing("Billing Address2")]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let (street_address, postal_code, city, country) = if billed {
        (
            street,
            billing("Billing Zip"),
            billing("Billing City"),
            billing("Billing Country"),
        )
    } else {
        (
            super::cell(&order.delivery_street_address),
            super::cell(&order.delivery_postal_code),
            super::cell(&order.delivery_city),
            super::cell(&order.delivery_country),
        )
    };
    CustomerInput {
        first_name,
        last_name,
        email: email.as_str().to_owned(),
        phone: billing("Billing Phone"),
        street_address,
        postal_code,
        city,
        country,
        company_name: billing("Billing Company"),
        ..CustomerInput::default()
    }
}

/// Shopify's "2026-11-20 14:31:00 +0200".
fn placed_at(value: &str) -> Result<DateTime<Utc>, FieldError> {
    if value.is_empty() {
        return Err(FieldError::new(Field::PlacedAt, Problem::Required));
    }
    DateTime::parse_from_str(value, "%Y-%m-%d %H:%M:%S %z")
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| FieldError::new(Field::PlacedAt, Problem::NotADate))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rows: &[&str]) -> String {
        let mut text = REQUIRED.join(",");
        for row in rows {
            text.push('\n');
            text.push_str(row);
        }
        text
    }

    #[test]
    fn the_buyer_comes_from_the_billing_columns_or_else_the_delivery() {
        let with_billing = format!(
            "{},Billing Name,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Country,Billing Phone\n\
             #1,aino@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Lahja Saaja,Katu 1,,Oulu,90100,FI,Posti,\
             Aino Maria Häkkinen,Kangaskuja 3,B 12,,Jyväskylä,40100,FI,'040 123 4567\n",
            REQUIRED.join(",")
        );
        let parsed = parse(&with_billing).expect("parses");
        let buyer = &parsed.orders[0].buyer;
        assert_eq!(
            (buyer.first_name.as_str(), buyer.last_name.as_str()),
            ("Aino Maria", "Häkkinen")
        );
        assert_eq!(buyer.street_address, "Kangaskuja 3, B 12");
        assert_eq!(
            (buyer.postal_code.as_str(), buyer.city.as_str()),
            ("40100", "Jyväskylä")
        );
        assert_eq!(buyer.phone, "040 123 4567");
        assert_eq!(buyer.email, "aino@example.com");
        let without = file(&[
            "#2,eero@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Eero Mäkelä,Torikatu 1,,Oulu,90100,FI,Posti",
        ]);
        let parsed = parse(&without).expect("parses");
        let buyer = &parsed.orders[0].buyer;
        assert_eq!(
            (buyer.first_name.as_str(), buyer.city.as_str()),
            ("Eero", "Oulu")
        );
    }

    #[test]
    fn refunded_orders_are_cancelled_and_fulfilled_ones_shipped() {
        assert_eq!(status("refunded", "fulfilled"), OrderStatus::Cancelled);
        assert_eq!(status("paid", "fulfilled"), OrderStatus::Shipped);
        assert_eq!(status("paid", ""), OrderStatus::Paid);
        assert_eq!(status("pending", ""), OrderStatus::Received);
    }

    #[test]
    fn every_bad_line_and_date_of_an_order_is_named_on_its_own_row() {
        let text = file(&[
            "#1,aino@example.com,paid,,eilen,1,Lanka,abc,,,,,,,",
            "#1,,,,,kaksi,Neulat,2.00,,,,,,,",
            "#1,,,,,1,Sakset,xyz,,,,,,,",
            "#2,aino@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,,,,,,,",
        ]);
        let parsed = parse(&text).expect("parses");
        let rejected = |row, field, problem| RowProblem {
            row,
            field,
            problem,
        };
        assert_eq!(
            parsed.rejected,
            [
                rejected(2, Field::PlacedAt, Problem::NotADate),
                rejected(2, Field::UnitPrice, Problem::NotAnAmount),
                rejected(
                    3,
                    Field::Quantity,
                    Problem::OutOfRange {
                        min: 1,
                        max: 100_000
                    }
                ),
                rejected(4, Field::UnitPrice, Problem::NotAnAmount),
            ]
        );
        assert_eq!(parsed.orders.len(), 1);
        assert_eq!(parsed.orders[0].order.order_number, "#2");
        assert_eq!(parsed.orders[0].row, 5);
    }
}
