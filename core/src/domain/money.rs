use std::fmt;

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

    /// The sum; `None` if it would overflow. Amounts are only ever added this way: a sum
    /// that does not fit is an error to show, never a wrapped or saturated figure.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// The sum of all; `None` if it would overflow.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Money>) -> Option<Money> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, |sum, amount| sum.checked_add(amount))
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
        let total = Money::checked_sum([Money(10), Money(20), Money(1)]);
        assert_eq!(total, Some(Money(31)));
    }

    #[test]
    fn a_sum_that_does_not_fit_is_none_never_wrapped() {
        assert_eq!(Money::checked_sum([Money(i64::MAX), Money(1)]), None);
        assert_eq!(
            Money(i64::MAX).checked_add(Money(-1)),
            Some(Money(i64::MAX - 1))
        );
        assert_eq!(Money(i64::MAX / 2 + 1).times(2), None);
    }
}
