//! What the translation tests read from the code: the Rust sources of a folder, the message
//! keys written in calls (`t("…")`, `t_with("…", …)`, `optional("…")`), and whether a key is
//! written anywhere at all.

use std::collections::BTreeSet;
use std::path::Path;

/// Every Rust source under `dir`, as text.
pub fn sources(dir: &Path) -> Vec<String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("the sources")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    entries.sort();
    let mut out = Vec::new();
    for path in entries {
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).expect("a source"));
        }
    }
    out
}

/// The keys the code asks for, by the catalogue asked.
#[derive(Debug, Default)]
pub struct Calls {
    /// Asked of the documents' words through the staff app's `words()`.
    pub words: BTreeSet<String>,
    /// Asked of whatever the call is made on: the staff's messages in the app, the documents'
    /// words in the core.
    pub other: BTreeSet<String>,
}

/// The literal first arguments of `t`, `t_with` and `optional` calls that look like keys.
pub fn calls(sources: &[String]) -> Calls {
    let mut calls = Calls::default();
    for source in sources {
        for call in [".t(", ".t_with(", ".optional("] {
            for (at, _) in source.match_indices(call) {
                let rest = source[at + call.len()..].trim_start();
                let Some(key) = rest.strip_prefix('"').and_then(|s| s.split('"').next()) else {
                    continue;
                };
                if !is_key(key) {
                    continue;
                }
                if source[..at].trim_end().ends_with("words()") {
                    calls.words.insert(key.to_owned());
                } else {
                    calls.other.insert(key.to_owned());
                }
            }
        }
    }
    calls
}

fn is_key(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The keys of `ids` that no source writes as a literal and no pattern of `built` makes: a
/// pattern is a key with `*` where the code puts a value (`letter-*-title`).
pub fn unused<'a>(ids: &'a BTreeSet<String>, sources: &[String], built: &[&str]) -> Vec<&'a str> {
    let built_so = |id: &str| {
        built.iter().any(|pattern| match pattern.split_once('*') {
            Some((start, end)) => {
                id.len() > start.len() + end.len() && id.starts_with(start) && id.ends_with(end)
            }
            None => id == *pattern,
        })
    };
    ids.iter()
        .map(String::as_str)
        .filter(|id| {
            let literal = format!("\"{id}\"");
            !sources.iter().any(|source| source.contains(&literal))
        })
        .filter(|id| !built_so(id))
        .collect()
}
