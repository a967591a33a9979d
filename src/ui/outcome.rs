//! The outcome of a service call as a screen keeps it: the value, or the failure shared by clone
//! between messages (iced messages must be `Clone`; service errors are not).

use std::sync::Arc;

use register::service::ServiceError;

/// A failed service call, shared by clone between messages.
pub type Failure = Arc<ServiceError>;
pub type Outcome<T> = Result<T, Failure>;

pub fn outcome<T>(result: Result<T, ServiceError>) -> Outcome<T> {
    result.map_err(Arc::new)
}
