//! The command line, run as the built program: the README's contract of commands, `--as`,
//! password sources and exit codes.

mod backups;
mod commands;
mod files;
mod interrupted;
mod support;
mod tls;
