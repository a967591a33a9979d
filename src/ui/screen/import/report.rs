//! An import's result in the user's language: the summary, what was rejected, what was kept
//! as written for staff to check, what changed
//! (or would change, in a dry run), and the same as a CSV file to work through in the webshop.

use crate::i18n::I18n;
use iced::widget::{button, column, row, text};
use iced::{Element, Length};
use register::domain::FieldError;
use register::domain::consent::csv_cell;
use register::format;
use register::import::RowProblem;
use register::service::import::{Change, ChangeKind, ImportReport};

use crate::ui::theme::muted;
use crate::ui::widget::{bold, error_banner, hint, notice};

/// How many rejections and changes the screen lists; the saved report has them all.
const SHOWN: usize = 200;

pub fn view<'a, M: Clone + 'a>(report: &'a ImportReport, i18n: &I18n, save: M) -> Element<'a, M> {
    let key = if report.dry_run {
        "import-summary-dry-run"
    } else {
        "import-summary"
    };
    let summary = i18n.t_with(
        key,
        &[
            ("added", i18n.count(report.added).into()),
            ("updated", i18n.count(report.updated).into()),
            ("unchanged", i18n.count(report.unchanged).into()),
            ("rejected", i18n.count(report.rejected_rows() as u64).into()),
        ],
    );
    let mut block = column![
        row![
            notice(summary),
            button(text(i18n.t("import-save-report")))
                .style(button::secondary)
                .on_press(save),
        ]
        .spacing(10)
        .align_y(iced::Center)
    ]
    .spacing(8);
    for undone in &report.undone_first {
        block = block.push(hint(i18n.undone(undone)));
    }
    if let Some(newest) = report.older_than_imported {
        let when = format::date_time(newest);
        block = block.push(error_banner(
            i18n.t_with("import-older-file", &[("newest", when.into())]),
        ));
    }
    let rejected = report.rejected.iter().map(|r| row_problem_text(r, i18n));
    block = block.push(listing(i18n.t("import-rejected"), rejected, i18n));
    let to_check = report.to_check.iter().map(|r| row_problem_text(r, i18n));
    block = block.push(listing(i18n.t("import-to-check"), to_check, i18n));
    let heading = if report.dry_run {
        "import-changes-dry-run"
    } else {
        "import-changes"
    };
    let changes = report.changes.iter().map(|change| {
        i18n.t_with(
            "import-change-row",
            &[
                ("row", change.row.to_string().into()),
                ("change", change_text(change, i18n).into()),
            ],
        )
    });
    block.push(listing(i18n.t(heading), changes, i18n)).into()
}

/// A heading and the first lines under it; nothing at all when there are no lines.
fn listing<'a, M: 'a>(
    heading: String,
    lines: impl ExactSizeIterator<Item = String>,
    i18n: &I18n,
) -> Element<'a, M> {
    let total = lines.len();
    if total == 0 {
        return column![].into();
    }
    let mut list = column![text(heading).font(bold()).width(Length::Fill)].spacing(4);
    for line in lines.take(SHOWN) {
        list = list.push(text(line).size(14));
    }
    if total > SHOWN {
        let more = (total - SHOWN) as u64;
        list = list.push(
            text(i18n.t_with("import-more", &[("count", i18n.count(more).into())])).style(muted),
        );
    }
    list.into()
}

fn row_problem_text(problem: &RowProblem, i18n: &I18n) -> String {
    i18n.t_with(
        "import-rejected-row",
        &[
            ("row", problem.row.to_string().into()),
            ("field", i18n.field(problem.field).into()),
            ("reason", i18n.problem(&problem.problem).into()),
        ],
    )
}

/// What one change does, without its row.
fn change_text(change: &Change, i18n: &I18n) -> String {
    match &change.kind {
        ChangeKind::NewCustomer => i18n.t("import-change-new-customer"),
        ChangeKind::CustomerUpdated {
            customer_id,
            fields,
        } => {
            let names: Vec<String> = fields.iter().map(|field| i18n.field(*field)).collect();
            i18n.t_with(
                "import-change-customer",
                &[
                    ("customer", customer_id.to_string().into()),
                    ("fields", names.join(", ").into()),
                ],
            )
        }
        ChangeKind::KeptFromRegister {
            customer_id,
            fields,
        } => {
            let names: Vec<String> = fields.iter().map(|field| i18n.field(*field)).collect();
            i18n.t_with(
                "import-change-kept",
                &[
                    ("customer", customer_id.to_string().into()),
                    ("fields", names.join(", ").into()),
                ],
            )
        }
        ChangeKind::NewCustomerFromOrder { order_number } => i18n.t_with(
            "import-change-customer-from-order",
            &[("order", order_number.clone().into())],
        ),
        ChangeKind::NewOrder { order_number } => i18n.t_with(
            "import-change-new-order",
            &[("order", order_number.clone().into())],
        ),
        ChangeKind::OrderStatus { order_number } => i18n.t_with(
            "import-change-order-status",
            &[("order", order_number.clone().into())],
        ),
        ChangeKind::OrderStatusKept { order_number } => i18n.t_with(
            "import-change-order-status-kept",
            &[("order", order_number.clone().into())],
        ),
    }
}

/// The whole report as CSV, in the user's language: row, what happened, and in what words.
/// It is for people to open in Excel, so it is written as Excel on Finnish Windows reads a
/// double-clicked file: UTF-8 with a byte-order mark (without it Excel takes Windows-1252 and
/// garbles ä and ö), and semicolons between the cells (the list separator of Finnish regional
/// settings; with commas every line would land in one cell).
pub fn csv(report: &ImportReport, i18n: &I18n) -> Vec<u8> {
    let header = ["import-csv-row", "import-csv-outcome", "import-csv-details"];
    let mut lines = vec![header.map(|key| csv_cell(&i18n.t(key)))];
    let outcomes = [
        (&report.rejected, i18n.t("import-csv-rejected")),
        (&report.to_check, i18n.t("import-csv-to-check")),
    ];
    for (problems, outcome) in outcomes {
        for r in problems {
            let details = i18n.field_error(&FieldError::new(r.field, r.problem.clone()));
            lines.push([r.row.to_string(), csv_cell(&outcome), csv_cell(&details)]);
        }
    }
    let changed = i18n.t(if report.dry_run {
        "import-csv-would-change"
    } else {
        "import-csv-changed"
    });
    for change in &report.changes {
        let details = change_text(change, i18n);
        lines.push([
            change.row.to_string(),
            csv_cell(&changed),
            csv_cell(&details),
        ]);
    }
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    for line in lines {
        bytes.extend(line.join(";").as_bytes());
        bytes.extend(b"\r\n");
    }
    bytes
}
