//! `asiakasrekisteri.com`: the command line of Asiakasrekisteri in a Windows terminal.
//!
//! On Windows the program itself (`asiakasrekisteri.exe`) is a GUI program, so that started from
//! the Start menu it opens only its window. A terminal does not wait for a GUI program, though,
//! nor give its exit code to the next command. This console program, installed beside it as
//! `asiakasrekisteri.com`, is what `asiakasrekisteri` in cmd or PowerShell finds first (`.COM`
//! comes before `.EXE` in `PATHEXT`): it runs the program of the same name next to it with the
//! same arguments and the terminal's own input and output, waits, and exits with its exit code.
//!
//! It is plain Rust and behaves the same on every system (its test runs on Linux), but only the
//! Windows installer ships it.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let program = match sibling_program() {
        Ok(program) => program,
        Err(reason) => {
            eprintln!("asiakasrekisteri: {reason}");
            return ExitCode::FAILURE;
        }
    };
    ignore_interrupts();
    match Command::new(&program)
        .args(std::env::args_os().skip(1))
        .status()
    {
        Ok(status) => exit_code(status.code()),
        Err(error) => {
            eprintln!(
                "asiakasrekisteri: cannot run {}: {error}",
                program.display()
            );
            ExitCode::FAILURE
        }
    }
}

/// The program next to this one with the same name and the system's executable extension:
/// `asiakasrekisteri.exe` beside `asiakasrekisteri.com`.
fn sibling_program() -> Result<PathBuf, String> {
    let own = std::env::current_exe().map_err(|error| format!("cannot find itself: {error}"))?;
    let program = sibling_of(&own);
    if program == own {
        return Err(format!(
            "{} would run itself: install it as asiakasrekisteri.com beside asiakasrekisteri.exe",
            own.display()
        ));
    }
    Ok(program)
}

fn sibling_of(own: &Path) -> PathBuf {
    own.with_extension(std::env::consts::EXE_EXTENSION)
}

/// The program's own exit code, or failure when it was ended by a signal.
fn exit_code(code: Option<i32>) -> ExitCode {
    match code.and_then(|code| u8::try_from(code).ok()) {
        Some(code) => ExitCode::from(code),
        None => ExitCode::FAILURE,
    }
}

/// Ctrl+C in the terminal reaches the program too, which decides what to do with it; this
/// process only waits for its answer.
#[cfg(windows)]
fn ignore_interrupts() {
    // SAFETY: no handler is installed; TRUE makes this process ignore Ctrl+C.
    unsafe { windows_sys::Win32::System::Console::SetConsoleCtrlHandler(None, 1) };
}

/// On other systems the terminal signals the whole process group, and the program's exit
/// status comes back as usual.
#[cfg(not(windows))]
fn ignore_interrupts() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_program_beside_the_console_one_has_the_systems_extension() {
        let own = Path::new("C:/Program Files/Asiakasrekisteri/asiakasrekisteri.com");
        let expected = if cfg!(windows) {
            "C:/Program Files/Asiakasrekisteri/asiakasrekisteri.exe"
        } else {
            "C:/Program Files/Asiakasrekisteri/asiakasrekisteri"
        };
        assert_eq!(sibling_of(own), Path::new(expected));
    }

    #[test]
    fn exit_codes_pass_through_and_a_signal_is_a_failure() {
        assert_eq!(exit_code(Some(0)), ExitCode::SUCCESS);
        assert_eq!(exit_code(Some(2)), ExitCode::from(2));
        assert_eq!(exit_code(None), ExitCode::FAILURE);
        assert_eq!(exit_code(Some(-1)), ExitCode::FAILURE);
    }
}
