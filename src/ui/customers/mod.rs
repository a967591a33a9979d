//! The customer screens: the searchable list, one customer's details, and a new customer.

pub mod detail;
pub mod form;
pub mod list;
pub mod new;
pub mod privacy;
