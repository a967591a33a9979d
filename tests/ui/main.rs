//! The desktop app's screens driven headlessly with iced_test: each screen's view is simulated,
//! the messages it produces are fed to its `update`, and the work it asks for is run against a
//! real register.

mod access_requests;
mod admin;
mod backups;
mod closing;
mod customer_orders;
mod flows;
mod housekeeping;
mod import;
mod keyboard;
mod privacy;

use std::collections::VecDeque;

use asiakasrekisteri::ui::dialog::{Answer, Dialogs, Question};
use asiakasrekisteri::ui::screen::{Context, Screen};
use asiakasrekisteri::ui::theme;
use iced::futures::StreamExt;
use iced_test::Simulator;
use register::db::Db;
use register::service::Session;

/// A screen's view in a window of the app's default size, with the app's fonts and theme.
fn simulator<'a, M>(element: impl Into<iced::Element<'a, M>>) -> Simulator<'a, M> {
    Simulator::with_settings(theme::settings(), element)
}

/// The main window's context for a test: the register, who is logged in, and the test's
/// answers to the file dialogs the screen asks.
fn context(
    db: &Db,
    session: &Session,
    answers: impl Fn(Question<'_>) -> Answer + Send + Sync + 'static,
) -> Context {
    Context {
        db: db.clone(),
        session: session.clone(),
        dialogs: Dialogs::answering(answers),
    }
}

/// The main window's context for a test whose screen asks about no file.
fn no_files(db: &Db, session: &Session) -> Context {
    context(db, session, |question| {
        panic!("the screen asked {question:?}, which this test does not answer")
    })
}

/// Runs `jobs` with the screen's own `run`, as the app does, giving each reply to its
/// `update`, until the screen asks for nothing more; returns the news it had for its holder.
async fn drive<S: Screen>(state: &mut S, jobs: Vec<S::Job>, context: &S::Context) -> Vec<S::Event> {
    let mut queue: VecDeque<S::Job> = jobs.into();
    let mut events = Vec::new();
    while let Some(job) = queue.pop_front() {
        let mut replies = S::run(job, context.clone());
        while let Some(message) = replies.next().await {
            let update = state.update(message);
            queue.extend(update.jobs);
            events.extend(update.event);
        }
    }
    events
}

/// Gives the screen `messages` (what its simulated view produced) one by one, and drives the
/// work each leads to.
async fn send<S: Screen>(
    state: &mut S,
    messages: impl IntoIterator<Item = S::Message>,
    context: &S::Context,
) -> Vec<S::Event> {
    let mut events = Vec::new();
    for message in messages {
        let update = state.update(message);
        events.extend(update.event);
        events.extend(drive(state, update.jobs, context).await);
    }
    events
}

/// The reply of one of the login notices' jobs, as the app would get it.
async fn notice_reply(
    job: asiakasrekisteri::ui::login_notices::Job,
    db: &Db,
    session: &Session,
) -> asiakasrekisteri::ui::login_notices::Message {
    use asiakasrekisteri::ui::login_notices::Notices;
    let mut replies = Notices::run(job, no_files(db, session));
    replies.next().await.expect("a reply")
}
