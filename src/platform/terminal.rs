//! A command typed in a terminal: its output reaching that terminal, and text piped to it.

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

/// Other systems give a program started from a terminal that terminal.
#[cfg(not(windows))]
pub fn attach_terminal() {}

/// Text piped in that is not UTF-8, read as the console's code page says, as Windows' `cmd`
/// writes it (`echo salasana | …` in code page 850 on a Finnish Windows); `None` where that
/// is not text either, and on other systems, whose terminals and pipes carry UTF-8.
#[cfg(windows)]
pub fn console_text(bytes: &[u8]) -> Option<String> {
    use windows_sys::Win32::System::Console::{GetConsoleCP, GetConsoleOutputCP};
    const UTF_8: u32 = 65001;
    // SAFETY: plain queries. `cmd` writes into a pipe in its console's output code page. Without
    // a console (0), or with a UTF-8 one (which these bytes are not), it is the system's OEM
    // code page, the one a console starts with.
    let candidates = unsafe { [GetConsoleOutputCP(), GetConsoleCP(), system_oem_code_page()] };
    candidates
        .into_iter()
        .filter(|&code_page| code_page != 0 && code_page != UTF_8)
        .find_map(|code_page| text_in_code_page(bytes, code_page))
}

/// The system's OEM code page (850 on a Finnish Windows), as Windows keeps it in the registry.
/// Not `GetOEMCP`: the program's manifest makes its own code pages UTF-8, and so what that
/// returns. 0 when it cannot be read.
#[cfg(windows)]
fn system_oem_code_page() -> u32 {
    use windows_sys::Win32::System::Registry::{HKEY_LOCAL_MACHINE, RRF_RT_REG_SZ, RegGetValueW};
    let wide = |text: &str| text.encode_utf16().chain([0]).collect::<Vec<u16>>();
    let (key, value) = (
        wide("SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage"),
        wide("OEMCP"),
    );
    let mut data = [0u16; 16];
    let mut size = std::mem::size_of_val(&data) as u32;
    // SAFETY: both names are NUL-terminated; the buffer is as large as `size` says.
    let status = unsafe {
        RegGetValueW(
            HKEY_LOCAL_MACHINE,
            key.as_ptr(),
            value.as_ptr(),
            RRF_RT_REG_SZ,
            std::ptr::null_mut(),
            data.as_mut_ptr().cast(),
            &mut size,
        )
    };
    if status != 0 {
        return 0;
    }
    let text = String::from_utf16_lossy(&data);
    text.trim_end_matches('\0').parse().unwrap_or(0)
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
