//! The little the operating systems need done differently, each behind its own `cfg`, one
//! idea per module.
//!
//! On Windows the program is a GUI program (see `main.rs`), so that started from the Start menu
//! it opens only its window, with no console window beside it. Its commands are typed in a
//! terminal through `asiakasrekisteri.com` (the `console` crate), which passes on the terminal's
//! input and output; run straight from a terminal, a command attaches to the terminal's console
//! itself. Other systems need neither.

mod running;
mod session_end;
mod startup_error;
mod terminal;

pub use running::{RUNNING_MUTEX, mark_running};
pub use session_end::on_session_end;
pub use startup_error::show_startup_error;
#[cfg(all(windows, test))]
pub(crate) use terminal::text_in_code_page;
pub use terminal::{attach_terminal, console_text};
