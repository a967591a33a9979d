//! An error before the window opens, where staff will see it.

/// An error before the window opens: on standard error and, on Windows (where a program started
/// from the Start menu has no terminal to print in), in a message box.
pub fn show_startup_error(detail: &str) {
    eprintln!("asiakasrekisteri: {detail}");
    show_message_box(&startup_error_text(detail));
}

/// What the message box says: in both of the staff's languages, as no language has been chosen
/// before the window opens.
fn startup_error_text(detail: &str) -> String {
    format!(
        "Asiakasrekisteri ei käynnistynyt.\nAsiakasrekisteri could not start.\n\n{detail}\n\n\
         Kerro tämä viesti rekisterin ylläpitäjälle. / Tell the register's administrator what \
         this message says."
    )
}

#[cfg(windows)]
fn show_message_box(text: &str) {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MB_ICONERROR, MB_OK, MessageBoxW};
    let wide = |text: &str| text.encode_utf16().chain([0]).collect::<Vec<u16>>();
    let (text, caption) = (wide(text), wide("Asiakasrekisteri"));
    // SAFETY: both strings are NUL-terminated UTF-16 that outlive the call; no owner window.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            caption.as_ptr(),
            MB_OK | MB_ICONERROR,
        )
    };
}

/// A program started from the desktop elsewhere has its standard error in the session's log.
#[cfg(not(windows))]
fn show_message_box(_text: &str) {}
