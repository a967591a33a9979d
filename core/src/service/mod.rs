//! The register's use cases. Every call takes the acting staff [`Session`], checks the
//! permission the README's role table gives, writes the audit event in the same transaction as
//! the change, and returns plain types or a typed [`ServiceError`].

pub mod access_request;
pub mod audit;
mod audit_purge;
pub mod auth;
mod authorize;
pub mod backup;
mod bulk;
pub mod consent;
pub mod customer;
pub mod customer_search;
pub mod demo_data;
mod erased_webshop_customer;
pub mod erasure;
mod error;
pub mod extract;
pub mod housekeeping;
pub mod import;
mod import_journal;
mod key_range;
pub(crate) mod listing_trail;
pub mod marketing;
pub mod notice;
pub mod order;
pub mod page;
mod password_hash;
pub mod processing;
pub mod readiness;
pub mod report;
pub mod retention;
pub mod review;
mod session;
pub mod settings;
pub mod staff;
pub mod vouchers;
mod webshop_customer;
mod write;

use authorize::{authenticate, authorize, refuse_early};
pub use error::{LoginError, ServiceError};
pub use page::{PageKey, PageRequest, Rows, Seek};
pub use session::Session;

/// What a service call gives back.
pub type ServiceResult<T> = Result<T, ServiceError>;
