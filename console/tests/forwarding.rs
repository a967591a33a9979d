//! The console program runs the program beside it with its arguments, input and output, and
//! exits with its exit code. On Unix the program beside it is a shell script standing in for
//! asiakasrekisteri; the Windows check (packaging/windows/check) runs the real pair.
#![cfg(unix)]

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Mutex, MutexGuard};

/// Held while a test writes an executable and while it starts one: a program started while
/// another thread has an executable open for writing inherits that open file, and the other
/// thread's start then fails with "text file busy".
static WRITING_OR_STARTING: Mutex<()> = Mutex::new(());

/// The console program copied into a folder of its own as `asiakasrekisteri.com`, with the
/// lock held for writing and starting programs.
fn console_in_a_folder() -> (MutexGuard<'static, ()>, tempfile::TempDir, PathBuf) {
    let guard = WRITING_OR_STARTING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let folder = tempfile::tempdir().expect("a temporary folder");
    let console = folder.path().join("asiakasrekisteri.com");
    std::fs::copy(env!("CARGO_BIN_EXE_asiakasrekisteri-console"), &console).expect("copied");
    (guard, folder, console)
}

#[test]
fn arguments_input_output_and_exit_code_pass_through() {
    let (guard, folder, console) = console_in_a_folder();
    let program = folder.path().join("asiakasrekisteri");
    std::fs::write(
        &program,
        "#!/bin/sh\nprintf '%s|' \"$@\"\nread line\necho \"read: $line\"\necho oops >&2\nexit 3\n",
    )
    .expect("the stand-in program");
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).expect("mode");

    let mut child = Command::new(&console)
        .args(["extract", "--out", "Äijälä työpöytä/ote 3.pdf"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the console program starts");
    drop(guard);
    child
        .stdin
        .take()
        .expect("its input")
        .write_all("salasana ÅÄÖ\n".as_bytes())
        .expect("written");
    let output = child.wait_with_output().expect("it ends");

    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "extract|--out|Äijälä työpöytä/ote 3.pdf|read: salasana ÅÄÖ\n"
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "oops\n");
    assert_eq!(output.status.code(), Some(3));
}

#[test]
fn without_the_program_beside_it_it_says_so_and_fails() {
    let (_guard, _folder, console) = console_in_a_folder();
    let output = Command::new(&console)
        .arg("--help")
        .output()
        .expect("it runs");
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.starts_with("asiakasrekisteri: cannot run "), "{said}");
}
