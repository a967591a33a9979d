use std::process::ExitCode;

use clap::Parser;

use asiakasrekisteri::cli::{self, Cli};
use asiakasrekisteri::config::DatabaseLocation;

#[tokio::main]
async fn main() -> ExitCode {
    let mut cli = Cli::parse();
    let Some(command) = cli.command.take() else {
        return open_desktop(&cli);
    };
    match cli::run(cli, command).await {
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

/// The desktop window is not part of this build yet: say so plainly, and where the register
/// is, instead of pretending to open something.
fn open_desktop(cli: &Cli) -> ExitCode {
    match DatabaseLocation::resolve(cli.database.as_deref()) {
        Ok(location) => {
            eprintln!(
                "asiakasrekisteri: the desktop window is not in this build yet. The register is at {}; \
                 see `asiakasrekisteri --help` for the commands.",
                location.describe()
            );
        }
        Err(error) => eprintln!("asiakasrekisteri: {error}"),
    }
    ExitCode::FAILURE
}
