//! The rendered documents the tests read back and keep.

/// The PDF's text as words: line breaks fall where the layout put them, so tests compare
/// words, not lines.
pub fn text_of(pdf: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(pdf).expect("the PDF reads back");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keeps a rendered document where CI checks it with `qpdf --check` and where it can be looked
/// at (target/tmp/extracts).
pub fn keep(name: &str, bytes: &[u8]) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("extracts");
    std::fs::create_dir_all(&dir).expect("sample directory");
    std::fs::write(dir.join(name), bytes).expect("sample written");
}
