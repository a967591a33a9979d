use std::fmt;

use super::{Field, FieldError, Problem};

/// A new staff password that meets the policy. Deliberately not `Display`, and its `Debug`
/// hides the value, so that it never reaches a log or an error message.
#[derive(Clone)]
pub struct Password(String);

/// NIST SP 800-63B: length matters, composition rules do not.
pub const MIN_LENGTH: usize = 12;
const MAX_LENGTH: usize = 1024;

/// The letters of a one-time password: none that reads as another (no l, 1, o, 0).
const ONE_TIME_LETTERS: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";

impl Password {
    /// A one-time password for an admin to give to a colleague, read out or written down:
    /// four groups of four from 32 letters and digits that cannot be mistaken for one another
    /// (80 bits), such as "k7hm-qz3p-w9bd-4rtx".
    pub fn one_time() -> Self {
        use rand::Rng;
        let mut rng = rand::rngs::OsRng;
        let groups: Vec<String> = (0..4)
            .map(|_| {
                (0..4)
                    .map(|_| char::from(ONE_TIME_LETTERS[rng.gen_range(0..ONE_TIME_LETTERS.len())]))
                    .collect()
            })
            .collect();
        Self(groups.join("-"))
    }

    pub fn new(input: &str) -> Result<Self, FieldError> {
        let length = input.chars().count();
        if length < MIN_LENGTH {
            return Err(FieldError::new(
                Field::Password,
                Problem::TooShort { min: MIN_LENGTH },
            ));
        }
        if length > MAX_LENGTH {
            return Err(FieldError::new(
                Field::Password,
                Problem::TooLong { max: MAX_LENGTH },
            ));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused() {
        assert_eq!(
            Password::new("lyhyt").err(),
            Some(FieldError::new(
                Field::Password,
                Problem::TooShort { min: MIN_LENGTH }
            ))
        );
    }

    #[test]
    fn one_time_passwords_meet_the_rule_and_differ() {
        let first = Password::one_time();
        let second = Password::one_time();
        assert_ne!(first.expose(), second.expose());
        let shape: Vec<usize> = first.expose().split('-').map(str::len).collect();
        assert_eq!(shape, [4, 4, 4, 4]);
        assert!(Password::new(first.expose()).is_ok());
        assert!(
            first
                .expose()
                .bytes()
                .all(|b| b == b'-' || ONE_TIME_LETTERS.contains(&b))
        );
    }

    #[test]
    fn debug_output_hides_the_password() {
        let password = Password::new("pitkä salasana tässä").expect("long enough");
        assert_eq!(format!("{password:?}"), "Password(***)");
    }
}
