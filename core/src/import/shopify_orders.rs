//! Shopify's orders export: one row per line item, the order's own columns filled on its first
//! row (and repeated or left blank on the others).

use chrono::{DateTime, Utc};

use crate::domain::customer::CustomerInput;
use crate::domain::order::{
    OrderInput, OrderLineInput, OrderStatus, ValidOrder, quantity_out_of_range,
};
use crate::domain::{Email, Field, FieldError, Money, Problem};

use super::{FileError, FirstRows, Reading, Records, Row, RowProblem, Source, Unchecked};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopifyOrder {
    /// The first row of the order.
    pub row: usize,
    /// The order's email address, `None` when it does not validate: such an order is kept,
    /// its buyer made from the billing details with the address as written, to check.
    pub email: Option<Email>,
    pub order: ValidOrder,
    /// The values kept as written although they do not validate: the delivery postal code or
    /// country (the order is marked to check) and the email address (its buyer is).
    pub unchecked: Vec<Unchecked>,
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

/// The orders of an export, read an order at a time: Shopify writes an order's line items on
/// consecutive rows.
pub struct Orders<'a> {
    records: Records<'a>,
    /// The first record of the next order, read while looking for the end of the last one.
    next: Option<(usize, Vec<String>)>,
    /// The first row of each order number seen so far.
    first_of: FirstRows,
}

/// Opens the export; a file that is not the orders export is refused whole.
pub fn read(source: Source<'_>) -> Result<Orders<'_>, FileError> {
    Ok(Orders {
        records: Records::open(source, &REQUIRED)?,
        next: None,
        first_of: FirstRows::default(),
    })
}

/// The whole export at once, for a file known to be small.
pub fn parse(source: Source<'_>) -> Result<Parsed, FileError> {
    let mut parsed = Parsed::default();
    for row in read(source)? {
        match row? {
            Row::Taken(order) => parsed.orders.push(order),
            Row::Rejected(problems) => parsed.rejected.extend(problems),
        }
    }
    Ok(parsed)
}

impl Orders<'_> {
    fn name(&self, values: &[String]) -> String {
        let column = self.records.column("Name");
        column
            .and_then(|i| values.get(i))
            .map_or("", String::as_str)
            .trim()
            .to_owned()
    }
}

impl Iterator for Orders<'_> {
    type Item = Result<Row<ShopifyOrder>, FileError>;

    fn next(&mut self) -> Option<Self::Item> {
        let first = match self.next.take() {
            Some(first) => first,
            None => match self.records.next()? {
                Ok(first) => first,
                Err(error) => return Some(Err(error)),
            },
        };
        let name = self.name(&first.1);
        let mut rows = vec![first];
        loop {
            match self.records.next() {
                None => break,
                Some(Err(error)) => return Some(Err(error)),
                Some(Ok(record)) if self.name(&record.1) == name => rows.push(record),
                Some(Ok(record)) => {
                    self.next = Some(record);
                    break;
                }
            }
        }
        let first_row = rows[0].0;
        if let Some(earlier) = self.first_of.seen("order", &name) {
            let repeat = FieldError::new(
                Field::OrderNumber,
                Problem::DuplicateInFile { first_row: earlier },
            );
            return Some(Ok(Row::Rejected(vec![RowProblem::at(first_row, repeat)])));
        }
        self.first_of.note("order", &name, first_row);
        let records = &self.records;
        let column = |name: &str| records.column(name);
        Some(Ok(match order_of(&column, name, &rows) {
            Ok(order) => Row::Taken(order),
            Err(rejected) => Row::Rejected(rejected),
        }))
    }
}

/// One order from its rows, or every reason it cannot be taken, each on its own row.
fn order_of(
    column: &dyn Fn(&str) -> Option<usize>,
    name: String,
    rows: &[(usize, Vec<String>)],
) -> Result<ShopifyOrder, Vec<RowProblem>> {
    let first_row = rows.first().map_or(0, |(row, _)| *row);
    // An order column: the first non-blank value among the order's rows.
    let field = |name: &str| -> String {
        rows.iter()
            .filter_map(|(_, values)| column(name).and_then(|i| values.get(i)))
            .map(|value| value.trim())
            .find(|value| !value.is_empty())
            .unwrap_or_default()
            .to_owned()
    };
    let mut rejected = Vec::new();
    let mut unchecked = Vec::new();
    let written_email = field("Email");
    let email = match Email::parse(&written_email) {
        Ok(email) => Some(email),
        Err(error) => {
            unchecked.push(Unchecked {
                field: error.field,
                problem: error.problem,
                written: written_email.clone(),
            });
            None
        }
    };
    let placed_at = placed_at(&field("Created at"))
        .map_err(|error| rejected.push(RowProblem::at(first_row, error)));
    let vat = placed_at.map_or(0, finnish_vat);
    let mut lines = Vec::new();
    for (row, record) in rows {
        let cell = |name: &str| {
            column(name)
                .and_then(|i| record.get(i))
                .map_or("", |value| value.trim())
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
    let (Ok(placed_at), true) = (placed_at, rejected.is_empty()) else {
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
    let buyer = buyer(&field, &written_email, &order);
    match super::keep_order_to_check(&order) {
        Ok((valid, kept)) => {
            unchecked.extend(kept);
            Ok(ShopifyOrder {
                row: first_row,
                email,
                order: valid,
                unchecked,
                buyer,
            })
        }
        Err(errors) => Err(errors
            .into_iter()
            .map(|error| RowProblem::at(first_row, error))
            .collect()),
    }
}

/// The buyer from the billing columns, which Shopify's export has and a trimmed file may not;
/// without a billing name, the delivery details stand in. "Aino Maria Häkkinen" is first names
/// "Aino Maria" and last name "Häkkinen".
fn buyer(field: &dyn Fn(&str) -> String, email: &str, order: &OrderInput) -> CustomerInput {
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
        email: email.to_owned(),
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

impl Reading for Orders<'_> {
    type Taken = ShopifyOrder;

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
        let parsed = parse(with_billing.as_bytes().into()).expect("parses");
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
        let parsed = parse(without.as_bytes().into()).expect("parses");
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
        let parsed = parse(text.as_bytes().into()).expect("parses");
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
