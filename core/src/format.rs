//! Times are stored in UTC and shown in Helsinki time, the Finnish way: 25.11.2026 15.42.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, TimeZone, Utc};

use crate::domain::Lang;
use chrono_tz::Europe::Helsinki;

pub fn date_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&Helsinki)
        .format("%-d.%-m.%Y %H.%M")
        .to_string()
}

/// Today's date in Finland: the day a letter is received, an extract dated, a deadline counted
/// from. Near midnight it differs from the date in UTC.
pub fn today() -> NaiveDate {
    date_in_finland(Utc::now())
}

pub fn date_in_finland(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Helsinki).date_naive()
}

/// The moment a day begins in Finland, as the cut-off of anything counted in Finnish days.
pub fn start_of_day_in_finland(date: NaiveDate) -> Option<DateTime<Utc>> {
    match Helsinki.from_local_datetime(&date.and_hms_opt(0, 0, 0)?) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Some(at.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

/// A calendar date, such as a letter's day of receipt: 3.2.2026.
pub fn date_only(date: NaiveDate) -> String {
    date.format("%-d.%-m.%Y").to_string()
}

pub fn date(at: DateTime<Utc>) -> String {
    date_only(date_in_finland(at))
}

/// A date as a document in `lang` writes it: 3.12.2026 in Finnish and Swedish, 3 December
/// 2026 in English.
pub fn date_for(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Fi | Lang::Sv => date_only(date),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let month = MONTHS[date.month0() as usize];
            format!("{} {month} {}", date.day(), date.year())
        }
    }
}

/// A moment in Helsinki time as a document in `lang` writes it: "3.12.2026 klo 5.07",
/// "3.12.2026 kl. 5.07", "3 December 2026, 05:07".
pub fn date_time_for(lang: Lang, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Helsinki);
    let date = date_for(lang, local.date_naive());
    match lang {
        Lang::Fi => format!("{date} klo {}", local.format("%-H.%M")),
        Lang::Sv => format!("{date} kl. {}", local.format("%-H.%M")),
        Lang::En => format!("{date}, {}", local.format("%H:%M")),
    }
}

/// The day of a moment in Helsinki time, as a document in `lang` writes it.
pub fn day_for(lang: Lang, at: DateTime<Utc>) -> String {
    date_for(lang, date_in_finland(at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn winter_time_is_utc_plus_two() {
        let at = Utc
            .with_ymd_and_hms(2026, 11, 25, 13, 42, 0)
            .single()
            .expect("valid");
        assert_eq!(date_time(at), "25.11.2026 15.42");
    }

    #[test]
    fn summer_time_is_utc_plus_three_and_can_change_the_date() {
        let at = Utc
            .with_ymd_and_hms(2026, 6, 30, 22, 5, 0)
            .single()
            .expect("valid");
        assert_eq!(date_time(at), "1.7.2026 01.05");
        assert_eq!(date(at), "1.7.2026");
        let first_of_july = NaiveDate::from_ymd_opt(2026, 7, 1).expect("valid");
        assert_eq!(date_in_finland(at), first_of_july);
    }

    #[test]
    fn each_document_language_writes_dates_and_times_its_own_way() {
        let at = Utc
            .with_ymd_and_hms(2026, 12, 3, 3, 7, 0)
            .single()
            .expect("valid");
        assert_eq!(date_time_for(Lang::Fi, at), "3.12.2026 klo 5.07");
        assert_eq!(date_time_for(Lang::Sv, at), "3.12.2026 kl. 5.07");
        assert_eq!(date_time_for(Lang::En, at), "3 December 2026, 05:07");
        assert_eq!(day_for(Lang::En, at), "3 December 2026");
    }
}
