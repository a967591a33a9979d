//! Believable fictional customers with orders and reviews, for trying the app and for tests.
//! Emails use domains reserved for examples, so no message can reach a real person.

mod vocabulary;

use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use rand::seq::SliceRandom;

use crate::domain::customer::CustomerInput;
use crate::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use crate::domain::review::ReviewInput;
use crate::domain::{BusinessId, Money, VatId};
use vocabulary::*;

pub struct DemoCustomer {
    pub customer: CustomerInput,
    pub orders: Vec<OrderInput>,
    pub reviews: Vec<ReviewInput>,
}

const EMAIL_DOMAINS: &[&str] = &["example.com", "example.net", "example.org"];

/// How many orders a heavy customer has: a business that has bought for years.
pub const HEAVY_ORDERS: usize = 1_000;

/// Makes one fictional customer. `serial` makes emails, usernames and order numbers unique;
/// `order_serial` is advanced past the order numbers used. A `heavy` customer has
/// [`HEAVY_ORDERS`] orders; the others have three on average.
pub fn customer(
    rng: &mut impl Rng,
    serial: u64,
    order_serial: &mut u64,
    now: DateTime<Utc>,
    heavy: bool,
) -> DemoCustomer {
    let first = pick(rng, FIRST_NAMES);
    let last = pick(rng, LAST_NAMES);
    let (city, postal_prefix, country) = *TOWNS.choose(rng).unwrap_or(&TOWNS[0]);
    let street = format!(
        "{} {}{}",
        pick(rng, STREETS),
        rng.gen_range(1..80),
        if rng.gen_bool(0.4) {
            format!(" {} {}", pick(rng, &["A", "B", "C"]), rng.gen_range(1..40))
        } else {
            String::new()
        }
    );
    let postal_code = format!("{postal_prefix}{:02}", rng.gen_range(0..10) * 10);
    let handle = format!("{}.{}", ascii_fold(first), ascii_fold(last));
    let business = rng.gen_bool(0.08);
    let (company_name, vat_id) = if business {
        (pick(rng, COMPANY_NAMES).to_owned(), business_vat_id(rng))
    } else {
        (String::new(), String::new())
    };
    let customer = CustomerInput {
        first_name: first.to_owned(),
        last_name: last.to_owned(),
        email: format!("{handle}.{serial}@{}", pick(rng, EMAIL_DOMAINS)),
        phone: format!(
            "{} {} {}",
            pick(rng, &["040", "044", "045", "050"]),
            rng.gen_range(100..1000),
            rng.gen_range(1000..10000)
        ),
        street_address: street.clone(),
        postal_code: postal_code.clone(),
        city: city.to_owned(),
        country: country.to_owned(),
        newsletter: rng.gen_bool(0.45),
        webshop_username: if rng.gen_bool(0.8) {
            format!("{handle}{serial}")
        } else {
            String::new()
        },
        company_name,
        vat_id,
    };
    let order_count = match rng.gen_range(0..100) {
        _ if heavy => HEAVY_ORDERS,
        0..15 => 0,
        15..85 => rng.gen_range(1..5),
        _ => rng.gen_range(5..12),
    };
    let orders = (0..order_count)
        .map(|_| {
            *order_serial += 1;
            order(rng, *order_serial, &customer, now)
        })
        .collect();
    let reviews = (0..rng.gen_range(0..3))
        .map(|_| {
            let (rating, text) = *REVIEW_TEXTS.choose(rng).unwrap_or(&REVIEW_TEXTS[0]);
            ReviewInput {
                product: PRODUCTS.choose(rng).map_or("", |(name, _)| name).to_owned(),
                rating: i64::from(rating),
                text: text.to_owned(),
            }
        })
        .collect();
    DemoCustomer {
        customer,
        orders,
        reviews,
    }
}

fn order(
    rng: &mut impl Rng,
    number: u64,
    customer: &CustomerInput,
    now: DateTime<Utc>,
) -> OrderInput {
    let placed_at = now - Duration::minutes(rng.gen_range(60..3 * 365 * 24 * 60));
    let age_days = (now - placed_at).num_days();
    let status = match (age_days, rng.gen_range(0..100)) {
        (_, 0..3) => OrderStatus::Cancelled,
        (0..2, _) => OrderStatus::Paid,
        (2..5, _) => OrderStatus::Shipped,
        _ => OrderStatus::Delivered,
    };
    let lines = (0..rng.gen_range(1..5))
        .map(|_| {
            let (product, cents) = *PRODUCTS.choose(rng).unwrap_or(&PRODUCTS[0]);
            OrderLineInput {
                product: product.to_owned(),
                quantity: rng.gen_range(1..4),
                unit_price: Money::from_cents(cents),
                vat_rate_basis_points: if placed_at.timestamp() < VAT_25_5_FROM {
                    2400
                } else {
                    2550
                },
            }
        })
        .collect();
    OrderInput {
        order_number: format!("OP-{number}"),
        placed_at,
        status,
        carrier: pick(rng, CARRIERS).to_owned(),
        delivery_name: format!("{} {}", customer.first_name, customer.last_name),
        delivery_street_address: customer.street_address.clone(),
        delivery_postal_code: customer.postal_code.clone(),
        delivery_city: customer.city.clone(),
        delivery_country: customer.country.clone(),
        lines,
    }
}

/// Finland's general VAT rate rose from 24 % to 25.5 % on 1 September 2024.
const VAT_25_5_FROM: i64 = 1_725_138_000;

/// A random Finnish VAT ID with a correct Y-tunnus check digit.
fn business_vat_id(rng: &mut impl Rng) -> String {
    loop {
        let digits: [u32; 7] = std::array::from_fn(|i| {
            if i == 0 {
                rng.gen_range(1..4)
            } else {
                rng.gen_range(0..10)
            }
        });
        if let Some(check) = BusinessId::check_digit_for(digits) {
            let text: String = digits
                .iter()
                .filter_map(|d| char::from_digit(*d, 10))
                .collect();
            if let Ok(id) = BusinessId::parse(&format!("{text}-{check}")) {
                return VatId::from_business_id(&id).to_string();
            }
        }
    }
}

fn pick<'a>(rng: &mut impl Rng, items: &[&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or_default()
}

/// Email and username handles are plain ASCII: "Jääskeläinen" becomes "jaaskelainen".
fn ascii_fold(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'ä' | 'å' | 'á' => Some('a'),
            'ö' | 'ø' => Some('o'),
            'ü' => Some('u'),
            '-' => Some('-'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn every_generated_customer_order_and_review_is_valid() {
        let mut rng = StdRng::seed_from_u64(7);
        let mut order_serial = 1000;
        for serial in 0..300 {
            let heavy = serial == 5;
            let demo = customer(&mut rng, serial, &mut order_serial, Utc::now(), heavy);
            assert!(demo.customer.validate().is_ok(), "{:?}", demo.customer);
            assert_eq!(demo.orders.len() == HEAVY_ORDERS, heavy);
            for order in &demo.orders {
                assert!(order.validate().is_ok(), "{order:?}");
            }
            for review in &demo.reviews {
                assert!(review.validate().is_ok(), "{review:?}");
            }
        }
    }

    #[test]
    fn handles_are_ascii() {
        assert_eq!(ascii_fold("Jääskeläinen"), "jaaskelainen");
        assert_eq!(ascii_fold("Åström"), "astrom");
        assert_eq!(ascii_fold("Anna-Liisa"), "anna-liisa");
    }
}
