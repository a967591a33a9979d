//! The service API, read from the source: every public function under `core/src/service` has
//! a probe in the role table's matrix (`probes/mod.rs`) or a line in `UNGUARDED` that says
//! why no role is checked. A function added without either fails here.

use std::collections::BTreeSet;
use std::path::Path;

use super::probes::Probe;

/// Public service functions that take no session, with the reason.
const UNGUARDED: &[(&str, &str)] = &[
    ("auth::login", "logging in is how a session begins"),
    (
        "auth::login_with_new_password",
        "logging in with a one-time password is how its owner's first session begins",
    ),
    (
        "staff::has_staff",
        "whether the first admin is still to be created, asked before anyone can log in",
    ),
    (
        "staff::create_first_admin",
        "refused once any account exists; the first admin is nobody's to authorise",
    ),
    (
        "staff::set_up",
        "the first admin and the shop's details in one, refused once any account exists",
    ),
    (
        "settings::before_first_admin",
        "the shop's details as the first admin's form shows them, only while there is no account",
    ),
    (
        "backup::restore::restore",
        "replaces the register: checks the admin's credentials against the restored one",
    ),
    (
        "audit::settle",
        "waits for the listing notes already made to be written; reads and changes nothing",
    ),
    (
        "customer_search::page",
        "takes a raw connection, which only the services (after their check) and the benchmark hold",
    ),
    (
        "customer_search::page_with_threshold",
        "the same, with the threshold the tests move",
    ),
    (
        "import::batch_rows",
        "the batch size for the database kind; reads nothing",
    ),
    (
        "backup::generations::file_name",
        "names a backup file; no IO",
    ),
    (
        "backup::generations::taken_at",
        "reads the time from a backup's name; no IO",
    ),
    (
        "backup::generations::in_folder",
        "lists the backup files of a folder the admin chose; no register data",
    ),
    (
        "backup::generations::beyond_kept",
        "picks the generations beyond those kept; no IO",
    ),
];

/// `module::function` for every `pub fn` and `pub async fn` written at the top level of a
/// file under `dir`, the module named by the file's path.
fn public_functions(dir: &Path, module: &str, found: &mut BTreeSet<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("the service sources")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        let inner = match (module, stem) {
            (_, "mod") => module.to_owned(),
            ("", _) => stem.to_owned(),
            _ => format!("{module}::{stem}"),
        };
        if path.is_dir() {
            public_functions(&path, &inner, found);
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a source file");
        let before_tests = source.split("#[cfg(test)]").next().unwrap_or_default();
        for line in before_tests.lines() {
            let rest = line
                .strip_prefix("pub async fn ")
                .or_else(|| line.strip_prefix("pub fn "));
            if let Some(rest) = rest {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let path = if inner.is_empty() {
                    name
                } else {
                    format!("{inner}::{name}")
                };
                found.insert(path);
            }
        }
    }
}

#[test]
fn every_public_service_function_has_a_probe_or_says_why_it_needs_none() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/service");
    let mut api = BTreeSet::new();
    public_functions(&dir, "", &mut api);
    assert!(api.len() > 80, "the scan found the API: {api:?}");

    let mut probed = BTreeSet::new();
    for probe in Probe::ALL {
        assert!(
            probed.insert(probe.function()),
            "two probes for {}",
            probe.function()
        );
    }
    let unguarded: BTreeSet<&str> = UNGUARDED.iter().map(|(function, _)| *function).collect();
    let both: Vec<&&str> = probed.intersection(&unguarded).collect();
    assert!(both.is_empty(), "probed and called unguarded: {both:?}");

    let missing: Vec<&String> = api
        .iter()
        .filter(|f| !probed.contains(f.as_str()) && !unguarded.contains(f.as_str()))
        .collect();
    let stale: Vec<&&str> = probed
        .iter()
        .chain(unguarded.iter())
        .filter(|f| !api.contains(**f))
        .collect();
    assert!(
        missing.is_empty(),
        "public service functions with no probe in permissions/probes and no reason in \
         UNGUARDED: {missing:#?}"
    );
    assert!(stale.is_empty(), "no such service function: {stale:#?}");
}
