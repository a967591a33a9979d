//! The theme, and the bundled font as the window uses it.

use iced::{Font, Theme};

pub use register::fonts::{BOLD, REGULAR};

pub const FONT: Font = Font::with_name("Noto Sans");

pub fn theme() -> Theme {
    Theme::Light
}

/// A bar that stays over scrolled content: the page's own background, a line above it.
pub fn bar(theme: &Theme) -> iced::widget::container::Style {
    let palette = theme.extended_palette();
    iced::widget::container::Style {
        background: Some(palette.background.base.color.into()),
        border: iced::Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..iced::widget::container::Style::default()
    }
}

/// The settings the app and the headless UI tests share, so that both render the same text.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![REGULAR.into(), BOLD.into()],
        default_font: FONT,
        ..iced::Settings::default()
    }
}

/// Secondary text: labels and counts. Dark enough to read comfortably (WCAG AA on white).
pub fn muted(_theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(iced::Color::from_rgb8(0x55, 0x5b, 0x66)),
    }
}

/// A deadline that has passed.
pub fn overdue(_theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(iced::Color::from_rgb8(0xb0, 0x1c, 0x1c)),
    }
}

/// A deadline within a week.
pub fn due_soon(_theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(iced::Color::from_rgb8(0x9a, 0x5b, 0x00)),
    }
}
