//! The languages of the register. Staff use the app in Finnish or English; the documents a
//! customer receives (the privacy notice, the register extract and the letters) are written in
//! Finnish, Swedish or English, Finland's two national languages and English.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fi,
    Sv,
    En,
}

impl Lang {
    /// The languages of the staff app.
    pub const STAFF: [Lang; 2] = [Lang::Fi, Lang::En];
    /// The languages of every document a customer receives.
    pub const DOCUMENT: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// "fi", "sv" or "en", as the command line takes it.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::DOCUMENT.into_iter().find(|lang| lang.id() == id)
    }

    pub fn id(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// Each language names itself, so that someone who cannot read the current one finds theirs.
impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
            Lang::En => "English",
        })
    }
}

/// A text the shop writes itself, in every language a document can be in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localised {
    pub fi: String,
    pub sv: String,
    pub en: String,
}

impl Localised {
    pub fn new(fi: &str, sv: &str, en: &str) -> Self {
        Self {
            fi: fi.to_owned(),
            sv: sv.to_owned(),
            en: en.to_owned(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    pub fn get_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::Fi => &mut self.fi,
            Lang::Sv => &mut self.sv,
            Lang::En => &mut self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_document_languages_are_read_from_the_command_line() {
        assert_eq!(Lang::from_id("sv"), Some(Lang::Sv));
        assert_eq!(Lang::from_id("de"), None);
        assert!(!Lang::STAFF.contains(&Lang::Sv));
    }

    #[test]
    fn a_localised_text_gives_each_language_its_own() {
        let text = Localised::new("kyllä", "ja", "yes");
        assert_eq!(
            Lang::DOCUMENT.map(|lang| text.get(lang)),
            ["kyllä", "ja", "yes"]
        );
    }
}
