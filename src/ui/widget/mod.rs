//! Small shared pieces of the screens: labelled fields with their error beside them, banners,
//! headings.

pub mod organisation_fields;
pub mod paged;

use crate::i18n::I18n;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Font, Length, font};

use super::theme::{self, muted};

/// A value as a pick list shows it, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

impl<T> Choice<T> {
    pub fn new(value: T, label: String) -> Self {
        Self { value, label }
    }
}

impl<T> std::fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// The buttons under an erasure's question: erase (not while one is under way) or cancel.
pub fn erase_or_cancel<'a, M: Clone + 'a>(
    i18n: &I18n,
    busy: bool,
    confirm: M,
    cancel: M,
) -> Element<'a, M> {
    row![
        button(text(i18n.t("erase-confirm")))
            .style(button::danger)
            .on_press_maybe((!busy).then_some(confirm)),
        button(text(i18n.t("cancel")))
            .style(button::secondary)
            .on_press(cancel),
    ]
    .spacing(10)
    .into()
}

/// Asked before what was typed is thrown away: discard it, or go on editing (nothing lost).
pub fn discard_question<'a, M: Clone + 'a>(i18n: &I18n, discard: M, keep: M) -> Element<'a, M> {
    column![
        error_banner(i18n.t("discard-question")),
        row![
            button(text(i18n.t("discard-yes")))
                .style(button::danger)
                .on_press(discard),
            button(text(i18n.t("discard-no")))
                .style(button::secondary)
                .on_press(keep),
        ]
        .spacing(10),
    ]
    .spacing(8)
    .into()
}

/// A new password's field: below it what is wrong with it, or, until then, the rule it must
/// meet, so that staff know it before they type.
pub fn new_password<'a, M: 'a>(
    i18n: &I18n,
    label: String,
    input: impl Into<Element<'a, M>>,
    error: Option<String>,
) -> Element<'a, M> {
    let below = match error {
        Some(error) => text(error).size(13).style(text::danger),
        None => text(i18n.t_with(
            "password-rule",
            &[("min", register::domain::password::MIN_LENGTH.into())],
        ))
        .size(13)
        .style(muted),
    };
    column![text(label).size(14), input.into(), below]
        .spacing(4)
        .width(Length::Fill)
        .into()
}

/// A label above an input, and the input's error (if any) right below it.
pub fn labelled<'a, M: 'a>(
    label: String,
    input: impl Into<Element<'a, M>>,
    error: Option<String>,
) -> Element<'a, M> {
    let mut field = column![text(label).size(14), input.into()].spacing(4);
    if let Some(error) = error {
        field = field.push(text(error).size(13).style(text::danger));
    }
    field.width(Length::Fill).into()
}

/// A text input with the app's padding; `id` lets tests and focus find it.
pub fn input<'a, M: Clone + 'a>(
    id: &'static str,
    value: &'a str,
    on_input: impl Fn(String) -> M + 'a,
) -> text_input::TextInput<'a, M> {
    text_input("", value).id(id).on_input(on_input).padding(8)
}

/// A password or passphrase field: what is typed is not shown.
pub fn secret_input<'a, M: Clone + 'a>(
    id: &'static str,
    value: &'a str,
    on_input: impl Fn(String) -> M + 'a,
    on_submit: M,
) -> text_input::TextInput<'a, M> {
    input(id, value, on_input).secure(true).on_submit(on_submit)
}

pub fn title<'a, M: 'a>(label: String) -> Element<'a, M> {
    text(label).size(24).font(bold()).into()
}

pub fn error_banner<'a, M: 'a>(message: String) -> Element<'a, M> {
    container(text(message).style(text::danger))
        .padding(10)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

pub fn notice<'a, M: 'a>(message: String) -> Element<'a, M> {
    container(text(message).style(text::success))
        .padding(10)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

/// Something to know before going on, neither an error nor a success.
pub fn hint<'a, M: 'a>(message: String) -> Element<'a, M> {
    container(text(message))
        .padding(10)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

pub fn bold() -> Font {
    Font {
        weight: font::Weight::Bold,
        ..theme::FONT
    }
}

/// What a screen says it has done: a message of its own, or where a file went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// A message, by its key.
    Key(&'static str),
    /// A file saved, by its path (with what identifies its content, if anything).
    Path(String),
    /// A request answered with an extract: the three files saved, each by its path.
    Answered {
        pdf: String,
        sha256: String,
        json: String,
        letter: String,
    },
}

impl Done {
    /// What was done, in the staff's language.
    pub fn said(&self, i18n: &I18n) -> String {
        match self {
            Done::Key(key) => i18n.t(key),
            Done::Path(path) => path.clone(),
            Done::Answered {
                pdf,
                sha256,
                json,
                letter,
            } => i18n.t_with(
                "requests-extract-saved",
                &[
                    ("pdf", pdf.clone().into()),
                    ("sha256", sha256.clone().into()),
                    ("json", json.clone().into()),
                    ("letter", letter.clone().into()),
                ],
            ),
        }
    }
}

/// A country chosen by its name in the staff's language, kept by its ISO code; blank is
/// Finland, as the register reads it. A code the list does not name (an import's) stays chosen,
/// shown as it is.
pub fn country_picker<'a, M: Clone + 'a>(
    i18n: &I18n,
    code: &str,
    on_pick: impl Fn(String) -> M + 'a,
) -> Element<'a, M> {
    let mut choices: Vec<Choice<String>> = i18n
        .words()
        .countries()
        .into_iter()
        .map(|(code, name)| Choice::new(code, name))
        .collect();
    let current = match code.trim() {
        "" => "FI".to_owned(),
        code => code.to_uppercase(),
    };
    if !choices.iter().any(|c| c.value == current) {
        choices.insert(0, Choice::new(current.clone(), current.clone()));
    }
    let chosen = choices.iter().find(|c| c.value == current).cloned();
    iced::widget::pick_list(choices, chosen, move |choice: Choice<String>| {
        on_pick(choice.value)
    })
    .padding(8)
    .width(Length::Fill)
    .into()
}

/// `content` in a card over the screen, which it dims and keeps from being clicked: the
/// shortcuts' list, one's own password.
pub fn over_the_screen<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    width: f32,
) -> Element<'a, M> {
    let card = container(content)
        .padding(20)
        .max_width(width)
        .style(container::bordered_box);
    iced::widget::opaque(container(card).center(Length::Fill).style(|theme| {
        container::Style {
            background: Some(
                iced::Color {
                    a: 0.6,
                    ..iced::Color::BLACK
                }
                .into(),
            ),
            ..container::transparent(theme)
        }
    }))
}
