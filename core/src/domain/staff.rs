use std::fmt;

use super::{Field, FieldError, FieldErrors, Password, Problem, Role, required_text};

/// A staff login name: lower-case ASCII so that it is typed the same on every keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let value = input.trim().to_lowercase();
        if value.is_empty() {
            return Err(FieldError::new(Field::Username, Problem::Required));
        }
        let valid = (3..=32).contains(&value.len())
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
        if valid {
            Ok(Self(value))
        } else {
            Err(FieldError::new(Field::Username, Problem::NotAUsername))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a form or the command line gives to create a staff account.
#[derive(Debug, Clone, Default)]
pub struct StaffInput {
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub password: String,
}

#[derive(Debug, Clone)]
pub struct ValidStaff {
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    pub password: Password,
}

impl StaffInput {
    pub fn validate(&self) -> Result<ValidStaff, Vec<FieldError>> {
        let mut errors = FieldErrors::default();
        let username = errors.take(Username::parse(&self.username));
        let display_name = errors.take(required_text(Field::DisplayName, &self.display_name, 100));
        let role = errors.take(self.role.parse::<Role>());
        let password = errors.take(Password::new(&self.password));
        match (username, display_name, role, password) {
            (Some(username), Some(display_name), Some(role), Some(password))
                if errors.is_empty() =>
            {
                Ok(ValidStaff {
                    username,
                    display_name,
                    role,
                    password,
                })
            }
            _ => Err(errors.into_vec()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn username_is_lower_cased() {
        assert_eq!(
            Username::parse(" Pauliina ").map(|u| u.to_string()),
            Ok("pauliina".into())
        );
    }

    #[test]
    fn usernames_with_spaces_or_umlauts_are_refused() {
        for bad in ["pa", "pauliina korhonen", "päivi", "a@b"] {
            assert_eq!(
                Username::parse(bad),
                Err(FieldError::new(Field::Username, Problem::NotAUsername)),
                "{bad}"
            );
        }
    }

    #[test]
    fn every_bad_field_of_a_staff_form_is_reported_at_once() {
        let input = StaffInput {
            username: "x".into(),
            display_name: " ".into(),
            role: "boss".into(),
            password: "short".into(),
        };
        let fields: Vec<Field> = input
            .validate()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                Field::Username,
                Field::DisplayName,
                Field::Role,
                Field::Password
            ]
        );
    }
}
