use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use asiakasrekisteri::cli::{self, Cli};
use asiakasrekisteri::{platform, ui};
use register::config::DatabaseLocation;

fn main() -> ExitCode {
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
            eprintln!("asiakasrekisteri: {error}");
            return ExitCode::FAILURE;
        }
    };
    platform::close_own_console();
    match ui::run(location, Duration::from_secs(cli.lock_after * 60)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("asiakasrekisteri: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
