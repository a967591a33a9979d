use chrono::{DateTime, Utc};

use super::{Field, FieldError, FieldErrors, Problem, multiline_text, required_text};

/// A product review's star rating, 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating(u8);

impl Rating {
    pub fn new(value: i64) -> Result<Self, FieldError> {
        u8::try_from(value)
            .ok()
            .filter(|v| (1..=5).contains(v))
            .map(Rating)
            .ok_or(FieldError::new(
                Field::Rating,
                Problem::OutOfRange { min: 1, max: 5 },
            ))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewInput {
    pub product: String,
    pub rating: i64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidReview {
    pub product: String,
    pub rating: Rating,
    pub text: String,
}

impl ReviewInput {
    pub fn validate(&self) -> Result<ValidReview, Vec<FieldError>> {
        let mut errors = FieldErrors::default();
        let product = errors.take(required_text(Field::Product, &self.product, 200));
        let rating = errors.take(Rating::new(self.rating));
        let text = errors.take(multiline_text(Field::ReviewText, &self.text, 5000));
        match (product, rating, text) {
            (Some(product), Some(rating), Some(text)) => Ok(ValidReview {
                product,
                rating,
                text,
            }),
            _ => Err(errors.into_vec()),
        }
    }
}

/// A review as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: i32,
    pub customer_id: Option<i32>,
    pub product: String,
    pub rating: u8,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub visible: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_must_be_one_to_five() {
        assert!(Rating::new(1).is_ok() && Rating::new(5).is_ok());
        for bad in [0, 6, -1, 300] {
            assert_eq!(
                Rating::new(bad),
                Err(FieldError::new(
                    Field::Rating,
                    Problem::OutOfRange { min: 1, max: 5 }
                ))
            );
        }
    }
}
