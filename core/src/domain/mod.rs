//! Pure types of the register with their validation rules. Nothing here does IO: a value that
//! exists has been checked, and a bad input becomes a [`FieldError`] naming the field.

pub mod access_request;
pub mod audit_action;
mod business_id;
pub mod consent;
pub mod consultation;
mod country;
pub mod customer;
mod email;
mod field;
mod lang;
mod money;
pub mod order;
pub mod organisation;
pub mod other_systems;
pub mod password;
mod permission;
mod phone;
pub mod postal_address;
mod postal_code;
pub mod processing;
pub mod readiness;
pub mod review;
mod role;
pub mod staff;
pub mod subject;
mod text;
mod vat_id;

pub use audit_action::{AuditAction, AuditTarget};
pub use business_id::BusinessId;
pub use country::Country;
pub use email::Email;
pub use field::{Field, FieldError, FieldErrors, Problem};
pub use lang::{Lang, Localised};
pub use money::Money;
pub use password::Password;
pub use permission::Permission;
pub use phone::Phone;
pub use postal_code::PostalCode;
pub use role::Role;
pub use text::{is_invisible, multiline_text, optional_text, required_text};
pub use vat_id::VatId;
