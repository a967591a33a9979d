//! The newsletter recipients export, for marketing: a CSV of consenting customers, saved
//! through the platform's save dialog.

use std::path::PathBuf;

use crate::i18n::I18n;
use iced::widget::{button, column, text};
use iced::{Element, Task};
use register::db::Db;
use register::save::{self, SaveError};
use register::service::{Session, marketing};

use super::dialog;
use super::screen::{Context, Screen};
use super::theme::muted;
use super::widgets::{error_banner, notice, title};

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

#[derive(Default)]
pub enum Action {
    #[default]
    None,
    ChoosePath,
    Export(PathBuf),
}

impl State {
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
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
    type Action = Action;

    fn open(_: Option<Box<Self>>) -> (Box<Self>, Action) {
        (Box::default(), Action::None)
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Export => return Action::ChoosePath,
            Message::Path(Some(path)) => {
                self.busy = true;
                self.outcome = None;
                return Action::Export(path);
            }
            Message::Path(None) => {}
            Message::Exported(result) => {
                self.busy = false;
                self.outcome = Some(result);
            }
        }
        Action::None
    }

    fn perform(action: Action, context: &Context) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::ChoosePath => Task::future(choose_path()),
            Action::Export(path) => context.run(move |db, session| export(db, session, path)),
        }
    }

    fn page<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.view(i18n)
    }
}

pub async fn choose_path() -> Message {
    Message::Path(dialog::save_file("CSV", &["csv"], "uutiskirjeen-vastaanottajat.csv").await)
}

pub async fn export(db: Db, session: Session, path: PathBuf) -> Message {
    let result = save::write_streamed(&path, save::Existing::Replace, async |out| {
        marketing::newsletter_recipients_csv(&db, &session, out).await
    })
    .await;
    Message::Exported(result.map(|_| path))
}
