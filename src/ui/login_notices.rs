//! What the main window tells staff on logging in, above every screen until they close it:
//! what the register deleted by itself because its retention period had ended (see
//! `service::housekeeping`), or that the deletion failed.

use iced::widget::{button, column, row, text};
use iced::{Element, Task};
use register::db::Db;
use register::format;
use register::i18n::I18n;
use register::service::Session;
use register::service::housekeeping::{self, Purged};

use super::outcome::{Outcome, outcome};
use super::widgets::{error_banner, hint};

#[derive(Default)]
pub struct Notices {
    purged: Option<Outcome<Purged>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Housekept(Outcome<Purged>),
    Close,
}

/// The work done at every login.
pub fn at_login(db: Db, session: Session) -> Task<Message> {
    Task::perform(housekeep(db, session), |message| message)
}

pub async fn housekeep(db: Db, session: Session) -> Message {
    Message::Housekept(outcome(
        housekeeping::at_login(&db, &session, format::today()).await,
    ))
}

impl Notices {
    pub fn update(&mut self, message: Message) {
        match message {
            Message::Housekept(Ok(purged)) if purged.is_empty() => self.purged = None,
            Message::Housekept(result) => self.purged = Some(result),
            Message::Close => self.purged = None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.purged.is_none()
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
                if purged.vouchers > 0 {
                    lines.push(i18n.t_with(
                        "housekeeping-vouchers",
                        &[("count", purged.vouchers.into())],
                    ));
                }
                said = said.push(hint(lines.join(" ")));
            }
            Some(Err(failure)) => {
                said = said.push(error_banner(i18n.t_with(
                    "housekeeping-failed",
                    &[("reason", i18n.error(failure).into())],
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
