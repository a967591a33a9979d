//! Asiakasrekisteri: the customer register of Ompelijan paratiisi, and the register extracts
//! that answer customers' access requests. This crate is the desktop app and the command line
//! on top of the `register` crate (in `core/`), which holds everything else; see ARCHITECTURE.md.

pub mod cli;
pub mod i18n;
pub mod platform;
pub mod ui;
