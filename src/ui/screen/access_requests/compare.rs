//! What a request says beside what the register holds, row by row, with the rows that agree
//! marked: the identity check is a comparison on one screen.

use crate::i18n::I18n;
use iced::widget::{column, container, row, text};
use iced::{Element, Length};
use register::domain::Field;
use register::domain::Phone;
use register::service::customer::Customer;

use crate::ui::theme::muted;
use crate::ui::widget::bold;

/// Who the request says the requester is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Said {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
}

pub fn view<'a, M: 'a>(said: &Said, customer: Option<&Customer>, i18n: &I18n) -> Element<'a, M> {
    let held = |value: Option<String>| value.unwrap_or_default();
    let register = customer.map(|c| {
        let place = format!(
            "{} {}",
            c.postal_code.clone().unwrap_or_default(),
            c.city.clone().unwrap_or_default()
        );
        [
            format!("{} {}", c.first_name, c.last_name),
            held(c.email.clone()),
            c.phone.as_deref().map(Phone::display).unwrap_or_default(),
            [held(c.street_address.clone()), place.trim().to_owned()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
        ]
    });
    let labels = [
        i18n.field(Field::RequesterName),
        i18n.field(Field::Email),
        i18n.field(Field::Phone),
        i18n.t("requests-address"),
    ];
    let said_values = [
        said.name.clone(),
        said.email.clone(),
        said.phone.clone(),
        said.address.replace('\n', ", "),
    ];
    let mut table = column![
        row![
            text("").width(Length::FillPortion(2)),
            text(i18n.t("requests-said"))
                .font(bold())
                .width(Length::FillPortion(4)),
            text(i18n.t("requests-in-register"))
                .font(bold())
                .width(Length::FillPortion(4)),
            text("").width(Length::FillPortion(1)),
        ]
        .spacing(8)
    ]
    .spacing(4);
    for (index, label) in labels.into_iter().enumerate() {
        let held = register
            .as_ref()
            .map_or_else(String::new, |values| values[index].clone());
        let agrees = register.is_some() && agree(index, &said_values[index], &held);
        table = table.push(
            row![
                text(label)
                    .size(13)
                    .style(muted)
                    .width(Length::FillPortion(2)),
                text(said_values[index].clone())
                    .size(14)
                    .wrapping(text::Wrapping::WordOrGlyph)
                    .width(Length::FillPortion(4)),
                text(held)
                    .size(14)
                    .wrapping(text::Wrapping::WordOrGlyph)
                    .width(Length::FillPortion(4)),
                text(if agrees { "✓" } else { "" })
                    .style(text::success)
                    .width(Length::FillPortion(1)),
            ]
            .spacing(8),
        );
    }
    container(table)
        .padding(10)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

/// Whether a row agrees: letters compared without case and spacing, phone numbers by their
/// digits, an address by the street it starts with.
fn agree(index: usize, said: &str, held: &str) -> bool {
    let folded = |s: &str| {
        s.to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let digits = |s: &str| {
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        digits
            .strip_prefix("358")
            .map_or(digits.trim_start_matches('0').to_owned(), str::to_owned)
    };
    match index {
        2 => !said.trim().is_empty() && digits(said) == digits(held),
        3 => {
            let street = folded(held.split(',').next().unwrap_or_default());
            !street.is_empty() && folded(said).starts_with(&street)
        }
        _ => !said.trim().is_empty() && folded(said) == folded(held),
    }
}

#[cfg(test)]
mod tests {
    use super::agree;

    #[test]
    fn rows_agree_as_people_write_them() {
        assert!(agree(0, "aino  Häkkinen", "Aino Häkkinen"));
        assert!(agree(2, "040 765 4321", "040 765 4321"));
        assert!(agree(2, "+358 40 765 4321", "040 765 4321"));
        assert!(agree(
            3,
            "Kangaskuja 3 B 12, 40100 Jyväskylä",
            "Kangaskuja 3 B 12, 40100 Jyväskylä"
        ));
        assert!(!agree(1, "", ""));
        assert!(!agree(0, "Aino Virtanen", "Aino Häkkinen"));
    }
}
