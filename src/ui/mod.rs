//! The desktop app (iced). Screens call services through tasks and render what they return;
//! they never query the database or decide on their own who may do what.

pub mod access_requests;
pub mod app;
pub mod audit_log;
pub mod backups;
pub mod closing;
pub mod customers;
pub mod dialog;
pub mod first_admin;
pub mod idle;
pub mod import;
pub mod import_report;
pub mod lock;
pub mod login;
pub mod login_notices;
pub mod marketing;
pub mod native_window;
pub mod notice;
pub mod orders;
pub mod organisation_fields;
pub mod outcome;
pub mod paged;
pub mod retention;
pub mod reviews;
pub mod screen;
pub mod screens;
pub mod session_end;
pub mod settings;
pub mod staff;
pub mod theme;
pub mod widgets;
pub mod window;

use std::time::Duration;

use register::config::DatabaseLocation;

pub use app::App;
pub use screen::Screen;

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
