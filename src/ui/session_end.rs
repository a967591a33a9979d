//! The system ending the session (signing out, shutting down, restarting for updates) while
//! the window is open and someone is logged in: the same closing as the window's own (the
//! day's backup when it is due, then the register closed), before the system ends the
//! program. On Windows the window is told (`platform::on_session_end`) and the system waits
//! while it answers, showing why; the closing runs on the app's async runtime, whose threads
//! go on while the window's thread waits for it.

use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::Duration;

use iced::Task;
use register::db::Db;
use register::service::Session;

use super::closing;

/// The longest the end of a session waits for the closing: Windows lets a program that has
/// said why it is busy take its time, but staff signing out should not wait on a hung disk.
const LIMIT: Duration = Duration::from_secs(30);

/// Who is logged in, for the closing: set at login, taken by whichever closing comes first.
static LOGGED_IN: Mutex<Option<(Db, Session)>> = Mutex::new(None);
static RUNTIME: OnceLock<tokio::runtime::Handle> = OnceLock::new();

fn logged_in() -> std::sync::MutexGuard<'static, Option<(Db, Session)>> {
    LOGGED_IN.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Notes the app's async runtime, where the closing will run. Once, at start.
pub fn remember_runtime<T: Send + 'static>() -> Task<T> {
    Task::future(async {
        let _ = RUNTIME.set(tokio::runtime::Handle::current());
    })
    .discard()
}

/// Someone logged in: the end of the session closes their register.
pub fn logged_in_as(db: &Db, session: &Session) {
    *logged_in() = Some((db.clone(), session.clone()));
}

/// Logged out, or the window is closing itself: the end of the session has nothing to close.
pub fn nothing_to_close() {
    logged_in().take();
}

/// Runs the closing now and waits for it (at most [`LIMIT`]); from the system's notice that
/// the session ends, on the window's thread.
pub fn close_now() {
    let Some((db, session)) = logged_in().take() else {
        return;
    };
    let Some(runtime) = RUNTIME.get() else {
        return;
    };
    eprintln!(
        "asiakasrekisteri: the session ends: {}",
        close_on(runtime, db, session, LIMIT)
    );
}

/// Runs the window's closing on `runtime` and waits for it, from a thread outside it, at most
/// `limit`; says how it went.
pub fn close_on(
    runtime: &tokio::runtime::Handle,
    db: Db,
    session: Session,
    limit: Duration,
) -> String {
    let (done, closed) = std::sync::mpsc::channel();
    runtime.spawn(async move {
        let _ = done.send(closing::close(db, session).await);
    });
    match closed.recv_timeout(limit) {
        Ok(Ok(true)) => "the register was closed after the day's backup".to_owned(),
        Ok(Ok(false)) => "the register was closed (no backup was due)".to_owned(),
        Ok(Err(failure)) => format!("the register was closed; the backup failed: {failure}"),
        Err(_) => format!("the closing did not end within {} s", limit.as_secs()),
    }
}
