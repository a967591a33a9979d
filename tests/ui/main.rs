//! The desktop app's screens driven headlessly with iced_test: each screen's view is simulated,
//! the messages it produces are fed to its `update`, and the work it asks for is run against a
//! real register.

mod access_requests;
mod admin;
mod backups;
mod closing;
mod customer_orders;
mod flows;
mod housekeeping;
mod import;
mod privacy;

use asiakasrekisteri::ui::theme;
use iced_test::Simulator;

/// A screen's view in a window of the app's default size, with the app's fonts and theme.
fn simulator<'a, M>(element: impl Into<iced::Element<'a, M>>) -> Simulator<'a, M> {
    Simulator::with_settings(theme::settings(), element)
}
