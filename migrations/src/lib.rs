//! Schema of the customer register. Every change to the schema is a new migration here; the app
//! applies pending migrations on start, the same ones on SQLite and on PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_staff;
mod m20261125_000002_customers;
mod m20261125_000003_orders;
mod m20261125_000004_reviews;
mod m20261125_000005_organisation;
mod m20261125_000006_audit;
mod m20261125_000007_access_requests;
mod m20261125_000008_consent_and_erasure;
mod m20261125_000009_webshop_ids;
mod m20261125_000010_search_keys;
mod m20261126_000011_erased_webshop_customers;
mod m20261129_000012_processing_description;
mod m20261129_000013_requests_by_any_channel;
mod m20261129_000014_customers_to_check;
mod m20261129_000015_import_journal;
mod m20261130_000016_backups;
mod m20261203_000017_orders_to_check;
mod m20261203_000018_ledger_outbox;
mod m20261204_000019_notice_address;
mod m20261204_000020_request_clock_and_delivery;
mod m20261207_000021_audit_purge_point;
mod m20261207_000022_erased_vouchers;
mod m20261207_000023_request_systems;
mod m20261207_000024_one_time_passwords;
mod m20261207_000025_staff_language;
mod m20261207_000026_requester_address_fields;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_staff::Migration),
            Box::new(m20261125_000002_customers::Migration),
            Box::new(m20261125_000003_orders::Migration),
            Box::new(m20261125_000004_reviews::Migration),
            Box::new(m20261125_000005_organisation::Migration),
            Box::new(m20261125_000006_audit::Migration),
            Box::new(m20261125_000007_access_requests::Migration),
            Box::new(m20261125_000008_consent_and_erasure::Migration),
            Box::new(m20261125_000009_webshop_ids::Migration),
            Box::new(m20261125_000010_search_keys::Migration),
            Box::new(m20261126_000011_erased_webshop_customers::Migration),
            Box::new(m20261129_000012_processing_description::Migration),
            Box::new(m20261129_000013_requests_by_any_channel::Migration),
            Box::new(m20261129_000014_customers_to_check::Migration),
            Box::new(m20261129_000015_import_journal::Migration),
            Box::new(m20261130_000016_backups::Migration),
            Box::new(m20261203_000017_orders_to_check::Migration),
            Box::new(m20261203_000018_ledger_outbox::Migration),
            Box::new(m20261204_000019_notice_address::Migration),
            Box::new(m20261204_000020_request_clock_and_delivery::Migration),
            Box::new(m20261207_000021_audit_purge_point::Migration),
            Box::new(m20261207_000022_erased_vouchers::Migration),
            Box::new(m20261207_000023_request_systems::Migration),
            Box::new(m20261207_000024_one_time_passwords::Migration),
            Box::new(m20261207_000025_staff_language::Migration),
            Box::new(m20261207_000026_requester_address_fields::Migration),
        ]
    }
}
