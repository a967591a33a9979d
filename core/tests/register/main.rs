//! The register's service suite: customers, their search, orders and reviews, staff accounts,
//! the audit trail, the role table, validation, and backups. Each test that touches the database
//! runs on SQLite and, with TEST_DATABASE_URL set, on PostgreSQL too (`on_both_databases!`);
//! backups, which PostgreSQL takes with its own tools, on SQLite.

#[macro_use]
extern crate testing;

mod audit_trail;
mod backup;
mod customer_search;
mod customers;
mod database;
mod erasure_ledger;
mod orders_and_reviews;
mod parallel_login;
mod permissions;
mod staff_accounts;
mod validation;
