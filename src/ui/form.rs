//! Field errors of a form, kept beside what the user typed until the next attempt.

use std::sync::Arc;

use register::domain::{Field, FieldError};
use register::service::ServiceError;

use register::i18n::I18n;

/// A failed service call, shared by clone between messages.
pub type Failure = Arc<ServiceError>;
pub type Outcome<T> = Result<T, Failure>;

pub fn outcome<T>(result: Result<T, ServiceError>) -> Outcome<T> {
    result.map_err(Arc::new)
}

#[derive(Debug, Clone, Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn from_failure(failure: &ServiceError) -> Self {
        Self(failure.field_errors().to_vec())
    }

    pub fn new(errors: Vec<FieldError>) -> Self {
        Self(errors)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message to show next to `field`, in the current language.
    pub fn message(&self, field: Field, i18n: &I18n) -> Option<String> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| i18n.problem(&e.problem))
    }
}
