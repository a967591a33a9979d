//! The application: connecting to the register, creating its first admin, logging in, the
//! idle lock, and closing. The main window (`main_window.rs`) holds the header, the
//! navigation and the screens, which do their own work (see `screen/mod.rs` and the table in
//! `screen/table.rs`); this file only routes messages to them.

pub(super) mod message;

pub use message::Message;

use register::service::ServiceError;
use std::time::Duration;

use crate::i18n::I18n;
use iced::widget::{button, column, container, pick_list, row, text};
use iced::{Element, Event, Length, Subscription, Task, Theme, event, keyboard, time};
use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::domain::Lang;
use register::service::{Session, staff};

use super::dialog::Dialogs;
use super::idle::{Idle, Moment};
use super::login_notices::{self, Notices};
use super::main_window::{Main, Next};
use super::replace::Replacement;
use super::screen::AppRequest;
pub use super::screen::table::Nav;
use super::screen::table::Screens;
use super::screen::{Context, Screen};
use super::screen::{first_admin, lock, login};
use super::shortcut::Shortcut;
use super::widget::error_banner;
use super::{closing, session_end, theme};

pub struct App {
    location: DatabaseLocation,
    i18n: I18n,
    idle: Idle,
    stage: Stage,
    /// The window was asked to close: the day's backup is being taken, or failed.
    closing: Option<Option<ServiceError>>,
    /// How the last replacement of the register with a backup went, said above the login.
    replaced: Option<Result<(), ServiceError>>,
    /// The app as staff start it on their desktop, not as the tests do: a language chosen is
    /// remembered on this workstation, and the desktop is looked at for file dialogs.
    on_desktop: bool,
}

enum Stage {
    Connecting,
    Failed(String),
    FirstAdmin(Db, Box<first_admin::State>),
    /// The register being replaced with a backup.
    Replacing,
    Login(Db, login::State),
    Main(Box<Main>),
}

impl App {
    pub fn new(location: DatabaseLocation, idle_limit: Duration) -> (Self, Task<Message>) {
        let lang = register::preferences::language().unwrap_or(Lang::Fi);
        let app = Self {
            location: location.clone(),
            i18n: I18n::new(lang),
            idle: Idle::new(idle_limit),
            stage: Stage::Connecting,
            closing: None,
            replaced: None,
            on_desktop: true,
        };
        (
            app,
            Task::batch([
                connect(location),
                super::native_window::remember(),
                session_end::remember_runtime(),
            ]),
        )
    }

    /// An app already logged in, as the UI tests start it.
    pub fn signed_in(db: Db, session: Session, lang: Lang) -> (Self, Task<Message>) {
        let mut app = Self {
            location: DatabaseLocation::Postgres(String::new()),
            i18n: I18n::new(lang),
            idle: Idle::new(Duration::from_secs(600)),
            stage: Stage::Connecting,
            closing: None,
            replaced: None,
            on_desktop: false,
        };
        let task = app.enter(db, session);
        (app, task)
    }

    pub fn title(&self) -> String {
        self.i18n.t("app-title")
    }

    pub fn theme(&self) -> Theme {
        theme::theme()
    }

    pub fn is_locked(&self) -> bool {
        matches!(&self.stage, Stage::Main(main) if main.lock.is_some())
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Connected(Ok((db, has_staff))) => {
                if has_staff {
                    self.stage = Stage::Login(db, login::State::default());
                    typing_into("username")
                } else {
                    let load = first_admin::State::perform(vec![first_admin::Job::Load], &db)
                        .map(Message::FirstAdmin);
                    self.stage = Stage::FirstAdmin(db, Box::default());
                    Task::batch([load, typing_into("username")])
                }
            }
            Message::Replaced((location, outcome)) => {
                self.replaced = Some(outcome.map(drop));
                self.open_register(location)
            }
            Message::Connected(Err(reason)) => {
                self.stage = Stage::Failed(reason);
                Task::none()
            }
            Message::Retry => {
                self.stage = Stage::Connecting;
                connect(self.location.clone())
            }
            Message::Lang(lang) => {
                self.i18n = I18n::new(lang);
                if self.on_desktop {
                    // Not remembered (the data folder unwritable): chosen again next time.
                    let _ = register::preferences::remember_language(lang);
                }
                // Logged in: the staff member's own choice too, for their next login anywhere.
                match &self.stage {
                    Stage::Main(main) => {
                        let (db, session) = (main.context.db.clone(), main.context.session.clone());
                        Task::perform(
                            async move { staff::set_own_language(&db, &session, lang).await },
                            Message::LanguageKept,
                        )
                    }
                    _ => Task::none(),
                }
            }
            // A preference: the workstation keeps it even if the account could not, and the
            // next change tries again.
            Message::LanguageKept(_) => Task::none(),
            Message::Activity(now) => self.activity(now),
            Message::Tick(now) => self.lock_if_idle(now),
            Message::Tab { shift, at } => {
                let _ = self.activity(at);
                if shift {
                    iced::widget::operation::focus_previous()
                } else {
                    iced::widget::operation::focus_next()
                }
            }
            Message::LogOut => self.log_out(),
            Message::Escape(at) => {
                let locked = self.activity(at);
                Task::batch([locked, self.update_stage(Message::Escape(at))])
            }
            Message::Shortcut(shortcut, at) => {
                let locked = self.activity(at);
                Task::batch([locked, self.update_stage(Message::Shortcut(shortcut, at))])
            }
            Message::CloseRequested => match (&self.stage, &self.closing) {
                (Stage::Main(main), None) => {
                    // The window's own closing: the end of the session has none left to do.
                    session_end::nothing_to_close();
                    self.closing = Some(None);
                    let (db, session) = (main.context.db.clone(), main.context.session.clone());
                    Task::perform(closing::close(db, session), Message::Closed)
                }
                (_, Some(_)) => Task::none(),
                _ => iced::exit(),
            },
            Message::Closed(Err(failure)) => {
                self.closing = Some(Some(failure));
                Task::none()
            }
            Message::Closed(Ok(_)) | Message::Exit => iced::exit(),
            other => self.update_stage(other),
        }
    }

    /// A key press, a click or a scroll at `now`: after a sleep the session locks first, so
    /// that the key that wakes the laptop does not count as someone being there all along.
    fn activity(&mut self, now: Moment) -> Task<Message> {
        let locked = self.lock_if_idle(now);
        self.idle.activity(now);
        locked
    }

    /// Locks the session if it has been idle too long; the password field then has the
    /// keyboard, so that staff coming back can type at once.
    fn lock_if_idle(&mut self, now: Moment) -> Task<Message> {
        if let Stage::Main(main) = &mut self.stage
            && main.lock.is_none()
            && self.idle.expired(now)
        {
            main.lock = Some(lock::State::new(main.context.session.username()));
            return typing_into(lock::PASSWORD);
        }
        Task::none()
    }

    fn update_stage(&mut self, message: Message) -> Task<Message> {
        match (&mut self.stage, message) {
            (Stage::FirstAdmin(db, state), Message::FirstAdmin(message)) => {
                let update = state.update(message);
                match update.event {
                    Some(first_admin::Event::Created(session)) => {
                        let db = db.clone();
                        self.enter(db, session)
                    }
                    None => first_admin::State::perform(update.jobs, db).map(Message::FirstAdmin),
                }
            }
            (Stage::Login(db, state), Message::Login(message)) => {
                let update = state.update(message);
                match update.event {
                    Some(login::Event::LoggedIn(session)) => {
                        let db = db.clone();
                        self.enter(db, session)
                    }
                    Some(login::Event::ChoosePassword) => typing_into(login::NEW_PASSWORD),
                    None => login::State::perform(update.jobs, db).map(Message::Login),
                }
            }
            (Stage::Main(main), message) => match main.update(message) {
                Next::Stay(task) => task,
                Next::LogOut => self.log_out(),
                Next::Request(AppRequest::Open(path)) => {
                    self.open_register(DatabaseLocation::Sqlite(path))
                }
                Next::Request(AppRequest::Replace(replacement)) => self.replace(replacement),
            },
            // A reply for a stage that has since been left: nothing to do with it.
            _ => Task::none(),
        }
    }

    fn enter(&mut self, db: Db, session: Session) -> Task<Message> {
        self.idle.activity(Moment::now());
        self.replaced = None;
        // The staff member's own language, once they have chosen one.
        if let Some(lang) = session.language() {
            self.i18n = I18n::new(lang);
        }
        session_end::logged_in_as(&db, &session);
        let notices = login_notices::at_login(&session);
        let mut main = Main {
            context: Context {
                db,
                session,
                dialogs: Dialogs::system(),
            },
            screens: Screens::default(),
            notices: Notices::default(),
            lock: None,
            help: false,
            own_password: None,
            password_changed: false,
            // Where files go when the desktop has no file dialog to ask with.
            no_dialogs: (self.on_desktop && !super::no_dialog::dialogs_available())
                .then(super::no_dialog::documents_folder)
                .flatten(),
        };
        let first = Nav::ALL
            .iter()
            .copied()
            .find(|nav| main.context.session.role().allows(nav.permission()));
        let task = match first {
            Some(nav) => main.go(nav),
            None => Task::none(),
        };
        let housekeeping = Notices::perform(notices, &main.context).map(Message::Notices);
        self.stage = Stage::Main(Box::new(main));
        Task::batch([housekeeping, task])
    }

    /// Leaves the register open now for another (a backup just restored), as if the app had
    /// been started on it: connected, then a login to it. Only this run opens it; the next
    /// start opens the register it is started on, as before.
    fn open_register(&mut self, location: DatabaseLocation) -> Task<Message> {
        session_end::nothing_to_close();
        self.location = location.clone();
        self.stage = Stage::Connecting;
        connect(location)
    }

    /// Closes the register open now and replaces it with a backup (`ui::replace`), then opens
    /// it again, replaced or, if the restore failed, as it was; the login says which.
    fn replace(&mut self, replacement: Replacement) -> Task<Message> {
        let main = match std::mem::replace(&mut self.stage, Stage::Replacing) {
            Stage::Main(main) => main,
            // Only the main window asks for it; any other stage stays as it was.
            other => {
                self.stage = other;
                return Task::none();
            }
        };
        session_end::nothing_to_close();
        let (db, username) = (
            main.context.db.clone(),
            main.context.session.username().to_owned(),
        );
        // The screens and their copy of the register go first, so that the lock can let go.
        drop(main);
        Task::perform(
            super::replace::replace(db, username, replacement),
            Message::Replaced,
        )
    }

    fn log_out(&mut self) -> Task<Message> {
        session_end::nothing_to_close();
        if let Stage::Main(main) = &self.stage {
            let db = main.context.db.clone();
            self.stage = Stage::Login(db, login::State::default());
            return typing_into("username");
        }
        Task::none()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let i18n = &self.i18n;
        if let Some(failed) = &self.closing {
            return closing_view(i18n, failed.as_ref());
        }
        match &self.stage {
            Stage::Connecting => container(text(i18n.t("connecting")))
                .center(Length::Fill)
                .into(),
            Stage::Replacing => container(text(i18n.t("replacing")))
                .center(Length::Fill)
                .into(),
            Stage::Failed(reason) => container(
                column![
                    error_banner(
                        i18n.t_with("database-failed", &[("reason", reason.clone().into())])
                    ),
                    button(text(i18n.t("retry"))).on_press(Message::Retry),
                ]
                .spacing(12)
                .max_width(600),
            )
            .center(Length::Fill)
            .into(),
            Stage::FirstAdmin(_, state) => {
                with_language(i18n, state.view(i18n).map(Message::FirstAdmin))
            }
            Stage::Login(_, state) => {
                let login = state.view(i18n).map(Message::Login);
                let login = match &self.replaced {
                    None => login,
                    Some(outcome) => column![replaced_view(i18n, outcome.as_ref()), login].into(),
                };
                with_language(i18n, login)
            }
            Stage::Main(main) => main.view(i18n, self.idle.limit()),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let input = event::listen_with(|event, status, _window| match event {
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(keyboard::key::Named::Escape),
                ..
            }) => Some(Message::Escape(Moment::now())),
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(keyboard::key::Named::Tab),
                modifiers,
                ..
            }) => Some(Message::Tab {
                shift: modifiers.shift(),
                at: Moment::now(),
            }),
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
                if let Some(shortcut) =
                    Shortcut::of(&key, modifiers, status == event::Status::Captured) =>
            {
                Some(Message::Shortcut(shortcut, Moment::now()))
            }
            Event::Keyboard(keyboard::Event::KeyPressed { .. })
            | Event::Mouse(iced::mouse::Event::ButtonPressed(_))
            | Event::Mouse(iced::mouse::Event::WheelScrolled { .. }) => {
                Some(Message::Activity(Moment::now()))
            }
            _ => None,
        });
        let close = iced::window::close_requests().map(|_| Message::CloseRequested);
        match &self.stage {
            Stage::Main(_) => Subscription::batch([
                input,
                close,
                time::every(Duration::from_secs(5)).map(|_| Message::Tick(Moment::now())),
            ]),
            _ => Subscription::batch([input, close]),
        }
    }
}

fn with_language<'a>(i18n: &I18n, content: Element<'a, Message>) -> Element<'a, Message> {
    column![
        row![
            iced::widget::space::horizontal(),
            pick_list(Lang::STAFF, Some(i18n.lang()), Message::Lang).text_size(14),
        ]
        .padding([10, 20]),
        content,
    ]
    .into()
}

/// Above the login after the register was replaced with a backup, or was not.
fn replaced_view<'a>(i18n: &I18n, outcome: Result<&(), &ServiceError>) -> Element<'a, Message> {
    let said = match outcome {
        Ok(()) => super::widget::notice(i18n.t("replace-done")),
        Err(failure) => {
            error_banner(i18n.t_with("replace-failed", &[("reason", i18n.error(failure).into())]))
        }
    };
    container(said).padding([10, 60]).into()
}

/// The window while it closes: the day's backup being taken, or why it failed.
fn closing_view<'a>(i18n: &I18n, failed: Option<&ServiceError>) -> Element<'a, Message> {
    let content = match failed {
        None => column![text(i18n.t("closing-backup"))],
        Some(failure) => column![
            error_banner(i18n.t_with(
                "closing-backup-failed",
                &[("reason", i18n.error(failure).into())]
            )),
            button(text(i18n.t("close"))).on_press(Message::Exit),
        ],
    };
    container(content.spacing(12).max_width(600))
        .center(Length::Fill)
        .into()
}

fn connect(location: DatabaseLocation) -> Task<Message> {
    Task::perform(
        async move {
            let db = db::connect(&location)
                .await
                .map_err(|e| format!("{} ({})", e, location.describe()))?;
            let has_staff = staff::has_staff(&db).await.map_err(|e| e.to_string())?;
            Ok((db, has_staff))
        },
        Message::Connected,
    )
}

/// The field that has the keyboard as a form opens.
fn typing_into(id: &'static str) -> Task<Message> {
    iced::widget::operation::focus(id)
}
