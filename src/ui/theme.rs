//! The bundled font (Noto Sans, SIL Open Font License; see assets/fonts/OFL.txt) and theme.

use iced::{Font, Theme};

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

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
