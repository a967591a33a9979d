//! Running the built program against a register of the test's own.

use std::io::Write;
use std::process::{Command, Output, Stdio};

pub const PASSWORD: &str = "komentorivin salasana";

pub struct Register {
    pub dir: tempfile::TempDir,
    pub url: String,
}

impl Register {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("cli.sqlite3").display());
        Self { dir, url }
    }

    pub fn run(&self, args: &[&str], password: Option<&str>, stdin: Option<&str>) -> Output {
        self.run_with(args, password, stdin, &[])
    }

    /// As [`Register::run`], with more of the environment set.
    pub fn run_with(
        &self,
        args: &[&str],
        password: Option<&str>,
        stdin: Option<&str>,
        env: &[(&str, &str)],
    ) -> Output {
        let mut command = program();
        command
            .arg("--database")
            .arg(&self.url)
            .args(args)
            .env_remove("ASIAKASREKISTERI_DATABASE_URL")
            .env_remove("ASIAKASREKISTERI_PASSWORD")
            .env_remove("ASIAKASREKISTERI_BACKUP_PASSPHRASE")
            .envs(env.iter().copied())
            // The user's data folder, where the audit anchor goes, is the test's own.
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("HOME", self.dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(password) = password {
            command.env("ASIAKASREKISTERI_PASSWORD", password);
        }
        let mut child = command.spawn().expect("binary starts");
        if let (Some(mut input), Some(text)) = (child.stdin.take(), stdin) {
            input.write_all(text.as_bytes()).expect("stdin written");
        }
        child.wait_with_output().expect("binary finishes")
    }

    /// Plays an attacker who writes to the database file directly.
    pub fn tamper(&self, sql: &str) {
        let path = self.url.trim_start_matches("sqlite://").to_owned();
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        runtime.block_on(async {
            use sea_orm::ConnectionTrait;
            let conn = sea_orm::Database::connect(format!("sqlite://{path}"))
                .await
                .expect("opens");
            conn.execute_unprepared(sql).await.expect("tampered");
            conn.close().await.expect("closes");
        });
    }

    pub fn add_first_admin(&self) {
        let output = self.run(
            &[
                "staff",
                "add",
                "--username",
                "admin",
                "--role",
                "admin",
                "--password-stdin",
            ],
            None,
            Some(&format!("{PASSWORD}\n")),
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
}

/// The built program, run with the umask most systems give their users (022: files readable by
/// everyone unless the program says otherwise), so that the tests see what a user would.
fn program() -> Command {
    let binary = env!("CARGO_BIN_EXE_asiakasrekisteri");
    if cfg!(unix) {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg("umask 022 && exec \"$0\" \"$@\"")
            .arg(binary);
        command
    } else {
        Command::new(binary)
    }
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}
