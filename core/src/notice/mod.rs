//! The privacy notice ("tietosuojaseloste"): written by the register from the controller's
//! details and the processing description, in Finnish, Swedish and English, as an A4 PDF and
//! as Markdown or HTML to paste into the webshop.

mod forms;
mod pdf;
mod text;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::Section;
use crate::document::Words;
use crate::document::information::Information;
use crate::domain::Lang;
use crate::domain::processing::NoticeSource;
use crate::format;

pub use forms::Format;
pub use pdf::render as pdf;
pub use text::{html, markdown};

/// Which notice this is: a published version, or a draft of the settings as they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Edition {
    Published { version: i32, on: NaiveDate },
    Draft { on: NaiveDate },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub language: Lang,
    pub controller: String,
    pub title: String,
    pub subtitle: String,
    pub edition: Edition,
    /// The edition in words: "Versio 3, julkaistu 1.12.2026" or a draft's warning.
    pub edition_line: String,
    pub sections: Vec<Section>,
}

pub fn build(source: &NoticeSource, lang: Lang, edition: Edition) -> Notice {
    let words = Words::new(lang);
    let controller = source.controller.name.clone();
    let edition_line = match edition {
        Edition::Published { version, on } => words.t_with(
            "notice-version",
            &[
                ("version", version.into()),
                ("date", format::date_for(words.lang(), on).into()),
            ],
        ),
        Edition::Draft { on } => words.t_with(
            "notice-draft",
            &[("date", format::date_for(words.lang(), on).into())],
        ),
    };
    Notice {
        language: lang,
        title: words.t("notice-title"),
        subtitle: words.t_with(
            "notice-subtitle",
            &[("controller", controller.clone().into())],
        ),
        controller,
        edition,
        edition_line,
        sections: Information::new(&words, &source.controller, &source.processing).notice(),
    }
}
