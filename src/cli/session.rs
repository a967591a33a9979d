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
    let account = if has_staff {
        let session = login(db, as_user).await?;
        staff::create(db, &session, input)
            .await
            .map_err(|e| e.to_string())?
            .username
    } else {
        staff::create_first_admin(db, input)
            .await
            .map_err(|e| e.to_string())?
            .username()
            .to_owned()
    };
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
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    let password = prompt("New account's password: ", PASSWORD_VARIABLE)?;
    if prompt("The same password again: ", PASSWORD_VARIABLE)? != password {
        return Err("the two passwords differ".into());
    }
    Ok(password)
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
