//! Importing the webshop's exports: pick a file, watch the progress, read the result, and save
//! the rejected rows to fix them in the webshop.

use std::path::PathBuf;

use iced::widget::{button, checkbox, column, progress_bar, row, scrollable, text};
use iced::{Element, Length};

use crate::db::Db;
use crate::domain::consent::csv_cell;
use crate::extract::save::{self, SaveError};
use crate::i18n::I18n;
use crate::service::Session;
use crate::service::import::{self, ImportReport};

use super::form::{Failure, Outcome, outcome};
use super::widgets::{bold, error_banner, muted, notice, title};

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
    saved: Option<Result<PathBuf, SaveError>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    DryRun(bool),
    Pick(Kind),
    Picked(Kind, Option<Vec<u8>>),
    Progress(usize, usize),
    Done(Outcome<ImportReport>),
    SaveRejected,
    RejectedPath(Option<PathBuf>),
    RejectedSaved(Result<PathBuf, SaveError>),
}

pub enum Action {
    None,
    Pick(Kind),
    Run(Kind, Vec<u8>, bool),
    ChooseRejectedPath,
    SaveRejected(PathBuf, Vec<u8>),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::DryRun(value) => self.dry_run = value,
            Message::Pick(kind) if !self.busy => return Action::Pick(kind),
            Message::Pick(_) => {}
            Message::Picked(kind, Some(bytes)) => {
                self.busy = true;
                self.progress = Some((0, 0));
                self.report = None;
                self.failure = None;
                self.saved = None;
                return Action::Run(kind, bytes, self.dry_run);
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
            Message::SaveRejected => return Action::ChooseRejectedPath,
            Message::RejectedPath(Some(path)) => {
                if let Some(report) = &self.report {
                    return Action::SaveRejected(path, rejected_csv(report));
                }
            }
            Message::RejectedPath(None) => {}
            Message::RejectedSaved(result) => self.saved = Some(result),
        }
        Action::None
    }

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
        let key = if report.dry_run {
            "import-summary-dry-run"
        } else {
            "import-summary"
        };
        let mut block = column![notice(i18n.t_with(
            key,
            &[
                ("added", report.added.to_string().into()),
                ("updated", report.updated.to_string().into()),
                ("unchanged", report.unchanged.to_string().into()),
                ("rejected", report.rejected.len().to_string().into()),
            ],
        ))]
        .spacing(8);
        if !report.rejected.is_empty() {
            block = block
                .push(
                    row![
                        text(i18n.t("import-rejected"))
                            .font(bold())
                            .width(Length::Fill),
                        button(text(i18n.t("import-save-rejected")))
                            .style(button::secondary)
                            .on_press(Message::SaveRejected),
                    ]
                    .align_y(iced::Center),
                )
                .push(column(report.rejected.iter().map(|rejected| {
                    text(i18n.t_with(
                        "import-rejected-row",
                        &[
                            ("row", rejected.row.to_string().into()),
                            ("field", i18n.field(rejected.field).into()),
                            ("reason", i18n.problem(&rejected.problem).into()),
                        ],
                    ))
                    .size(14)
                    .into()
                })));
        }
        match &self.saved {
            Some(Ok(path)) => {
                block = block.push(notice(i18n.t_with(
                    "import-rejected-saved",
                    &[("path", path.display().to_string().into())],
                )))
            }
            Some(Err(SaveError::Service(failure))) => {
                block = block.push(error_banner(i18n.error(failure)))
            }
            Some(Err(SaveError::File(reason))) => {
                block = block.push(error_banner(
                    i18n.t_with("error-file", &[("reason", reason.clone().into())]),
                ))
            }
            None => {}
        }
        block.into()
    }
}

/// The rejected rows as CSV, to fix them in the webshop: row, field, reason.
fn rejected_csv(report: &ImportReport) -> Vec<u8> {
    let mut csv = String::from("\"row\",\"field\",\"reason\"\r\n");
    for rejected in &report.rejected {
        csv.push_str(&format!(
            "{},{},{}\r\n",
            rejected.row,
            csv_cell(rejected.field.name()),
            csv_cell(&rejected.problem.to_string())
        ));
    }
    csv.into_bytes()
}

pub async fn pick(kind: Kind) -> Message {
    let file = rfd::AsyncFileDialog::new()
        .add_filter("CSV", &["csv"])
        .pick_file()
        .await;
    let bytes = match file {
        Some(file) => Some(file.read().await),
        None => None,
    };
    Message::Picked(kind, bytes)
}

/// Runs the import; `progress` receives (rows done, rows in all) after each batch.
pub async fn run(
    db: Db,
    session: Session,
    kind: Kind,
    bytes: Vec<u8>,
    dry_run: bool,
    progress: tokio::sync::mpsc::UnboundedSender<(usize, usize)>,
) -> Message {
    let report = move |done, total| {
        let _ = progress.send((done, total));
    };
    let result = match kind {
        Kind::Customers => import::shopify_customers(&db, &session, &bytes, dry_run, &report).await,
        Kind::Orders => import::shopify_orders(&db, &session, &bytes, dry_run, &report).await,
    };
    Message::Done(outcome(result))
}

pub async fn choose_rejected_path() -> Message {
    let file = rfd::AsyncFileDialog::new()
        .add_filter("CSV", &["csv"])
        .set_file_name("hylatyt-rivit.csv")
        .save_file()
        .await;
    Message::RejectedPath(file.map(|f| f.path().to_owned()))
}

pub async fn save_rejected(path: PathBuf, csv: Vec<u8>) -> Message {
    Message::RejectedSaved(save::write(&path, &csv).map(|()| path))
}
