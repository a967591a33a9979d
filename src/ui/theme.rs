//! The theme, and the bundled font as the window uses it.

use iced::{Font, Theme};

pub use crate::fonts::{BOLD, REGULAR};

pub const FONT: Font = Font::with_name("Noto Sans");

pub fn theme() -> Theme {
    Theme::Light
}

/// The settings the app and the headless UI tests share, so that both render the same text.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![REGULAR.into(), BOLD.into()],
        default_font: FONT,
        ..iced::Settings::default()
    }
}
