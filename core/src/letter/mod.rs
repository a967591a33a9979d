//! The letters an access request may need besides the extract (GDPR Art. 12 and 15): the
//! covering letter of an answer, the reply that the register holds nothing about the
//! requester, the notice that the deadline is extended, the request for what confirms the
//! requester's identity, and a refusal with the remedies. Each
//! is a plain struct first, printed through the same layout as the extract.

mod pdf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::Words;
use crate::document::letterhead::Addressee;
use crate::domain::Lang;
use crate::domain::access_request::Delivery;
use crate::domain::organisation::Controller;
use crate::domain::other_systems::{Searched, SystemSearch};
use crate::format;

pub use pdf::render;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    Covering,
    NothingHeld,
    Extension,
    Refusal,
    Identification,
}

impl LetterKind {
    pub fn key(self) -> &'static str {
        match self {
            LetterKind::Covering => "covering",
            LetterKind::NothingHeld => "nothing-held",
            LetterKind::Extension => "extension",
            LetterKind::Refusal => "refusal",
            LetterKind::Identification => "identification",
        }
    }
}

/// What every letter about a request states: whose request, when it came, who writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    pub language: Lang,
    pub reference: String,
    pub received_on: NaiveDate,
    pub issued_on: NaiveDate,
    pub controller: Controller,
    pub addressee: Addressee,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    pub kind: LetterKind,
    pub language: Lang,
    pub reference: String,
    pub received_on: NaiveDate,
    pub issued_on: NaiveDate,
    pub controller: Controller,
    pub addressee: Addressee,
    pub title: String,
    pub paragraphs: Vec<String>,
}

/// The letter that goes with a register extract, saying how the copy is delivered: sent
/// electronically with its machine-readable copy attached, or on paper with that copy offered.
pub fn covering(about: About, delivery: Delivery, systems: &[SystemSearch]) -> Letter {
    let words = Words::new(about.language);
    let email = about.controller.email.clone();
    let how = match delivery {
        Delivery::Electronic => "letter-covering-electronic",
        Delivery::Post => "letter-covering-post",
    };
    let mut paragraphs = vec![
        received(&words, "letter-covering-body", &about),
        words.t(how),
        words.t("letter-covering-systems"),
    ];
    paragraphs.extend(
        systems
            .iter()
            .map(|check| system_line(&words, check, &email)),
    );
    paragraphs.push(words.t_with("letter-covering-rights", &[("email", email.into())]));
    paragraphs.extend(complaint(&words));
    letter(LetterKind::Covering, about, &words, paragraphs)
}

/// The answer that the register holds no data about the requester (Art. 15(1)). The request
/// itself and this answer are kept for `request_years`, which the letter says.
pub fn nothing_held(
    about: About,
    request_years: u32,
    searched_by: SearchedBy,
    systems: &[SystemSearch],
) -> Letter {
    let words = Words::new(about.language);
    let email = about.controller.email.clone();
    let by: Vec<String> = [
        (searched_by.name, "letter-searched-by-name"),
        (searched_by.email, "letter-searched-by-email"),
        (searched_by.phone, "letter-searched-by-phone"),
    ]
    .into_iter()
    .filter(|(given, _)| *given)
    .map(|(_, key)| words.t(key))
    .collect();
    let mut paragraphs = vec![
        received(&words, "letter-nothing-held-body", &about),
        words.t_with(
            "letter-nothing-held-searched",
            &[("details", listed(&words, &by).into())],
        ),
        words.t("letter-nothing-held-systems"),
    ];
    paragraphs.extend(
        systems
            .iter()
            .map(|check| system_line(&words, check, &email)),
    );
    // Only a search of every system allows saying that nothing else is processed.
    let everywhere = systems
        .iter()
        .all(|search| search.searched == Searched::NothingFound);
    paragraphs.extend([
        words.t(if everywhere {
            "letter-nothing-held-none"
        } else {
            "letter-nothing-held-none-searched"
        }),
        words.t_with(
            "letter-nothing-held-request",
            &[
                ("years", request_years.into()),
                ("years_text", words.small_number(request_years).into()),
            ],
        ),
    ]);
    paragraphs.extend(complaint(&words));
    letter(LetterKind::NothingHeld, about, &words, paragraphs)
}

/// The notice that the answer takes two months more (Art. 12(3)), with the reason.
pub fn extension(about: About, reason: &str, due_on: NaiveDate) -> Letter {
    let words = Words::new(about.language);
    let body = words.t_with(
        "letter-extension-body",
        &[
            (
                "received",
                format::date_for(words.lang(), about.received_on).into(),
            ),
            ("due", format::date_for(words.lang(), due_on).into()),
        ],
    );
    let mut paragraphs = vec![
        body,
        words.t_with("letter-extension-reason", &[("reason", reason.into())]),
    ];
    paragraphs.extend(complaint(&words));
    letter(LetterKind::Extension, about, &words, paragraphs)
}

/// A refusal with its reason, the right to complain and the right to go to court
/// (Art. 12(4), 77 and 79).
pub fn refusal(about: About, reason: &str) -> Letter {
    let words = Words::new(about.language);
    let paragraphs = vec![
        received(&words, "letter-refusal-body", &about),
        words.t_with("letter-refusal-reason", &[("reason", reason.into())]),
        words.t("letter-refusal-remedies"),
        words.t("info-complaint-authority"),
    ];
    letter(LetterKind::Refusal, about, &words, paragraphs)
}

/// What is needed to confirm the requester's identity (Art. 12(6)), how to send it, and how
/// the deadline is counted meanwhile (EDPB Guidelines 01/2022, para. 159: it stands still
/// until the information comes, when asked for without undue delay).
pub fn identification(about: About, needed: &str) -> Letter {
    let words = Words::new(about.language);
    let email = about.controller.email.clone();
    let paragraphs = vec![
        received(&words, "letter-identification-body", &about),
        needed.to_owned(),
        words.t_with("letter-identification-reply", &[("email", email.into())]),
        words.t("letter-identification-deadline"),
    ];
    letter(LetterKind::Identification, about, &words, paragraphs)
}

/// "nimi, sähköpostiosoite ja puhelinnumero".
fn listed(words: &Words, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [first @ .., last] => format!("{} {} {last}", first.join(", "), words.t("letter-list-and")),
    }
}

/// Which of the requester's details the register was searched with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchedBy {
    pub name: bool,
    pub email: bool,
    pub phone: bool,
}

/// "• Shopify International Limited: searched; what it holds about you is enclosed (…)."
fn system_line(words: &Words, search: &SystemSearch, email: &str) -> String {
    let name = if search.system.is_email() {
        words.t_with("letter-system-email", &[("email", email.to_owned().into())])
    } else {
        search.system.name.clone()
    };
    let note = search.note.as_deref().unwrap_or("").trim();
    let line = words.t_with(
        &format!("letter-system-{}", search.searched.key()),
        &[("system", name.into()), ("note", note.to_owned().into())],
    );
    // The reason not to search is part of the sentence; other notes follow it.
    let with_note = match (search.searched, note.is_empty()) {
        (Searched::NotSearched, _) | (_, true) => line,
        _ => format!("{line} ({note})"),
    };
    format!("• {with_note}")
}

fn received(words: &Words, key: &str, about: &About) -> String {
    words.t_with(
        key,
        &[(
            "received",
            format::date_for(words.lang(), about.received_on).into(),
        )],
    )
}

/// Where to complain, in the words of the privacy notice.
fn complaint(words: &Words) -> [String; 2] {
    [
        words.t("letter-complaint"),
        words.t("info-complaint-authority"),
    ]
}

fn letter(kind: LetterKind, about: About, words: &Words, paragraphs: Vec<String>) -> Letter {
    Letter {
        kind,
        language: about.language,
        title: words.t(&format!("letter-{}-title", kind.key())),
        reference: about.reference,
        received_on: about.received_on,
        issued_on: about.issued_on,
        controller: about.controller,
        addressee: about.addressee,
        paragraphs,
    }
}
