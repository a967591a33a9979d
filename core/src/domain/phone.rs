use std::fmt;

use phonenumber::{Mode, country};

use super::{Field, FieldError, Problem};

/// A phone number in E.164 form (+358401234567). Finnish numbers may be typed the usual local
/// ways (040 123 4567, 09-123 4567, +358 40 1234567, 00358…); other countries need their prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(FieldError::new(Field::Phone, Problem::Required));
        }
        let invalid = || FieldError::new(Field::Phone, Problem::NotAPhoneNumber);
        let value = spelled_plainly(value).ok_or_else(invalid)?;
        let number = phonenumber::parse(Some(country::Id::FI), &value).map_err(|_| invalid())?;
        if !number.is_valid() {
            return Err(invalid());
        }
        Ok(Self(number.format().mode(Mode::E164).to_string()))
    }

    pub fn parse_optional(input: &str) -> Result<Option<Self>, FieldError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(input).map(Some)
        }
    }

    /// Whether the number is written with its country calling code ("+46…", "0046…").
    pub fn has_country_code(input: &str) -> bool {
        spelled_plainly(input).is_some_and(|plain| plain.starts_with('+'))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A stored E.164 number as people read it: a Finnish number in the national format with
    /// its subscriber part grouped ("040 428 4899", "09 1234 5678"), a foreign one with its
    /// country code ("+46 70 123 45 67"). Anything that does not parse is shown as stored.
    pub fn display(stored: &str) -> String {
        match phonenumber::parse(None, stored) {
            Ok(number) if number.code().value() == FINLAND => {
                let national = number.format().mode(Mode::National).to_string();
                finnish_grouping(&national).unwrap_or(national)
            }
            Ok(number) => number.format().mode(Mode::International).to_string(),
            Err(_) => stored.to_owned(),
        }
    }

    /// A stored number as it is dialled from abroad: "+358 40 428 4899".
    pub fn international(stored: &str) -> String {
        match phonenumber::parse(None, stored) {
            Ok(number) if number.code().value() == FINLAND => {
                let national = number.format().mode(Mode::National).to_string();
                match finnish_grouping(&national) {
                    Some(grouped) => format!("+358 {}", grouped.trim_start_matches('0')),
                    None => number.format().mode(Mode::International).to_string(),
                }
            }
            Ok(number) => number.format().mode(Mode::International).to_string(),
            Err(_) => stored.to_owned(),
        }
    }
}

/// Finland's country calling code.
const FINLAND: u16 = 358;

/// "040 4284899" (libphonenumber's national form: the area or network code, then the
/// subscriber number) grouped as Finns write it: a subscriber number of six digits or more in
/// two groups, the last of four digits when it has seven or more ("040 428 4899",
/// "09 1234 5678", "020 123 456"); a shorter one stays whole ("0600 12345").
fn finnish_grouping(national: &str) -> Option<String> {
    let (area, subscriber) = national.split_once(' ')?;
    let digits: String = subscriber.chars().filter(char::is_ascii_digit).collect();
    let split = match digits.len() {
        0..=5 => return Some(format!("{area} {digits}")),
        6 => 3,
        n => n - 4,
    };
    let (head, tail) = digits.split_at(split);
    Some(format!("{area} {head} {tail}"))
}

/// The number with the ways people write it taken off: a spreadsheet's leading apostrophe, a
/// "tel." or "puh." before it, spaces, dashes, dots, slashes and brackets (also around the
/// country code: "(+358) 40…"); "00" as the international prefix (the parser only knows "+");
/// and the Finnish trunk zero written after the country code ("+358 040 …", "+358 (0)40 …").
/// `None` when anything but digits and a leading "+" is left.
fn spelled_plainly(input: &str) -> Option<String> {
    let input = without_label(input.trim().trim_start_matches('\''));
    let input = input.replace("(0)", "");
    let mut plain = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '0'..='9' => plain.push(c),
            '+' | '\u{ff0b}' if plain.is_empty() => plain.push('+'),
            ' '
            | '\t'
            | '\u{a0}'
            | '\u{2009}'
            | '\u{202f}'
            | '-'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '.'
            | '/'
            | '('
            | ')' => {}
            _ => return None,
        }
    }
    let plain = match plain.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => plain,
    };
    Some(match plain.strip_prefix("+3580") {
        Some(national) => format!("+358{national}"),
        None => plain,
    })
}

/// The number without a label written before it: "tel.", "Tel:", "puh.", "p.", "mob.", "gsm".
fn without_label(input: &str) -> &str {
    const LABELS: [&str; 9] = [
        "puhelin", "phone", "tel", "puh", "gsm", "mob", "tfn", "ph", "p",
    ];
    for label in LABELS {
        let labelled = input
            .get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label));
        if !labelled {
            continue;
        }
        let rest = input[label.len()..]
            .trim_start_matches(['.', ':'])
            .trim_start();
        // A label is followed by the number, never by another letter.
        if rest.starts_with(['+', '(', '\u{ff0b}'])
            || rest.starts_with(|c: char| c.is_ascii_digit())
        {
            return rest;
        }
    }
    input
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(input: &str) -> Result<String, FieldError> {
        Phone::parse(input).map(|p| p.to_string())
    }

    #[test]
    fn finnish_mobile_numbers_in_local_spellings_normalise_to_e164() {
        for spelling in [
            "040 123 4567",
            "0401234567",
            "040-1234567",
            "+358 40 123 4567",
            "+358401234567",
            "00358 40 123 4567",
            "(040) 123 4567",
        ] {
            assert_eq!(e164(spelling), Ok("+358401234567".to_owned()), "{spelling}");
        }
    }

    #[test]
    fn the_ways_people_write_a_number_in_a_spreadsheet_are_understood() {
        for spelling in [
            "+358 040 123 4567",
            "+358 (0)40 123 4567",
            "+358-(0)40-123-4567",
            "00358 040 1234567",
            "'+358 40 123 4567",
            "040.123.4567",
            "040/123 4567",
            "040\u{a0}123\u{a0}4567",
            "(040) 123-4567",
        ] {
            assert_eq!(e164(spelling), Ok("+358401234567".to_owned()), "{spelling}");
        }
    }

    #[test]
    fn an_old_helsinki_landline_form_normalises() {
        assert_eq!(e164("(09) 123 4567"), Ok("+35891234567".to_owned()));
        assert_eq!(e164("+358 (0)9 123 4567"), Ok("+35891234567".to_owned()));
    }

    #[test]
    fn helsinki_landline_normalises() {
        assert_eq!(e164("09 1234 567"), Ok("+35891234567".to_owned()));
    }

    #[test]
    fn swedish_number_with_prefix_is_kept_in_its_country() {
        assert_eq!(e164("+46 70 123 45 67"), Ok("+46701234567".to_owned()));
    }

    #[test]
    fn stored_numbers_are_grouped_for_reading() {
        assert_eq!(Phone::display("+358401234567"), "040 123 4567");
        assert_eq!(Phone::display("+35891234567"), "09 123 4567");
        assert_eq!(Phone::display("+35860012345"), "0600 12345");
        assert_eq!(Phone::display("+358201234567"), "020 123 4567");
        assert_eq!(Phone::display("not a number"), "not a number");
    }

    #[test]
    fn refuses_letters_and_too_short_numbers() {
        for bad in [
            "puhelin",
            "12",
            "040 12",
            "+358 0",
            "040 123 4567 ext",
            "040+1234567",
        ] {
            assert_eq!(
                Phone::parse(bad),
                Err(FieldError::new(Field::Phone, Problem::NotAPhoneNumber)),
                "{bad}"
            );
        }
    }
}
