//! The newsletter recipients export, for marketing: a CSV of consenting customers, saved
//! through the platform's save dialog.

use std::convert::Infallible;
use std::path::PathBuf;

use crate::i18n::I18n;
use iced::Element;
use iced::widget::{button, column, text};
use register::save::{self, SaveError};
use register::service::marketing;

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::{error_banner, notice, title};

#[derive(Debug, Default)]
pub struct State {
    busy: bool,
    outcome: Option<Result<PathBuf, SaveError>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Export,
    Path(Option<PathBuf>),
    Exported(Result<PathBuf, SaveError>),
}

#[derive(Debug)]
pub enum Job {
    ChoosePath,
    Export(PathBuf),
}

impl State {
    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut content = column![
            title(i18n.t("marketing-title")),
            text(i18n.t("marketing-explanation")).style(muted),
            button(text(i18n.t("marketing-export")))
                .on_press_maybe((!self.busy).then_some(Message::Export)),
        ]
        .spacing(14)
        .max_width(760);
        match &self.outcome {
            Some(Ok(path)) => {
                content = content.push(notice(i18n.t_with(
                    "marketing-exported",
                    &[("path", path.display().to_string().into())],
                )))
            }
            Some(Err(failure)) => {
                let failure = failure.clone().into_service_error();
                content = content.push(error_banner(i18n.error(&failure)))
            }
            None => {}
        }
        content.padding(20).into()
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Export => return Job::ChoosePath.into(),
            Message::Path(Some(path)) => {
                self.busy = true;
                self.outcome = None;
                return Job::Export(path).into();
            }
            Message::Path(None) => {}
            Message::Exported(result) => {
                self.busy = false;
                self.outcome = Some(result);
            }
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::ChoosePath => Message::Path(
                    c.dialogs
                        .save_file("CSV", &["csv"], "uutiskirjeen-vastaanottajat.csv")
                        .await,
                ),
                Job::Export(path) => {
                    let result =
                        save::write_streamed(&path, save::Existing::Replace, async |out| {
                            marketing::newsletter_recipients_csv(&c.db, &c.session, out).await
                        })
                        .await;
                    Message::Exported(result.map(|_| path))
                }
            }
        })
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        (Box::default(), Vec::new())
    }

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

crate::ui::screen::one_job_updates!(State, Job);
