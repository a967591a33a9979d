//! The app's window as the operating system knows it, noted once it is open: the file dialogs
//! open over it (`dialog.rs`), and on Windows it hears the session end (`session_end.rs`).

use std::sync::{Mutex, PoisonError};

use iced::Task;
use iced::window::raw_window_handle::{
    DisplayHandle, HandleError, HasDisplayHandle, HasWindowHandle, RawDisplayHandle,
    RawWindowHandle, WindowHandle,
};

/// The window's handles.
#[derive(Clone, Copy)]
pub struct Native {
    window: RawWindowHandle,
    display: RawDisplayHandle,
}

// SAFETY: the handles are identifiers of the app's one window, which lasts as long as the app;
// the dialogs copy them the same way (rfd's dialogs are Send holding them).
unsafe impl Send for Native {}

static WINDOW: Mutex<Option<Native>> = Mutex::new(None);

impl HasWindowHandle for Native {
    fn window_handle(&self) -> Result<WindowHandle<'_>, HandleError> {
        // SAFETY: the window outlives everything that is given it (see above).
        Ok(unsafe { WindowHandle::borrow_raw(self.window) })
    }
}

impl HasDisplayHandle for Native {
    fn display_handle(&self) -> Result<DisplayHandle<'_>, HandleError> {
        // SAFETY: as for the window.
        Ok(unsafe { DisplayHandle::borrow_raw(self.display) })
    }
}

/// The window, once [`remember`] has noted it; `None` before (and in the headless tests).
pub fn get() -> Option<Native> {
    *WINDOW.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Notes the app's window once it is open, on the window's own thread, and tells the system
/// to let the app close the register when the session ends.
pub fn remember<T: Send + 'static>() -> Task<T> {
    iced::window::latest()
        .then(|id| match id {
            Some(id) => iced::window::run(id, |window| {
                let (Ok(w), Ok(d)) = (window.window_handle(), window.display_handle()) else {
                    return;
                };
                let native = Native {
                    window: w.as_raw(),
                    display: d.as_raw(),
                };
                *WINDOW.lock().unwrap_or_else(PoisonError::into_inner) = Some(native);
                crate::platform::on_session_end(native.window, super::session_end::close_now);
            }),
            None => Task::none(),
        })
        .discard()
}
