//! Every string the staff see, from the Fluent files in `assets/i18n`, in Finnish by default or
//! in English; and, through [`I18n::words`], the documents' own words in the same language
//! for what staff see as the customer will read it (a purpose, a country, an order's status).

mod errors;
mod keys;
#[cfg(test)]
mod tests;

use std::ops::Deref;

use register::document::Words;
use register::domain::{AuditAction, Field, FieldError, FieldErrors, Lang, Problem, Role};
use register::fluent::Catalogue;

pub use keys::field_key;

const FI: &str = include_str!("../../assets/i18n/fi.ftl");
const EN: &str = include_str!("../../assets/i18n/en.ftl");

/// The staff app's own messages; Swedish has none, as the app speaks Finnish and English.
fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi | Lang::Sv => FI,
        Lang::En => EN,
    }
}

#[derive(Debug)]
pub struct I18n {
    staff: Catalogue,
    words: Words,
}

impl Deref for I18n {
    type Target = Catalogue;

    fn deref(&self) -> &Catalogue {
        &self.staff
    }
}

impl I18n {
    /// The staff app in `lang`: Finnish or English (Swedish, which the app does not speak, is
    /// Finnish).
    pub fn new(lang: Lang) -> Self {
        let lang = if lang == Lang::Sv { Lang::Fi } else { lang };
        Self {
            staff: Catalogue::new(lang, source(lang)),
            words: Words::new(lang),
        }
    }

    /// The documents' words in the staff's language.
    pub fn words(&self) -> &Words {
        &self.words
    }

    pub fn field(&self, field: Field) -> String {
        self.t(field_key(field))
    }

    pub fn problem(&self, problem: &Problem) -> String {
        let (key, args) = keys::problem_message(problem);
        self.t_with(key, &args)
    }

    /// The message to show next to `field` of a form, if it has a problem.
    pub fn problem_at(&self, errors: &FieldErrors, field: Field) -> Option<String> {
        errors.problem(field).map(|problem| self.problem(problem))
    }

    /// "Email: Not a valid email address." for lists of errors away from their fields.
    pub fn field_error(&self, error: &FieldError) -> String {
        format!(
            "{}: {}",
            self.field(error.field),
            self.problem(&error.problem)
        )
    }

    pub fn role(&self, role: Role) -> String {
        self.t(&format!("role-{}", role.as_str()))
    }

    /// An audit action as the trail records it, such as `customer.read`, in words; an action
    /// this version does not know (written by a newer one) is shown as recorded.
    pub fn action(&self, code: &str) -> String {
        match AuditAction::parse(code) {
            Some(action) => self.t(&format!("action-{}", action.key())),
            None => code.to_owned(),
        }
    }
}
