//! The application: which screen is shown, the logged-in session, the idle lock, and the
//! translation of screen actions into service calls.

use std::time::{Duration, Instant};

use iced::widget::{button, column, container, pick_list, row, rule, text};
use iced::{Element, Event, Length, Subscription, Task, Theme, event, keyboard, time};
use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::domain::Permission;
use register::i18n::{I18n, Lang};
use register::service::{Session, staff};

use super::customers::{detail, list, new, privacy};
use super::import as import_screen;
use super::staff as staff_screen;
use super::widgets::{bold, error_banner, muted};
use super::{
    access_requests, audit_log, first_admin, lock, login, marketing, notice, orders, retention,
    reviews, settings, theme,
};

pub struct App {
    location: DatabaseLocation,
    i18n: I18n,
    idle_limit: Duration,
    last_activity: Instant,
    screen: Screen,
}

enum Screen {
    Connecting,
    Failed(String),
    FirstAdmin(Db, first_admin::State),
    Login(Db, login::State),
    Main(Box<Main>),
}

struct Main {
    db: Db,
    session: Session,
    customers: list::State,
    /// Kept while staff look at other screens: an import goes on, and its report waits.
    import: Box<import_screen::State>,
    page: Page,
    /// While locked the page stays as it was, hidden behind the password prompt.
    lock: Option<lock::State>,
}

enum Page {
    /// Before the first page opens, and for a role with no page at all.
    Nothing,
    Customers,
    Customer(Box<detail::State>),
    NewCustomer(Box<new::State>),
    Orders(Box<orders::State>),
    Reviews(Box<reviews::State>),
    AccessRequests(Box<access_requests::State>),
    Import,
    Marketing(Box<marketing::State>),
    Retention(Box<retention::State>),
    Staff(Box<staff_screen::State>),
    Settings(Box<settings::State>),
    Notice(Box<notice::State>),
    AuditLog(Box<audit_log::State>),
}

/// The places the navigation leads to, each shown only to roles that may use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Customers,
    Orders,
    Reviews,
    AccessRequests,
    Import,
    Marketing,
    Retention,
    Staff,
    Settings,
    Notice,
    AuditLog,
}

impl Nav {
    const ALL: [Nav; 11] = [
        Nav::Customers,
        Nav::Orders,
        Nav::Reviews,
        Nav::AccessRequests,
        Nav::Import,
        Nav::Marketing,
        Nav::Retention,
        Nav::Staff,
        Nav::Settings,
        Nav::Notice,
        Nav::AuditLog,
    ];

    fn permission(self) -> Permission {
        match self {
            Nav::Customers => Permission::CustomerData,
            Nav::Orders => Permission::OrdersAndDelivery,
            Nav::Reviews => Permission::ViewReviews,
            Nav::AccessRequests => Permission::AccessRequests,
            Nav::Import => Permission::CustomerData,
            Nav::Marketing => Permission::NewsletterExport,
            Nav::Retention => Permission::EraseCustomer,
            Nav::Staff | Nav::Settings | Nav::Notice | Nav::AuditLog => Permission::Administration,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Nav::Customers => "nav-customers",
            Nav::Orders => "nav-orders",
            Nav::Reviews => "nav-reviews",
            Nav::AccessRequests => "nav-requests",
            Nav::Import => "nav-import",
            Nav::Marketing => "nav-marketing",
            Nav::Retention => "nav-retention",
            Nav::Staff => "nav-staff",
            Nav::Settings => "nav-settings",
            Nav::Notice => "nav-notice",
            Nav::AuditLog => "nav-audit",
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Connected(Result<(Db, bool), String>),
    Retry,
    Lang(Lang),
    FirstAdmin(first_admin::Message),
    Login(login::Message),
    Lock(lock::Message),
    Nav(Nav),
    LogOut,
    Customers(list::Message),
    Customer(detail::Message),
    NewCustomer(new::Message),
    Orders(orders::Message),
    Reviews(reviews::Message),
    AccessRequests(Box<access_requests::Message>),
    Import(import_screen::Message),
    Marketing(marketing::Message),
    Retention(retention::Message),
    Staff(staff_screen::Message),
    Settings(settings::Message),
    Notice(notice::Message),
    AuditLog(audit_log::Message),
    Activity,
    Tick(Instant),
    Tab { shift: bool },
    Escape,
}

impl App {
    pub fn new(location: DatabaseLocation, idle_limit: Duration) -> (Self, Task<Message>) {
        let app = Self {
            location: location.clone(),
            i18n: I18n::new(Lang::Fi),
            idle_limit,
            last_activity: Instant::now(),
            screen: Screen::Connecting,
        };
        (app, connect(location))
    }

    /// An app already logged in, as the UI tests start it.
    pub fn signed_in(db: Db, session: Session, lang: Lang) -> (Self, Task<Message>) {
        let mut app = Self {
            location: DatabaseLocation::Postgres(String::new()),
            i18n: I18n::new(lang),
            idle_limit: Duration::from_secs(600),
            last_activity: Instant::now(),
            screen: Screen::Connecting,
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
        matches!(&self.screen, Screen::Main(main) if main.lock.is_some())
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Connected(Ok((db, has_staff))) => {
                self.screen = if has_staff {
                    Screen::Login(db, login::State::default())
                } else {
                    Screen::FirstAdmin(db, first_admin::State::default())
                };
                Task::none()
            }
            Message::Connected(Err(reason)) => {
                self.screen = Screen::Failed(reason);
                Task::none()
            }
            Message::Retry => {
                self.screen = Screen::Connecting;
                connect(self.location.clone())
            }
            Message::Lang(lang) => {
                self.i18n = I18n::new(lang);
                Task::none()
            }
            Message::Activity => {
                self.last_activity = Instant::now();
                Task::none()
            }
            Message::Tick(now) => {
                if let Screen::Main(main) = &mut self.screen
                    && main.lock.is_none()
                    && now.saturating_duration_since(self.last_activity) >= self.idle_limit
                {
                    main.lock = Some(lock::State::default());
                }
                Task::none()
            }
            Message::Tab { shift } => {
                if shift {
                    iced::widget::operation::focus_previous()
                } else {
                    iced::widget::operation::focus_next()
                }
            }
            Message::LogOut => {
                self.log_out();
                Task::none()
            }
            other => self.update_screen(other),
        }
    }

    fn update_screen(&mut self, message: Message) -> Task<Message> {
        match (&mut self.screen, message) {
            (Screen::FirstAdmin(db, state), Message::FirstAdmin(message)) => {
                match state.update(message) {
                    first_admin::Action::None => Task::none(),
                    first_admin::Action::Create(input) => {
                        Task::perform(first_admin::create(db.clone(), input), Message::FirstAdmin)
                    }
                    first_admin::Action::Created(session) => {
                        let db = db.clone();
                        self.enter(db, session)
                    }
                }
            }
            (Screen::Login(db, state), Message::Login(message)) => match state.update(message) {
                login::Action::None => Task::none(),
                login::Action::Login { username, password } => {
                    Task::perform(login::login(db.clone(), username, password), Message::Login)
                }
                login::Action::LoggedIn(session) => {
                    let db = db.clone();
                    self.enter(db, session)
                }
            },
            (Screen::Main(main), message) => match main.update(message) {
                MainOutcome::Task(task) => task,
                MainOutcome::LogOut => {
                    self.log_out();
                    Task::none()
                }
            },
            // A reply for a screen that has since been left: nothing to do with it.
            _ => Task::none(),
        }
    }

    fn enter(&mut self, db: Db, session: Session) -> Task<Message> {
        self.last_activity = Instant::now();
        let mut main = Main {
            db,
            session,
            customers: list::State::default(),
            import: Box::default(),
            page: Page::Nothing,
            lock: None,
        };
        let task = match Nav::ALL
            .into_iter()
            .find(|nav| main.session.role().allows(nav.permission()))
        {
            Some(nav) => main.go(nav),
            None => Task::none(),
        };
        self.screen = Screen::Main(Box::new(main));
        task
    }

    fn log_out(&mut self) {
        if let Screen::Main(main) = &self.screen {
            let db = main.db.clone();
            self.screen = Screen::Login(db, login::State::default());
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let i18n = &self.i18n;
        match &self.screen {
            Screen::Connecting => container(text(i18n.t("connecting")))
                .center(Length::Fill)
                .into(),
            Screen::Failed(reason) => container(
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
            Screen::FirstAdmin(_, state) => {
                with_language(i18n, state.view(i18n).map(Message::FirstAdmin))
            }
            Screen::Login(_, state) => with_language(i18n, state.view(i18n).map(Message::Login)),
            Screen::Main(main) => main.view(i18n, self.idle_limit),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let input = event::listen_with(|event, _status, _window| match event {
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(keyboard::key::Named::Escape),
                ..
            }) => Some(Message::Escape),
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(keyboard::key::Named::Tab),
                modifiers,
                ..
            }) => Some(Message::Tab {
                shift: modifiers.shift(),
            }),
            Event::Keyboard(keyboard::Event::KeyPressed { .. })
            | Event::Mouse(iced::mouse::Event::ButtonPressed(_))
            | Event::Mouse(iced::mouse::Event::WheelScrolled { .. }) => Some(Message::Activity),
            _ => None,
        });
        match &self.screen {
            Screen::Main(_) => Subscription::batch([
                input,
                time::every(Duration::from_secs(5)).map(Message::Tick),
            ]),
            _ => input,
        }
    }
}

enum MainOutcome {
    Task(Task<Message>),
    LogOut,
}

impl Main {
    fn update(&mut self, message: Message) -> MainOutcome {
        if let Some(lock) = &mut self.lock {
            let Message::Lock(message) = message else {
                // Replies to calls made before the lock still land in the hidden page.
                return MainOutcome::Task(self.update_page(message));
            };
            return match lock.update(message) {
                lock::Action::None => MainOutcome::Task(Task::none()),
                lock::Action::Unlock(password) => MainOutcome::Task(Task::perform(
                    lock::unlock(
                        self.db.clone(),
                        self.session.username().to_owned(),
                        password,
                    ),
                    Message::Lock,
                )),
                lock::Action::Unlocked(session) => {
                    self.session = session;
                    self.lock = None;
                    MainOutcome::Task(Task::none())
                }
                lock::Action::LogOut => MainOutcome::LogOut,
            };
        }
        MainOutcome::Task(match message {
            Message::Nav(nav) => self.go(nav),
            Message::Escape => match &mut self.page {
                Page::Customer(_) => self.customer(detail::Message::Back),
                Page::NewCustomer(_) => {
                    self.page = Page::Customers;
                    Task::none()
                }
                Page::Orders(state) => {
                    let _ = state.update(orders::Message::Close);
                    Task::none()
                }
                Page::AccessRequests(state) => {
                    let jobs = state.back();
                    self.requests_jobs(jobs)
                }
                Page::Nothing
                | Page::Customers
                | Page::Reviews(_)
                | Page::Import
                | Page::Marketing(_)
                | Page::Retention(_)
                | Page::Staff(_)
                | Page::Settings(_)
                | Page::Notice(_)
                | Page::AuditLog(_) => Task::none(),
            },
            other => self.update_page(other),
        })
    }

    fn update_page(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Customers(message) => {
                let action = self.customers.update(message);
                self.customers_action(action)
            }
            Message::Customer(message) => self.customer(message),
            Message::NewCustomer(message) => {
                let Page::NewCustomer(state) = &mut self.page else {
                    return Task::none();
                };
                match state.update(message) {
                    new::Action::None => Task::none(),
                    new::Action::Create(input) => Task::perform(
                        new::create(self.db.clone(), self.session.clone(), *input),
                        Message::NewCustomer,
                    ),
                    new::Action::Created(customer) => {
                        self.page =
                            Page::Customer(Box::new(detail::State::with_customer(*customer)));
                        self.refresh_customers()
                    }
                    new::Action::Cancel => {
                        self.page = Page::Customers;
                        Task::none()
                    }
                }
            }
            Message::Orders(message) => {
                let Page::Orders(state) = &mut self.page else {
                    return Task::none();
                };
                let action = state.update(message);
                self.orders_action(action)
            }
            Message::Reviews(message) => {
                let Page::Reviews(state) = &mut self.page else {
                    return Task::none();
                };
                let action = state.update(message);
                self.reviews_action(action)
            }
            Message::AccessRequests(message) => {
                let Page::AccessRequests(state) = &mut self.page else {
                    return Task::none();
                };
                let jobs = state.update(*message);
                self.requests_jobs(jobs)
            }
            Message::Import(message) => {
                let action = self.import.update(message);
                self.import_action(action)
            }
            Message::Marketing(message) => {
                let Page::Marketing(state) = &mut self.page else {
                    return Task::none();
                };
                match state.update(message) {
                    marketing::Action::None => Task::none(),
                    marketing::Action::ChoosePath => {
                        Task::perform(marketing::choose_path(), Message::Marketing)
                    }
                    marketing::Action::Export(path) => Task::perform(
                        marketing::export(self.db.clone(), self.session.clone(), path),
                        Message::Marketing,
                    ),
                }
            }
            Message::Retention(message) => {
                let Page::Retention(state) = &mut self.page else {
                    return Task::none();
                };
                let action = state.update(message);
                self.retention_action(action)
            }
            Message::Staff(message) => {
                let Page::Staff(state) = &mut self.page else {
                    return Task::none();
                };
                let action = state.update(message);
                self.staff_action(action)
            }
            Message::Settings(message) => {
                let Page::Settings(state) = &mut self.page else {
                    return Task::none();
                };
                let action = state.update(message);
                self.settings_action(action)
            }
            Message::Notice(message) => {
                let Page::Notice(state) = &mut self.page else {
                    return Task::none();
                };
                let action = state.update(message);
                self.notice_action(action)
            }
            Message::AuditLog(message) => {
                let Page::AuditLog(state) = &mut self.page else {
                    return Task::none();
                };
                let action = state.update(message);
                self.audit_action(action)
            }
            _ => Task::none(),
        }
    }

    fn requests_jobs(&self, jobs: Vec<access_requests::Job>) -> Task<Message> {
        Task::batch(jobs.into_iter().map(|job| {
            Task::perform(
                access_requests::run(self.db.clone(), self.session.clone(), job),
                |message| Message::AccessRequests(Box::new(message)),
            )
        }))
    }

    fn import_action(&self, action: import_screen::Action) -> Task<Message> {
        use import_screen::Action;
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            Action::None => Task::none(),
            Action::Pick(kind) => Task::perform(import_screen::pick(kind), Message::Import),
            Action::Run(kind, bytes, dry_run) => {
                // Progress flows through a channel while the import runs.
                let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
                let progress = iced::futures::stream::unfold(receiver, |mut receiver| async move {
                    receiver.recv().await.map(|step| (step, receiver))
                });
                Task::batch([
                    Task::run(progress, |(done, total)| {
                        Message::Import(import_screen::Message::Progress(done, total))
                    }),
                    Task::perform(
                        import_screen::run(db, session, kind, bytes, dry_run, sender),
                        Message::Import,
                    ),
                ])
            }
            Action::ChooseReportPath => {
                Task::perform(import_screen::choose_report_path(), Message::Import)
            }
            Action::SaveReport(path, csv) => {
                Task::perform(import_screen::save_report(path, csv), Message::Import)
            }
        }
    }

    fn retention_action(&self, action: retention::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            retention::Action::None => Task::none(),
            retention::Action::Policy => {
                Task::perform(retention::policy(db, session), Message::Retention)
            }
            retention::Action::Search(generation, months, page) => Task::perform(
                retention::search(db, session, generation, months, page),
                Message::Retention,
            ),
            retention::Action::Erase(ids) => {
                Task::perform(retention::erase(db, session, ids), Message::Retention)
            }
            retention::Action::Purge => {
                Task::perform(retention::purge(db, session), Message::Retention)
            }
            retention::Action::PurgeRequests => {
                Task::perform(retention::purge_requests(db, session), Message::Retention)
            }
        }
    }

    fn staff_action(&self, action: staff_screen::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            staff_screen::Action::None => Task::none(),
            staff_screen::Action::Load => {
                Task::perform(staff_screen::load(db, session), Message::Staff)
            }
            staff_screen::Action::Create(input) => {
                Task::perform(staff_screen::create(db, session, input), Message::Staff)
            }
            staff_screen::Action::SetRole(id, role) => Task::perform(
                staff_screen::set_role(db, session, id, role),
                Message::Staff,
            ),
            staff_screen::Action::SetActive(id, active) => Task::perform(
                staff_screen::set_active(db, session, id, active),
                Message::Staff,
            ),
            staff_screen::Action::Unlock(id) => {
                Task::perform(staff_screen::unlock(db, session, id), Message::Staff)
            }
            staff_screen::Action::ResetPassword(id, password) => Task::perform(
                staff_screen::reset_password(db, session, id, password),
                Message::Staff,
            ),
        }
    }

    fn audit_action(&self, action: audit_log::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            audit_log::Action::None => Task::none(),
            audit_log::Action::Search(generation, filter, page) => Task::perform(
                audit_log::search(db, session, generation, filter, page),
                Message::AuditLog,
            ),
            audit_log::Action::Verify => {
                Task::perform(audit_log::verify(db, session), Message::AuditLog)
            }
        }
    }

    fn go(&mut self, nav: Nav) -> Task<Message> {
        match nav {
            Nav::Customers => {
                self.page = Page::Customers;
                self.refresh_customers()
            }
            Nav::Orders => {
                let mut state = orders::State::default();
                let action = state.refresh();
                self.page = Page::Orders(Box::new(state));
                self.orders_action(action)
            }
            Nav::Reviews => {
                let mut state = reviews::State::default();
                let action = state.refresh();
                self.page = Page::Reviews(Box::new(state));
                self.reviews_action(action)
            }
            Nav::AccessRequests => {
                let mut state = access_requests::State::default();
                let jobs = state.refresh();
                self.page = Page::AccessRequests(Box::new(state));
                self.requests_jobs(jobs)
            }
            Nav::Import => {
                self.page = Page::Import;
                Task::none()
            }
            Nav::Marketing => {
                self.page = Page::Marketing(Box::default());
                Task::none()
            }
            Nav::Retention => {
                let mut state = retention::State::default();
                let action = state.load();
                self.page = Page::Retention(Box::new(state));
                self.retention_action(action)
            }
            Nav::Staff => {
                self.page = Page::Staff(Box::default());
                self.staff_action(staff_screen::Action::Load)
            }
            Nav::Settings => {
                self.page = Page::Settings(Box::default());
                let (db, session) = (self.db.clone(), self.session.clone());
                Task::batch([
                    Task::perform(
                        settings::load_controller(db.clone(), session.clone()),
                        Message::Settings,
                    ),
                    Task::perform(
                        settings::load_processing(db.clone(), session.clone()),
                        Message::Settings,
                    ),
                    Task::perform(
                        settings::load_unknown_methods(db.clone(), session.clone()),
                        Message::Settings,
                    ),
                    Task::perform(settings::load_notice(db, session), Message::Settings),
                ])
            }
            Nav::Notice => {
                let mut state = notice::State::default();
                let action = state.refresh();
                self.page = Page::Notice(Box::new(state));
                self.notice_action(action)
            }
            Nav::AuditLog => {
                let mut state = audit_log::State::default();
                let action = state.refresh();
                self.page = Page::AuditLog(Box::new(state));
                self.audit_action(action)
            }
        }
    }

    fn settings_action(&self, action: settings::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            settings::Action::None => Task::none(),
            settings::Action::SaveController(version, input) => Task::perform(
                settings::save_controller(db, session, version, *input),
                Message::Settings,
            ),
            settings::Action::SaveProcessing(version, description) => Task::perform(
                settings::save_processing(db, session, version, *description),
                Message::Settings,
            ),
            settings::Action::RefreshNotice => {
                Task::perform(settings::load_notice(db, session), Message::Settings)
            }
        }
    }

    fn notice_action(&self, action: notice::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            notice::Action::None => Task::none(),
            notice::Action::Load(lang) => Task::batch([
                Task::perform(notice::load(db.clone(), session.clone()), Message::Notice),
                Task::perform(
                    notice::versions(db.clone(), session.clone()),
                    Message::Notice,
                ),
                Task::perform(notice::preview(db, session, lang), Message::Notice),
            ]),
            notice::Action::Preview(lang) => {
                Task::perform(notice::preview(db, session, lang), Message::Notice)
            }
            notice::Action::Publish => Task::perform(notice::publish(db, session), Message::Notice),
            notice::Action::ChoosePath(format, name) => {
                Task::perform(notice::choose_path(format, name), Message::Notice)
            }
            notice::Action::Save(lang, which, format, path) => Task::perform(
                notice::save(db, session, lang, which, format, path),
                Message::Notice,
            ),
        }
    }

    fn orders_action(&self, action: orders::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            orders::Action::None => Task::none(),
            orders::Action::Search(generation, query) => Task::perform(
                orders::search(db, session, generation, query),
                Message::Orders,
            ),
            orders::Action::Open(id) => {
                Task::perform(orders::open(db, session, id), Message::Orders)
            }
        }
    }

    fn reviews_action(&self, action: reviews::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            reviews::Action::None => Task::none(),
            reviews::Action::Search(generation, query) => Task::perform(
                reviews::search(db, session, generation, query),
                Message::Reviews,
            ),
            reviews::Action::SetVisible(id, visible) => Task::perform(
                reviews::set_visible(db, session, id, visible),
                Message::Reviews,
            ),
        }
    }

    fn refresh_customers(&mut self) -> Task<Message> {
        let search = self.customers.refresh();
        Task::batch([
            self.customers_action(search),
            Task::perform(
                list::count(self.db.clone(), self.session.clone()),
                Message::Customers,
            ),
        ])
    }

    fn customers_action(&mut self, action: list::Action) -> Task<Message> {
        match action {
            list::Action::None => Task::none(),
            list::Action::Search(generation, query) => Task::perform(
                list::search(self.db.clone(), self.session.clone(), generation, query),
                Message::Customers,
            ),
            list::Action::Open(id) => {
                let (state, action) = detail::State::new(id);
                self.page = Page::Customer(Box::new(state));
                self.detail_action(action)
            }
            list::Action::New => {
                self.page = Page::NewCustomer(Box::new(new::State::new()));
                Task::none()
            }
        }
    }

    fn customer(&mut self, message: detail::Message) -> Task<Message> {
        let Page::Customer(state) = &mut self.page else {
            return Task::none();
        };
        let action = state.update(message);
        self.detail_action(action)
    }

    fn detail_action(&mut self, action: detail::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        match action {
            detail::Action::None => Task::none(),
            detail::Action::Load(id) => {
                Task::perform(detail::load(db, session, id), Message::Customer)
            }
            detail::Action::Save { id, version, input } => Task::perform(
                detail::save(db, session, id, version, *input),
                Message::Customer,
            ),
            detail::Action::LoadOrders(id, generation, page) => Task::perform(
                detail::load_orders(db, session, id, generation, page),
                Message::Customer,
            ),
            detail::Action::LoadReviews(id) => {
                Task::perform(detail::load_reviews(db, session, id), Message::Customer)
            }
            detail::Action::Privacy(action) => self.privacy_action(action),
            detail::Action::Back => {
                self.page = Page::Customers;
                // Names may have changed while the customer was open.
                let search = self.customers.refresh();
                self.customers_action(search)
            }
        }
    }

    fn privacy_action(&mut self, action: privacy::Action) -> Task<Message> {
        let (db, session) = (self.db.clone(), self.session.clone());
        let to_detail = |message| Message::Customer(detail::Message::Privacy(message));
        match action {
            privacy::Action::None => Task::none(),
            privacy::Action::LoadHistory(id) => Task::batch([
                Task::perform(privacy::history(db.clone(), session.clone(), id), to_detail),
                Task::perform(privacy::disclosures(db, session, id), to_detail),
            ]),
            privacy::Action::Consent(id, kind, value, source) => Task::perform(
                privacy::set(db, session, id, kind, value, source),
                to_detail,
            ),
            privacy::Action::Changed(id) => Task::batch([
                Task::perform(
                    detail::load(db.clone(), session.clone(), id),
                    Message::Customer,
                ),
                Task::perform(privacy::history(db, session, id), to_detail),
            ]),
            privacy::Action::Erase(id, reason) => {
                Task::perform(privacy::erase(db, session, id, reason), to_detail)
            }
            privacy::Action::Erased => {
                self.page = Page::Customers;
                self.refresh_customers()
            }
        }
    }

    fn view<'a>(&'a self, i18n: &I18n, idle_limit: Duration) -> Element<'a, Message> {
        if let Some(lock) = &self.lock {
            return lock
                .view(i18n, &self.session, idle_limit.as_secs() / 60)
                .map(Message::Lock);
        }
        let role = self.session.role();
        let current = match self.page {
            Page::Nothing => None,
            Page::Customers | Page::Customer(_) | Page::NewCustomer(_) => Some(Nav::Customers),
            Page::Orders(_) => Some(Nav::Orders),
            Page::Reviews(_) => Some(Nav::Reviews),
            Page::AccessRequests(_) => Some(Nav::AccessRequests),
            Page::Import => Some(Nav::Import),
            Page::Marketing(_) => Some(Nav::Marketing),
            Page::Retention(_) => Some(Nav::Retention),
            Page::Staff(_) => Some(Nav::Staff),
            Page::Settings(_) => Some(Nav::Settings),
            Page::Notice(_) => Some(Nav::Notice),
            Page::AuditLog(_) => Some(Nav::AuditLog),
        };
        let mut nav = row![].spacing(6).align_y(iced::Center);
        for item in Nav::ALL
            .into_iter()
            .filter(|nav| role.allows(nav.permission()))
        {
            let style = if Some(item) == current {
                button::primary
            } else {
                button::text
            };
            nav = nav.push(
                button(text(i18n.t(item.label())))
                    .style(style)
                    .on_press(Message::Nav(item)),
            );
        }
        let who = i18n.t_with(
            "signed-in-as",
            &[
                ("name", self.session.display_name().to_owned().into()),
                ("role", i18n.role(role).into()),
            ],
        );
        let header = column![
            row![
                text("Asiakasrekisteri").font(bold()).size(18),
                iced::widget::space::horizontal(),
                text(who).style(muted).wrapping(text::Wrapping::None),
                pick_list(Lang::STAFF, Some(i18n.lang()), Message::Lang).text_size(14),
                button(text(i18n.t("logout")).wrapping(text::Wrapping::None))
                    .style(button::secondary)
                    .on_press(Message::LogOut),
            ]
            .spacing(16)
            .align_y(iced::Center),
            nav,
        ]
        .spacing(8)
        .padding([10, 20]);
        let page = match &self.page {
            Page::Nothing => column![].into(),
            Page::Orders(state) => state.view(i18n).map(Message::Orders),
            Page::Reviews(state) => state
                .view(i18n, role.allows(Permission::ModerateReviews))
                .map(Message::Reviews),
            Page::AccessRequests(state) => state
                .view(i18n)
                .map(|message| Message::AccessRequests(Box::new(message))),
            Page::Import => self.import.view(i18n).map(Message::Import),
            Page::Marketing(state) => state.view(i18n).map(Message::Marketing),
            Page::Retention(state) => state.view(i18n).map(Message::Retention),
            Page::Staff(state) => state.view(i18n, &self.session).map(Message::Staff),
            Page::Settings(state) => state.view(i18n).map(Message::Settings),
            Page::Notice(state) => state.view(i18n).map(Message::Notice),
            Page::AuditLog(state) => state.view(i18n).map(Message::AuditLog),
            Page::Customers => self.customers.view(i18n).map(Message::Customers),
            Page::Customer(state) => state.view(i18n, role).map(Message::Customer),
            Page::NewCustomer(state) => state.view(i18n).map(Message::NewCustomer),
        };
        column![header, rule::horizontal(1), page].into()
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
