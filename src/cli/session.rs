//! Who the command line acts as: the staff user given with --as, their password from the
//! environment or a hidden prompt, and new accounts' passwords.

use std::io::{BufRead, IsTerminal};

use register::db::Db;
use register::domain::staff::StaffInput;
use register::service::{Session, auth, staff};

pub const PASSWORD_VARIABLE: &str = "ASIAKASREKISTERI_PASSWORD";

pub async fn add_staff(
    db: &Db,
    as_user: Option<&str>,
    input: &StaffInput,
) -> Result<String, String> {
    let has_staff = staff::has_staff(db).await.map_err(|e| e.to_string())?;
    if has_staff {
        let session = login(db, as_user).await?;
        let account = staff::create(db, &session, input)
            .await
            .map_err(|e| e.to_string())?
            .username;
        return Ok(format!(
            "Created the {} account {account}. Its password is a one-time password: its owner \
             chooses their own when they first log in to the app.",
            input.role.trim()
        ));
    }
    let account = staff::create_first_admin(db, input)
        .await
        .map_err(|e| e.to_string())?
        .username()
        .to_owned();
    Ok(format!(
        "Created the {} account {account}.",
        input.role.trim()
    ))
}

pub async fn login(db: &Db, as_user: Option<&str>) -> Result<Session, String> {
    let username = as_user.ok_or("this command acts as a staff user: give --as USERNAME")?;
    let password = password_for(username)?;
    auth::login(db, username, &password)
        .await
        .map_err(|e| format!("cannot log in as {username}: {e}"))
}

/// The password of `username`: from the environment, or a hidden prompt.
pub fn password_for(username: &str) -> Result<String, String> {
    match std::env::var(PASSWORD_VARIABLE) {
        Ok(password) => Ok(password),
        Err(_) => prompt(&format!("Password for {username}: "), PASSWORD_VARIABLE),
    }
}

pub fn new_password(from_stdin: bool) -> Result<String, String> {
    if from_stdin {
        let mut line = Vec::new();
        std::io::stdin()
            .lock()
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
        let password = password_line(&line, crate::platform::console_text)?;
        if cfg!(windows) && password.contains('?') {
            eprintln!(
                "Note: the password has a '?'. Windows PowerShell 5.1 turns letters such as ä \
                 into '?' when it pipes text to a program; if you did not type one, run \
                 `$OutputEncoding = [Text.UTF8Encoding]::new()` first and set the password again."
            );
        }
        return Ok(password);
    }
    let password = prompt("New account's password: ", PASSWORD_VARIABLE)?;
    if prompt("The same password again: ", PASSWORD_VARIABLE)? != password {
        return Err("the two passwords differ".into());
    }
    Ok(password)
}

/// A password line as a pipe gives it: UTF-8 (a byte-order mark, as PowerShell may write one,
/// dropped), or else the text of the console's code page (`console_text`: how `cmd` pipes on
/// Windows), without its line end.
fn password_line(
    bytes: &[u8],
    console_text: impl Fn(&[u8]) -> Option<String>,
) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => console_text(bytes).ok_or(
            "the password on standard input is not text in UTF-8 (nor in the console's code page)",
        )?,
    };
    Ok(text.trim_end_matches(['\r', '\n']).to_owned())
}

/// Asks without echoing what is typed; without a terminal, says which variable to set.
pub fn prompt(question: &str, variable: &str) -> Result<String, String> {
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "no terminal to ask on: set {variable} (or, for a new account, use --password-stdin)"
        ));
    }
    rpassword::prompt_password(question).map_err(|e| format!("cannot read the answer: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piped_password_is_read_as_utf8_or_as_the_console_writes_it() {
        let none = |_: &[u8]| None;
        assert_eq!(
            password_line("pääsy\r\n".as_bytes(), none),
            Ok("pääsy".into())
        );
        assert_eq!(
            password_line("\u{FEFF}pääsy\n".as_bytes(), none),
            Ok("pääsy".into())
        );
        // "pääsy" as cmd pipes it in code page 850.
        let cp850 = b"p\x84\x84sy\r\n";
        assert!(password_line(cp850, none).is_err());
        let console = |bytes: &[u8]| {
            Some(
                bytes
                    .iter()
                    .map(|&b| if b == 0x84 { 'ä' } else { b as char })
                    .collect(),
            )
        };
        assert_eq!(password_line(cp850, console), Ok("pääsy".into()));
    }

    #[cfg(windows)]
    #[test]
    fn code_page_850_is_decoded_by_the_system() {
        assert_eq!(
            crate::platform::text_in_code_page(b"p\x84\x84sy \x8e", 850).as_deref(),
            Some("pääsy Ä")
        );
    }
}
