//! The documents' words against the code that writes the documents: every key asked for is in
//! the files, and every key of the files is asked for, written out or built.

use std::path::Path;

use register::document::words::source;
use register::domain::Lang;
use register::fluent::message_ids;
use testing::translation;

/// Keys the documents build with `format!`, `*` where the code puts a value.
const BUILT: &[&str] = &[
    "consent-via-*",
    "consultation-*",
    "staff-role-*",
    "erasure-reason-*",
    "order-status-*",
    "language-*",
    "letter-system-*",
    "letter-*-title",
    "purpose-*",
    "basis-*",
    "info-category-*",
    "recipient-kind-*",
    "recipient-data-*",
    "safeguard-*",
    "year-end-*",
    "number-word-*",
    "country-*",
    "request-channel-*",
    "request-delivery-*",
    "request-check-*",
    "request-outcome-*",
    "request-document-*",
    "file-name-*",
    "extract-system-*",
];

#[test]
fn every_key_the_documents_ask_for_is_in_the_files_and_every_key_is_used() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for folder in ["src/extract", "src/letter", "src/notice", "src/document"] {
        sources.extend(translation::sources(&core.join(folder)));
    }
    let calls = translation::calls(&sources);
    assert!(calls.other.len() > 100, "the scan finds the calls");
    let mut missing = Vec::new();
    for lang in Lang::DOCUMENT {
        let ids = message_ids(source(lang));
        missing.extend(
            calls
                .other
                .difference(&ids)
                .map(|key| format!("{lang}: {key}")),
        );
    }
    assert!(
        missing.is_empty(),
        "not in the documents' words: {missing:#?}"
    );
    // The staff app shows some of the documents' words too (`i18n.words()`).
    sources.extend(translation::sources(&core.join("../src")));
    let ids = message_ids(source(Lang::Fi));
    let unused = translation::unused(&ids, &sources, BUILT);
    assert!(
        unused.is_empty(),
        "in the documents' words but used nowhere (or built: add it to BUILT): {unused:#?}"
    );
}
