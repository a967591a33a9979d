//! `backup` and `restore` from the command line: a backup restored into a new register with
//! its summary, a wrong passphrase refused with one line, a live register never restored over
//! without being asked.

use super::support::{PASSWORD, Register, stderr, stdout};

const PASSPHRASE: (&str, &str) = (
    "ASIAKASREKISTERI_BACKUP_PASSPHRASE",
    "neula ja lanka kesällä",
);

#[test]
fn a_backup_restores_into_a_new_register_and_a_wrong_passphrase_changes_nothing() {
    let register = Register::new();
    register.add_first_admin();
    let output = register.run(
        &["--as", "admin", "demo-data", "--customers", "12"],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let file = register.dir.path().join("varmuuskopio.arb");
    let file = file.to_str().expect("UTF-8 path");
    let output = register.run_with(
        &["--as", "admin", "backup", "--out", file],
        Some(PASSWORD),
        None,
        &[PASSPHRASE],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Backup written to"),
        "{}",
        stdout(&output)
    );
    assert!(
        stdout(&output).contains("No backup folder is set"),
        "{}",
        stdout(&output)
    );

    let restored = Register::new();
    let wrong = restored.run_with(
        &["--as", "admin", "restore", file],
        Some(PASSWORD),
        None,
        &[(
            "ASIAKASREKISTERI_BACKUP_PASSPHRASE",
            "neula ja lanka talvella",
        )],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(
        stderr(&wrong).trim(),
        "asiakasrekisteri: the passphrase does not open this backup"
    );
    let target = restored.dir.path().join("cli.sqlite3");
    assert!(!target.exists(), "nothing restored");

    let output = restored.run_with(
        &["--as", "admin", "restore", file],
        Some(PASSWORD),
        None,
        &[PASSPHRASE],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(said.contains("12 customers"), "{said}");
    assert!(said.contains("No erasure ledger was found"), "{said}");
    let output = restored.run(&["--as", "admin", "audit", "verify"], Some(PASSWORD), None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    // The original is a live register: not restored over without --replace and a yes.
    let output = register.run_with(
        &["--as", "admin", "restore", file],
        Some(PASSWORD),
        None,
        &[PASSPHRASE],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("already holds a register"),
        "{}",
        stderr(&output)
    );
    let output = register.run_with(
        &["--as", "admin", "restore", file, "--replace"],
        Some(PASSWORD),
        None,
        &[PASSPHRASE],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("confirm with --yes"),
        "{}",
        stderr(&output)
    );
}
