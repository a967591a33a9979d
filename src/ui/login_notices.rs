//! What the main window tells staff on logging in, above every screen until they close it:
//! what the register deleted by itself because its retention period had ended (see
//! `service::housekeeping`), or that the deletion failed; and to an admin, that the last
//! backup is older than the backup settings allow, or that there is none.

use crate::i18n::I18n;
use chrono::{DateTime, Utc};
use iced::widget::{button, column, row, text};
use std::convert::Infallible;

use iced::Element;
use register::domain::Permission;
use register::format;
use register::service::ServiceResult;
use register::service::Session;

use super::screen::{Context, Reply, Screen, Update, reply};
use register::service::backup::{self, BackupSettings};
use register::service::erasure::LedgerState;
use register::service::housekeeping::{self, Purged};

use super::widget::{error_banner, hint};

#[derive(Default)]
pub struct Notices {
    purged: Option<ServiceResult<Purged>>,
    /// The last backup, when it is too old (`None` inside: there is none).
    old_backup: Option<Option<DateTime<Utc>>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Housekept(ServiceResult<Purged>),
    Backups(ServiceResult<BackupSettings>),
    Close,
}

#[derive(Debug)]
pub enum Job {
    /// Deleting what has outlived its retention period.
    Housekeep,
    /// A look at when the last backup was taken.
    Backups,
}

/// The work done at every login: the housekeeping, and for an admin a look at the backups.
pub fn at_login(session: &Session) -> Vec<Job> {
    let mut jobs = vec![Job::Housekeep];
    if session.role().allows(Permission::Administration) {
        jobs.push(Job::Backups);
    }
    jobs
}

impl Screen for Notices {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Housekeep => Message::Housekept(
                    housekeeping::at_login(&c.db, &c.session, format::today()).await,
                ),
                Job::Backups => Message::Backups(backup::settings(&c.db, &c.session).await),
            }
        })
    }

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Housekept(Ok(purged)) if purged.is_empty() => self.purged = None,
            Message::Housekept(result) => self.purged = Some(result),
            Message::Backups(Ok(settings)) => {
                let limit = chrono::Duration::days(i64::from(settings.warn_after_days));
                self.old_backup = match settings.last_backup_at {
                    Some(at) if Utc::now() - at <= limit => None,
                    last => Some(last),
                };
            }
            // Whatever keeps the settings from loading shows on the backups screen.
            Message::Backups(Err(_)) => {}
            Message::Close => {
                self.purged = None;
                self.old_backup = None;
            }
        }
        Update::none()
    }
}

impl Notices {
    pub fn is_empty(&self) -> bool {
        self.purged.is_none() && self.old_backup.is_none()
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut said = column![].spacing(6);
        match &self.purged {
            None => {}
            Some(Ok(purged)) => {
                let mut lines = Vec::new();
                if purged.requests > 0 {
                    lines.push(i18n.t_with(
                        "housekeeping-requests",
                        &[("count", purged.requests.into())],
                    ));
                }
                for (key, count) in [
                    ("housekeeping-vouchers", purged.vouchers),
                    ("housekeeping-log", purged.log_events),
                    ("housekeeping-erased-keys", purged.erased_keys),
                ] {
                    if count > 0 {
                        lines.push(i18n.t_with(key, &[("count", count.into())]));
                    }
                }
                lines.extend(
                    purged
                        .imports_undone
                        .iter()
                        .map(|undone| i18n.undone(undone)),
                );
                if !lines.is_empty() {
                    said = said.push(hint(lines.join(" ")));
                }
                if let LedgerState::Pending(reason) = &purged.ledger {
                    said = said.push(error_banner(
                        i18n.t_with("login-ledger-pending", &[("reason", reason.clone().into())]),
                    ));
                }
            }
            Some(Err(failure)) => {
                said = said.push(error_banner(i18n.t_with(
                    "housekeeping-failed",
                    &[("reason", i18n.error(failure).into())],
                )));
            }
        }
        match self.old_backup {
            None => {}
            Some(None) => said = said.push(error_banner(i18n.t("notice-no-backup"))),
            Some(Some(at)) => {
                let days = (Utc::now() - at).num_days();
                said = said.push(error_banner(i18n.t_with(
                    "notice-old-backup",
                    &[("at", format::date_time(at).into()), ("days", days.into())],
                )));
            }
        }
        row![
            said.width(iced::Length::Fill),
            button(text(i18n.t("close")))
                .style(button::secondary)
                .on_press(Message::Close),
        ]
        .spacing(10)
        .align_y(iced::Center)
        .padding([6, 20])
        .into()
    }
}
