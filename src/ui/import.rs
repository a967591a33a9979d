//! Importing the webshop's exports: pick a file, watch the progress, read the result, and save
//! the report to fix the rejected rows in the webshop.

use std::path::PathBuf;

use crate::i18n::I18n;
use iced::widget::{button, checkbox, column, progress_bar, row, scrollable, text};
use iced::{Element, Length, Task};
use register::db::Db;
use register::domain::Lang;
use register::import::{FileError, Source};
use register::save::{self, SaveError};
use register::service::ServiceError;
use register::service::Session;
use register::service::import::{self, ImportReport};

use super::dialog;
use super::import_report;
use super::outcome::{Failure, Outcome, outcome};
use super::screen::{Context, Screen};
use super::theme::muted;
use super::widgets::{error_banner, notice, title};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Customers,
    Orders,
}

#[derive(Debug, Default)]
pub struct State {
    dry_run: bool,
    busy: bool,
    progress: Option<(usize, usize)>,
    report: Option<ImportReport>,
    failure: Option<Failure>,
    /// The language the report is saved in: the one the user read it in.
    saving_in: Lang,
    saved: Option<Result<PathBuf, SaveError>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    DryRun(bool),
    Pick(Kind),
    Picked(Kind, Option<PathBuf>),
    Progress(usize, usize),
    Done(Outcome<ImportReport>),
    SaveReport(Lang),
    ReportPath(Option<PathBuf>),
    ReportSaved(Result<PathBuf, SaveError>),
}

#[derive(Default)]
pub enum Action {
    #[default]
    None,
    Pick(Kind),
    Run(Kind, PathBuf, bool),
    ChooseReportPath,
    SaveReport(PathBuf, Vec<u8>),
}

impl State {
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let idle = !self.busy;
        let mut content = column![
            title(i18n.t("import-title")),
            text(i18n.t("import-explanation")).style(muted),
            checkbox(self.dry_run)
                .label(i18n.t("import-dry-run"))
                .on_toggle(Message::DryRun),
            row![
                button(text(i18n.t("import-customers")))
                    .on_press_maybe(idle.then_some(Message::Pick(Kind::Customers))),
                button(text(i18n.t("import-orders")))
                    .on_press_maybe(idle.then_some(Message::Pick(Kind::Orders))),
            ]
            .spacing(10),
        ]
        .spacing(14)
        .max_width(820);
        if let (true, Some((done, total))) = (self.busy, self.progress) {
            let share = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            content = content
                .push(progress_bar(0.0..=1.0, share))
                .push(text(i18n.t_with(
                    "import-progress",
                    &[
                        ("done", done.to_string().into()),
                        ("total", total.to_string().into()),
                    ],
                )));
        }
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if let Some(report) = &self.report {
            content = content.push(self.report_view(report, i18n));
        }
        scrollable(content.padding(20)).height(Length::Fill).into()
    }

    fn report_view<'a>(&'a self, report: &'a ImportReport, i18n: &I18n) -> Element<'a, Message> {
        let mut block = column![import_report::view(
            report,
            i18n,
            Message::SaveReport(i18n.lang())
        )]
        .spacing(8);
        match &self.saved {
            Some(Ok(path)) => {
                block = block.push(notice(i18n.t_with(
                    "import-report-saved",
                    &[("path", path.display().to_string().into())],
                )))
            }
            Some(Err(failure)) => {
                let failure = failure.clone().into_service_error();
                block = block.push(error_banner(i18n.error(&failure)))
            }
            None => {}
        }
        block.into()
    }
}

impl Screen for State {
    type Message = Message;
    type Action = Action;
    const KEPT: bool = true;

    fn open(kept: Option<Box<Self>>) -> (Box<Self>, Action) {
        (kept.unwrap_or_default(), Action::None)
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::DryRun(value) => self.dry_run = value,
            Message::Pick(kind) if !self.busy => return Action::Pick(kind),
            Message::Pick(_) => {}
            Message::Picked(kind, Some(path)) => {
                self.busy = true;
                self.progress = Some((0, 0));
                self.report = None;
                self.failure = None;
                self.saved = None;
                return Action::Run(kind, path, self.dry_run);
            }
            Message::Picked(_, None) => {}
            Message::Progress(done, total) => self.progress = Some((done, total)),
            Message::Done(result) => {
                self.busy = false;
                match result {
                    Ok(report) => self.report = Some(report),
                    Err(failure) => self.failure = Some(failure),
                }
            }
            Message::SaveReport(lang) => {
                self.saving_in = lang;
                return Action::ChooseReportPath;
            }
            Message::ReportPath(Some(path)) => {
                if let Some(report) = &self.report {
                    let csv = import_report::csv(report, &I18n::new(self.saving_in));
                    return Action::SaveReport(path, csv);
                }
            }
            Message::ReportPath(None) => {}
            Message::ReportSaved(result) => self.saved = Some(result),
        }
        Action::None
    }

    fn perform(action: Action, context: &Context) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Pick(kind) => Task::future(pick(kind)),
            Action::Run(kind, path, dry_run) => {
                // Progress flows through a channel while the import runs.
                let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
                let progress = iced::futures::stream::unfold(receiver, |mut receiver| async move {
                    receiver.recv().await.map(|step| (step, receiver))
                });
                Task::batch([
                    Task::run(progress, |(done, total)| Message::Progress(done, total)),
                    context.run(move |db, session| run(db, session, kind, path, dry_run, sender)),
                ])
            }
            Action::ChooseReportPath => Task::future(choose_report_path()),
            Action::SaveReport(path, csv) => Task::future(save_report(path, csv)),
        }
    }

    fn page<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.view(i18n)
    }
}

pub async fn pick(kind: Kind) -> Message {
    Message::Picked(kind, dialog::pick_csv().await)
}

/// Runs the import of the file at `path`, read as it goes; `progress` receives (rows done,
/// rows in all) after each batch.
pub async fn run(
    db: Db,
    session: Session,
    kind: Kind,
    path: PathBuf,
    dry_run: bool,
    progress: tokio::sync::mpsc::UnboundedSender<(usize, usize)>,
) -> Message {
    let report = move |done, total| {
        let _ = progress.send((done, total));
    };
    let file = match std::fs::File::open(&path).and_then(Source::file) {
        Ok(file) => file,
        Err(error) => {
            let unreadable = FileError::Unreadable(error.to_string());
            return Message::Done(outcome(Err(ServiceError::BadFile(unreadable))));
        }
    };
    let result = match kind {
        Kind::Customers => import::shopify_customers(&db, &session, file, dry_run, &report).await,
        Kind::Orders => import::shopify_orders(&db, &session, file, dry_run, &report).await,
    };
    Message::Done(outcome(result))
}

pub async fn choose_report_path() -> Message {
    Message::ReportPath(dialog::save_file("CSV", &["csv"], "tuontiraportti.csv").await)
}

pub async fn save_report(path: PathBuf, csv: Vec<u8>) -> Message {
    Message::ReportSaved(save::write(&path, &csv, save::Existing::Replace).map(|()| path))
}
