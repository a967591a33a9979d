//! The words of the documents a customer receives (the register extract, the privacy notice,
//! the letters), from the Fluent files in `core/assets/documents`, in Finnish, Swedish or
//! English. The staff app shows some of them too, as the customer will read them: a
//! purpose, a legal basis, a country, an order's status.

use std::ops::Deref;

use crate::domain::Lang;
use crate::fluent::Catalogue;

const FI: &str = include_str!("../../assets/documents/fi.ftl");
const SV: &str = include_str!("../../assets/documents/sv.ftl");
const EN: &str = include_str!("../../assets/documents/en.ftl");

/// The Fluent file of a document language.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => FI,
        Lang::Sv => SV,
        Lang::En => EN,
    }
}

#[derive(Debug)]
pub struct Words(Catalogue);

impl Deref for Words {
    type Target = Catalogue;

    fn deref(&self) -> &Catalogue {
        &self.0
    }
}

impl Words {
    pub fn new(lang: Lang) -> Self {
        Words(Catalogue::new(lang, source(lang)))
    }

    /// A number as a document writes it in running text: in words from one to nine
    /// ("kolme vuotta", "tre år", "three years"), in digits from ten up.
    pub fn small_number(&self, n: u32) -> String {
        let key = format!("number-word-{n}");
        if (1..=9).contains(&n) && self.has(&key) {
            self.t(&key)
        } else {
            self.count(u64::from(n))
        }
    }

    /// A country by name in the language, from its ISO code; a country the files do not name
    /// is shown by its code.
    pub fn country(&self, code: &str) -> String {
        let code = code.trim().to_uppercase();
        self.optional(&format!("country-{code}")).unwrap_or(code)
    }

    /// The countries the files name, as (ISO code, name), in the order of their names.
    pub fn countries(&self) -> Vec<(String, String)> {
        let mut countries: Vec<(String, String)> = crate::fluent::message_ids(source(self.lang()))
            .into_iter()
            .filter_map(|id| id.strip_prefix("country-").map(str::to_owned))
            .map(|code| {
                let name = self.country(&code);
                (code, name)
            })
            .collect();
        countries.sort_by(|a, b| a.1.cmp(&b.1));
        countries
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::FluentValue;

    use super::*;
    use crate::domain::AuditAction;
    use crate::fluent::message_ids;

    #[test]
    fn the_countries_are_listed_by_name_with_their_codes() {
        let countries = Words::new(Lang::Fi).countries();
        assert!(countries.contains(&("FI".to_owned(), "Suomi".to_owned())));
        let names: Vec<&str> = countries.iter().map(|(_, name)| name.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }

    #[test]
    fn every_document_language_has_the_same_messages() {
        assert_eq!(message_ids(FI), message_ids(SV));
        assert_eq!(message_ids(FI), message_ids(EN));
        for lang in Lang::DOCUMENT {
            assert!(crate::fluent::parses(source(lang)), "{lang}");
        }
    }

    #[test]
    fn numbers_under_ten_are_written_in_words() {
        for (lang, six, ten, three) in [
            (
                Lang::Fi,
                "kuuteen kuukauteen",
                "10 kuukauteen",
                "kolme vuotta",
            ),
            (Lang::Sv, "på sex månader", "på 10 månader", "i tre år"),
            (Lang::En, "for six months", "for 10 months", "three years"),
        ] {
            let words = Words::new(lang);
            let number = |n: u32| FluentValue::from(n);
            let months = |n: u32| words.t_with("info-retention-customer", &[("months", number(n))]);
            assert!(months(6).contains(six), "{lang}: {}", months(6));
            assert!(months(10).contains(ten), "{lang}: {}", months(10));
            let years = words.t_with(
                "info-retention-requests",
                &[
                    ("years", number(3)),
                    ("years_text", words.small_number(3).into()),
                ],
            );
            assert!(years.contains(three), "{lang}: {years}");
        }
    }

    #[test]
    fn every_action_that_consults_a_customer_has_words_in_the_extract() {
        let mut missing = Vec::new();
        for lang in Lang::DOCUMENT {
            let ids = message_ids(source(lang));
            for action in AuditAction::ALL.iter().filter(|a| a.consults_a_customer()) {
                let key = format!("consultation-{}", action.key());
                if !ids.contains(&key) {
                    missing.push(format!("{lang}: {key}"));
                }
            }
        }
        assert!(missing.is_empty(), "no words for {missing:#?}");
    }
}
