//! Orders for the tests: Aino's, delivered by Matkahuolto to Jyväskylä.

use chrono::{Duration, Utc};
use register::domain::Money;
use register::domain::order::{OrderInput, OrderLineInput, OrderStatus};

pub fn line(product: &str, quantity: i64, cents: i64) -> OrderLineInput {
    OrderLineInput {
        product: product.into(),
        quantity,
        unit_price: Money::from_cents(cents),
        vat_rate_basis_points: 2550,
    }
}

pub fn order_input(number: &str, days_ago: i64, lines: Vec<OrderLineInput>) -> OrderInput {
    OrderInput {
        order_number: number.into(),
        placed_at: Utc::now() - Duration::days(days_ago),
        status: OrderStatus::Delivered,
        carrier: "Matkahuolto".into(),
        delivery_name: "Aino Häkkinen".into(),
        delivery_street_address: "Kangaskuja 3 B 12".into(),
        delivery_postal_code: "40100".into(),
        delivery_city: "Jyväskylä".into(),
        delivery_country: "FI".into(),
        lines,
    }
}
