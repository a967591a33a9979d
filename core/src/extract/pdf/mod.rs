//! The extract as an A4 PDF to print, sign and mail in a window envelope.

mod history;

use super::{CustomerData, ErasureRecord, Extract, ExtractOrder};
use crate::document::Words;
use crate::document::layout::{
    Align, BODY, BOTTOM, Cell, LEFT, RIGHT, SMALL, Style, TOP, Writer, line_height,
};
use crate::document::letterhead;
use crate::document::pdf::{self, HEADING, PdfError};
use crate::domain::Phone;
use crate::format;
use history::{consents, consultations, requests};

pub fn render(extract: &Extract) -> Result<Vec<u8>, PdfError> {
    let words = Words::new(extract.language);
    let title = format!("{} {}", words.t("extract-title"), extract.reference);
    let mut footer = format!("{} · {}", extract.controller.name, extract.reference);
    if extract.draft {
        footer = format!("{} · {footer}", words.t("document-draft"));
    }
    pdf::render(&title, &footer, &words, |writer| {
        if extract.draft {
            writer.paragraph(&words.t("extract-draft"), BODY, Style::Bold);
        }
        letterhead(writer, extract, &words);
        match (&extract.customer, &extract.erasure) {
            (Some(customer), _) => {
                basic_data(writer, customer, &words);
                orders(writer, extract, &words);
                reviews(writer, extract, &words);
                marketing(writer, customer, &words);
            }
            (None, Some(erasure)) => {
                erased(writer, erasure, &words);
                orders(writer, extract, &words);
            }
            (None, None) => {}
        }
        consents(writer, extract, &words);
        requests(writer, extract, &words);
        consultations(writer, extract, &words);
        writer.gap(4.0);
        writer.heading(&words.t("extract-information"), 14.0);
        pdf::sections(writer, &extract.information);
        writer.gap(2.0);
        let notice = &extract.notice;
        writer.paragraph(
            &words.t_with(
                "extract-notice-version",
                &[
                    ("version", notice.version.into()),
                    (
                        "date",
                        format::date_for(words.lang(), notice.published_on).into(),
                    ),
                    ("address", notice.address.clone().into()),
                ],
            ),
            BODY,
            Style::Regular,
        );
        letterhead::signature(writer, &extract.controller, extract.issued_on, &words);
    })
}

fn marketing(writer: &mut Writer<'_>, customer: &CustomerData, words: &Words) {
    writer.heading(&words.t("extract-marketing"), HEADING);
    let newsletter = if customer.newsletter {
        "extract-newsletter-yes"
    } else {
        "extract-newsletter-no"
    };
    writer.paragraph(&words.t(newsletter), BODY, Style::Regular);
    let marketing = if customer.marketing_refused {
        "extract-marketing-refused"
    } else {
        "extract-marketing-allowed"
    };
    writer.paragraph(&words.t(marketing), BODY, Style::Regular);
}

fn letterhead(writer: &mut Writer<'_>, extract: &Extract, words: &Words) {
    let info = [
        (words.t("extract-title"), extract.reference.clone()),
        (
            words.t("extract-date"),
            format::date_for(words.lang(), extract.issued_on),
        ),
    ];
    letterhead::head(
        writer,
        &extract.controller,
        &extract.recipient,
        &info,
        &words.t("extract-title"),
        words,
    );
    writer.paragraph(&words.t("extract-intro"), BODY, Style::Regular);
}

/// What an erased customer's extract says in place of the basic data: that the data was
/// erased, when and why, and what is still kept.
fn erased(writer: &mut Writer<'_>, erasure: &ErasureRecord, words: &Words) {
    writer.heading(&words.t("extract-erased"), HEADING);
    writer.paragraph(
        &words.t_with(
            "extract-erased-intro",
            &[(
                "date",
                format::day_for(words.lang(), erasure.erased_at).into(),
            )],
        ),
        BODY,
        Style::Regular,
    );
    let rows = [
        (
            words.t("extract-erased-number"),
            erasure.customer_number.to_string(),
        ),
        (
            words.t("extract-erased-at"),
            format::date_time_for(words.lang(), erasure.erased_at),
        ),
        (
            words.t("extract-erased-reason"),
            erasure
                .reason
                .clone()
                .unwrap_or_else(|| words.t("extract-erased-reason-gone")),
        ),
    ];
    letterhead::label_rows(writer, (LEFT, 55.0), LEFT + 57.0, rows);
}

fn basic_data(writer: &mut Writer<'_>, customer: &CustomerData, words: &Words) {
    writer.heading(&words.t("extract-basic"), HEADING);
    let text = |value: &Option<String>| value.clone().unwrap_or_else(|| "–".to_owned());
    let password = if customer.webshop_password_stored_as_hash {
        words.t("extract-password-hash")
    } else {
        "–".to_owned()
    };
    let rows = [
        (words.t("field-first-name"), customer.first_name.clone()),
        (words.t("field-last-name"), customer.last_name.clone()),
        (words.t("field-email"), text(&customer.email)),
        (
            words.t("field-phone"),
            customer
                .phone
                .as_deref()
                .map_or("–".to_owned(), Phone::display),
        ),
        (
            words.t("field-street-address"),
            text(&customer.street_address),
        ),
        (words.t("field-postal-code"), text(&customer.postal_code)),
        (words.t("field-city"), text(&customer.city)),
        (words.t("field-country"), words.country(&customer.country)),
        (
            words.t("field-newsletter"),
            words.t(if customer.newsletter { "yes" } else { "no" }),
        ),
        (
            words.t("field-webshop-username"),
            text(&customer.webshop_username),
        ),
        (words.t("field-webshop-password"), password),
        (words.t("field-company-name"), text(&customer.company_name)),
        (words.t("field-vat-id"), text(&customer.vat_id)),
        (
            words.t("field-webshop-customer-id"),
            text(&customer.webshop_customer_id),
        ),
        (
            words.t("field-last-webshop-login"),
            customer.last_webshop_login_at.map_or("–".to_owned(), |at| {
                format::date_time_for(words.lang(), at)
            }),
        ),
        (
            words.t("created-at"),
            format::date_time_for(words.lang(), customer.created_at),
        ),
        (
            words.t("updated-at"),
            format::date_time_for(words.lang(), customer.updated_at),
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

fn orders(writer: &mut Writer<'_>, extract: &Extract, words: &Words) {
    let heading = if extract.erasure.is_some() {
        "extract-vouchers"
    } else {
        "extract-orders"
    };
    writer.heading(&words.t(heading), HEADING);
    if extract.orders.is_empty() {
        writer.paragraph(&words.t("extract-no-orders"), BODY, Style::Regular);
        return;
    }
    for order in &extract.orders {
        order_block(writer, order, words);
    }
}

fn order_block(writer: &mut Writer<'_>, order: &ExtractOrder, words: &Words) {
    writer.gap(2.0);
    // The whole order on one page where it fits on one (its total never alone over the
    // page); a longer one starts with its first lines, and its table header repeats.
    let whole = line_height(BODY) + (order.lines.len() as f32 + 4.0) * line_height(SMALL) + 2.0;
    let least = 3.0 * line_height(BODY) + 2.0 * line_height(SMALL);
    writer.ensure(if whole <= TOP - BOTTOM { whole } else { least });
    let title = format!(
        "{} · {} · {}",
        order.order_number,
        format::date_time_for(words.lang(), order.placed_at),
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
                words.t("extract-shipping-method"),
                carrier,
                words.t("extract-delivered-to"),
                order.delivery_address.join(", ")
            ),
        )],
        SMALL,
        Style::Regular,
    );
    writer.begin_table(line_cells(
        words.t("extract-line-product"),
        words.t("extract-line-quantity"),
        words.t("extract-line-unit-price"),
        words.t("extract-line-vat"),
        words.t("extract-line-amount"),
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
                words.t("extract-order-total"),
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

fn reviews(writer: &mut Writer<'_>, extract: &Extract, words: &Words) {
    writer.heading(&words.t("extract-reviews"), HEADING);
    if extract.reviews.is_empty() {
        writer.paragraph(&words.t("extract-no-reviews"), BODY, Style::Regular);
        return;
    }
    for review in &extract.reviews {
        let visibility = words.t(if review.visible {
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
                    format::day_for(words.lang(), review.written_at),
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
