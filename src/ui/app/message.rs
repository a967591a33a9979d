//! What the application's update hears: its own stages' messages, the screens', and the
//! window's and the keyboard's.

use register::db::Db;
use register::domain::Lang;

use crate::ui::closing;
use crate::ui::idle::Moment;
use crate::ui::login_notices;
use crate::ui::own_password;
use crate::ui::screen::table::{self as screens, Nav};
use crate::ui::screen::{first_admin, lock, login};
use crate::ui::shortcut::Shortcut;

#[derive(Debug, Clone)]
pub enum Message {
    Connected(Result<(Db, bool), String>),
    /// The register replaced with a backup, or not, and where it is to open again.
    Replaced(
        (
            register::config::DatabaseLocation,
            register::service::ServiceResult<register::service::backup::Restored>,
        ),
    ),
    Retry,
    Lang(Lang),
    /// The language chosen was kept on the staff member's account (or not).
    LanguageKept(register::service::ServiceResult<()>),
    FirstAdmin(first_admin::Message),
    Login(login::Message),
    Lock(lock::Message),
    Nav(Nav),
    LogOut,
    /// The staff member's own password, changed over the screen.
    ChangePassword,
    OwnPassword(own_password::Message),
    Screen(screens::Message),
    Notices(login_notices::Message),
    Activity(Moment),
    Tick(Moment),
    Tab {
        shift: bool,
        at: Moment,
    },
    Escape(Moment),
    Shortcut(Shortcut, Moment),
    CloseRequested,
    Closed(closing::Closed),
    Exit,
}
