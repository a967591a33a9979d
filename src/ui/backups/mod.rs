//! *Varmuuskopiot* (admin only): how old the last backup is, where backups go and how many are
//! kept, the backup passphrase (which seals the key backups are encrypted to, so that the
//! daily automatic backup needs nobody to type it), a backup taken now, and a backup restored
//! into a new register (`restore.rs`).

pub mod restore;

use std::path::PathBuf;

use crate::i18n::I18n;
use chrono::{DateTime, Utc};
use iced::widget::{button, column, row, scrollable, text};
use iced::{Element, Length, Task};
use register::backup_file::{MIN_PASSPHRASE_CHARS, Passphrase};
use register::db::Db;
use register::domain::{Field, FieldError, FieldErrors, Problem};
use register::format;
use register::service::Session;
use register::service::backup::{self, BackupSettings, BackupSettingsInput, Taken};

use super::dialog;
use super::outcome::{Failure, Outcome, outcome};
use super::screen::{Context, Screen};
use super::theme::muted;
use super::widgets::{error_banner, hint, input, labelled, notice, secret_input, title};

#[derive(Default)]
pub struct State {
    settings: Option<BackupSettings>,
    form: Form,
    errors: FieldErrors,
    passphrase: String,
    repeat: String,
    passphrases_differ: bool,
    /// The passphrase was just set.
    key_set: bool,
    busy: bool,
    saved: bool,
    taken: Option<Taken>,
    restore: restore::State,
    failure: Option<Failure>,
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
    Loaded(Outcome<BackupSettings>),
    Changed(Field, String),
    ChooseFolder,
    FolderChosen(Option<PathBuf>),
    Save,
    Saved(Outcome<BackupSettings>),
    Passphrase(String),
    Repeat(String),
    SetKey,
    KeySet(Outcome<BackupSettings>),
    TakeNow,
    Taken(Outcome<Taken>),
    Restore(restore::Message),
}

#[derive(Default)]
pub enum Action {
    #[default]
    None,
    Load,
    ChooseFolder,
    Save(i32, BackupSettingsInput),
    SetKey(String),
    Take,
    Restore(restore::Action),
}

impl Screen for State {
    type Message = Message;
    type Action = Action;

    fn open(_: Option<Box<Self>>) -> (Box<Self>, Action) {
        (Box::default(), Action::Load)
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Loaded(Ok(settings)) => self.show(settings),
            Message::Loaded(Err(failure)) => self.failure = Some(failure),
            Message::Changed(field, value) => {
                self.saved = false;
                if let Some(slot) = self.form.slot(field) {
                    *slot = value;
                }
            }
            Message::ChooseFolder => return Action::ChooseFolder,
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
                        self.key_set = true;
                        self.show(settings);
                    }
                    Err(failure) => self.failure = Some(failure),
                }
            }
            Message::TakeNow => {
                if !self.busy {
                    self.busy = true;
                    self.taken = None;
                    self.failure = None;
                    return Action::Take;
                }
            }
            Message::Restore(message) => return Action::Restore(self.restore.update(message)),
            Message::Taken(result) => {
                self.busy = false;
                match result {
                    Ok(taken) => {
                        if let Some(settings) = &mut self.settings {
                            settings.last_backup_at = Some(taken.header.taken_at);
                        }
                        self.taken = Some(taken);
                    }
                    Err(failure) => self.failure = Some(failure),
                }
            }
        }
        Action::None
    }

    fn perform(action: Action, context: &Context) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Load => context.run(load),
            Action::ChooseFolder => Task::perform(dialog::pick_folder(), Message::FolderChosen),
            Action::Save(version, input) => {
                context.run(move |db, session| save(db, session, version, input))
            }
            Action::SetKey(passphrase) => {
                context.run(move |db, session| set_key(db, session, passphrase))
            }
            Action::Take => context.run(move |db, session| take(db, session, Utc::now())),
            Action::Restore(action) => perform_restore(action, context).map(Message::Restore),
        }
    }

    fn page<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.view(i18n, Utc::now())
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
    fn save(&mut self) -> Action {
        let Some(settings) = &self.settings else {
            return Action::None;
        };
        if self.busy {
            return Action::None;
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
            return Action::None;
        }
        self.busy = true;
        self.failure = None;
        Action::Save(settings.version, input)
    }

    fn set_key(&mut self) -> Action {
        if self.busy {
            return Action::None;
        }
        self.key_set = false;
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
            return Action::None;
        }
        self.busy = true;
        Action::SetKey(self.passphrase.clone())
    }

    pub fn view<'a>(&'a self, i18n: &I18n, now: DateTime<Utc>) -> Element<'a, Message> {
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
        if let Some(taken) = &self.taken {
            let mut said = i18n.t_with(
                "backups-taken",
                &[("path", taken.path.display().to_string().into())],
            );
            if !taken.removed.is_empty() {
                let removed = i18n.t_with(
                    "backups-removed",
                    &[("removed", taken.removed.len().into())],
                );
                said = format!("{said} {removed}");
            }
            content = content.push(notice(said));
        }
        let content = content
            .push(self.settings_form(i18n))
            .push(self.key_form(i18n, settings))
            .push(self.take_form(i18n, settings))
            .push(self.restore.view(i18n).map(Message::Restore));
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
        if self.key_set {
            form = form.push(notice(i18n.t("backups-key-set")));
        }
        form.push(
            button(text(i18n.t("backups-set-key")))
                .on_press_maybe((!self.busy).then_some(Message::SetKey)),
        )
        .into()
    }
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

fn perform_restore(action: restore::Action, context: &Context) -> Task<restore::Message> {
    match action {
        restore::Action::None => Task::none(),
        restore::Action::ChooseBackup => Task::perform(
            dialog::pick_file("Asiakasrekisteri", &["arb"]),
            restore::Message::BackupChosen,
        ),
        restore::Action::ChooseTarget => Task::perform(
            dialog::save_file("SQLite", &["sqlite3"], "palautettu.sqlite3"),
            restore::Message::TargetChosen,
        ),
        restore::Action::Restore(request) => {
            let username = context.session.username().to_owned();
            Task::future(restore::restore(username, request))
        }
    }
}

pub async fn load(db: Db, session: Session) -> Message {
    Message::Loaded(outcome(backup::settings(&db, &session).await))
}

pub async fn save(db: Db, session: Session, version: i32, input: BackupSettingsInput) -> Message {
    Message::Saved(outcome(
        backup::save_settings(&db, &session, &input, version).await,
    ))
}

pub async fn set_key(db: Db, session: Session, passphrase: String) -> Message {
    let settings = match Passphrase::new(passphrase) {
        Ok(passphrase) => backup::set_key(&db, &session, &passphrase).await,
        Err(error) => Err(error.into()),
    };
    Message::KeySet(outcome(settings))
}

pub async fn take(db: Db, session: Session, now: DateTime<Utc>) -> Message {
    let taken = backup::take_into_folder(&db, &session, None, now).await;
    Message::Taken(taken.map_err(|error| error.into_service_error()))
}
