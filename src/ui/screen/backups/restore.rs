//! Restoring a backup from the *Varmuuskopiot* screen: the backup file and a new register file
//! chosen in dialogs, the backup's passphrase and the admin's own password typed, then the
//! summary of what was restored and the erasures done again. The register open now is never
//! touched; the restored one opens from here (the app then asks for a login to it), or by
//! starting the app on it.

use std::convert::Infallible;

use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use register::service::{ServiceError, ServiceResult};
use std::path::PathBuf;

use crate::i18n::I18n;
use iced::Element;
use iced::widget::{button, column, row, text};
use register::backup_file::Passphrase;
use register::format;
use register::service::backup::{self, Restore, Restored};

use crate::ui::theme::muted;
use crate::ui::widget::{error_banner, labelled, notice, secret_input};

#[derive(Debug, Default)]
pub struct State {
    backup: Option<PathBuf>,
    target: Option<PathBuf>,
    passphrase: String,
    password: String,
    busy: bool,
    restored: Option<(PathBuf, Restored)>,
    /// Staff asked to open the restored register in place of this one.
    open_restored: bool,
    failure: Option<ServiceError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    ChooseBackup,
    BackupChosen(Option<PathBuf>),
    ChooseTarget,
    TargetChosen(Option<PathBuf>),
    Passphrase(String),
    Password(String),
    Restore,
    Restored(PathBuf, ServiceResult<Restored>),
    /// Open the register just restored, in place of this one.
    OpenRestored,
}

/// What the restore asks for.
#[derive(Debug)]
pub enum Job {
    ChooseBackup,
    ChooseTarget,
    Restore(Request),
}

/// A restore as typed, for [`restore`].
#[derive(Debug, Clone)]
pub struct Request {
    pub backup: PathBuf,
    pub target: PathBuf,
    pub passphrase: String,
    pub password: String,
}

impl State {
    /// The register staff asked to open in place of this one, once.
    pub fn take_opened(&mut self) -> Option<PathBuf> {
        if !std::mem::take(&mut self.open_restored) {
            return None;
        }
        self.restored.as_ref().map(|(target, _)| target.clone())
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let chosen = |path: &Option<PathBuf>| {
            path.as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| i18n.t("restore-nothing-chosen"))
        };
        let secret = |id: &'static str, value: &'a str, on: fn(String) -> Message| {
            secret_input(id, value, on, Message::Restore)
        };
        let mut form = column![
            text(i18n.t("restore-title")).size(18),
            text(i18n.t("restore-hint")).style(muted).size(13),
            row![
                button(text(i18n.t("restore-choose-backup")))
                    .style(button::secondary)
                    .on_press(Message::ChooseBackup),
                text(chosen(&self.backup)),
            ]
            .spacing(12)
            .align_y(iced::Center),
            row![
                button(text(i18n.t("restore-choose-target")))
                    .style(button::secondary)
                    .on_press(Message::ChooseTarget),
                text(chosen(&self.target)),
            ]
            .spacing(12)
            .align_y(iced::Center),
            row![
                labelled(
                    i18n.t("field-passphrase"),
                    secret("restore-passphrase", &self.passphrase, Message::Passphrase),
                    None,
                ),
                labelled(
                    i18n.t("restore-your-password"),
                    secret("restore-password", &self.password, Message::Password),
                    None,
                ),
            ]
            .spacing(12),
        ]
        .spacing(8);
        if let Some(failure) = &self.failure {
            form = form.push(error_banner(i18n.error(failure)));
        }
        if let Some((target, restored)) = &self.restored {
            form = form.push(notice(summary(i18n, target, restored)));
            form = form.push(
                row![
                    button(text(i18n.t("restore-open"))).on_press(Message::OpenRestored),
                    text(i18n.t("restore-open-hint")).style(muted).size(13),
                ]
                .spacing(12)
                .align_y(iced::Center),
            );
        }
        let ready = self.backup.is_some() && self.target.is_some() && !self.busy;
        form.push(
            button(text(i18n.t(if self.busy {
                "restore-restoring"
            } else {
                "restore-button"
            })))
            .on_press_maybe(ready.then_some(Message::Restore)),
        )
        .into()
    }
}

fn summary(i18n: &I18n, target: &std::path::Path, restored: &Restored) -> String {
    let mut said = i18n.t_with(
        "restore-done",
        &[
            ("taken", format::date_time(restored.taken_at).into()),
            ("path", target.display().to_string().into()),
            ("customers", restored.customers.into()),
            ("orders", restored.orders.into()),
            ("requests", restored.access_requests.into()),
            ("events", restored.audit_events.into()),
        ],
    );
    let ledger = match &restored.ledger {
        Some(_) => i18n.t_with(
            "restore-replayed",
            &[
                ("entries", restored.replayed.entries.into()),
                ("customers", restored.replayed.customers_erased.into()),
            ],
        ),
        None => i18n.t("restore-no-ledger"),
    };
    said.push(' ');
    said.push_str(&ledger);
    said
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::ChooseBackup => return Job::ChooseBackup.into(),
            Message::BackupChosen(chosen) => self.backup = chosen.or(self.backup.take()),
            Message::ChooseTarget => return Job::ChooseTarget.into(),
            Message::TargetChosen(chosen) => self.target = chosen.or(self.target.take()),
            Message::Passphrase(value) => self.passphrase = value,
            Message::Password(value) => self.password = value,
            Message::Restore => {
                if let (Some(backup), Some(target), false) = (&self.backup, &self.target, self.busy)
                {
                    self.busy = true;
                    self.failure = None;
                    self.restored = None;
                    return Job::Restore(Request {
                        backup: backup.clone(),
                        target: target.clone(),
                        passphrase: self.passphrase.clone(),
                        password: self.password.clone(),
                    })
                    .into();
                }
            }
            Message::OpenRestored => self.open_restored = self.restored.is_some(),
            Message::Restored(target, result) => {
                self.busy = false;
                self.password.clear();
                match result {
                    Ok(restored) => {
                        self.passphrase.clear();
                        self.restored = Some((target, restored));
                    }
                    Err(failure) => self.failure = Some(failure),
                }
            }
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::ChooseBackup => {
                    Message::BackupChosen(c.dialogs.pick_file("Asiakasrekisteri", &["arb"]).await)
                }
                Job::ChooseTarget => Message::TargetChosen(
                    c.dialogs
                        .save_file("SQLite", &["sqlite3"], "palautettu.sqlite3")
                        .await,
                ),
                // As the admin logged in (their password typed again), into a new file.
                Job::Restore(request) => {
                    let passphrase = Passphrase::to_open(request.passphrase);
                    let restored = backup::restore(Restore {
                        backup: &request.backup,
                        passphrase: &passphrase,
                        target: &request.target,
                        replace: false,
                        ledger: None,
                        username: c.session.username(),
                        password: &request.password,
                    })
                    .await;
                    Message::Restored(request.target, restored)
                }
            }
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
