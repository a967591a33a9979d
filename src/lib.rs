//! Asiakasrekisteri: the customer register of Ompelijan paratiisi, and the register extracts
//! that answer customers' access requests. Data flows one way: UI or CLI → service → database.

pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod document;
pub mod domain;
mod entity;
pub mod extract;
mod fonts;
pub mod format;
pub mod i18n;
pub mod import;
pub mod letter;
pub mod notice;
pub mod platform;
pub mod service;
pub mod ui;
