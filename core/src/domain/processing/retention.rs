//! How long the register keeps what it holds: the customer relationship ends after a number of
//! idle months; order vouchers are kept as the Accounting Act (kirjanpitolaki 1336/1997, 2 luku
//! 10 §) requires, six years from the end of the calendar year in which the financial year
//! ended; access requests and their letters for a set number of years after they were closed,
//! the audit trail (each customer's consultation log) for a set number of years after each
//! event, and the digests that keep an erased webshop customer from being imported again for
//! a set number of years after the erasure.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Slot, SlotProblem};
use crate::domain::Problem;

pub const IDLE_MONTHS: (u32, u32) = (1, 240);
/// The fewest and most years of every [`Period`].
pub const YEARS: (u32, u32) = (1, 20);
/// The Accounting Act's minimum for vouchers, in years after the end of the calendar year in
/// which the financial year ended.
pub const VOUCHER_YEARS: i32 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    pub idle_months: u32,
    pub financial_year_end: YearEnd,
    pub request_years: u32,
    /// A description saved before these periods were set gets the defaults, which the admin
    /// sees in the settings before the next notice.
    #[serde(default = "Period::log_default")]
    pub log_years: u32,
    #[serde(default = "Period::erased_keys_default")]
    pub erased_key_years: u32,
}

/// What the register keeps for a number of whole years, each with its own setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// Access and other requests, with their letters and the documents sent, after closing.
    Requests,
    /// The audit trail, and so each customer's consultation log, after each event.
    Log,
    /// The digests of an erased webshop customer's number and email, after the erasure.
    ErasedKeys,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Requests, Period::Log, Period::ErasedKeys];

    /// The period a new register starts with. Requests and the log: the general limitation
    /// period for claims is three years (laki velan vanhentumisesta 728/2003, 4 §), and the
    /// shop must be able to show for as long that it handled each request and each use of the
    /// data lawfully (GDPR Art. 5(2)). Erased keys: as long, for the erased person to be gone
    /// from the webshop and from the exports staff import.
    pub const fn default_years(self) -> u32 {
        match self {
            Period::Requests | Period::Log | Period::ErasedKeys => 3,
        }
    }

    fn log_default() -> u32 {
        Period::Log.default_years()
    }

    fn erased_keys_default() -> u32 {
        Period::ErasedKeys.default_years()
    }

    pub fn key(self) -> &'static str {
        match self {
            Period::Requests => "requests",
            Period::Log => "log",
            Period::ErasedKeys => "erased-keys",
        }
    }
}

/// The day and month on which the shop's financial year ends, e.g. 31.12. or 30.6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearEnd {
    pub day: u32,
    pub month: u32,
}

impl YearEnd {
    pub const CALENDAR_YEAR: YearEnd = YearEnd { day: 31, month: 12 };

    /// "31.12." or "31.12"; the 29th of February is the last day of February in every year.
    pub fn parse(input: &str) -> Option<YearEnd> {
        let mut parts = input.trim().trim_end_matches('.').split('.');
        let day = parts.next()?.trim().parse().ok()?;
        let month = parts.next()?.trim().parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        // 2024 is a leap year: every day that can end a month is valid in it.
        NaiveDate::from_ymd_opt(2024, month, day)?;
        Some(YearEnd { day, month })
    }

    /// The day the financial year ends in `year`; a year end on 29.2. falls on 28.2. in other
    /// years.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        (0..3).find_map(|back| NaiveDate::from_ymd_opt(year, self.month, self.day - back))
    }

    /// The last day of the financial year in which an order placed on `placed_on` belongs.
    pub fn financial_year_end_after(self, placed_on: NaiveDate) -> Option<NaiveDate> {
        let this_year = self.in_year(placed_on.year())?;
        if placed_on <= this_year {
            Some(this_year)
        } else {
            self.in_year(placed_on.year() + 1)
        }
    }

    /// The first moment, in Helsinki time, from which the orders placed before it have run
    /// their course on `today`: their financial year ended in a calendar year that ended six
    /// years ago or earlier. With a calendar financial year, on any day of 2027 that is the
    /// start of 1 January 2021: the orders of 2020 and before may go.
    pub fn voucher_purge_before(self, today: NaiveDate) -> Option<DateTime<Utc>> {
        let last_kept_year_end = self.in_year(today.year() - VOUCHER_YEARS - 1)?;
        let first_kept_day = last_kept_year_end.checked_add_days(Days::new(1))?;
        crate::format::start_of_day_in_finland(first_kept_day)
    }

    pub fn display(self) -> String {
        format!("{}.{}.", self.day, self.month)
    }
}

/// The retention settings as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionInput {
    pub idle_months: String,
    pub financial_year_end: String,
    pub request_years: String,
    pub log_years: String,
    pub erased_key_years: String,
}

impl Retention {
    pub fn years(&self, period: Period) -> u32 {
        match period {
            Period::Requests => self.request_years,
            Period::Log => self.log_years,
            Period::ErasedKeys => self.erased_key_years,
        }
    }

    pub fn to_input(self) -> RetentionInput {
        RetentionInput {
            idle_months: self.idle_months.to_string(),
            financial_year_end: self.financial_year_end.display(),
            request_years: self.request_years.to_string(),
            log_years: self.log_years.to_string(),
            erased_key_years: self.erased_key_years.to_string(),
        }
    }

    pub(super) fn problems(&self, problems: &mut Vec<SlotProblem>) {
        if !in_range(self.idle_months, IDLE_MONTHS) {
            problems.push(out_of_range(Slot::IdleMonths, IDLE_MONTHS));
        }
        for period in Period::ALL {
            if !in_range(self.years(period), YEARS) {
                problems.push(out_of_range(Slot::Years(period), YEARS));
            }
        }
        let end = self.financial_year_end;
        if YearEnd::parse(&end.display()) != Some(end) {
            problems.push(SlotProblem::new(
                Slot::FinancialYearEnd,
                Problem::NotADayAndMonth,
            ));
        }
    }
}

impl RetentionInput {
    pub fn years(&self, period: Period) -> &str {
        match period {
            Period::Requests => &self.request_years,
            Period::Log => &self.log_years,
            Period::ErasedKeys => &self.erased_key_years,
        }
    }

    pub fn years_mut(&mut self, period: Period) -> &mut String {
        match period {
            Period::Requests => &mut self.request_years,
            Period::Log => &mut self.log_years,
            Period::ErasedKeys => &mut self.erased_key_years,
        }
    }

    pub fn parse(&self) -> Result<Retention, Vec<SlotProblem>> {
        let mut problems = Vec::new();
        let mut number = |slot: Slot, text: &str, range: (u32, u32)| {
            let value = text.trim().parse().ok().filter(|n| in_range(*n, range));
            if value.is_none() {
                problems.push(out_of_range(slot, range));
            }
            value
        };
        let idle_months = number(Slot::IdleMonths, &self.idle_months, IDLE_MONTHS);
        let [request_years, log_years, erased_key_years] =
            Period::ALL.map(|period| number(Slot::Years(period), self.years(period), YEARS));
        let financial_year_end = YearEnd::parse(&self.financial_year_end);
        if financial_year_end.is_none() {
            problems.push(SlotProblem::new(
                Slot::FinancialYearEnd,
                Problem::NotADayAndMonth,
            ));
        }
        match (
            idle_months,
            financial_year_end,
            request_years,
            log_years,
            erased_key_years,
        ) {
            (
                Some(idle_months),
                Some(financial_year_end),
                Some(request_years),
                Some(log_years),
                Some(erased_key_years),
            ) => Ok(Retention {
                idle_months,
                financial_year_end,
                request_years,
                log_years,
                erased_key_years,
            }),
            _ => Err(problems),
        }
    }
}

fn in_range(value: u32, (min, max): (u32, u32)) -> bool {
    (min..=max).contains(&value)
}

fn out_of_range(slot: Slot, (min, max): (u32, u32)) -> SlotProblem {
    SlotProblem::new(
        slot,
        Problem::OutOfRange {
            min: i64::from(min),
            max: i64::from(max),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("valid time")
    }

    #[test]
    fn with_a_calendar_financial_year_2020s_vouchers_go_in_2027_from_helsinki_midnight() {
        let cutoff = YearEnd::CALENDAR_YEAR.voucher_purge_before(date(2027, 1, 1));
        // 1.1.2021 00.00 in Helsinki is 31.12.2020 22.00 UTC.
        assert_eq!(cutoff, Some(at("2020-12-31T22:00:00Z")));
        let still_2026 = YearEnd::CALENDAR_YEAR.voucher_purge_before(date(2026, 12, 31));
        assert_eq!(still_2026, Some(at("2019-12-31T22:00:00Z")));
    }

    #[test]
    fn a_financial_year_ending_in_june_keeps_its_vouchers_from_the_end_of_that_calendar_year() {
        let june = YearEnd { day: 30, month: 6 };
        // The year 1.7.2020–30.6.2021 ended in 2021: kept to the end of 2027, gone in 2028.
        let in_2027 = june.voucher_purge_before(date(2027, 11, 29));
        assert_eq!(in_2027, Some(at("2020-06-30T21:00:00Z")));
        let in_2028 = june.voucher_purge_before(date(2028, 1, 1));
        assert_eq!(in_2028, Some(at("2021-06-30T21:00:00Z")));
        assert_eq!(
            june.financial_year_end_after(date(2020, 7, 1)),
            Some(date(2021, 6, 30))
        );
    }

    #[test]
    fn a_year_end_on_leap_day_falls_on_the_last_day_of_february() {
        let leap = YearEnd::parse("29.2.").expect("a valid year end");
        assert_eq!(leap.in_year(2027), Some(date(2027, 2, 28)));
        assert_eq!(leap.in_year(2028), Some(date(2028, 2, 29)));
    }

    #[test]
    fn year_ends_are_read_the_finnish_way() {
        assert_eq!(YearEnd::parse("31.12."), Some(YearEnd::CALENDAR_YEAR));
        assert_eq!(
            YearEnd::parse(" 30.6 "),
            Some(YearEnd { day: 30, month: 6 })
        );
        for bad in ["31.6.", "12/31", "0.1.", "", "1.1.2026"] {
            assert_eq!(YearEnd::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_description_saved_before_the_log_and_key_periods_gets_their_defaults() {
        let saved =
            r#"{"idle_months":24,"financial_year_end":{"day":30,"month":6},"request_years":5}"#;
        let retention: Retention = serde_json::from_str(saved).expect("an earlier description");
        assert_eq!(retention.request_years, 5);
        assert_eq!(retention.years(Period::Log), Period::Log.default_years());
        assert_eq!(retention.years(Period::ErasedKeys), 3);
    }

    #[test]
    fn typed_retention_values_are_checked_each_beside_its_field() {
        let input = RetentionInput {
            idle_months: "0".into(),
            financial_year_end: "31.13.".into(),
            request_years: "kolme".into(),
            log_years: "3".into(),
            erased_key_years: "21".into(),
        };
        let slots: Vec<Slot> = input
            .parse()
            .expect_err("four are wrong")
            .into_iter()
            .map(|p| p.slot)
            .collect();
        assert_eq!(
            slots,
            [
                Slot::IdleMonths,
                Slot::Years(Period::Requests),
                Slot::Years(Period::ErasedKeys),
                Slot::FinancialYearEnd
            ]
        );
    }
}
