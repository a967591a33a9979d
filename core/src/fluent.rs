//! The Fluent machinery both sets of messages use: the documents a customer receives
//! (`document::Words`, in Finnish, Swedish or English) and the staff app (its `I18n`, in
//! Finnish or English). A catalogue is one language's messages from compiled-in files.

use std::collections::BTreeSet;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

pub use fluent_bundle::FluentValue;
use unic_langid::LanguageIdentifier;

use crate::domain::Lang;

pub type Args<'a> = [(&'a str, FluentValue<'a>)];

pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Catalogue {
    /// The messages of `source`, a Fluent file compiled in.
    pub fn new(lang: Lang, source: &'static str) -> Self {
        let id: LanguageIdentifier = lang.id().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Unicode isolation marks would show as boxes in the PDF and shift text widths.
        bundle.set_use_isolating(false);
        // The files are compiled in and checked by the tests, so a parse error here is a bug
        // in the build, not something a user can cause; the parsed part is still used.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _errors)| partial);
        let _ = bundle.add_resource(resource);
        Self { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_with(&self, id: &str, args: &Args<'_>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// A missing message shows its id, which the key tests keep from ever reaching a user.
    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message, if the file has one by this id.
    pub fn optional(&self, id: &str) -> Option<String> {
        self.has(id).then(|| self.t(id))
    }

    /// A count the language's way: "1 000 000" in Finnish and Swedish (with no-break spaces,
    /// from five digits up), "1,000,000" in English.
    pub fn count(&self, n: u64) -> String {
        let digits = n.to_string();
        let (separator, from) = match self.lang {
            Lang::Fi | Lang::Sv => ('\u{a0}', 5),
            Lang::En => (',', 4),
        };
        if digits.len() < from {
            return digits;
        }
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(digit);
        }
        grouped
    }
}

/// The ids of the messages in a Fluent file, for the tests that check the files against each
/// other and against the code.
pub fn message_ids(source: &str) -> BTreeSet<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((partial, _)) => partial,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Whether a Fluent file parses without an error.
pub fn parses(source: &str) -> bool {
    FluentResource::try_new(source.to_owned()).is_ok()
}

/// The text with its first letter in upper case, for a word that starts a line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_the_languages_way() {
        let fi = Catalogue::new(Lang::Fi, "");
        assert_eq!(fi.count(1_000_000), "1\u{a0}000\u{a0}000");
        assert_eq!(fi.count(9_999), "9999");
        let en = Catalogue::new(Lang::En, "");
        assert_eq!(en.count(1_000_000), "1,000,000");
        assert_eq!(en.count(999), "999");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        let catalogue = Catalogue::new(Lang::Fi, "hello = Hei\n");
        assert_eq!(catalogue.t("hello"), "Hei");
        assert_eq!(catalogue.t("helo"), "helo");
        assert_eq!(catalogue.optional("helo"), None);
    }
}
