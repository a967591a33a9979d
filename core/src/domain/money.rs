use std::fmt;
use std::iter::Sum;
use std::ops::Add;

use serde::{Deserialize, Serialize};

use super::{Field, FieldError, Problem};

/// An amount in euro cents. Never a float: sums of order lines must be exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_cents(cents: i64) -> Self {
        Self(cents)
    }

    pub fn cents(self) -> i64 {
        self.0
    }

    /// Quantity times unit price; `None` if it would overflow.
    pub fn times(self, quantity: i64) -> Option<Money> {
        self.0.checked_mul(quantity).map(Money)
    }

    /// Parses an amount in euros as typed in Finland ("12,50", "1 234,5", "12.50", "12 €").
    pub fn parse(field: Field, input: &str) -> Result<Self, FieldError> {
        let invalid = || FieldError::new(field, Problem::NotAnAmount);
        let cleaned: String = input
            .trim()
            .trim_end_matches('€')
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if cleaned.is_empty() {
            return Err(FieldError::new(field, Problem::Required));
        }
        let (negative, unsigned) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        let (euros, cents) = match unsigned.split_once([',', '.']) {
            Some((euros, cents)) => (euros, cents),
            None => (unsigned, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if euros.is_empty() || !all_digits(euros) || !all_digits(cents) || cents.len() > 2 {
            return Err(invalid());
        }
        let euros: i64 = euros.parse().map_err(|_| invalid())?;
        let cents: i64 = match cents.len() {
            0 => 0,
            1 => cents.parse::<i64>().map_err(|_| invalid())? * 10,
            _ => cents.parse().map_err(|_| invalid())?,
        };
        let total = euros
            .checked_mul(100)
            .and_then(|c| c.checked_add(cents))
            .ok_or_else(invalid)?;
        Ok(Self(if negative { -total } else { total }))
    }
}

impl Add for Money {
    type Output = Money;

    fn add(self, other: Money) -> Money {
        Money(self.0 + other.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

/// Finnish notation: a space between thousands, a decimal comma, the euro sign after.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let euros = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, digit) in euros.chars().enumerate() {
            if i > 0 && (euros.len() - i).is_multiple_of(3) {
                grouped.push('\u{a0}');
            }
            grouped.push(digit);
        }
        write!(f, "{sign}{grouped},{:02}\u{a0}€", abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_finnish_and_english_decimal_marks() {
        assert_eq!(Money::parse(Field::UnitPrice, "12,50"), Ok(Money(1250)));
        assert_eq!(Money::parse(Field::UnitPrice, "12.5"), Ok(Money(1250)));
        assert_eq!(Money::parse(Field::UnitPrice, "1 234 €"), Ok(Money(123400)));
        assert_eq!(Money::parse(Field::UnitPrice, "0,05"), Ok(Money(5)));
    }

    #[test]
    fn refuses_text_and_fractions_of_cents() {
        for bad in ["kymmenen", "1,234", "1,2,3", ",50", "1e3"] {
            assert_eq!(
                Money::parse(Field::UnitPrice, bad),
                Err(FieldError::new(Field::UnitPrice, Problem::NotAnAmount)),
                "{bad}"
            );
        }
    }

    #[test]
    fn displays_in_finnish_notation() {
        assert_eq!(
            Money(123456789).to_string(),
            "1\u{a0}234\u{a0}567,89\u{a0}€"
        );
        assert_eq!(Money(-5).to_string(), "-0,05\u{a0}€");
    }

    #[test]
    fn sums_exactly() {
        let total: Money = [Money(10), Money(20), Money(1)].into_iter().sum();
        assert_eq!(total, Money(31));
    }
}
