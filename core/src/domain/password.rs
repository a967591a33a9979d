use std::fmt;

use super::{Field, FieldError, Problem};

/// A new staff password that meets the policy. Deliberately not `Display`, and its `Debug`
/// hides the value, so that it never reaches a log or an error message.
#[derive(Clone)]
pub struct Password(String);

/// NIST SP 800-63B: length matters, composition rules do not.
pub const MIN_LENGTH: usize = 12;
const MAX_LENGTH: usize = 1024;

impl Password {
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
    fn debug_output_hides_the_password() {
        let password = Password::new("pitkä salasana tässä").expect("long enough");
        assert_eq!(format!("{password:?}"), "Password(***)");
    }
}
