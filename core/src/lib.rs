//! The register without its window: the domain rules, the database, the services that every
//! screen and command go through, and the documents a customer receives (the register extract,
//! the privacy notice and the letters). Nothing here knows of iced; see ARCHITECTURE.md.

pub mod audit_anchor;
pub mod backup_file;
pub mod config;
pub mod db;
pub mod demo;
pub mod deployment;
pub mod document;
pub mod domain;
mod entity;
pub mod erasure_ledger;
pub mod extract;
pub mod fluent;
pub mod fonts;
pub mod format;
pub mod import;
pub mod letter;
pub mod notice;
pub mod owner_only;
pub mod preferences;
pub mod private_copy;
pub mod save;
pub mod service;
