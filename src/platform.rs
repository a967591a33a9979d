//! The little the operating systems need done differently, each behind its own `cfg`.

/// On Windows the program is a console program, so that commands typed in a terminal print
/// there and their exit codes reach scripts. Started from the Start menu, Windows gives it a
/// console window of its own; the desktop app closes that window, as nobody reads it.
#[cfg(windows)]
pub fn close_own_console() {
    use windows_sys::Win32::System::Console::{FreeConsole, GetConsoleProcessList};
    let mut attached = [0u32; 2];
    // SAFETY: the buffer is ours and its length is the one passed.
    let count = unsafe { GetConsoleProcessList(attached.as_mut_ptr(), attached.len() as u32) };
    if count == 1 {
        // SAFETY: detaching from a console touches no memory of ours.
        unsafe { FreeConsole() };
    }
}

/// Other systems open no terminal for a program started from the desktop.
#[cfg(not(windows))]
pub fn close_own_console() {}
