use std::fmt;
use std::str::FromStr;

use super::{Field, FieldError, Permission, Problem};

/// A staff member's role. What each role may do is the README's role table, in [`Role::allows`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Admin,
    CustomerService,
    Marketing,
    Fulfilment,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::CustomerService,
        Role::Marketing,
        Role::Fulfilment,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::CustomerService => "customer-service",
            Role::Marketing => "marketing",
            Role::Fulfilment => "fulfilment",
        }
    }

    pub fn allows(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Admin => true,
            Role::CustomerService => matches!(
                permission,
                CustomerData
                    | OrdersAndDelivery
                    | ViewReviews
                    | ModerateReviews
                    | AccessRequests
                    | AggregateReports
            ),
            Role::Marketing => matches!(
                permission,
                ViewReviews | NewsletterExport | AggregateReports
            ),
            Role::Fulfilment => matches!(permission, OrdersAndDelivery | AggregateReports),
        }
    }
}

impl FromStr for Role {
    type Err = FieldError;

    fn from_str(input: &str) -> Result<Self, FieldError> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == input.trim())
            .ok_or(FieldError::new(Field::Role, Problem::UnknownRole))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert_eq!(
            "superuser".parse::<Role>(),
            Err(FieldError::new(Field::Role, Problem::UnknownRole))
        );
    }
}
