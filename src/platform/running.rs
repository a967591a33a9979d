//! Telling the Windows installer that the program runs.

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
        let script = include_str!("../../packaging/windows/installer.nsi");
        assert_eq!(nsis_define(script, "RUNNING_MUTEX"), RUNNING_MUTEX);
        assert_eq!(
            nsis_define(script, "IDENTIFIER"),
            register::config::APP_ID,
            "the uninstall key is named after the app's id"
        );
    }
}
