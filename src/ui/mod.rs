//! The desktop app (iced). Screens call services through tasks and render what they return;
//! they never query the database or decide on their own who may do what.

pub mod app;
pub mod closing;
pub mod dialog;
pub mod idle;
pub mod login_notices;
mod main_window;
pub mod native_window;
pub mod no_dialog;
pub mod own_password;
pub mod replace;
pub mod screen;
pub mod session_end;
pub mod shortcut;
pub mod theme;
pub mod widget;
pub mod window;

use std::time::Duration;

use register::config::DatabaseLocation;

pub use app::App;
pub use screen::{Destination, Screen};

/// Opens the window and runs until it is closed.
pub fn run(location: DatabaseLocation, idle_limit: Duration) -> iced::Result {
    register::config::clear_viewing_dir();
    iced::application(
        move || App::new(location.clone(), idle_limit),
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .subscription(App::subscription)
    .font(theme::REGULAR)
    .font(theme::BOLD)
    .default_font(theme::FONT)
    .window(window::settings())
    .run()
}
