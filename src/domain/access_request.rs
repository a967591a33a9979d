//! Access requests under GDPR Art. 15: their states and their deadline, which is one month
//! from receipt (Art. 12(3)), extendable once by two further months.

use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate};

use super::{Field, FieldError, FieldErrors, Problem, multiline_text, required_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessRequestStatus {
    Received,
    Verified,
    Answered,
    Rejected,
}

impl AccessRequestStatus {
    pub const ALL: [AccessRequestStatus; 4] = [
        AccessRequestStatus::Received,
        AccessRequestStatus::Verified,
        AccessRequestStatus::Answered,
        AccessRequestStatus::Rejected,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccessRequestStatus::Received => "received",
            AccessRequestStatus::Verified => "verified",
            AccessRequestStatus::Answered => "answered",
            AccessRequestStatus::Rejected => "rejected",
        }
    }

    /// Answered and rejected requests have no deadline any more.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            AccessRequestStatus::Received | AccessRequestStatus::Verified
        )
    }
}

impl FromStr for AccessRequestStatus {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        AccessRequestStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == input)
            .ok_or_else(|| format!("unknown access request status {input:?}"))
    }
}

impl fmt::Display for AccessRequestStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One month after receipt; a day that the month lacks becomes its last day (31 January is
/// due on 28 or 29 February).
pub fn due_date(received_on: NaiveDate) -> NaiveDate {
    received_on
        .checked_add_months(Months::new(1))
        .unwrap_or(NaiveDate::MAX)
}

/// The deadline after the extension of Art. 12(3): two further months.
pub fn extended_due_date(received_on: NaiveDate) -> NaiveDate {
    received_on
        .checked_add_months(Months::new(3))
        .unwrap_or(NaiveDate::MAX)
}

/// How urgent an open request is, for making it stand out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Overdue,
    /// Due within seven days.
    DueSoon,
    OnTime,
    Closed,
}

pub const DUE_SOON_DAYS: i64 = 7;

pub fn urgency(status: AccessRequestStatus, due_on: NaiveDate, today: NaiveDate) -> Urgency {
    if !status.is_open() {
        return Urgency::Closed;
    }
    let days_left = (due_on - today).num_days();
    if days_left < 0 {
        Urgency::Overdue
    } else if days_left <= DUE_SOON_DAYS {
        Urgency::DueSoon
    } else {
        Urgency::OnTime
    }
}

/// A date as Finnish staff type it (25.11.2026) or in ISO form (2026-11-25).
pub fn parse_date(field: Field, input: &str) -> Result<NaiveDate, FieldError> {
    let value = input.trim();
    if value.is_empty() {
        return Err(FieldError::new(field, Problem::Required));
    }
    NaiveDate::parse_from_str(value, "%d.%m.%Y")
        .or_else(|_| NaiveDate::parse_from_str(value, "%Y-%m-%d"))
        .map_err(|_| FieldError::new(field, Problem::NotADate))
}

/// What staff type when a letter arrives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessRequestInput {
    pub requester_name: String,
    pub received_on: String,
    pub customer_id: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAccessRequest {
    pub requester_name: String,
    pub received_on: NaiveDate,
    pub customer_id: Option<i32>,
}

impl AccessRequestInput {
    /// `today` bounds the receipt date: a letter cannot arrive in the future.
    pub fn validate(&self, today: NaiveDate) -> Result<ValidAccessRequest, Vec<FieldError>> {
        let mut errors = FieldErrors::default();
        let requester_name = errors.take(required_text(
            Field::RequesterName,
            &self.requester_name,
            200,
        ));
        let received_on = errors.take(parse_date(Field::ReceivedOn, &self.received_on).and_then(
            |date| {
                if date > today {
                    Err(FieldError::new(Field::ReceivedOn, Problem::InTheFuture))
                } else {
                    Ok(date)
                }
            },
        ));
        match (requester_name, received_on) {
            (Some(requester_name), Some(received_on)) => Ok(ValidAccessRequest {
                requester_name,
                received_on,
                customer_id: self.customer_id,
            }),
            _ => Err(errors.into_vec()),
        }
    }
}

/// A reason staff must give, for a rejection or an extension.
pub fn reason(field: Field, input: &str) -> Result<String, FieldError> {
    multiline_text(field, input, 2000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn the_deadline_is_one_month_after_receipt() {
        assert_eq!(due_date(date(2026, 11, 25)), date(2026, 12, 25));
        assert_eq!(due_date(date(2026, 12, 15)), date(2027, 1, 15));
    }

    #[test]
    fn a_day_the_next_month_lacks_becomes_its_last_day() {
        assert_eq!(due_date(date(2027, 1, 31)), date(2027, 2, 28));
        assert_eq!(due_date(date(2028, 1, 31)), date(2028, 2, 29));
    }

    #[test]
    fn the_extension_gives_two_more_months() {
        assert_eq!(extended_due_date(date(2026, 11, 30)), date(2027, 2, 28));
    }

    #[test]
    fn urgency_counts_days_left() {
        let due = date(2026, 12, 10);
        let open = AccessRequestStatus::Received;
        assert_eq!(urgency(open, due, date(2026, 12, 11)), Urgency::Overdue);
        assert_eq!(urgency(open, due, date(2026, 12, 3)), Urgency::DueSoon);
        assert_eq!(urgency(open, due, date(2026, 12, 10)), Urgency::DueSoon);
        assert_eq!(urgency(open, due, date(2026, 12, 2)), Urgency::OnTime);
        assert_eq!(
            urgency(AccessRequestStatus::Answered, due, date(2027, 1, 1)),
            Urgency::Closed
        );
    }

    #[test]
    fn dates_are_read_the_finnish_way_and_the_iso_way() {
        assert_eq!(
            parse_date(Field::ReceivedOn, "3.2.2026"),
            Ok(date(2026, 2, 3))
        );
        assert_eq!(
            parse_date(Field::ReceivedOn, "2026-02-03"),
            Ok(date(2026, 2, 3))
        );
        assert_eq!(
            parse_date(Field::ReceivedOn, "31.2.2026"),
            Err(FieldError::new(Field::ReceivedOn, Problem::NotADate))
        );
    }

    #[test]
    fn a_letter_cannot_arrive_in_the_future() {
        let input = AccessRequestInput {
            requester_name: "Aino Häkkinen".into(),
            received_on: "26.11.2026".into(),
            customer_id: None,
        };
        let errors = input.validate(date(2026, 11, 25)).err().unwrap_or_default();
        assert_eq!(
            errors,
            [FieldError::new(Field::ReceivedOn, Problem::InTheFuture)]
        );
    }
}
