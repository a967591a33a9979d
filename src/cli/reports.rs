//! What the command line prints after an import or an audit check.

use register::audit_anchor;
use register::format;
use register::service::import;

/// What the anchor check found, in a sentence or two.
pub fn anchor_report(anchored: &audit_anchor::Anchored) -> String {
    let file = anchored.path.display();
    if let Some((anchor, now)) = anchored.broken.first() {
        let at = format::date_time(anchor.verified_at);
        let found = match now {
            Some(_) => "has another hash now",
            None => "is gone",
        };
        return format!(
            "the audit trail was rewritten: event {} {found}, but the check of {at} wrote its \
             hash to the anchor {file} ({} of {} anchored heads differ)",
            anchor.seq,
            anchored.broken.len(),
            anchored.anchors_checked
        );
    }
    let checked = match anchored.anchors_checked {
        0 => format!("Anchor {file}: no earlier heads to check yet."),
        n => format!("Anchor {file}: all {n} earlier heads found unchanged."),
    };
    let checked = match anchored.anchors_purged {
        0 => checked,
        n => format!(
            "{checked} {n} heads before event {} were not checked: the events up to it were \
             deleted at the end of their retention period.",
            anchored.verification.purged_through
        ),
    };
    match &anchored.recorded {
        Some(anchor) => format!(
            "{checked} The head (event {}) was written there.",
            anchor.seq
        ),
        None => checked,
    }
}

/// One line of counts, then one line per rejected row or value (row, field and reason), the
/// values kept as written to check, and for a dry run one line per change it would make.
pub fn import_summary(report: &import::ImportReport) -> String {
    let mut lines: Vec<String> = report
        .undone_first
        .iter()
        .map(ToString::to_string)
        .collect();
    lines.push(format!(
        "{}{} added, {} updated, {} unchanged, {} rejected rows.",
        if report.dry_run {
            "Dry run, nothing written: "
        } else {
            ""
        },
        report.added,
        report.updated,
        report.unchanged,
        report.rejected_rows()
    ));
    if let Some(newest) = report.older_than_imported {
        lines.push(format!(
            "Warning: the file is older than the newest one already imported (modified {}); it may hold older data.",
            format::date_time(newest)
        ));
    }
    lines.extend(
        report
            .rejected
            .iter()
            .map(|r| format!("row {}: {} {}", r.row, r.field, r.problem)),
    );
    if !report.to_check.is_empty() {
        let rows: std::collections::BTreeSet<usize> =
            report.to_check.iter().map(|r| r.row).collect();
        lines.push(format!(
            "Values kept as written and marked to check: {} in {} rows (customers, or orders and their buyers)",
            report.to_check.len(),
            rows.len()
        ));
        lines.extend(
            report
                .to_check
                .iter()
                .map(|r| format!("row {}: {} {}", r.row, r.field, r.problem)),
        );
    }
    if report.dry_run {
        lines.extend(report.changes.iter().map(ToString::to_string));
    }
    lines.join("\n")
}
