//! The top and the foot of every letter the shop sends: the sender, the address where a
//! window envelope shows it, the reference and date on the right, the title; and the place,
//! date and signature at the end.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::layout::{Align, BODY, Cell, LEFT, PAGE_HEIGHT, RIGHT, SMALL, Style, Writer};
use crate::document::Words;
use crate::domain::Phone;
use crate::domain::organisation::Controller;
use crate::format;

/// Where the address shows through the window of a C5/E5 envelope (SFS 2487 and DIN 5008
/// agree): 20 mm from the left edge, 45 mm from the top, 85 mm wide.
const WINDOW_X: f32 = 22.0;
const WINDOW_TOP: f32 = PAGE_HEIGHT - 50.0;
const INFO_X: f32 = 120.0;

/// Whom a letter goes to, as the address lines print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addressee {
    pub name: String,
    pub company: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub country: String,
}

impl Addressee {
    /// No one by name and no address: an extract saved for staff, not sent.
    pub fn nobody() -> Self {
        Self {
            name: String::new(),
            company: None,
            street_address: None,
            postal_code: None,
            city: None,
            country: String::new(),
        }
    }

    /// Whether the address is a company's: the letter is then marked personal above it.
    pub fn is_at_a_company(&self) -> bool {
        self.company
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty())
    }

    /// Whether the letter goes outside Finland (Åland is reached through the Finnish post
    /// and dials Finnish numbers as they are).
    pub fn is_abroad(&self) -> bool {
        !matches!(self.country.as_str(), "FI" | "AX" | "")
    }

    /// The address lines, the town in capitals. Åland is reached through the Finnish postal
    /// system; any other country is named on the last line in capitals.
    pub fn lines(&self, words: &Words) -> Vec<String> {
        let mut lines = vec![self.name.clone()];
        lines.extend(self.company.clone());
        if let Some(street) = &self.street_address {
            lines.extend(street.lines().map(str::to_owned));
        }
        lines.push(
            format!(
                "{} {}",
                self.postal_code.clone().unwrap_or_default(),
                self.city.clone().unwrap_or_default().to_uppercase()
            )
            .trim()
            .to_owned(),
        );
        if self.is_abroad() {
            lines.push(words.country(&self.country).to_uppercase());
        }
        lines.retain(|line| !line.trim().is_empty());
        lines
    }
}

/// The letter's head: the sender at the top, the address in the envelope's window, `info`
/// (label and value rows) beside it, and the title below, where the text begins.
pub fn head(
    writer: &mut Writer<'_>,
    controller: &Controller,
    addressee: &Addressee,
    info: &[(String, String)],
    title: &str,
    words: &Words,
) {
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
        format!(
            "{} {}",
            words.t("field-business-id"),
            controller.business_id
        ),
        controller.email.clone(),
    ];
    if !controller.phone.is_empty() {
        // As the addressee dials it: from abroad with the country code.
        sender.push(if addressee.is_abroad() {
            Phone::international(&controller.phone)
        } else {
            Phone::display(&controller.phone)
        });
    }
    sender.retain(|line| !line.is_empty());
    writer.lines(LEFT, &sender, SMALL, Style::Regular);

    writer.move_to(WINDOW_TOP);
    if addressee.is_at_a_company() {
        // Whoever opens a company's post should not open this.
        let personal = [words.t("document-personal")];
        writer.lines(WINDOW_X, &personal, 11.0, Style::Bold);
    }
    let wrapped: Vec<String> = addressee
        .lines(words)
        .iter()
        .flat_map(|line| writer.fonts().wrap(line, 11.0, Style::Regular, 80.0))
        .collect();
    writer.lines(WINDOW_X, &wrapped, 11.0, Style::Regular);

    writer.move_to(WINDOW_TOP);
    let label_width = info
        .iter()
        .map(|(label, _)| writer.fonts().width(label, BODY, Style::Regular))
        .fold(0.0, f32::max)
        + 3.0;
    label_rows(
        writer,
        (INFO_X, label_width),
        INFO_X + label_width,
        info.iter().cloned(),
    );
    writer.move_to(PAGE_HEIGHT - 100.0);
    writer.paragraph(title, 16.0, Style::Bold);
    writer.gap(2.0);
}

/// Labels and their values side by side, a row each; the value runs to the right margin.
pub fn label_rows(
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

/// The place and date, a line to sign on, and the contact person's name under it.
pub fn signature(writer: &mut Writer<'_>, controller: &Controller, on: NaiveDate, words: &Words) {
    writer.gap(8.0);
    writer.ensure(30.0);
    let date = format::date_for(words.lang(), on);
    let place_and_date = if controller.city.is_empty() {
        date
    } else {
        format!("{}, {date}", controller.city)
    };
    writer.paragraph(&place_and_date, BODY, Style::Regular);
    writer.gap(16.0);
    let y = writer.y();
    writer.line(LEFT, y, LEFT + 80.0, y, 0.5);
    writer.gap(1.5);
    writer.paragraph(&words.t("document-signature"), SMALL, Style::Regular);
    writer.paragraph(&controller.contact_person, BODY, Style::Regular);
}
