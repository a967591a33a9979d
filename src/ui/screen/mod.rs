//! What a screen is, and the one way it asks for work. A screen holds its state and the
//! messages its widgets send; `update` answers a message with an [`Update`]: the work to do as
//! plain data (the screen's `Job`s, which the UI tests read and run), and apart from it any news
//! for whoever holds the screen (its `Event`). `run` carries out one job and replies with
//! messages; `perform`, written once here, turns jobs into the tasks the app runs. The screens
//! the navigation leads to are `Destination`s, listed in `table.rs`; see ARCHITECTURE.md,
//! "Adding a screen".

/// `Job::X.into()` for an update that asks for one job, in the screen's module.
macro_rules! one_job_updates {
    ($state:ty, $job:ty) => {
        impl From<$job> for $crate::ui::screen::Update<$state> {
            fn from(job: $job) -> Self {
                Self::job(job)
            }
        }
    };
}
pub(crate) use one_job_updates;

pub mod access_requests;
pub mod audit_log;
pub mod backups;
pub mod customers;
pub mod first_admin;
pub mod import;
pub mod lock;
pub mod login;
pub mod marketing;
pub mod notice;
pub mod orders;
pub mod retention;
pub mod reviews;
pub mod settings;
pub mod staff;
pub mod table;

use std::convert::Infallible;
use std::fmt::Debug;

use iced::futures::stream::{self, BoxStream, StreamExt};
use iced::{Element, Task};
use register::db::Db;
use register::service::Session;

use crate::i18n::I18n;
use crate::ui::dialog::Dialogs;
use crate::ui::shortcut::Shortcut;

/// What the main window's screens' work needs: the register, who is signed in, and where a
/// question about a file goes. All cheap to clone.
#[derive(Debug, Clone)]
pub struct Context {
    pub db: Db,
    pub session: Session,
    pub dialogs: Dialogs,
}

/// The messages a job replies with: one for most, several for a job that reports as it goes.
pub type Reply<M> = BoxStream<'static, M>;

/// The reply of a job that answers once.
pub fn reply<M: Send + 'static>(work: impl Future<Output = M> + Send + 'static) -> Reply<M> {
    stream::once(work).boxed()
}

/// What a message leads to: the jobs to run, and news for whoever holds the screen.
pub struct Update<S: Screen> {
    pub jobs: Vec<S::Job>,
    pub event: Option<S::Event>,
}

impl<S: Screen> Update<S> {
    pub fn none() -> Self {
        Self {
            jobs: Vec::new(),
            event: None,
        }
    }

    pub fn job(job: S::Job) -> Self {
        Self::jobs(vec![job])
    }

    pub fn jobs(jobs: Vec<S::Job>) -> Self {
        Self { jobs, event: None }
    }

    pub fn event(event: S::Event) -> Self {
        Self {
            jobs: Vec::new(),
            event: Some(event),
        }
    }
}

impl<S: Screen> Default for Update<S> {
    fn default() -> Self {
        Self::none()
    }
}

pub trait Screen: Sized {
    type Message: Debug + Clone + Send + 'static;
    /// A piece of work the screen asks for, as plain data.
    type Job: Debug + Send + 'static;
    /// News for whoever holds the screen; `Infallible` for a screen that has none.
    type Event;
    /// What its work needs: the main window's [`Context`], or only the register before anyone
    /// has logged in.
    type Context: Clone + Send + Sync + 'static;

    fn update(&mut self, message: Self::Message) -> Update<Self>;

    /// Carries out one job.
    fn run(job: Self::Job, context: Self::Context) -> Reply<Self::Message>;

    /// The tasks that carry out `jobs`.
    fn perform(jobs: Vec<Self::Job>, context: &Self::Context) -> Task<Self::Message> {
        Task::batch(
            jobs.into_iter()
                .map(|job| Task::run(Self::run(job, context.clone()), |message| message)),
        )
    }
}

/// A screen the navigation leads to.
/// What a screen may ask of the app, beyond its own work.
#[derive(Debug, Clone)]
pub enum AppRequest {
    /// Open this register in place of the one open now.
    Open(std::path::PathBuf),
    /// Replace the register open now with a backup.
    Replace(crate::ui::replace::Replacement),
}

/// The field with `id` gets the keyboard.
pub fn focus<M: Send + 'static>(id: &'static str) -> Task<M> {
    iced::widget::operation::focus(id)
}

pub trait Destination: Screen<Context = Context, Event = Infallible> {
    /// Whether the screen is kept while staff look at others, and found as it was: an import
    /// goes on, and the customer search stays as it was typed.
    const KEPT: bool = false;

    /// The screen as the navigation opens it, from its state of the last visit if it is kept,
    /// and the work it needs first.
    fn open(kept: Option<Box<Self>>) -> (Box<Self>, Vec<Self::Job>);

    /// Escape pressed: close what is open on top, if anything.
    fn escape(&mut self) -> Update<Self> {
        Update::none()
    }

    /// Ctrl+F, Ctrl+S or Ctrl+N pressed while the screen is shown: what its buttons would
    /// do, where the screen has them.
    fn shortcut(&mut self, _: Shortcut) -> Update<Self> {
        Update::none()
    }

    /// The field that has the keyboard when what the screen shows now first appears: the
    /// search of a list, the first field of a form.
    fn focus(&self) -> Option<&'static str> {
        None
    }

    /// Where a scrollable should be, as a share of its length (0 its top), whenever this
    /// answer changes: a customer's tab shown anew starts at its top, and a list follows the
    /// row chosen with the keyboard.
    fn scroll(&self) -> Option<(&'static str, f32)> {
        None
    }

    /// What the screen asks of the app, taken once: another register to open (a backup just
    /// restored), or the one open now to be replaced with a backup. The app then connects to
    /// the register and asks for a login.
    fn app_request(&mut self) -> Option<AppRequest> {
        None
    }

    /// The field Ctrl+F goes to.
    fn search_field(&self) -> Option<&'static str> {
        None
    }

    /// The screen below the navigation bar.
    fn view<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Self::Message>;
}
