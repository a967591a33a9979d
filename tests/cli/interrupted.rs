//! Commands killed part-way (`kill -9`): nothing they wrote is left where nobody sees it. An
//! interrupted import is undone by the next import at once and never later; a backup's plain
//! copy of the register is private while it exists and gone when the register is next opened.

use std::time::{Duration, Instant};

use crate::support::{BACKUP_PASSPHRASE, PASSWORD, Register, stderr, stdout};

fn customers_file(register: &Register, count: usize) -> std::path::PathBuf {
    let rows: Vec<String> = (0..count)
        .map(|i| {
            format!(
                "{},Aino,Asiakas{i},aino{i}@example.com,no,,Katu 1,,Oulu,,FI,90100,,,no,0,0,,no,,x",
                70_000 + i
            )
        })
        .collect();
    let path = register.dir.path().join("customers_export.csv");
    std::fs::write(&path, testing::shopify::file(&rows)).expect("written");
    path
}

fn orders_file(register: &Register, customers: std::ops::Range<usize>) -> std::path::PathBuf {
    let rows: Vec<String> = customers
        .map(|i| {
            format!(
                "#K{i},aino{i}@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Asiakas{i},Katu 1,,Oulu,90100,FI,Posti,{i}"
            )
        })
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let path = register.dir.path().join("orders_export.csv");
    std::fs::write(&path, testing::shopify::orders_file(&rows)).expect("written");
    path
}

/// Starts an import of `file` and kills it once it has written `at_least` customers.
fn killed_import(register: &Register, file: &str, at_least: i64) {
    let mut child = register.spawn(
        &["--as", "admin", "import", "shopify-customers", file],
        Some(PASSWORD),
    );
    let started = Instant::now();
    while register.count("SELECT COUNT(*) FROM customers") < at_least {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the import did not get going"
        );
        if let Some(status) = child.try_wait().expect("running") {
            panic!("the import ended before it was killed: {status}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("killed");
    child.wait().expect("reaped");
}

fn an_import_killed_mid_way_is_undone_at_once_and_never_again(register: &Register) {
    register.add_first_admin();
    let file = customers_file(register, 6000);
    let file = file.to_str().expect("UTF-8");
    killed_import(register, file, 1000);
    let written = register.count("SELECT COUNT(*) FROM customers");
    assert!((1000..6000).contains(&written), "{written}");
    let started =
        register.count("SELECT COUNT(*) FROM audit_events WHERE action = 'import.started'");
    assert_eq!(
        started, 1,
        "the killed import's start is in the audit trail"
    );

    let again = register.run(
        &["--as", "admin", "import", "shopify-customers", file],
        Some(PASSWORD),
        None,
    );
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let text = stdout(&again);
    assert!(text.contains("was interrupted and was undone"), "{text}");
    assert!(
        text.contains("6000 added, 0 updated, 0 unchanged"),
        "{text}"
    );
    let orders = orders_file(register, 0..50);
    let output = register.run(
        &[
            "--as",
            "admin",
            "import",
            "shopify-orders",
            orders.to_str().expect("UTF-8"),
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // Any later import, however much later: nothing more is undone.
    let later = register.run(
        &["--as", "admin", "import", "shopify-customers", file],
        Some(PASSWORD),
        None,
    );
    assert_eq!(later.status.code(), Some(0), "{}", stderr(&later));
    assert!(!stdout(&later).contains("undone"), "{}", stdout(&later));
    assert_eq!(register.count("SELECT COUNT(*) FROM customers"), 6000);
    assert_eq!(
        register.count("SELECT COUNT(*) FROM orders WHERE customer_id IS NOT NULL"),
        50,
        "every order keeps its customer"
    );
    assert_eq!(
        register.count("SELECT COUNT(*) FROM audit_events WHERE action = 'import.undone'"),
        1
    );
}

#[test]
fn an_import_killed_mid_way_is_undone_at_once_and_never_again_on_sqlite() {
    an_import_killed_mid_way_is_undone_at_once_and_never_again(&Register::new());
}

#[test]
fn an_import_killed_mid_way_is_undone_at_once_and_never_again_on_postgres() {
    if let Some(register) = Register::postgres() {
        an_import_killed_mid_way_is_undone_at_once_and_never_again(&register);
    }
}

/// Every plain copy a killed backup left beside the register, with whether it is private.
#[cfg(unix)]
fn leftovers(register: &Register) -> Vec<(String, bool)> {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o077)
    };
    std::fs::read_dir(register.dir.path())
        .expect("listed")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".asiakasrekisteri-")
        })
        .map(|e| {
            let inside = std::fs::read_dir(e.path()).into_iter().flatten().flatten();
            let private = mode(&e.path()) == 0 && inside.into_iter().all(|f| mode(&f.path()) == 0);
            (e.file_name().to_string_lossy().into_owned(), private)
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn a_backup_killed_at_any_moment_leaves_no_plain_copy_for_others_or_for_later() {
    let register = Register::with_demo_customers(400);
    let mut left = 0;
    for attempt in 0..8u64 {
        let out = register.dir.path().join(format!("kopio-{attempt}.arb"));
        let mut child = register.spawn_with(
            &[
                "--as",
                "admin",
                "backup",
                "--out",
                out.to_str().expect("UTF-8"),
            ],
            Some(PASSWORD),
            &[BACKUP_PASSPHRASE],
        );
        std::thread::sleep(Duration::from_millis(150 + 40 * attempt));
        let _ = child.kill();
        child.wait().expect("reaped");
        for (name, private) in leftovers(&register) {
            assert!(private, "{name} is readable by others");
            left += 1;
        }
    }
    // The next command that opens the register removes what the killed ones left.
    let output = register.run(&["--as", "admin", "audit", "verify"], Some(PASSWORD), None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    eprintln!("{left} plain copies left by 8 kills, each private");
    assert_eq!(leftovers(&register), [], "{left} left by the kills");
}

#[test]
fn a_restore_replacing_the_register_is_refused_while_an_import_runs_in_it() {
    let register = Register::new();
    register.add_first_admin();
    let backup = register.dir.path().join("kopio.arb");
    register.backup_to(&backup);
    let file = customers_file(&register, 12000);
    let importing = register.spawn(
        &[
            "--as",
            "admin",
            "import",
            "shopify-customers",
            file.to_str().expect("UTF-8"),
        ],
        Some(PASSWORD),
    );
    let started = Instant::now();
    while register.count("SELECT COUNT(*) FROM customers") == 0 {
        assert!(started.elapsed() < Duration::from_secs(120), "no import");
        std::thread::sleep(Duration::from_millis(20));
    }
    let restore = register.run_with(
        &[
            "--as",
            "admin",
            "restore",
            backup.to_str().expect("UTF-8"),
            "--replace",
            "--yes",
        ],
        Some(PASSWORD),
        None,
        &[BACKUP_PASSPHRASE],
    );
    let imported = importing.wait_with_output().expect("the import ends");
    assert_eq!(restore.status.code(), Some(1), "{}", stdout(&restore));
    assert!(
        stderr(&restore).contains("is open in the app or a command"),
        "{}",
        stderr(&restore)
    );
    assert!(imported.status.success());
    assert_eq!(register.count("SELECT COUNT(*) FROM customers"), 12000);
}
