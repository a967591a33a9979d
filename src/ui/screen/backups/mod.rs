//! *Varmuuskopiot* (admin only): how old the last backup is, where backups go and how many are
//! kept, the backup passphrase (which seals the key backups are encrypted to, so that the
//! daily automatic backup needs nobody to type it), a backup taken now, and a backup restored
//! into a new register (`restore.rs`).

pub mod restore;

use register::service::{ServiceError, ServiceResult};
use std::convert::Infallible;
use std::path::PathBuf;

use crate::i18n::I18n;
use chrono::{DateTime, Utc};
use iced::futures::StreamExt;
use iced::widget::{button, column, row, scrollable, text};
use iced::{Element, Length};
use register::backup_file::{MIN_PASSPHRASE_CHARS, Passphrase};
use register::domain::{Field, FieldError, FieldErrors, Problem};
use register::format;
use register::service::backup::{self, BackupSettings, BackupSettingsInput, Taken};

use crate::ui::screen::{AppRequest, Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::{error_banner, hint, input, labelled, notice, secret_input, title};

#[derive(Default)]
pub struct State {
    settings: Option<BackupSettings>,
    form: Form,
    errors: FieldErrors,
    passphrase: String,
    repeat: String,
    passphrases_differ: bool,
    /// The passphrase was just set, or why it could not be: said beside its button.
    key_set: Option<ServiceResult<()>>,
    busy: bool,
    saved: bool,
    /// The backup taken now, or why it could not be: said beside its button.
    taken: Option<ServiceResult<Taken>>,
    restore: restore::State,
    failure: Option<ServiceError>,
}

/// The settings as typed.
#[derive(Debug, Clone, Default)]
struct Form {
    folder: String,
    keep_daily: String,
    keep_monthly: String,
    warn_after_days: String,
}

impl Form {
    fn slot(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::BackupFolder => &mut self.folder,
            Field::KeepDaily => &mut self.keep_daily,
            Field::KeepMonthly => &mut self.keep_monthly,
            Field::WarnAfterDays => &mut self.warn_after_days,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ServiceResult<BackupSettings>),
    Changed(Field, String),
    ChooseFolder,
    FolderChosen(Option<PathBuf>),
    Save,
    Saved(ServiceResult<BackupSettings>),
    Passphrase(String),
    Repeat(String),
    SetKey,
    KeySet(ServiceResult<BackupSettings>),
    TakeNow,
    Taken(ServiceResult<Taken>),
    Restore(restore::Message),
}

#[derive(Debug)]
pub enum Job {
    Load,
    ChooseFolder,
    Save(i32, BackupSettingsInput),
    SetKey(String),
    Take,
    Restore(restore::Job),
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Loaded(Ok(settings)) => self.show(settings),
            Message::Loaded(Err(failure)) => self.failure = Some(failure),
            Message::Changed(field, value) => {
                self.saved = false;
                if let Some(slot) = self.form.slot(field) {
                    *slot = value;
                }
            }
            Message::ChooseFolder => return Job::ChooseFolder.into(),
            Message::FolderChosen(Some(folder)) => {
                self.saved = false;
                self.form.folder = folder.display().to_string();
            }
            Message::FolderChosen(None) => {}
            Message::Save => return self.save(),
            Message::Saved(Ok(settings)) => {
                self.busy = false;
                self.saved = true;
                self.errors = FieldErrors::default();
                self.show(settings);
            }
            Message::Saved(Err(failure)) => {
                self.busy = false;
                self.errors = FieldErrors::from(failure.field_errors());
                if self.errors.is_empty() {
                    self.failure = Some(failure);
                }
            }
            Message::Passphrase(value) => self.passphrase = value,
            Message::Repeat(value) => self.repeat = value,
            Message::SetKey => return self.set_key(),
            Message::KeySet(result) => {
                self.busy = false;
                match result {
                    Ok(settings) => {
                        self.passphrase.clear();
                        self.repeat.clear();
                        self.key_set = Some(Ok(()));
                        self.show(settings);
                    }
                    Err(failure) => self.key_set = Some(Err(failure)),
                }
            }
            Message::TakeNow => {
                if !self.busy {
                    self.busy = true;
                    self.taken = None;
                    self.failure = None;
                    return Job::Take.into();
                }
            }
            Message::Restore(message) => {
                let update = self.restore.update(message);
                return Update::jobs(update.jobs.into_iter().map(Job::Restore).collect());
            }
            Message::Taken(result) => {
                self.busy = false;
                match result {
                    Ok(taken) => {
                        if let Some(settings) = &mut self.settings {
                            settings.last_backup_at = Some(taken.header.taken_at);
                        }
                        self.taken = Some(Ok(taken));
                    }
                    Err(failure) => self.taken = Some(Err(failure)),
                }
            }
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        let Context {
            db,
            session,
            dialogs,
        } = c.clone();
        match job {
            Job::Restore(job) => restore::State::run(job, c).map(Message::Restore).boxed(),
            Job::Load => {
                reply(async move { Message::Loaded(backup::settings(&db, &session).await) })
            }
            Job::ChooseFolder => {
                reply(async move { Message::FolderChosen(dialogs.pick_folder().await) })
            }
            Job::Save(version, input) => reply(async move {
                Message::Saved(backup::save_settings(&db, &session, &input, version).await)
            }),
            Job::SetKey(passphrase) => reply(async move {
                Message::KeySet(match Passphrase::new(passphrase) {
                    Ok(passphrase) => backup::set_key(&db, &session, &passphrase).await,
                    Err(error) => Err(error.into()),
                })
            }),
            Job::Take => reply(async move {
                let taken = backup::take_into_folder(&db, &session, None, Utc::now()).await;
                Message::Taken(taken.map_err(|error| error.into_service_error()))
            }),
        }
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        (Box::default(), vec![Job::Load])
    }

    fn app_request(&mut self) -> Option<AppRequest> {
        self.restore.take_request()
    }

    fn view<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Message> {
        // Only a SQLite file can be replaced from here; PostgreSQL is restored with the
        // command line.
        let current = match context.db.location() {
            register::config::DatabaseLocation::Sqlite(path) => Some(path.as_path()),
            register::config::DatabaseLocation::Postgres(_) => None,
        };
        self.content(i18n, Utc::now(), current)
    }
}

impl State {
    fn show(&mut self, settings: BackupSettings) {
        self.form = Form {
            folder: settings
                .folder
                .as_ref()
                .map(|f| f.display().to_string())
                .unwrap_or_default(),
            keep_daily: settings.keep_daily.to_string(),
            keep_monthly: settings.keep_monthly.to_string(),
            warn_after_days: settings.warn_after_days.to_string(),
        };
        self.settings = Some(settings);
    }

    /// The form as settings, or the fields that are not numbers.
    fn save(&mut self) -> Update<Self> {
        let Some(settings) = &self.settings else {
            return Update::none();
        };
        if self.busy {
            return Update::none();
        }
        let mut errors = Vec::new();
        let mut number = |field: Field, value: &str| {
            value.trim().parse::<u32>().unwrap_or_else(|_| {
                errors.push(FieldError::new(
                    field,
                    Problem::OutOfRange { min: 0, max: 366 },
                ));
                0
            })
        };
        let input = BackupSettingsInput {
            folder: Some(self.form.folder.trim())
                .filter(|f| !f.is_empty())
                .map(PathBuf::from),
            keep_daily: number(Field::KeepDaily, &self.form.keep_daily),
            keep_monthly: number(Field::KeepMonthly, &self.form.keep_monthly),
            warn_after_days: number(Field::WarnAfterDays, &self.form.warn_after_days),
        };
        self.errors = FieldErrors::from(errors.as_slice());
        if !self.errors.is_empty() {
            return Update::none();
        }
        self.busy = true;
        self.failure = None;
        Job::Save(settings.version, input).into()
    }

    fn set_key(&mut self) -> Update<Self> {
        if self.busy {
            return Update::none();
        }
        self.key_set = None;
        self.failure = None;
        // The core's own rule for a new passphrase, shown at the field before the second of
        // scrypt is spent.
        let short = Passphrase::new(self.passphrase.clone()).is_err();
        self.errors = if short {
            let problem = Problem::TooShort {
                min: MIN_PASSPHRASE_CHARS,
            };
            FieldErrors::from([FieldError::new(Field::Passphrase, problem)].as_slice())
        } else {
            FieldErrors::default()
        };
        self.passphrases_differ = !short && self.passphrase != self.repeat;
        if short || self.passphrases_differ {
            return Update::none();
        }
        self.busy = true;
        Job::SetKey(self.passphrase.clone()).into()
    }

    fn content<'a>(
        &'a self,
        i18n: &I18n,
        now: DateTime<Utc>,
        current: Option<&std::path::Path>,
    ) -> Element<'a, Message> {
        let mut content = column![title(i18n.t("backups-title"))]
            .spacing(14)
            .padding(20)
            .width(Length::Fill);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        let Some(settings) = &self.settings else {
            return content.push(text(i18n.t("loading"))).into();
        };
        content = content.push(age(i18n, settings, now));
        let content = content
            .push(self.settings_form(i18n))
            .push(self.key_form(i18n, settings))
            .push(self.take_form(i18n, settings))
            .push(self.restore.view(i18n, current).map(Message::Restore));
        scrollable(content).height(Length::Fill).into()
    }

    fn settings_form<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let field = |field: Field, id: &'static str, value: &'a str| {
            labelled(
                i18n.field(field),
                input(id, value, move |value| Message::Changed(field, value))
                    .on_submit(Message::Save),
                i18n.problem_at(&self.errors, field),
            )
        };
        let mut form = column![
            row![
                field(Field::BackupFolder, "backup-folder", &self.form.folder),
                button(text(i18n.t("backups-choose-folder")))
                    .style(button::secondary)
                    .on_press(Message::ChooseFolder),
            ]
            .spacing(10)
            .align_y(iced::Bottom),
            text(i18n.t("backups-folder-hint")).style(muted).size(13),
            row![
                field(Field::KeepDaily, "keep-daily", &self.form.keep_daily),
                field(Field::KeepMonthly, "keep-monthly", &self.form.keep_monthly),
                field(
                    Field::WarnAfterDays,
                    "warn-after-days",
                    &self.form.warn_after_days
                ),
            ]
            .spacing(12)
            .align_y(iced::Bottom),
        ]
        .spacing(8);
        if self.saved {
            form = form.push(notice(i18n.t("saved")));
        }
        form.push(
            button(text(i18n.t("save"))).on_press_maybe((!self.busy).then_some(Message::Save)),
        )
        .into()
    }

    fn take_form<'a>(&'a self, i18n: &I18n, settings: &BackupSettings) -> Element<'a, Message> {
        let ready = settings.folder.is_some() && settings.has_key && !self.busy;
        let mut button_row = row![
            button(text(i18n.t(if self.busy {
                "backups-taking"
            } else {
                "backups-take"
            })))
            .on_press_maybe(ready.then_some(Message::TakeNow)),
        ]
        .spacing(12)
        .align_y(iced::Center);
        if settings.folder.is_none() || !settings.has_key {
            button_row = button_row.push(text(i18n.t("backups-folder-first")).style(muted));
        }
        column![
            text(i18n.t("backups-take-title")).size(18),
            text(i18n.t("backups-take-hint")).style(muted).size(13),
            button_row,
        ]
        .extend(self.taken.as_ref().map(|taken| taken_said(i18n, taken)))
        .spacing(8)
        .into()
    }

    fn key_form<'a>(&'a self, i18n: &I18n, settings: &BackupSettings) -> Element<'a, Message> {
        let secret = |id: &'static str, value: &'a str, on: fn(String) -> Message| {
            secret_input(id, value, on, Message::SetKey)
        };
        let mut form = column![
            text(i18n.t(if settings.has_key {
                "backups-key-change-title"
            } else {
                "backups-key-title"
            }))
            .size(18),
            text(i18n.t("backups-key-hint")).style(muted).size(13),
            row![
                labelled(
                    i18n.field(Field::Passphrase),
                    secret("backup-passphrase", &self.passphrase, Message::Passphrase),
                    i18n.problem_at(&self.errors, Field::Passphrase),
                ),
                labelled(
                    i18n.t("backups-passphrase-again"),
                    secret("backup-passphrase-again", &self.repeat, Message::Repeat),
                    self.passphrases_differ.then(|| i18n.t("passwords-differ")),
                ),
            ]
            .spacing(12),
        ]
        .spacing(8);
        match &self.key_set {
            Some(Ok(())) => form = form.push(notice(i18n.t("backups-key-set"))),
            Some(Err(failure)) => form = form.push(error_banner(i18n.error(failure))),
            None => {}
        }
        form.push(
            button(text(i18n.t("backups-set-key")))
                .on_press_maybe((!self.busy).then_some(Message::SetKey)),
        )
        .into()
    }
}

/// Where the backup just taken went and how many old ones were removed, or why it failed.
fn taken_said<'a>(i18n: &I18n, taken: &ServiceResult<Taken>) -> Element<'a, Message> {
    let taken = match taken {
        Ok(taken) => taken,
        Err(failure) => return error_banner(i18n.error(failure)),
    };
    let said = i18n.t_with(
        "backups-taken",
        &[("path", taken.path.display().to_string().into())],
    );
    if taken.removed.is_empty() {
        return notice(said);
    }
    let removed = i18n.t_with(
        "backups-removed",
        &[("removed", taken.removed.len().into())],
    );
    notice(format!("{said} {removed}"))
}

/// How old the last backup is, as a warning when it is older than the settings allow.
fn age<'a>(i18n: &I18n, settings: &BackupSettings, now: DateTime<Utc>) -> Element<'a, Message> {
    match settings.last_backup_at {
        None => error_banner(i18n.t("backups-none-yet")),
        Some(at) => {
            let days = (now - at).num_days().max(0);
            let said = i18n.t_with(
                "backups-last",
                &[("at", format::date_time(at).into()), ("days", days.into())],
            );
            if days > i64::from(settings.warn_after_days) {
                error_banner(said)
            } else {
                hint(said)
            }
        }
    }
}

crate::ui::screen::one_job_updates!(State, Job);
