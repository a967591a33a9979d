//! Every file the program writes that holds personal data is readable by its owner alone,
//! whatever the umask: the register and its write-ahead log, extracts and their JSON copies,
//! and backups.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::support::{PASSWORD, Register, stderr};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn the_register_its_log_extracts_and_backups_are_private_under_umask_022() {
    let register = Register::with_demo_customers(3);
    register.ready_for_documents();
    let dir = register.dir.path();
    let pdf = dir.join("ote.pdf");
    let json = dir.join("ote.json");
    let output = register.run(
        &[
            "--as",
            "admin",
            "extract",
            "--customer",
            "1",
            "--lang",
            "fi",
            "--out",
            pdf.to_str().expect("UTF-8"),
            "--json",
            json.to_str().expect("UTF-8"),
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let backup = dir.join("kopio.arb");
    register.backup_to(&backup);
    let file = dir.join("cli.sqlite3");
    let mut checked = vec![file.clone(), pdf, json, backup];
    for suffix in ["-wal", "-shm"] {
        let mut name = file.as_os_str().to_owned();
        name.push(suffix);
        let beside = std::path::PathBuf::from(name);
        if beside.exists() {
            checked.push(beside);
        }
    }
    for path in &checked {
        assert_eq!(mode(path), 0o600, "{}", path.display());
    }
}
