//! The desktop app's screens driven headlessly with iced_test: each screen's view is simulated,
//! the messages it produces are fed to its `update`, and the work it asks for is run against a
//! real register.

mod access_requests;
mod admin;
mod backups;
mod closing;
mod customer_orders;
mod flows;
mod housekeeping;
mod import;
mod privacy;
