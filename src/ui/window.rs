//! The app's window: its size, its icon, and on Linux the application id that ties the window
//! to the installed desktop entry, so that docks and window lists show its name and icon.

use std::io::Cursor;

use iced::Size;
use iced::window::{self, Icon};

/// The reverse-DNS id of the desktop entry and the AppStream metadata in `packaging/`.
pub use register::config::APP_ID;

const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/asiakasrekisteri-256.png");

pub fn settings() -> window::Settings {
    window::Settings {
        size: Size::new(1100.0, 760.0),
        min_size: Some(Size::new(820.0, 560.0)),
        icon: icon(),
        platform_specific: platform_specific(),
        // Closing first takes the day's backup (see `closing.rs`), then exits.
        exit_on_close_request: false,
        ..window::Settings::default()
    }
}

/// The bundled icon as the window's. `None` only if the asset were not an 8-bit RGBA PNG,
/// which a test rules out; the window then opens with the system's default icon.
fn icon() -> Option<Icon> {
    let mut reader = png::Decoder::new(Cursor::new(ICON_PNG)).read_info().ok()?;
    let mut rgba = vec![0; reader.output_buffer_size()?];
    let frame = reader.next_frame(&mut rgba).ok()?;
    if (frame.color_type, frame.bit_depth) != (png::ColorType::Rgba, png::BitDepth::Eight) {
        return None;
    }
    rgba.truncate(frame.buffer_size());
    window::icon::from_rgba(rgba, frame.width, frame.height).ok()
}

#[cfg(target_os = "linux")]
fn platform_specific() -> window::settings::PlatformSpecific {
    window::settings::PlatformSpecific {
        application_id: APP_ID.to_owned(),
        ..Default::default()
    }
}

#[cfg(not(target_os = "linux"))]
fn platform_specific() -> window::settings::PlatformSpecific {
    window::settings::PlatformSpecific::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_has_the_bundled_icon() {
        assert!(icon().is_some());
    }

    #[test]
    fn the_application_id_names_the_desktop_entry() {
        let metainfo = include_str!(
            "../../packaging/linux/fi.ompelijanparatiisi.Asiakasrekisteri.metainfo.xml"
        );
        assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
        assert!(metainfo.contains(&format!(">{APP_ID}.desktop</launchable>")));
    }
}
