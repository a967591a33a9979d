//! Hearing that the system ends the session (signing out, shutting down) with the window open.

/// Has `end` run when the system ends the session (signing out, shutting down) while the
/// window is open: Windows sends the window WM_QUERYENDSESSION, then WM_ENDSESSION, after which
/// it ends the program; winit answers neither. The window is subclassed to answer them: it
/// gives the system a reason to show while it closes ("closing the register"), runs `end`
/// (which waits for the closing), and lets the session end.
#[cfg(windows)]
pub fn on_session_end(window: iced::window::raw_window_handle::RawWindowHandle, end: fn()) {
    use iced::window::raw_window_handle::RawWindowHandle;
    use windows_sys::Win32::UI::Shell::SetWindowSubclass;
    let RawWindowHandle::Win32(handle) = window else {
        return;
    };
    let hwnd = handle.hwnd.get() as windows_sys::Win32::Foundation::HWND;
    // SAFETY: called on the window's own thread (iced's window::run), with a procedure that
    // passes every other message on; `end` is a plain function pointer kept as the reference
    // data for as long as the window lives.
    unsafe { SetWindowSubclass(hwnd, Some(session_end_procedure), 1, end as usize) };
}

#[cfg(windows)]
unsafe extern "system" fn session_end_procedure(
    hwnd: windows_sys::Win32::Foundation::HWND,
    message: u32,
    wparam: windows_sys::Win32::Foundation::WPARAM,
    lparam: windows_sys::Win32::Foundation::LPARAM,
    _id: usize,
    end: usize,
) -> windows_sys::Win32::Foundation::LRESULT {
    use windows_sys::Win32::System::Shutdown::{
        ShutdownBlockReasonCreate, ShutdownBlockReasonDestroy,
    };
    use windows_sys::Win32::UI::Shell::DefSubclassProc;
    use windows_sys::Win32::UI::WindowsAndMessaging::{WM_ENDSESSION, WM_QUERYENDSESSION};
    match message {
        WM_QUERYENDSESSION => {
            let reason: Vec<u16> = "Asiakasrekisteri sulkee rekisterin ja ottaa päivän \
                varmuuskopion. / Asiakasrekisteri is closing the register and taking the \
                day's backup."
                .encode_utf16()
                .chain([0])
                .collect();
            // SAFETY: the window is ours and the text NUL-terminated; the system copies it.
            unsafe { ShutdownBlockReasonCreate(hwnd, reason.as_ptr()) };
            1
        }
        WM_ENDSESSION => {
            if wparam != 0 {
                // SAFETY: `end` is the function pointer given to `on_session_end`.
                let end: fn() = unsafe { std::mem::transmute::<usize, fn()>(end) };
                end();
            }
            // SAFETY: as above.
            unsafe { ShutdownBlockReasonDestroy(hwnd) };
            0
        }
        // SAFETY: every other message goes on to winit's own procedure.
        _ => unsafe { DefSubclassProc(hwnd, message, wparam, lparam) },
    }
}

/// On macOS the menu's Quit, and logging out or shutting down, end the program without asking
/// the window to close: AppKit posts that the app will terminate, on the main thread, and ends
/// the process once every observer has returned. `end` runs there (and waits for the closing).
#[cfg(target_os = "macos")]
pub fn on_session_end(_window: iced::window::raw_window_handle::RawWindowHandle, end: fn()) {
    use block2::RcBlock;
    use objc2_app_kit::NSApplicationWillTerminateNotification;
    use objc2_foundation::{NSNotification, NSNotificationCenter};
    let block = RcBlock::new(move |_: std::ptr::NonNull<NSNotification>| end());
    // SAFETY: the notification's name is AppKit's constant; with no queue the block runs on the
    // posting (main) thread, and it touches nothing of AppKit's.
    let observer = unsafe {
        NSNotificationCenter::defaultCenter().addObserverForName_object_queue_usingBlock(
            Some(NSApplicationWillTerminateNotification),
            None,
            None,
            &block,
        )
    };
    // Observed for the rest of the program's life.
    std::mem::forget(observer);
}

/// Linux desktops end a program that has not joined their session manager without telling it
/// (X11 and Wayland alike): nothing to hear here; README says to close the app first.
#[cfg(not(any(windows, target_os = "macos")))]
pub fn on_session_end(_window: iced::window::raw_window_handle::RawWindowHandle, _end: fn()) {}
