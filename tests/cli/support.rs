//! Running the built program against a register of the test's own.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

use sea_orm::ConnectionTrait;

pub const PASSWORD: &str = "komentorivin salasana";

/// The passphrase the tests' backups are taken with, as the environment gives it.
pub const BACKUP_PASSPHRASE: (&str, &str) = (
    "ASIAKASREKISTERI_BACKUP_PASSPHRASE",
    "pitka varmuuskopion salasana",
);

pub struct Register {
    pub dir: tempfile::TempDir,
    pub url: String,
    /// A PostgreSQL register's schema and the server's URL, dropped with the register; and the
    /// password the URL had, given to the program in `PGPASSWORD` (it refuses one in a URL).
    postgres: Option<(String, String, Option<String>)>,
}

impl Register {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("cli.sqlite3").display());
        Self {
            dir,
            url,
            postgres: None,
        }
    }

    /// A register in a schema of its own on the server of TEST_DATABASE_URL; `None` when it is
    /// unset (outside CI, where the PostgreSQL half must run).
    pub fn postgres() -> Option<Self> {
        let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must run the commands on PostgreSQL too: set TEST_DATABASE_URL"
            );
            return None;
        };
        let schema = format!(
            "cli_{}_{}",
            std::process::id(),
            chrono::Utc::now().timestamp_micros()
        );
        block_on(async {
            let admin = sea_orm::Database::connect(&admin_url)
                .await
                .expect("server");
            admin
                .execute_unprepared(&format!("CREATE SCHEMA {schema}"))
                .await
                .expect("schema");
            admin.close().await.expect("closes");
        });
        let (without_password, password) = split_password(&admin_url);
        let separator = if without_password.contains('?') {
            '&'
        } else {
            '?'
        };
        let url = format!("{without_password}{separator}options=-c%20search_path%3D{schema}");
        Some(Self {
            dir: tempfile::tempdir().expect("temporary directory"),
            url,
            postgres: Some((admin_url, schema, password)),
        })
    }

    /// The app's data folder for this register's runs: where the audit anchors go.
    pub fn data_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("data")
    }

    /// A setting of the PostgreSQL server (`SHOW name`), asked as the tests' admin; `None` for
    /// a SQLite register.
    pub fn server_setting(&self, name: &str) -> Option<String> {
        let (admin_url, _, _) = self.postgres.as_ref()?;
        block_on(async {
            let conn = sea_orm::Database::connect(admin_url).await.expect("server");
            let backend = conn.get_database_backend();
            let row = conn
                .query_one_raw(sea_orm::Statement::from_string(
                    backend,
                    format!("SHOW {name}"),
                ))
                .await
                .expect("shown")
                .expect("a row");
            let value: String = row.try_get_by_index(0).expect("text");
            conn.close().await.expect("closes");
            Some(value)
        })
    }

    /// How many rows a query counts, asked of the register directly.
    pub fn count(&self, sql: &str) -> i64 {
        let url = match &self.postgres {
            Some((admin_url, schema, _)) => {
                let separator = if admin_url.contains('?') { '&' } else { '?' };
                format!("{admin_url}{separator}options=-c%20search_path%3D{schema}")
            }
            None => self.url.clone(),
        };
        block_on(async {
            let conn = sea_orm::Database::connect(&url).await.expect("opens");
            let backend = conn.get_database_backend();
            let row = conn
                .query_one_raw(sea_orm::Statement::from_string(backend, sql))
                .await
                .expect("counted")
                .expect("a row");
            let count: i64 = row.try_get_by_index(0).expect("a number");
            conn.close().await.expect("closes");
            count
        })
    }

    /// The program started with `args`, not waited for.
    pub fn spawn(&self, args: &[&str], password: Option<&str>) -> Child {
        self.spawn_with(args, password, &[])
    }

    /// As [`Register::spawn`], with more of the environment set.
    pub fn spawn_with(&self, args: &[&str], password: Option<&str>, env: &[(&str, &str)]) -> Child {
        let mut command = self.command(args, password, env);
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command.spawn().expect("binary starts")
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
        let mut child = self
            .command(args, password, env)
            .spawn()
            .expect("binary starts");
        if let (Some(mut input), Some(text)) = (child.stdin.take(), stdin) {
            input.write_all(text.as_bytes()).expect("stdin written");
        }
        child.wait_with_output().expect("binary finishes")
    }

    fn command(&self, args: &[&str], password: Option<&str>, env: &[(&str, &str)]) -> Command {
        let mut command = program();
        command
            .arg("--database")
            .arg(&self.url)
            .args(args)
            .env_remove("ASIAKASREKISTERI_DATABASE_URL")
            .env_remove("ASIAKASREKISTERI_PASSWORD")
            .env_remove("ASIAKASREKISTERI_BACKUP_PASSPHRASE")
            .envs(env.iter().copied())
            // The user's data folder, where the audit anchor goes, is the test's own: given
            // by the app's own variable, which every system honours (Windows ignores HOME).
            .env(register::config::DATA_DIR_VARIABLE, self.data_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some((_, _, Some(password))) = &self.postgres {
            command.env("PGPASSWORD", password);
        }
        if let Some(password) = password {
            command.env("ASIAKASREKISTERI_PASSWORD", password);
        }
        command
    }

    /// Plays an attacker who writes to the database file directly.
    pub fn tamper(&self, sql: &str) {
        let path = self.url.trim_start_matches("sqlite://").to_owned();
        block_on(async {
            use sea_orm::ConnectionTrait;
            let conn = sea_orm::Database::connect(format!("sqlite://{path}"))
                .await
                .expect("opens");
            conn.execute_unprepared(sql).await.expect("tampered");
            conn.close().await.expect("closes");
        });
    }

    /// A register with its first admin and `count` fictional customers.
    #[cfg(unix)]
    pub fn with_demo_customers(count: u32) -> Self {
        let register = Self::new();
        register.add_first_admin();
        let count = count.to_string();
        let output = register.run(
            &["--as", "admin", "demo-data", "--customers", &count],
            Some(PASSWORD),
            None,
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        register
    }

    /// Takes a backup into `out` with [`BACKUP_PASSPHRASE`], as the admin.
    pub fn backup_to(&self, out: &std::path::Path) {
        let output = self.run_with(
            &[
                "--as",
                "admin",
                "backup",
                "--out",
                out.to_str().expect("UTF-8"),
            ],
            Some(PASSWORD),
            None,
            &[BACKUP_PASSPHRASE],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }

    /// Fills in the shop's details and names the accountant through `settings`, as a script
    /// would before the first document.
    pub fn fill_in_settings(&self) {
        let output = self.run(
            &[
                "--as",
                "admin",
                "settings",
                "organisation",
                "--street",
                "Hämeenkatu 12",
                "--postal-code",
                "33100",
                "--city",
                "Tampere",
                "--phone",
                "03 1234 5678",
                "--notice-address",
                "https://ompelijanparatiisi.fi/tietosuoja",
            ],
            Some(PASSWORD),
            None,
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let output = self.run(
            &["--as", "admin", "settings", "processing"],
            Some(PASSWORD),
            None,
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let mut description: serde_json::Value =
            serde_json::from_str(&stdout(&output)).expect("the description as JSON");
        for recipient in description["recipients"]
            .as_array_mut()
            .expect("recipients")
        {
            if recipient["name"] == "" {
                recipient["name"] = "Tilitoimisto Kuusi Oy".into();
            }
        }
        let file = self.dir.path().join("processing.json");
        let unnamed = self.dir.path().join("unnamed.json");
        std::fs::write(&unnamed, stdout(&output)).expect("written");
        let refused = self.run(
            &[
                "--as",
                "admin",
                "settings",
                "processing",
                "--from",
                unnamed.to_str().expect("UTF-8"),
            ],
            Some(PASSWORD),
            None,
        );
        assert_eq!(refused.status.code(), Some(1));
        assert!(
            stderr(&refused).contains("recipient 6: name: is required"),
            "the problem is named where it is: {}",
            stderr(&refused)
        );
        std::fs::write(&file, description.to_string()).expect("written");
        let output = self.run(
            &[
                "--as",
                "admin",
                "settings",
                "processing",
                "--from",
                file.to_str().expect("UTF-8"),
            ],
            Some(PASSWORD),
            None,
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }

    /// Fills in the settings and publishes the first notice: extracts can be made.
    pub fn ready_for_documents(&self) {
        self.fill_in_settings();
        let out = self.dir.path().join("notice.pdf");
        let output = self.run(
            &[
                "--as",
                "admin",
                "notice",
                "--lang",
                "fi",
                "--out",
                out.to_str().expect("UTF-8"),
                "--publish",
            ],
            Some(PASSWORD),
            None,
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
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

impl Drop for Register {
    fn drop(&mut self) {
        if let Some((admin_url, schema, _)) = self.postgres.take() {
            block_on(async {
                if let Ok(admin) = sea_orm::Database::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP SCHEMA {schema} CASCADE"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        }
    }
}

fn block_on<T>(work: impl Future<Output = T>) -> T {
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(work)
}

/// `postgres://user:secret@host/db` → (`postgres://user@host/db`, `secret`).
fn split_password(url: &str) -> (String, Option<String>) {
    let (Some(scheme_end), Some(at)) = (url.find("://"), url.rfind('@')) else {
        return (url.to_owned(), None);
    };
    match url[scheme_end + 3..at].split_once(':') {
        Some((user, password)) => (
            format!("{}{user}{}", &url[..scheme_end + 3], &url[at..]),
            Some(password.to_owned()),
        ),
        None => (url.to_owned(), None),
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
