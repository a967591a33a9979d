//! Orders and their lines. Amounts are integer cents; VAT rates are hundredths of a percent.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};

use super::{
    Country, Field, FieldError, FieldErrors, Money, PostalCode, Problem, optional_text,
    required_text,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStatus {
    Received,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}

impl OrderStatus {
    /// Whether the customer paid the order (through the webshop's payment provider): it was
    /// paid, and perhaps shipped and delivered since. A received order is not paid yet; a
    /// cancelled one says nothing either way.
    pub fn was_paid(self) -> bool {
        matches!(
            self,
            OrderStatus::Paid | OrderStatus::Shipped | OrderStatus::Delivered
        )
    }

    pub const ALL: [OrderStatus; 5] = [
        OrderStatus::Received,
        OrderStatus::Paid,
        OrderStatus::Shipped,
        OrderStatus::Delivered,
        OrderStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Received => "received",
            OrderStatus::Paid => "paid",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Cancelled => "cancelled",
        }
    }

    /// Whether an order that stands at `self` has got further than `other`: received, paid,
    /// shipped and delivered follow each other, and a cancellation ends the order at any
    /// point. A file exported before the register last heard of an order therefore cannot
    /// take its status back.
    pub fn is_beyond(self, other: OrderStatus) -> bool {
        let stage = |status| match status {
            OrderStatus::Received => 0,
            OrderStatus::Paid => 1,
            OrderStatus::Shipped => 2,
            OrderStatus::Delivered => 3,
            OrderStatus::Cancelled => 4,
        };
        stage(self) > stage(other)
    }
}

impl FromStr for OrderStatus {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        OrderStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == input)
            .ok_or_else(|| format!("unknown order status {input:?}"))
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A VAT rate in hundredths of a percent (Finland's general rate 25.5 % is 2550).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VatRate(u16);

impl VatRate {
    pub const FINNISH_GENERAL: VatRate = VatRate(2550);

    pub fn from_basis_points(value: i64) -> Result<Self, FieldError> {
        u16::try_from(value)
            .ok()
            .filter(|v| *v <= 10_000)
            .map(VatRate)
            .ok_or(FieldError::new(
                Field::VatRate,
                Problem::OutOfRange {
                    min: 0,
                    max: 10_000,
                },
            ))
    }

    pub fn basis_points(self) -> u16 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLineInput {
    pub product: String,
    pub quantity: i64,
    pub unit_price: Money,
    pub vat_rate_basis_points: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOrderLine {
    pub product: String,
    pub quantity: i32,
    pub unit_price: Money,
    pub vat_rate: VatRate,
}

/// The delivery address is a snapshot: it is what the carrier received, whatever the customer's
/// address is later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderInput {
    pub order_number: String,
    pub placed_at: DateTime<Utc>,
    pub status: OrderStatus,
    pub carrier: String,
    pub delivery_name: String,
    pub delivery_street_address: String,
    pub delivery_postal_code: String,
    pub delivery_city: String,
    pub delivery_country: String,
    pub lines: Vec<OrderLineInput>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOrder {
    pub order_number: String,
    pub placed_at: DateTime<Utc>,
    pub status: OrderStatus,
    pub carrier: Option<String>,
    pub delivery_name: Option<String>,
    pub delivery_street_address: Option<String>,
    pub delivery_postal_code: Option<PostalCode>,
    pub delivery_city: Option<String>,
    pub delivery_country: Country,
    pub lines: Vec<ValidOrderLine>,
}

const MAX_QUANTITY: i64 = 100_000;

/// What is wrong with a quantity that is not a whole number from 1 to 100,000.
pub fn quantity_out_of_range() -> FieldError {
    FieldError::new(
        Field::Quantity,
        Problem::OutOfRange {
            min: 1,
            max: MAX_QUANTITY,
        },
    )
}

impl OrderLineInput {
    fn validate(&self, errors: &mut FieldErrors) -> Option<ValidOrderLine> {
        let product = errors.take(required_text(Field::Product, &self.product, 200));
        let quantity = errors.take(
            i32::try_from(self.quantity)
                .ok()
                .filter(|q| (1..=MAX_QUANTITY).contains(&i64::from(*q)))
                .ok_or_else(quantity_out_of_range),
        );
        let unit_price = errors.take(if self.unit_price.cents() < 0 {
            Err(FieldError::new(
                Field::UnitPrice,
                Problem::OutOfRange {
                    min: 0,
                    max: i64::MAX,
                },
            ))
        } else {
            Ok(self.unit_price)
        });
        let vat_rate = errors.take(VatRate::from_basis_points(self.vat_rate_basis_points));
        Some(ValidOrderLine {
            product: product?,
            quantity: quantity?,
            unit_price: unit_price?,
            vat_rate: vat_rate?,
        })
    }
}

impl OrderInput {
    pub fn validate(&self) -> Result<ValidOrder, Vec<FieldError>> {
        let mut errors = FieldErrors::default();
        let order_number = errors.take(required_text(Field::OrderNumber, &self.order_number, 50));
        let carrier = errors.take(optional_text(Field::Carrier, &self.carrier, 100));
        let delivery_name =
            errors.take(optional_text(Field::DeliveryName, &self.delivery_name, 200));
        let delivery_street_address = errors.take(optional_text(
            Field::StreetAddress,
            &self.delivery_street_address,
            200,
        ));
        let delivery_country = errors.take(Country::parse(&self.delivery_country));
        let delivery_postal_code = errors.take(PostalCode::parse_optional(
            &self.delivery_postal_code,
            delivery_country.unwrap_or(Country::FINLAND),
        ));
        let delivery_city = errors.take(optional_text(Field::City, &self.delivery_city, 100));
        if self.lines.is_empty() {
            errors.push(FieldError::new(Field::OrderLines, Problem::Required));
        }
        let lines: Vec<Option<ValidOrderLine>> = self
            .lines
            .iter()
            .map(|line| line.validate(&mut errors))
            .collect();
        let lines: Option<Vec<ValidOrderLine>> = lines.into_iter().collect();
        let valid = (|| {
            Some(ValidOrder {
                order_number: order_number?,
                placed_at: self.placed_at,
                status: self.status,
                carrier: carrier?,
                delivery_name: delivery_name?,
                delivery_street_address: delivery_street_address?,
                delivery_postal_code: delivery_postal_code?,
                delivery_city: delivery_city?,
                delivery_country: delivery_country?,
                lines: lines?,
            })
        })();
        match valid {
            Some(order) if order.total().is_none() => {
                errors.push(FieldError::new(Field::OrderLines, Problem::TotalTooLarge));
                Err(errors.into_vec())
            }
            Some(order) if errors.is_empty() => Ok(order),
            _ => Err(errors.into_vec()),
        }
    }
}

impl ValidOrder {
    /// The order's total including VAT, or `None` if it would not fit in an i64 of cents
    /// (which validation refuses).
    pub fn total(&self) -> Option<Money> {
        let amounts: Option<Vec<Money>> = self
            .lines
            .iter()
            .map(|line| line.unit_price.times(i64::from(line.quantity)))
            .collect();
        Money::checked_sum(amounts?)
    }
}

/// One line of an order as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub line_no: i32,
    pub product: String,
    pub quantity: i32,
    pub unit_price: Money,
    pub vat_rate_basis_points: i32,
}

impl OrderLine {
    /// Quantity times unit price; `None` if it does not fit, which only a stored value that
    /// validation never saw can cause.
    pub fn amount(&self) -> Option<Money> {
        self.unit_price.times(i64::from(self.quantity))
    }
}

/// An order as the register holds it, with its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: i32,
    pub customer_id: Option<i32>,
    pub order_number: String,
    pub placed_at: DateTime<Utc>,
    pub status: OrderStatus,
    /// The carrier that received the delivery data: the one outside recipient of personal data.
    pub carrier: Option<String>,
    pub delivery_name: Option<String>,
    pub delivery_street_address: Option<String>,
    pub delivery_postal_code: Option<String>,
    pub delivery_city: Option<String>,
    pub delivery_country: Option<String>,
    pub lines: Vec<OrderLine>,
    /// Imported with a delivery postal code or country that does not validate, kept as
    /// written: [`Order::problems`] says which.
    pub to_check: bool,
}

impl Order {
    /// What is wrong with the stored delivery address: nothing unless an import kept a postal
    /// code or a country as written.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        let written = |value: &Option<String>| value.clone().unwrap_or_default();
        let country = Country::parse(&written(&self.delivery_country))
            .map_err(|error| problems.push(error))
            .unwrap_or(Country::FINLAND);
        if let Err(error) =
            PostalCode::parse_optional(&written(&self.delivery_postal_code), country)
        {
            problems.push(error);
        }
        problems
    }

    /// The sum of the lines; `None` if it does not fit (see [`OrderLine::amount`]).
    pub fn total(&self) -> Option<Money> {
        let amounts: Option<Vec<Money>> = self.lines.iter().map(OrderLine::amount).collect();
        Money::checked_sum(amounts?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(lines: Vec<OrderLineInput>) -> OrderInput {
        OrderInput {
            order_number: "OP-1001".into(),
            placed_at: Utc::now(),
            status: OrderStatus::Paid,
            carrier: "Posti".into(),
            delivery_name: "Aino Häkkinen".into(),
            delivery_street_address: "Kangaskuja 3".into(),
            delivery_postal_code: "40100".into(),
            delivery_city: "Jyväskylä".into(),
            delivery_country: "FI".into(),
            lines,
        }
    }

    fn line(quantity: i64, cents: i64) -> OrderLineInput {
        OrderLineInput {
            product: "Puuvillakangas, metri".into(),
            quantity,
            unit_price: Money::from_cents(cents),
            vat_rate_basis_points: 2550,
        }
    }

    #[test]
    fn an_order_moves_forward_and_ends_at_a_cancellation() {
        use OrderStatus::*;
        assert!(Paid.is_beyond(Received));
        assert!(Shipped.is_beyond(Paid));
        assert!(Delivered.is_beyond(Shipped));
        assert!(Cancelled.is_beyond(Delivered));
        assert!(!Paid.is_beyond(Shipped));
        assert!(!Shipped.is_beyond(Delivered));
        assert!(!Paid.is_beyond(Paid));
        assert!(!Received.is_beyond(Cancelled));
    }

    #[test]
    fn total_is_the_exact_sum_of_lines() {
        let valid = order(vec![line(3, 1290), line(1, 495)])
            .validate()
            .expect("valid order");
        assert_eq!(valid.total(), Some(Money::from_cents(3 * 1290 + 495)));
    }

    #[test]
    fn an_order_needs_lines_with_positive_quantities() {
        let errors = order(vec![]).validate().err().unwrap_or_default();
        assert_eq!(
            errors,
            [FieldError::new(Field::OrderLines, Problem::Required)]
        );
        let errors = order(vec![line(0, 100)])
            .validate()
            .err()
            .unwrap_or_default();
        assert_eq!(errors[0].field, Field::Quantity);
    }

    #[test]
    fn negative_prices_and_impossible_vat_rates_are_refused() {
        let bad = OrderLineInput {
            vat_rate_basis_points: 12_000,
            ..line(1, -5)
        };
        let fields: Vec<Field> = order(vec![bad])
            .validate()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, [Field::UnitPrice, Field::VatRate]);
    }
}
