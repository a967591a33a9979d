//! The command line contract of the README: commands, `--as`, password sources, exit codes.

use std::process::Command;

use super::support::{PASSWORD, Register, stderr, stdout};

#[test]
fn init_creates_the_register() {
    let register = Register::new();
    let output = register.run(&["init"], None, None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("is ready"));
}

#[test]
fn the_first_staff_add_creates_an_admin_without_as() {
    let register = Register::new();
    register.add_first_admin();
    let output = register.run(
        &[
            "--as",
            "admin",
            "staff",
            "add",
            "--username",
            "myyja",
            "--role",
            "customer-service",
            "--password-stdin",
        ],
        Some(PASSWORD),
        Some("toinen pitkä salasana\n"),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("customer-service account myyja"));
}

#[test]
fn a_later_staff_add_without_as_fails_with_one_line() {
    let register = Register::new();
    register.add_first_admin();
    let output = register.run(
        &[
            "staff",
            "add",
            "--username",
            "myyja",
            "--role",
            "marketing",
            "--password-stdin",
        ],
        None,
        Some("toinen pitkä salasana\n"),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
    assert!(stderr(&output).contains("--as"));
}

#[test]
fn a_wrong_password_fails_with_exit_code_one() {
    let register = Register::new();
    register.add_first_admin();
    let output = register.run(&["--as", "admin", "audit", "verify"], Some("väärä"), None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("wrong username or password"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_too_short_password_names_the_field() {
    let register = Register::new();
    let output = register.run(
        &[
            "staff",
            "add",
            "--username",
            "admin",
            "--role",
            "admin",
            "--password-stdin",
        ],
        None,
        Some("lyhyt\n"),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("password must be at least 12 characters"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn usage_errors_exit_with_two() {
    let register = Register::new();
    let output = register.run(&["staff", "add", "--username", "x"], None, None);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn demo_data_then_audit_verify_reports_an_intact_trail() {
    let register = Register::new();
    register.add_first_admin();
    let output = register.run(
        &["--as", "admin", "demo-data", "--customers", "25"],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Added 25 fictional customers"),
        "{}",
        stdout(&output)
    );
    let output = register.run(&["--as", "admin", "audit", "verify"], Some(PASSWORD), None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("intact"), "{}", stdout(&output));
}

/// A password typed into `--database` would show in the process list: refused before anything
/// connects, with where to put it instead.
#[test]
fn a_password_in_the_database_argument_is_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_asiakasrekisteri"))
        .args([
            "--database",
            "postgres://rekisteri:salainen@127.0.0.1:1/asiakasrekisteri",
            "init",
        ])
        .env_remove("ASIAKASREKISTERI_DATABASE_URL")
        .output()
        .expect("binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("~/.pgpass"), "{}", stderr(&output));
}

/// One register reached by two spellings of its path keeps one anchor in the data folder, so a
/// chain cut back shows whichever spelling the next check is given.
#[test]
fn one_register_reached_by_two_paths_keeps_one_audit_anchor() {
    let mut register = Register::new();
    register.add_first_admin();
    let verify = ["--as", "admin", "audit", "verify"];
    let first = register.run(&verify, Some(PASSWORD), None);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    std::fs::create_dir(register.dir.path().join("alikansio")).expect("created");
    let roundabout = register.dir.path().join("alikansio/../cli.sqlite3");
    register.url = format!("sqlite://{}", roundabout.display());
    let second = register.run(&verify, Some(PASSWORD), None);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    let anchors = register.data_dir().join("audit-anchors");
    let files = std::fs::read_dir(&anchors)
        .expect("the anchors' folder")
        .count();
    assert_eq!(files, 1, "anchor files in {}", anchors.display());
}

/// The head each check writes to the anchor file catches a chain cut back with its head, which
/// verifies on its own.
#[test]
fn audit_verify_catches_a_chain_cut_back_at_its_anchor() {
    let register = Register::new();
    register.add_first_admin();
    register.run(
        &["--as", "admin", "demo-data", "--customers", "2"],
        Some(PASSWORD),
        None,
    );
    let anchor = register.dir.path().join("ankkuri.txt");
    let anchor_arg = anchor.display().to_string();
    let verify = ["--as", "admin", "audit", "verify", "--anchor", &anchor_arg];
    let output = register.run(&verify, Some(PASSWORD), None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("no earlier heads to check yet"),
        "{}",
        stdout(&output)
    );
    register.tamper(
        "DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq > 1; \
             UPDATE audit_head SET seq = 1, \
             last_hash = (SELECT hash FROM audit_events WHERE seq = 1)",
    );
    let output = register.run(&verify, Some(PASSWORD), None);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("the audit trail was rewritten"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn audit_verify_names_the_first_broken_event() {
    let register = Register::new();
    register.add_first_admin();
    register.run(
        &["--as", "admin", "demo-data", "--customers", "2"],
        Some(PASSWORD),
        None,
    );
    register.tamper(
        "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET action = 'x' WHERE seq = 2",
    );
    let output = register.run(&["--as", "admin", "audit", "verify"], Some(PASSWORD), None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("broken at event 2"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn extract_writes_the_pdf_and_the_json_for_a_customer_found_by_email() {
    let register = Register::new();
    register.add_first_admin();
    register.ready_for_documents();
    register.run(
        &["--as", "admin", "demo-data", "--customers", "3"],
        Some(PASSWORD),
        None,
    );
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let json = dir.path().join("ote.json");
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
            pdf.to_str().expect("utf-8 path"),
            "--json",
            json.to_str().expect("utf-8 path"),
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("SHA-256"));
    let bytes = std::fs::read(&pdf).expect("the PDF is written");
    assert!(bytes.starts_with(b"%PDF-"));
    let copy: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("the JSON is written")).expect("JSON");
    let email = copy["customer"]["email"]
        .as_str()
        .expect("an email")
        .to_owned();
    let by_email = dir.path().join("toinen.pdf");
    let output = register.run(
        &[
            "--as",
            "admin",
            "extract",
            "--email",
            &email,
            "--lang",
            "en",
            "--out",
            by_email.to_str().expect("utf-8 path"),
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn extract_by_order_number_gives_an_erased_customers_kept_vouchers() {
    let register = Register::new();
    register.add_first_admin();
    register.ready_for_documents();
    register.run(
        &["--as", "admin", "demo-data", "--customers", "3"],
        Some(PASSWORD),
        None,
    );
    let dir = tempfile::tempdir().expect("temporary directory");
    let extract = |args: &[&str], name: &str| -> serde_json::Value {
        let pdf = dir.path().join(format!("{name}.pdf"));
        let json = dir.path().join(format!("{name}.json"));
        let mut all = vec!["--as", "admin", "extract", "--lang", "fi"];
        all.extend_from_slice(args);
        all.extend([
            "--out",
            pdf.to_str().expect("utf-8 path"),
            "--json",
            json.to_str().expect("utf-8 path"),
        ]);
        let output = register.run(&all, Some(PASSWORD), None);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        serde_json::from_slice(&std::fs::read(&json).expect("the JSON is written")).expect("JSON")
    };
    // A customer with orders, found by one of them.
    let customer = (1..=3)
        .map(|id| {
            (
                id,
                extract(&["--customer", &id.to_string()], &format!("c{id}")),
            )
        })
        .find(|(_, copy)| copy["orders"].as_array().is_some_and(|o| !o.is_empty()))
        .expect("a demo customer with orders");
    let (id, copy) = customer;
    let number = copy["orders"][0]["order_number"]
        .as_str()
        .expect("an order number")
        .to_owned();
    assert_eq!(
        extract(&["--order", &number], "before")["customer"]["customer_number"],
        id
    );

    let output = register.run(
        &["--as", "admin", "erase", "--customer", &id.to_string()],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let after = extract(&["--order", &number], "after");
    assert!(after["customer"].is_null(), "{after}");
    assert_eq!(after["erasure"]["customer_number"], id);
    assert_eq!(
        after["orders"].as_array().map(Vec::len),
        copy["orders"].as_array().map(Vec::len)
    );

    let unknown = register.run(
        &[
            "--as", "admin", "extract", "--order", "OP-0", "--lang", "fi", "--out", "x.pdf",
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(unknown.status.code(), Some(1), "{}", stderr(&unknown));
}

#[test]
fn extract_of_a_missing_customer_fails_with_one_line_and_writes_nothing() {
    let register = Register::new();
    register.add_first_admin();
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let output = register.run(
        &[
            "--as",
            "admin",
            "extract",
            "--customer",
            "99",
            "--lang",
            "fi",
            "--out",
            pdf.to_str().expect("utf-8 path"),
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
    assert!(!pdf.exists());
}

#[test]
fn extract_needs_a_customer_or_an_email() {
    let register = Register::new();
    let output = register.run(&["extract", "--lang", "fi", "--out", "x.pdf"], None, None);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn erase_removes_a_customer_and_a_second_erase_fails() {
    let register = Register::new();
    register.add_first_admin();
    register.run(
        &["--as", "admin", "demo-data", "--customers", "2"],
        Some(PASSWORD),
        None,
    );
    let output = register.run(
        &["--as", "admin", "erase", "--customer", "1"],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Erased customer 1"),
        "{}",
        stdout(&output)
    );
    let again = register.run(
        &["--as", "admin", "erase", "--customer", "1"],
        Some(PASSWORD),
        None,
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("not found"), "{}", stderr(&again));
}

#[test]
fn import_reports_counts_and_each_rejected_row() {
    let register = Register::new();
    register.add_first_admin();
    let dir = tempfile::tempdir().expect("temporary directory");
    let csv = dir.path().join("customers_export.csv");
    let export = testing::shopify::file(&[
        "1,Aino,Häkkinen,aino@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into(),
        "2,,,nimeton@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into(),
        "3,Eero,Mäkelä,eero(at)example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into(),
    ]);
    std::fs::write(&csv, export).expect("written");
    let path = csv.to_str().expect("utf-8 path");
    let dry = register.run(
        &[
            "--as",
            "admin",
            "import",
            "shopify-customers",
            path,
            "--dry-run",
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(dry.status.code(), Some(0), "{}", stderr(&dry));
    assert!(
        stdout(&dry).starts_with("Dry run, nothing written: 2 added"),
        "{}",
        stdout(&dry)
    );
    assert!(
        stdout(&dry).contains("row 2: new customer"),
        "a dry run lists what it would change: {}",
        stdout(&dry)
    );
    let output = register.run(
        &["--as", "admin", "import", "shopify-customers", path],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("2 added, 0 updated, 0 unchanged, 1 rejected rows."),
        "{text}"
    );
    assert!(text.contains("row 3: first name is required"), "{text}");
    assert!(
        text.contains("Values kept as written and marked to check: 1 in 1 rows (customers, or orders and their buyers)\nrow 4: email is not an email address"),
        "{text}"
    );
}

#[test]
fn notice_writes_a_draft_then_publishes_numbered_versions() {
    let register = Register::new();
    register.add_first_admin();
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = |name: &str| dir.path().join(name).to_str().expect("utf-8").to_owned();
    let draft = [
        "--as",
        "admin",
        "notice",
        "--lang",
        "sv",
        "--out",
        &path("n.pdf"),
        "--markdown",
        &path("n.md"),
        "--html",
        &path("n.html"),
    ];
    let refused = register.run(&draft, Some(PASSWORD), None);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("the shop's street address")
            && stderr(&refused).contains("the name of the accountant"),
        "{}",
        stderr(&refused)
    );
    assert!(!std::path::Path::new(&path("n.pdf")).exists());
    register.fill_in_settings();
    let output = register.run(&draft, Some(PASSWORD), None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("DRAFT"), "{}", stdout(&output));
    assert!(
        std::fs::read(path("n.pdf"))
            .expect("PDF")
            .starts_with(b"%PDF-")
    );
    let markdown = std::fs::read_to_string(path("n.md")).expect("Markdown");
    assert!(
        markdown.starts_with("# Dataskyddsbeskrivning"),
        "{markdown}"
    );
    let html = std::fs::read_to_string(path("n.html")).expect("HTML");
    assert!(html.contains("<h1>Dataskyddsbeskrivning</h1>"), "{html}");

    let publish = [
        "--as",
        "admin",
        "notice",
        "--lang",
        "fi",
        "--publish",
        "--out",
    ];
    let published = register.run(
        &[&publish[..], &[&path("v1.pdf")]].concat(),
        Some(PASSWORD),
        None,
    );
    assert_eq!(published.status.code(), Some(0), "{}", stderr(&published));
    assert!(
        stdout(&published).contains("version 1"),
        "{}",
        stdout(&published)
    );
    let old = register.run(
        &[
            "--as",
            "admin",
            "notice",
            "--lang",
            "en",
            "--version",
            "1",
            "--out",
            &path("old.pdf"),
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(old.status.code(), Some(0), "{}", stderr(&old));
    let missing = register.run(
        &[
            "--as",
            "admin",
            "notice",
            "--lang",
            "en",
            "--version",
            "7",
            "--out",
            &path("x.pdf"),
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(!dir.path().join("x.pdf").exists());
}

/// What an admin does in the settings screen: reads the defaults and saves them.
#[test]
fn demo_data_refuses_a_count_it_cannot_make_instead_of_adding_none() {
    let register = Register::new();
    register.add_first_admin();
    let output = register.run(
        &[
            "--as",
            "admin",
            "demo-data",
            "--customers",
            "18446744073709551615",
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("not in 1..=10000000"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn settings_organisation_prints_and_sets_the_shops_details_and_no_extract_goes_out_without_them() {
    let register = Register::new();
    register.add_first_admin();
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let extract = || {
        register.run(
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
            ],
            Some(PASSWORD),
            None,
        )
    };
    register.run(
        &["--as", "admin", "demo-data", "--customers", "1"],
        Some(PASSWORD),
        None,
    );
    let refused = extract();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("the shop's phone, the shop's street address"),
        "{}",
        stderr(&refused)
    );
    assert!(!pdf.exists(), "nothing written");
    let shown = register.run(
        &["--as", "admin", "settings", "organisation"],
        Some(PASSWORD),
        None,
    );
    assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
    let text = stdout(&shown);
    assert!(
        text.contains("name: Ompelijan paratiisi\nbusiness-id: 2631357-4"),
        "{text}"
    );
    assert!(text.contains("phone: \n"), "{text}");
    assert!(text.contains("No extract can be made until"), "{text}");
    let bad = register.run(
        &[
            "--as",
            "admin",
            "settings",
            "organisation",
            "--phone",
            "123",
        ],
        Some(PASSWORD),
        None,
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("phone is not a valid phone number"),
        "{}",
        stderr(&bad)
    );
    register.ready_for_documents();
    let shown = register.run(
        &["--as", "admin", "settings", "organisation"],
        Some(PASSWORD),
        None,
    );
    let text = stdout(&shown);
    assert!(text.contains("phone: +358312345678\nemail:"), "{text}");
    assert!(!text.contains("No extract"), "{text}");
    let made = extract();
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
}
