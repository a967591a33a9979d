//! The privacy suite: the register extract, consent and erasure, access requests with their
//! letters, and the privacy notice. The PDFs the tests render are kept in
//! `target/tmp/extracts` for CI's `qpdf --check` and for looking at.

#[macro_use]
extern crate testing;

mod access_requests;
mod erased_extract;
mod erasure;
mod extract;
mod housekeeping;
mod letters;
mod nothing_held;
mod notice;
mod other_systems;
mod samples;
mod saving;
mod words;
