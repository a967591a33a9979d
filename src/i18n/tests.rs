use std::path::Path;

use register::domain::{AuditAction, Field, Lang, Problem, Role};
use register::fluent::message_ids;
use register::save::SaveError;
use testing::translation;

use super::{EN, FI, I18n, source};

#[test]
fn both_staff_languages_have_the_same_messages() {
    assert!(register::fluent::parses(FI));
    assert!(register::fluent::parses(EN));
    assert_eq!(message_ids(FI), message_ids(EN));
}

#[test]
fn every_field_and_role_has_a_message_in_both_languages() {
    for lang in Lang::STAFF {
        let ids = message_ids(source(lang));
        for role in Role::ALL {
            assert!(
                ids.contains(&format!("role-{}", role.as_str())),
                "{lang} {role}"
            );
        }
        for field in Field::ALL {
            assert!(ids.contains(super::field_key(field)), "{lang} {field}");
        }
    }
}

#[test]
fn every_audit_action_has_words_in_the_log() {
    let mut missing = Vec::new();
    for lang in Lang::STAFF {
        let ids = message_ids(source(lang));
        for action in AuditAction::ALL {
            let key = format!("action-{}", action.key());
            if !ids.contains(&key) {
                missing.push(format!("{lang}: {key}"));
            }
        }
    }
    assert!(missing.is_empty(), "no words for {missing:#?}");
}

#[test]
fn a_problem_message_carries_its_numbers() {
    let i18n = I18n::new(Lang::Fi);
    assert_eq!(
        i18n.problem(&Problem::TooShort { min: 12 }),
        "Vähintään 12 merkkiä."
    );
    let en = I18n::new(Lang::En);
    assert_eq!(
        en.problem(&Problem::NotAnEmail),
        "Not a valid email address."
    );
}

#[test]
fn plural_counts_follow_the_language() {
    let i18n = I18n::new(Lang::Fi);
    assert_eq!(
        i18n.t_with("customers-count", &[("count", 1.into())]),
        "1 asiakas"
    );
    let shown = i18n.t_with(
        "customers-count",
        &[
            ("count", 1_000_000.into()),
            ("shown", i18n.count(1_000_000).into()),
        ],
    );
    assert_eq!(shown, "1\u{a0}000\u{a0}000 asiakasta");
}

#[test]
fn a_file_another_program_holds_is_named_with_what_to_do() {
    let path = Path::new("C:/Users/Äijälä/Työpöytä/ote 3.pdf");
    let message =
        I18n::new(Lang::Fi).error(&SaveError::InUse(path.to_owned()).into_service_error());
    assert!(message.contains("ote 3.pdf"), "{message}");
    assert!(message.contains("Sulje"), "{message}");
}

/// Keys the code builds with `format!` instead of writing them out, `*` where it puts a value.
/// Every other key of the files must be written in the code as a literal.
const BUILT: &[&str] = &[
    "action-*",
    "role-*",
    "purpose-choice-*",
    "consent-source-*",
    "erase-reason-*",
    "request-status-*",
    "identity-check-*",
    "document-kind-*",
    "requests-delivery-*",
    "requests-system-*",
    "requests-system-recorded-*",
    "text-in-*",
    "recipient-role-*",
    "safeguard-short-*",
    "processing-years-*",
    "change-years-*",
    "audit-target-*",
    "audit-detail-*",
];

#[test]
fn every_key_the_code_asks_for_is_in_the_files_and_every_key_in_the_files_is_used() {
    let sources = translation::sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let calls = translation::calls(&sources);
    assert!(calls.other.len() > 250, "the scan finds the calls");
    let ids = message_ids(FI);
    let unknown: Vec<&String> = calls.other.difference(&ids).collect();
    assert!(unknown.is_empty(), "not in assets/i18n: {unknown:#?}");
    let words = message_ids(register::document::words::source(Lang::Fi));
    let unknown: Vec<&String> = calls.words.difference(&words).collect();
    assert!(
        unknown.is_empty(),
        "not in the documents' words: {unknown:#?}"
    );
    let unused = translation::unused(&ids, &sources, BUILT);
    assert!(
        unused.is_empty(),
        "in assets/i18n but used nowhere (or built: add it to BUILT): {unused:#?}"
    );
}

/// A key of the documents' words written in the staff app outside a `words()` call would be
/// looked up among the staff's messages, where it is not, and show as its id.
#[test]
fn no_document_key_is_asked_of_the_staff_messages() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let staff = message_ids(FI);
    let words = message_ids(register::document::words::source(Lang::Fi));
    let mut misplaced = Vec::new();
    for source in translation::sources(&ui) {
        for line in source.lines().filter(|line| !line.contains("words()")) {
            for literal in line.split('"').skip(1).step_by(2) {
                if words.contains(literal) && !staff.contains(literal) {
                    misplaced.push(line.trim().to_owned());
                }
            }
        }
    }
    assert!(
        misplaced.is_empty(),
        "documents' words asked of the staff's messages: {misplaced:#?}"
    );
}
