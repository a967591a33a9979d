//! Importing the webshop's exports: pick a file, watch the progress, read the result, and save
//! the report to fix the rejected rows in the webshop.

pub mod report;

use register::service::{ServiceError, ServiceResult};
use std::convert::Infallible;
use std::path::PathBuf;

use crate::i18n::I18n;
use iced::futures::stream::{self, StreamExt};
use iced::widget::{button, checkbox, column, progress_bar, row, scrollable, text};
use iced::{Element, Length};
use register::domain::Lang;
use register::import::{FileError, Source};
use register::save::{self, SaveError};
use register::service::import::{self, ImportReport};

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::{error_banner, notice, title};
use report as import_report;

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
    failure: Option<ServiceError>,
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
    Done(ServiceResult<ImportReport>),
    SaveReport(Lang),
    ReportPath(Option<PathBuf>),
    ReportSaved(Result<PathBuf, SaveError>),
}

#[derive(Debug)]
pub enum Job {
    Pick(Kind),
    Run(Kind, PathBuf, bool),
    ChooseReportPath,
    SaveReport(PathBuf, Vec<u8>),
}

impl State {
    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
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
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::DryRun(value) => self.dry_run = value,
            Message::Pick(kind) if !self.busy => return Job::Pick(kind).into(),
            Message::Pick(_) => {}
            Message::Picked(kind, Some(path)) => {
                self.busy = true;
                self.progress = Some((0, 0));
                self.report = None;
                self.failure = None;
                self.saved = None;
                return Job::Run(kind, path, self.dry_run).into();
            }
            Message::Picked(_, None) => {}
            // A step reported after the import ended is old news.
            Message::Progress(done, total) if self.busy => self.progress = Some((done, total)),
            Message::Progress(..) => {}
            Message::Done(result) => {
                self.busy = false;
                match result {
                    Ok(report) => self.report = Some(report),
                    Err(failure) => self.failure = Some(failure),
                }
            }
            Message::SaveReport(lang) => {
                self.saving_in = lang;
                return Job::ChooseReportPath.into();
            }
            Message::ReportPath(Some(path)) => {
                if let Some(report) = &self.report {
                    let csv = import_report::csv(report, &I18n::new(self.saving_in));
                    return Job::SaveReport(path, csv).into();
                }
            }
            Message::ReportPath(None) => {}
            Message::ReportSaved(result) => self.saved = Some(result),
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        match job {
            Job::Pick(kind) => {
                reply(async move { Message::Picked(kind, c.dialogs.pick_csv().await) })
            }
            Job::Run(kind, path, dry_run) => {
                // Progress flows through a channel while the import runs.
                let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
                let progress = stream::unfold(receiver, |mut receiver| async move {
                    let (done, total) = receiver.recv().await?;
                    Some((Message::Progress(done, total), receiver))
                });
                let imported = stream::once(import_file(c, kind, path, dry_run, sender));
                stream::select(progress, imported).boxed()
            }
            Job::ChooseReportPath => reply(async move {
                Message::ReportPath(
                    c.dialogs
                        .save_file("CSV", &["csv"], "tuontiraportti.csv")
                        .await,
                )
            }),
            Job::SaveReport(path, csv) => reply(async move {
                Message::ReportSaved(
                    save::write(&path, &csv, save::Existing::Replace).map(|()| path),
                )
            }),
        }
    }
}

impl Destination for State {
    const KEPT: bool = true;

    fn open(kept: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        (kept.unwrap_or_default(), Vec::new())
    }

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

/// Imports the file at `path`, read as it goes; `progress` receives (rows done,
/// rows in all) after each batch.
async fn import_file(
    c: Context,
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
            return Message::Done(Err(ServiceError::BadFile(unreadable)));
        }
    };
    let (db, session) = (&c.db, &c.session);
    let result = match kind {
        Kind::Customers => import::shopify_customers(db, session, file, dry_run, &report).await,
        Kind::Orders => import::shopify_orders(db, session, file, dry_run, &report).await,
    };
    Message::Done(result)
}

crate::ui::screen::one_job_updates!(State, Job);
