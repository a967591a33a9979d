//! What a screen of the main window is. Each screen module holds its state, the messages its
//! widgets send, and its `Action`: the work it asks for, as plain data that the UI tests look
//! at and answer themselves. The screen also turns its own actions into tasks, so the app only
//! routes messages to it; see ARCHITECTURE.md, "Adding a screen".

use std::fmt::Debug;

use crate::i18n::I18n;
use iced::{Element, Task};
use register::db::Db;
use register::service::Session;

/// What a screen's work needs: the register and who is signed in. Both are cheap to clone.
#[derive(Debug, Clone)]
pub struct Context {
    pub db: Db,
    pub session: Session,
}

impl Context {
    /// Runs `work` with the register and the session, and gives its reply to the screen.
    pub fn run<M, F>(&self, work: impl FnOnce(Db, Session) -> F) -> Task<M>
    where
        F: Future<Output = M> + Send + 'static,
        M: Send + 'static,
    {
        Task::future(work(self.db.clone(), self.session.clone()))
    }
}

pub trait Screen: Sized {
    type Message: Debug + Clone + Send + 'static;
    /// The work the screen asks for; `Default` is "nothing".
    type Action: Default;

    /// Whether the screen is kept while staff look at others, and found as it was: an import
    /// goes on, and the customer search stays as it was typed.
    const KEPT: bool = false;

    /// The screen as the navigation opens it, from its state of the last visit if it is kept,
    /// and the work it needs first.
    fn open(kept: Option<Box<Self>>) -> (Box<Self>, Self::Action);

    fn update(&mut self, message: Self::Message) -> Self::Action;

    /// Escape pressed: close what is open on top, if anything.
    fn escape(&mut self) -> Self::Action {
        Self::Action::default()
    }

    /// Turns an action into the tasks that carry it out.
    fn perform(action: Self::Action, context: &Context) -> Task<Self::Message>;

    /// The screen below the navigation bar.
    fn page<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Self::Message>;
}
