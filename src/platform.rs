//! The little the operating systems need done differently, each behind its own `cfg`.
//!
//! On Windows the program is a GUI program (see `main.rs`), so that started from the Start menu
//! it opens only its window, with no console window beside it. Its commands are typed in a
//! terminal through `asiakasrekisteri.com` (the `console` crate), which passes on the terminal's
//! input and output; run straight from a terminal, a command attaches to the terminal's console
//! itself. Other systems need neither.

/// Before a command runs: make sure what it prints reaches the terminal it was typed in, and
/// that a password prompt can read the terminal's keyboard.
#[cfg(windows)]
pub fn attach_terminal() {
    use std::os::windows::io::IntoRawHandle;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_INPUT_HANDLE,
        STD_OUTPUT_HANDLE, SetStdHandle,
    };
    // SAFETY: attaching to the parent's console touches no memory of ours; it fails harmlessly
    // when there is no console to attach to (started from the desktop) or one is attached.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    // Handles given by whoever started us (a pipe, a file, asiakasrekisteri.com's console) are
    // kept; only missing ones are pointed at the console now attached.
    for (which, device, write) in [
        (STD_INPUT_HANDLE, "CONIN$", false),
        (STD_OUTPUT_HANDLE, "CONOUT$", true),
        (STD_ERROR_HANDLE, "CONOUT$", true),
    ] {
        // SAFETY: reads the process's handle table entry.
        let current = unsafe { GetStdHandle(which) };
        if !current.is_null() && current as isize != -1 {
            continue;
        }
        let opened = std::fs::OpenOptions::new()
            .read(!write)
            .write(write)
            .open(device);
        if let Ok(file) = opened {
            // SAFETY: the handle is open and, released from its File, owned by the process's
            // standard handle from now on.
            unsafe { SetStdHandle(which, file.into_raw_handle() as _) };
        }
    }
}

/// The name of what the program holds while it runs, for the Windows installer and uninstaller
/// to see (`packaging/windows/installer.nsi`): a running program's files cannot be replaced,
/// so they ask for it to be closed first instead of failing half-way.
pub const RUNNING_MUTEX: &str = "Local\\fi.ompelijanparatiisi.Asiakasrekisteri.running";

/// Marks the program as running until the process ends (Windows frees the mutex then, however
/// the process ends). Nothing to do on other systems, whose packages replace a running
/// program's files without harm.
#[cfg(windows)]
pub fn mark_running() {
    use windows_sys::Win32::System::Threading::CreateMutexW;
    let name: Vec<u16> = RUNNING_MUTEX.encode_utf16().chain([0]).collect();
    // SAFETY: the name is NUL-terminated UTF-16 that outlives the call; the handle is kept
    // open on purpose until the process ends. A failure only means the installer cannot tell.
    unsafe { CreateMutexW(std::ptr::null(), 0, name.as_ptr()) };
}

#[cfg(not(windows))]
pub fn mark_running() {}

/// Other systems give a program started from a terminal that terminal.
#[cfg(not(windows))]
pub fn attach_terminal() {}

/// Text piped in that is not UTF-8, read as the console's code page says, as Windows' `cmd`
/// writes it (`echo salasana | …` in code page 850 on a Finnish Windows); `None` where that
/// is not text either, and on other systems, whose terminals and pipes carry UTF-8.
#[cfg(windows)]
pub fn console_text(bytes: &[u8]) -> Option<String> {
    use windows_sys::Win32::Globalization::GetOEMCP;
    use windows_sys::Win32::System::Console::GetConsoleCP;
    // SAFETY: plain queries. Without a console (a pipe from another program) the system's
    // OEM code page is the one cmd would have used.
    let code_page = match unsafe { GetConsoleCP() } {
        0 => unsafe { GetOEMCP() },
        code_page => code_page,
    };
    text_in_code_page(bytes, code_page)
}

#[cfg(windows)]
pub(crate) fn text_in_code_page(bytes: &[u8], code_page: u32) -> Option<String> {
    use windows_sys::Win32::Globalization::{MB_ERR_INVALID_CHARS, MultiByteToWideChar};
    if bytes.is_empty() {
        return Some(String::new());
    }
    let length = i32::try_from(bytes.len()).ok()?;
    let mut wide = vec![0u16; bytes.len()];
    // SAFETY: the input and output buffers are as long as the lengths given; one byte gives
    // at most one UTF-16 unit in the single-byte code pages cmd uses, and a longer result
    // fails rather than overruns.
    let written = unsafe {
        MultiByteToWideChar(
            code_page,
            MB_ERR_INVALID_CHARS,
            bytes.as_ptr(),
            length,
            wide.as_mut_ptr(),
            length,
        )
    };
    let written = usize::try_from(written).ok().filter(|&n| n > 0)?;
    String::from_utf16(&wide[..written]).ok()
}

#[cfg(not(windows))]
pub fn console_text(_bytes: &[u8]) -> Option<String> {
    None
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of `!define NAME "value"` in the installer's script, its defines expanded.
    fn nsis_define(script: &str, name: &str) -> String {
        let prefix = format!("!define {name} \"");
        let line = script
            .lines()
            .find_map(|line| line.strip_prefix(&prefix))
            .unwrap_or_else(|| panic!("no {name} in installer.nsi"));
        let value = line.strip_suffix('"').expect("a quoted value");
        match value.split_once("${") {
            Some((before, rest)) => {
                let (inner, after) = rest.split_once('}').expect("a closed ${…}");
                format!("{before}{}{after}", nsis_define(script, inner))
            }
            None => value.to_owned(),
        }
    }

    #[test]
    fn the_installer_looks_for_the_mutex_the_program_holds() {
        let script = include_str!("../packaging/windows/installer.nsi");
        assert_eq!(nsis_define(script, "RUNNING_MUTEX"), RUNNING_MUTEX);
        assert_eq!(
            nsis_define(script, "IDENTIFIER"),
            register::config::APP_ID,
            "the uninstall key is named after the app's id"
        );
    }
}
