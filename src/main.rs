// On Windows a GUI program: started from the Start menu it opens only its window. Commands typed
// in a terminal reach it through asiakasrekisteri.com (see platform/terminal.rs).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use asiakasrekisteri::cli::{self, Cli};
use asiakasrekisteri::{platform, ui};
use register::config::DatabaseLocation;

fn main() -> ExitCode {
    platform::mark_running();
    if std::env::args_os().len() > 1 {
        platform::attach_terminal();
    }
    if password_on_command_line() {
        eprintln!(
            "asiakasrekisteri: a password in --database would show in the process list to \
             every user of this computer: put it in ~/.pgpass (or the file PGPASSFILE names) \
             and leave it out of the URL"
        );
        return ExitCode::from(2);
    }
    let mut cli = Cli::parse();
    let Some(command) = cli.command.take() else {
        return open_desktop(&cli);
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("asiakasrekisteri: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(cli, command)) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("asiakasrekisteri: {reason}");
            ExitCode::FAILURE
        }
    }
}

/// The window runs its own async runtime, so it is started outside of any other.
fn open_desktop(cli: &Cli) -> ExitCode {
    let location = match DatabaseLocation::resolve(cli.database.as_deref()) {
        Ok(location) => location,
        Err(error) => {
            platform::show_startup_error(&error.to_string());
            return ExitCode::FAILURE;
        }
    };
    match ui::run(location, Duration::from_secs(cli.lock_after * 60)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            platform::show_startup_error(&format!("the window could not be opened: {error}"));
            ExitCode::FAILURE
        }
    }
}

/// Whether a database URL with a password was given as an argument.
fn password_on_command_line() -> bool {
    std::env::args_os().skip(1).any(|arg| {
        let Some(arg) = arg.to_str() else {
            return false;
        };
        let url = arg.strip_prefix("--database=").unwrap_or(arg);
        DatabaseLocation::from_url(url).is_ok_and(|location| location.has_password())
    })
}
