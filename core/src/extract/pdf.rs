//! The extract as an A4 PDF to print, sign and mail in a window envelope.

use super::{CustomerData, ErasureRecord, Extract, ExtractOrder};
use crate::document::layout::{
    Align, BODY, BOTTOM, Cell, LEFT, RIGHT, SMALL, Style, TOP, Writer, line_height,
};
use crate::document::letterhead;
use crate::document::pdf::{self, HEADING, PdfError};
use crate::domain::Phone;
use crate::format;
use crate::i18n::I18n;

pub fn render(extract: &Extract) -> Result<Vec<u8>, PdfError> {
    let i18n = I18n::new(extract.language);
    let title = format!("{} {}", i18n.t("extract-title"), extract.reference);
    let mut footer = format!("{} · {}", extract.controller.name, extract.reference);
    if extract.draft {
        footer = format!("{} · {footer}", i18n.t("document-draft"));
    }
    pdf::render(&title, &footer, &i18n, |writer| {
        if extract.draft {
            writer.paragraph(&i18n.t("extract-draft"), BODY, Style::Bold);
        }
        letterhead(writer, extract, &i18n);
        match (&extract.customer, &extract.erasure) {
            (Some(customer), _) => {
                basic_data(writer, customer, &i18n);
                orders(writer, extract, &i18n);
                reviews(writer, extract, &i18n);
                marketing(writer, customer, &i18n);
            }
            (None, Some(erasure)) => {
                erased(writer, erasure, &i18n);
                orders(writer, extract, &i18n);
            }
            (None, None) => {}
        }
        consents(writer, extract, &i18n);
        requests(writer, extract, &i18n);
        consultations(writer, extract, &i18n);
        writer.gap(4.0);
        writer.heading(&i18n.t("extract-information"), 14.0);
        pdf::sections(writer, &extract.information);
        writer.gap(2.0);
        let notice = &extract.notice;
        writer.paragraph(
            &i18n.t_with(
                "extract-notice-version",
                &[
                    ("version", notice.version.into()),
                    (
                        "date",
                        format::date_for(i18n.lang(), notice.published_on).into(),
                    ),
                    ("address", notice.address.clone().into()),
                ],
            ),
            BODY,
            Style::Regular,
        );
        letterhead::signature(writer, &extract.controller, extract.issued_on, &i18n);
    })
}

fn marketing(writer: &mut Writer<'_>, customer: &CustomerData, i18n: &I18n) {
    writer.heading(&i18n.t("extract-marketing"), HEADING);
    let newsletter = if customer.newsletter {
        "extract-newsletter-yes"
    } else {
        "extract-newsletter-no"
    };
    writer.paragraph(&i18n.t(newsletter), BODY, Style::Regular);
    let marketing = if customer.marketing_refused {
        "extract-marketing-refused"
    } else {
        "extract-marketing-allowed"
    };
    writer.paragraph(&i18n.t(marketing), BODY, Style::Regular);
}

fn letterhead(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    let info = [
        (i18n.t("extract-title"), extract.reference.clone()),
        (
            i18n.t("extract-date"),
            format::date_for(i18n.lang(), extract.issued_on),
        ),
    ];
    letterhead::head(
        writer,
        &extract.controller,
        &extract.recipient,
        &info,
        &i18n.t("extract-title"),
        i18n,
    );
    writer.paragraph(&i18n.t("extract-intro"), BODY, Style::Regular);
}

/// What an erased customer's extract says in place of the basic data: that the data was
/// erased, when and why, and what is still kept.
fn erased(writer: &mut Writer<'_>, erasure: &ErasureRecord, i18n: &I18n) {
    writer.heading(&i18n.t("extract-erased"), HEADING);
    writer.paragraph(
        &i18n.t_with(
            "extract-erased-intro",
            &[(
                "date",
                format::day_for(i18n.lang(), erasure.erased_at).into(),
            )],
        ),
        BODY,
        Style::Regular,
    );
    let rows = [
        (
            i18n.t("extract-erased-number"),
            erasure.customer_number.to_string(),
        ),
        (
            i18n.t("extract-erased-at"),
            format::date_time_for(i18n.lang(), erasure.erased_at),
        ),
        (
            i18n.t("extract-erased-reason"),
            erasure
                .reason
                .clone()
                .unwrap_or_else(|| i18n.t("extract-erased-reason-gone")),
        ),
    ];
    letterhead::label_rows(writer, (LEFT, 55.0), LEFT + 57.0, rows);
}

fn basic_data(writer: &mut Writer<'_>, customer: &CustomerData, i18n: &I18n) {
    writer.heading(&i18n.t("extract-basic"), HEADING);
    let text = |value: &Option<String>| value.clone().unwrap_or_else(|| "–".to_owned());
    let password = if customer.webshop_password_stored_as_hash {
        i18n.t("extract-password-hash")
    } else {
        "–".to_owned()
    };
    let rows = [
        (i18n.t("field-first-name"), customer.first_name.clone()),
        (i18n.t("field-last-name"), customer.last_name.clone()),
        (i18n.t("field-email"), text(&customer.email)),
        (
            i18n.t("field-phone"),
            customer
                .phone
                .as_deref()
                .map_or("–".to_owned(), Phone::display),
        ),
        (
            i18n.t("field-street-address"),
            text(&customer.street_address),
        ),
        (i18n.t("field-postal-code"), text(&customer.postal_code)),
        (i18n.t("field-city"), text(&customer.city)),
        (i18n.t("field-country"), i18n.country(&customer.country)),
        (
            i18n.t("field-newsletter"),
            i18n.t(if customer.newsletter { "yes" } else { "no" }),
        ),
        (
            i18n.t("field-webshop-username"),
            text(&customer.webshop_username),
        ),
        (i18n.t("field-webshop-password"), password),
        (i18n.t("field-company-name"), text(&customer.company_name)),
        (i18n.t("field-vat-id"), text(&customer.vat_id)),
        (
            i18n.t("field-webshop-customer-id"),
            text(&customer.webshop_customer_id),
        ),
        (
            i18n.t("field-last-webshop-login"),
            customer.last_webshop_login_at.map_or("–".to_owned(), |at| {
                format::date_time_for(i18n.lang(), at)
            }),
        ),
        (
            i18n.t("created-at"),
            format::date_time_for(i18n.lang(), customer.created_at),
        ),
        (
            i18n.t("updated-at"),
            format::date_time_for(i18n.lang(), customer.updated_at),
        ),
    ];
    letterhead::label_rows(writer, (LEFT, 55.0), LEFT + 57.0, rows);
}

/// Column positions of the order lines table.
fn line_cells(
    product: String,
    quantity: String,
    unit: String,
    vat: String,
    amount: String,
) -> Vec<Cell> {
    vec![
        Cell::new(LEFT, 88.0, Align::Left, product),
        Cell::new(LEFT + 90.0, 14.0, Align::Right, quantity),
        Cell::new(LEFT + 106.0, 24.0, Align::Right, unit),
        Cell::new(LEFT + 132.0, 14.0, Align::Right, vat),
        Cell::new(LEFT + 148.0, 22.0, Align::Right, amount),
    ]
}

fn orders(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    let heading = if extract.erasure.is_some() {
        "extract-vouchers"
    } else {
        "extract-orders"
    };
    writer.heading(&i18n.t(heading), HEADING);
    if extract.orders.is_empty() {
        writer.paragraph(&i18n.t("extract-no-orders"), BODY, Style::Regular);
        return;
    }
    for order in &extract.orders {
        order_block(writer, order, i18n);
    }
}

fn order_block(writer: &mut Writer<'_>, order: &ExtractOrder, i18n: &I18n) {
    writer.gap(2.0);
    // The whole order on one page where it fits on one (its total never alone over the
    // page); a longer one starts with its first lines, and its table header repeats.
    let whole = line_height(BODY) + (order.lines.len() as f32 + 4.0) * line_height(SMALL) + 2.0;
    let least = 3.0 * line_height(BODY) + 2.0 * line_height(SMALL);
    writer.ensure(if whole <= TOP - BOTTOM { whole } else { least });
    let title = format!(
        "{} · {} · {}",
        order.order_number,
        format::date_time_for(i18n.lang(), order.placed_at),
        order.status
    );
    writer.row(
        &[
            Cell::new(LEFT, 120.0, Align::Left, title),
            Cell::new(
                LEFT + 120.0,
                RIGHT - LEFT - 120.0,
                Align::Right,
                order.total_cents.to_string(),
            ),
        ],
        BODY,
        Style::Bold,
    );
    let carrier = order.carrier.clone().unwrap_or_else(|| "–".to_owned());
    writer.row(
        &[Cell::new(
            LEFT,
            RIGHT - LEFT,
            Align::Left,
            format!(
                "{}: {} · {}: {}",
                i18n.t("extract-shipping-method"),
                carrier,
                i18n.t("extract-delivered-to"),
                order.delivery_address.join(", ")
            ),
        )],
        SMALL,
        Style::Regular,
    );
    writer.begin_table(line_cells(
        i18n.t("extract-line-product"),
        i18n.t("extract-line-quantity"),
        i18n.t("extract-line-unit-price"),
        i18n.t("extract-line-vat"),
        i18n.t("extract-line-amount"),
    ));
    for line in &order.lines {
        writer.row(
            &line_cells(
                line.product.clone(),
                line.quantity.to_string(),
                line.unit_price_cents.to_string(),
                vat_percent(line.vat_rate_basis_points),
                line.amount_cents.to_string(),
            ),
            SMALL,
            Style::Regular,
        );
    }
    writer.end_table();
    writer.row(
        &[
            Cell::new(
                LEFT + 90.0,
                56.0,
                Align::Right,
                i18n.t("extract-order-total"),
            ),
            Cell::new(
                LEFT + 148.0,
                22.0,
                Align::Right,
                order.total_cents.to_string(),
            ),
        ],
        SMALL,
        Style::Bold,
    );
}

/// 2550 basis points as "25,5 %", 2400 as "24 %".
fn vat_percent(basis_points: i32) -> String {
    let (whole, fraction) = (basis_points / 100, basis_points % 100);
    if fraction == 0 {
        format!("{whole} %")
    } else {
        format!(
            "{whole},{} %",
            format!("{fraction:02}").trim_end_matches('0')
        )
    }
}

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

fn consents(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    let rows = extract
        .consents
        .iter()
        .map(|c| {
            vec![
                format::date_time_for(i18n.lang(), c.at),
                c.choice.clone(),
                c.how.clone(),
                c.role_name.clone(),
            ]
        })
        .collect();
    let headers = [
        i18n.t("extract-when"),
        i18n.t("extract-choice"),
        i18n.t("extract-how"),
        i18n.t("extract-role"),
    ];
    table(
        writer,
        &i18n.t("extract-consents"),
        None,
        &[
            (32.0, &headers[0]),
            (52.0, &headers[1]),
            (46.0, &headers[2]),
            (40.0, &headers[3]),
        ],
        rows,
        // An erasure deletes the history of the choices with the customer.
        &i18n.t(if extract.erasure.is_some() {
            "extract-consents-erased"
        } else {
            "extract-no-consents"
        }),
    );
}

/// Each request as a block of labelled rows: every field the JSON copy gives, so that the two
/// forms of the copy hold the same (a test compares them).
fn requests(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    writer.heading(&i18n.t("extract-requests"), HEADING);
    if extract.access_requests.is_empty() {
        writer.paragraph(&i18n.t("extract-no-requests"), BODY, Style::Regular);
        return;
    }
    let date = |on| format::date_for(i18n.lang(), on);
    let when = |at| format::date_time_for(i18n.lang(), at);
    for request in &extract.access_requests {
        let optional = |label: &str, value: &Option<String>| {
            value
                .as_ref()
                .filter(|value| !value.trim().is_empty())
                .map(|value| (i18n.t(label), value.clone()))
        };
        let documents = request.documents.iter().map(|document| {
            (
                i18n.t("extract-document-sent"),
                format!(
                    "{} ({}), {}, SHA-256 {}",
                    document.kind,
                    i18n.t(&format!("language-{}", document.language.id())),
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
                i18n.t("extract-system"),
                format!("{}: {}{note}", system.system, system.searched),
            )
        });
        let rows: Vec<(String, String)> = [
            Some((i18n.t("letter-reference"), request.reference.clone())),
            Some((i18n.t("letter-received"), date(request.received_on))),
            Some((i18n.t("extract-channel"), request.channel.clone())),
            Some((i18n.t("extract-requester"), request.requester_name.clone())),
            optional("field-email", &request.requester_email),
            optional("field-phone", &request.requester_phone),
            optional("extract-requester-address", &request.requester_address),
            optional("extract-request-letter", &request.letter),
            optional("extract-identity-check", &request.identity_check),
            optional("extract-identity-note", &request.identity_note),
            Some((i18n.t("extract-due"), date(request.due_on))),
            Some((i18n.t("extract-delivery"), request.delivery.clone())),
            request
                .waiting_since
                .map(|since| (i18n.t("extract-waiting-since"), date(since))),
            (request.paused_days > 0).then(|| {
                (
                    i18n.t("extract-paused-days"),
                    i18n.count(u64::try_from(request.paused_days).unwrap_or(0)),
                )
            }),
            optional("extract-extension-reason", &request.extension_reason),
            Some((i18n.t("extract-outcome"), request.outcome.clone())),
            optional("extract-rejection-reason", &request.rejection_reason),
            request
                .closed_at
                .map(|at| (i18n.t("extract-closed"), when(at))),
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

fn consultations(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    let rows = extract
        .consultations
        .iter()
        .map(|c| {
            vec![
                format::date_time_for(i18n.lang(), c.at),
                c.description.clone(),
                c.purpose.clone(),
                c.role_name.clone(),
            ]
        })
        .collect();
    let headers = [
        i18n.t("extract-when"),
        i18n.t("extract-action"),
        i18n.t("extract-purpose"),
        i18n.t("extract-role"),
    ];
    table(
        writer,
        &i18n.t("extract-consultations"),
        Some(i18n.t("extract-consultations-intro")),
        &[
            (32.0, &headers[0]),
            (56.0, &headers[1]),
            (52.0, &headers[2]),
            (30.0, &headers[3]),
        ],
        rows,
        &i18n.t("extract-no-consultations"),
    );
}

fn reviews(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    writer.heading(&i18n.t("extract-reviews"), HEADING);
    if extract.reviews.is_empty() {
        writer.paragraph(&i18n.t("extract-no-reviews"), BODY, Style::Regular);
        return;
    }
    for review in &extract.reviews {
        let visibility = i18n.t(if review.visible {
            "extract-visible"
        } else {
            "extract-hidden"
        });
        writer.gap(1.0);
        writer.row(
            &[Cell::new(
                LEFT,
                RIGHT - LEFT,
                Align::Left,
                format!(
                    "{} · {} · {}/5 · {}",
                    review.product,
                    format::day_for(i18n.lang(), review.written_at),
                    review.rating,
                    visibility
                ),
            )],
            BODY,
            Style::Bold,
        );
        writer.paragraph(&review.text, BODY, Style::Regular);
    }
}

#[cfg(test)]
mod tests {
    use super::vat_percent;

    #[test]
    fn vat_rates_print_the_finnish_way() {
        assert_eq!(vat_percent(2550), "25,5 %");
        assert_eq!(vat_percent(2400), "24 %");
        assert_eq!(vat_percent(1405), "14,05 %");
    }
}
