//! sea-orm entities, one file per table. Only the service layer uses them.

pub mod access_request;
pub mod access_request_document;
pub mod access_request_letter;
pub mod access_request_system;
pub mod audit_event;
pub mod audit_head;
pub mod backup_settings;
pub mod consent_event;
pub mod customer;
pub mod erased_email;
pub mod erased_webshop_customer;
pub mod erasure_ledger_outbox;
pub mod import;
pub mod import_journal;
pub mod order;
pub mod order_line;
pub mod organisation_settings;
pub mod privacy_notice;
pub mod processing_description;
pub mod review;
pub mod staff_user;
