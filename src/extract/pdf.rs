//! The extract as an A4 PDF to print, sign and mail in a window envelope.

use super::{Extract, ExtractOrder};
use crate::document::layout::{
    Align, BODY, Cell, LEFT, PAGE_HEIGHT, RIGHT, SMALL, Style, Writer, line_height,
};
use crate::document::pdf::{self, HEADING, PdfError};
use crate::domain::Phone;
use crate::format;
use crate::i18n::I18n;

/// Where the address shows through the window of a C5/E5 envelope (SFS 2487 and DIN 5008
/// agree): 20 mm from the left edge, 45 mm from the top, 85 mm wide.
const WINDOW_X: f32 = 22.0;
const WINDOW_TOP: f32 = PAGE_HEIGHT - 50.0;
const INFO_X: f32 = 120.0;

pub fn render(extract: &Extract) -> Result<Vec<u8>, PdfError> {
    let i18n = I18n::new(extract.language);
    let title = format!("{} {}", i18n.t("extract-title"), extract.reference);
    let footer = format!("{} · {}", extract.controller.name, extract.reference);
    pdf::render(&title, &footer, &i18n, |writer| {
        letterhead(writer, extract, &i18n);
        basic_data(writer, extract, &i18n);
        orders(writer, extract, &i18n);
        reviews(writer, extract, &i18n);
        marketing(writer, extract, &i18n);
        writer.gap(4.0);
        writer.heading(&i18n.t("extract-information"), 14.0);
        pdf::sections(writer, &extract.information);
        if let Some(notice) = extract.notice {
            writer.gap(2.0);
            writer.paragraph(
                &i18n.t_with(
                    "extract-notice-version",
                    &[
                        ("version", notice.version.into()),
                        ("date", format::date_only(notice.published_on).into()),
                    ],
                ),
                BODY,
                Style::Regular,
            );
        }
        signature(writer, extract, &i18n);
    })
}

fn marketing(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    writer.heading(&i18n.t("extract-marketing"), HEADING);
    let newsletter = if extract.customer.newsletter {
        "extract-newsletter-yes"
    } else {
        "extract-newsletter-no"
    };
    writer.paragraph(&i18n.t(newsletter), BODY, Style::Regular);
    let marketing = if extract.customer.marketing_refused {
        "extract-marketing-refused"
    } else {
        "extract-marketing-allowed"
    };
    writer.paragraph(&i18n.t(marketing), BODY, Style::Regular);
}

fn letterhead(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    let controller = &extract.controller;
    writer.lines(
        LEFT,
        std::slice::from_ref(&controller.name),
        12.0,
        Style::Bold,
    );
    let mut sender = vec![
        controller.street_address.clone(),
        format!("{} {}", controller.postal_code, controller.city)
            .trim()
            .to_owned(),
        format!("{} {}", i18n.t("field-business-id"), controller.business_id),
        controller.email.clone(),
    ];
    if !controller.phone.is_empty() {
        sender.push(Phone::display(&controller.phone));
    }
    sender.retain(|line| !line.is_empty());
    writer.lines(LEFT, &sender, SMALL, Style::Regular);

    let recipient = &extract.recipient;
    let mut address = vec![recipient.name.clone()];
    address.extend(recipient.company.clone());
    address.extend(recipient.street_address.clone());
    address.push(
        format!(
            "{} {}",
            recipient.postal_code.clone().unwrap_or_default(),
            recipient.city.clone().unwrap_or_default().to_uppercase()
        )
        .trim()
        .to_owned(),
    );
    // Åland is reached through the Finnish postal system; any other country is named on the
    // last line in capitals.
    if !matches!(recipient.country.as_str(), "FI" | "AX") {
        address.push(i18n.country(&recipient.country).to_uppercase());
    }
    address.retain(|line| !line.is_empty());
    writer.move_to(WINDOW_TOP);
    let wrapped: Vec<String> = address
        .iter()
        .flat_map(|line| writer.fonts().wrap(line, 11.0, Style::Regular, 80.0))
        .collect();
    writer.lines(WINDOW_X, &wrapped, 11.0, Style::Regular);

    writer.move_to(WINDOW_TOP);
    let info = [
        (i18n.t("extract-title"), extract.reference.clone()),
        (i18n.t("extract-date"), format::date_only(extract.issued_on)),
    ];
    let label_width = info
        .iter()
        .map(|(label, _)| writer.fonts().width(label, BODY, Style::Regular))
        .fold(0.0, f32::max)
        + 3.0;
    label_rows(writer, (INFO_X, label_width), INFO_X + label_width, info);
    writer.move_to(PAGE_HEIGHT - 100.0);
    writer.lines(LEFT, &[i18n.t("extract-title")], 16.0, Style::Bold);
    writer.gap(2.0);
    writer.paragraph(&i18n.t("extract-intro"), BODY, Style::Regular);
}

fn basic_data(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    let customer = &extract.customer;
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
        (i18n.t("created-at"), format::date_time(customer.created_at)),
        (i18n.t("updated-at"), format::date_time(customer.updated_at)),
    ];
    label_rows(writer, (LEFT, 55.0), LEFT + 57.0, rows);
}

/// Labels and their values side by side, a row each; the value runs to the right margin.
fn label_rows(
    writer: &mut Writer<'_>,
    (label_x, label_width): (f32, f32),
    value_x: f32,
    rows: impl IntoIterator<Item = (String, String)>,
) {
    for (label, value) in rows {
        writer.row(
            &[
                Cell::new(label_x, label_width, Align::Left, label),
                Cell::new(value_x, RIGHT - value_x, Align::Left, value),
            ],
            BODY,
            Style::Regular,
        );
    }
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
    writer.heading(&i18n.t("extract-orders"), HEADING);
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
    writer.ensure(3.0 * line_height(BODY) + 2.0 * line_height(SMALL));
    let title = format!(
        "{} · {} · {}",
        order.order_number,
        format::date_time(order.placed_at),
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
                    format::date(review.written_at),
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

fn signature(writer: &mut Writer<'_>, extract: &Extract, i18n: &I18n) {
    writer.gap(8.0);
    writer.ensure(30.0);
    let date = format::date_only(extract.issued_on);
    let place_and_date = if extract.controller.city.is_empty() {
        date
    } else {
        format!("{}, {date}", extract.controller.city)
    };
    writer.paragraph(&place_and_date, BODY, Style::Regular);
    writer.gap(16.0);
    let y = writer.y();
    writer.line(LEFT, y, LEFT + 80.0, y, 0.5);
    writer.gap(1.5);
    writer.paragraph(&i18n.t("extract-signature"), SMALL, Style::Regular);
    writer.paragraph(&extract.controller.contact_person, BODY, Style::Regular);
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
