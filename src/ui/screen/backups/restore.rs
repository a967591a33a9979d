//! Restoring a backup from the *Varmuuskopiot* screen: the backup file and a new register file
//! chosen in dialogs, the backup's passphrase and the admin's own password typed, then the
//! summary of what was restored and the erasures done again. The register open now is never
//! touched; the restored one opens from here (the app then asks for a login to it), or by
//! starting the app on it.

use std::convert::Infallible;

use crate::ui::replace::Replacement;
use crate::ui::screen::{AppRequest, Context, Reply, Screen, Update, reply};
use register::service::{ServiceError, ServiceResult};
use std::path::{Path, PathBuf};

use crate::i18n::I18n;
use iced::Element;
use iced::widget::{button, checkbox, column, row, text, text_input};
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
    /// The register open now, when staff chose to replace it (its SQLite file).
    replacing: Option<PathBuf>,
    /// The register's file name, typed to confirm that it is to be replaced.
    confirmation: String,
    /// What staff asked of the app: the restored register opened, or this one replaced.
    request: Option<AppRequest>,
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
    /// Replace the register open now (its file), or not (None).
    Replace(Option<PathBuf>),
    Confirmation(String),
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
    /// What staff asked of the app, once.
    pub fn take_request(&mut self) -> Option<AppRequest> {
        self.request.take()
    }

    /// Whether the typed confirmation names the register to be replaced.
    fn confirmed(&self) -> bool {
        self.replacing
            .as_deref()
            .and_then(|path| path.file_name())
            .is_some_and(|name| name.to_string_lossy() == self.confirmation.trim())
    }

    /// `current`: the register open now, when it is a SQLite file that can be replaced.
    pub fn view<'a>(&'a self, i18n: &I18n, current: Option<&Path>) -> Element<'a, Message> {
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
        ]
        .spacing(8);
        if let Some(current) = current {
            let current = current.to_owned();
            form = form.push(
                checkbox(self.replacing.is_some())
                    .label(i18n.t_with(
                        "restore-replace",
                        &[("path", current.display().to_string().into())],
                    ))
                    .on_toggle(move |on| Message::Replace(on.then(|| current.clone()))),
            );
        }
        form = form.push(match &self.replacing {
            None => Element::from(
                row![
                    button(text(i18n.t("restore-choose-target")))
                        .style(button::secondary)
                        .on_press(Message::ChooseTarget),
                    text(chosen(&self.target)),
                ]
                .spacing(12)
                .align_y(iced::Center),
            ),
            Some(path) => {
                let name = path
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                column![
                    error_banner(i18n.t("restore-replace-warning")),
                    labelled(
                        i18n.t_with("restore-replace-confirm", &[("name", name.into())]),
                        text_input("", &self.confirmation)
                            .id("restore-confirmation")
                            .on_input(Message::Confirmation)
                            .padding(8),
                        None,
                    ),
                ]
                .spacing(8)
                .into()
            }
        });
        form = form.push(
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
        );
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
        let ready = self.backup.is_some()
            && !self.busy
            && match self.replacing {
                None => self.target.is_some(),
                Some(_) => self.confirmed(),
            };
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
            // The register open now cannot be replaced while this app has it open: the app
            // closes it and replaces it (`ui::replace`).
            Message::Restore if self.replacing.is_some() => {
                if let (Some(backup), true, false) = (&self.backup, self.confirmed(), self.busy) {
                    self.busy = true;
                    self.request = Some(AppRequest::Replace(Replacement {
                        backup: backup.clone(),
                        passphrase: self.passphrase.clone(),
                        password: self.password.clone(),
                    }));
                }
            }
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
            Message::OpenRestored => {
                self.request = self
                    .restored
                    .as_ref()
                    .map(|(target, _)| AppRequest::Open(target.clone()));
            }
            Message::Replace(current) => {
                self.replacing = current;
                self.confirmation.clear();
            }
            Message::Confirmation(value) => self.confirmation = value,
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
