//! The extract's history: the consents as recorded, the data protection requests with how
//! each was answered, and the consultations of the data with their purposes.

use crate::document::Words;
use crate::document::layout::{Align, BODY, Cell, LEFT, SMALL, Style, Writer, line_height};
use crate::document::letterhead;
use crate::document::pdf::HEADING;
use crate::extract::Extract;
use crate::format;

/// A table with a header repeated on every page it runs to; `empty` stands for no rows.
fn table(
    writer: &mut Writer<'_>,
    heading: &str,
    intro: Option<String>,
    columns: &[(f32, &str)],
    rows: Vec<Vec<String>>,
    empty: &str,
) {
    writer.heading(heading, HEADING);
    if let Some(intro) = intro {
        writer.paragraph(&intro, SMALL, Style::Regular);
        writer.gap(1.0);
    }
    if rows.is_empty() {
        writer.paragraph(empty, BODY, Style::Regular);
        return;
    }
    let cells = |texts: Vec<String>| -> Vec<Cell> {
        let mut x = LEFT;
        columns
            .iter()
            .zip(texts)
            .map(|((width, _), text)| {
                let cell = Cell::new(x, width - 2.0, Align::Left, text);
                x += width;
                cell
            })
            .collect()
    };
    writer.begin_table(cells(
        columns.iter().map(|(_, h)| (*h).to_owned()).collect(),
    ));
    for row in rows {
        writer.row(&cells(row), SMALL, Style::Regular);
    }
    writer.end_table();
}

pub(super) fn consents(writer: &mut Writer<'_>, extract: &Extract, words: &Words) {
    let rows = extract
        .consents
        .iter()
        .map(|c| {
            vec![
                format::date_time_for(words.lang(), c.at),
                c.choice.clone(),
                c.how.clone(),
                c.role_name.clone(),
            ]
        })
        .collect();
    let headers = [
        words.t("extract-when"),
        words.t("extract-choice"),
        words.t("extract-how"),
        words.t("extract-role"),
    ];
    table(
        writer,
        &words.t("extract-consents"),
        None,
        &[
            (32.0, &headers[0]),
            (52.0, &headers[1]),
            (46.0, &headers[2]),
            (40.0, &headers[3]),
        ],
        rows,
        // An erasure deletes the history of the choices with the customer.
        &words.t(if extract.erasure.is_some() {
            "extract-consents-erased"
        } else {
            "extract-no-consents"
        }),
    );
}

/// Each request as a block of labelled rows: every field the JSON copy gives, so that the two
/// forms of the copy hold the same (a test compares them).
pub(super) fn requests(writer: &mut Writer<'_>, extract: &Extract, words: &Words) {
    writer.heading(&words.t("extract-requests"), HEADING);
    if extract.access_requests.is_empty() {
        writer.paragraph(&words.t("extract-no-requests"), BODY, Style::Regular);
        return;
    }
    let date = |on| format::date_for(words.lang(), on);
    let when = |at| format::date_time_for(words.lang(), at);
    for request in &extract.access_requests {
        let optional = |label: &str, value: &Option<String>| {
            value
                .as_ref()
                .filter(|value| !value.trim().is_empty())
                .map(|value| (words.t(label), value.clone()))
        };
        let documents = request.documents.iter().map(|document| {
            (
                words.t("extract-document-sent"),
                format!(
                    "{} ({}), {}, SHA-256 {}",
                    document.kind,
                    words.t(&format!("language-{}", document.language.id())),
                    when(document.sent_at),
                    document.sha256
                ),
            )
        });
        let systems = request.systems.iter().map(|system| {
            let note = system
                .note
                .as_deref()
                .filter(|note| !note.trim().is_empty())
                .map(|note| format!(" ({note})"))
                .unwrap_or_default();
            (
                words.t("extract-system"),
                format!("{}: {}{note}", system.system, system.searched),
            )
        });
        let rows: Vec<(String, String)> = [
            Some((words.t("letter-reference"), request.reference.clone())),
            Some((words.t("letter-received"), date(request.received_on))),
            Some((words.t("extract-channel"), request.channel.clone())),
            Some((words.t("extract-requester"), request.requester_name.clone())),
            optional("field-email", &request.requester_email),
            optional("field-phone", &request.requester_phone),
            optional("extract-requester-address", &address_line(request, words)),
            optional("extract-request-letter", &request.letter),
            optional("extract-identity-check", &request.identity_check),
            optional("extract-identity-note", &request.identity_note),
            Some((words.t("extract-due"), date(request.due_on))),
            Some((words.t("extract-delivery"), request.delivery.clone())),
            request
                .waiting_since
                .map(|since| (words.t("extract-waiting-since"), date(since))),
            (request.paused_days > 0).then(|| {
                (
                    words.t("extract-paused-days"),
                    words.count(u64::try_from(request.paused_days).unwrap_or(0)),
                )
            }),
            optional("extract-extension-reason", &request.extension_reason),
            Some((words.t("extract-outcome"), request.outcome.clone())),
            optional("extract-rejection-reason", &request.rejection_reason),
            request
                .closed_at
                .map(|at| (words.t("extract-closed"), when(at))),
        ]
        .into_iter()
        .flatten()
        .chain(systems)
        .chain(documents)
        .collect();
        // A request's block starts where at least its first rows fit.
        writer.ensure(4.0 * line_height(SMALL));
        letterhead::label_rows(writer, (LEFT, 55.0), LEFT + 57.0, rows);
        writer.gap(3.0);
    }
}

pub(super) fn consultations(writer: &mut Writer<'_>, extract: &Extract, words: &Words) {
    let rows = extract
        .consultations
        .iter()
        .map(|c| {
            vec![
                format::date_time_for(words.lang(), c.at),
                c.description.clone(),
                c.purpose.clone(),
                c.role_name.clone(),
            ]
        })
        .collect();
    let headers = [
        words.t("extract-when"),
        words.t("extract-action"),
        words.t("extract-purpose"),
        words.t("extract-role"),
    ];
    table(
        writer,
        &words.t("extract-consultations"),
        Some(words.t("extract-consultations-intro")),
        &[
            (32.0, &headers[0]),
            (56.0, &headers[1]),
            (52.0, &headers[2]),
            (30.0, &headers[3]),
        ],
        rows,
        &words.t("extract-no-consultations"),
    );
}

/// The address the request gave, on one line, the country by name.
fn address_line(request: &crate::extract::ExtractRequest, words: &Words) -> Option<String> {
    crate::domain::postal_address::one_line(
        request.requester_address.as_deref(),
        request.requester_postal_code.as_deref(),
        request.requester_city.as_deref(),
        request.requester_country.as_deref(),
        |code| words.country(code),
    )
}
