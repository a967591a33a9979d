//! Access requests under GDPR Art. 15: made by any channel (Art. 12; EDPB Guidelines 01/2022),
//! checked with the identity check that fits the channel, and answered within one month of
//! receipt (Art. 12(3)), extendable once by two further months.

use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate};

use super::postal_address::{PostalAddress, PostalAddressInput};
use super::{Email, Field, FieldError, FieldErrors, Phone, Problem, multiline_text, required_text};

/// How the request reached the shop. No channel is required: a request is valid however it
/// comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Letter,
    Email,
    WebshopMessage,
    Phone,
    InPerson,
}

/// How the requester was found to be the customer: a check proportionate to the channel,
/// asking for no more than the register already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentityCheck {
    /// A signed letter whose name and address match the register.
    SignedLetter,
    /// The request came from, or was confirmed by a reply from, the email address in the
    /// register.
    RegisteredEmail,
    /// Sent while logged in to the customer's own webshop account.
    WebshopAccount,
    /// Confirmed by calling back the phone number in the register.
    RegisteredPhone,
    /// An identity document shown in person.
    IdDocument,
    /// Another check, described in the note.
    Other,
}

macro_rules! codes {
    ($type:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $type {
            pub const ALL: &'static [$type] = &[$($type::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($type::$variant => $code),+
                }
            }
        }

        impl FromStr for $type {
            type Err = String;

            fn from_str(input: &str) -> Result<Self, String> {
                $type::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == input)
                    .ok_or_else(|| format!("unknown {} {input:?}", stringify!($type)))
            }
        }

        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

codes!(Channel {
    Letter => "letter",
    Email => "email",
    WebshopMessage => "webshop_message",
    Phone => "phone",
    InPerson => "in_person",
});

codes!(IdentityCheck {
    SignedLetter => "signed_letter",
    RegisteredEmail => "registered_email",
    WebshopAccount => "webshop_account",
    RegisteredPhone => "registered_phone",
    IdDocument => "id_document",
    Other => "other",
});

impl IdentityCheck {
    /// Whether the check can be made for a request that came by `channel`. A reply from the
    /// registered email address fits every channel but a visit; a visit is checked from an
    /// identity document.
    pub fn fits(self, channel: Channel) -> bool {
        use Channel as C;
        use IdentityCheck as I;
        match self {
            I::SignedLetter => channel == C::Letter,
            I::RegisteredEmail => channel != C::InPerson,
            I::WebshopAccount => channel == C::WebshopMessage,
            I::RegisteredPhone => channel == C::Phone,
            I::IdDocument => channel == C::InPerson,
            I::Other => true,
        }
    }

    pub fn for_channel(channel: Channel) -> Vec<IdentityCheck> {
        IdentityCheck::ALL
            .iter()
            .copied()
            .filter(|check| check.fits(channel))
            .collect()
    }
}

/// How the answer reaches the requester.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// By email or a webshop message, the extract with its machine-readable copy attached.
    Electronic,
    /// On paper, by post or handed over.
    Post,
}

codes!(Delivery {
    Electronic => "electronic",
    Post => "post",
});

impl Delivery {
    /// A request made by electronic means is answered electronically unless the requester asks
    /// otherwise (Art. 12(3), last sentence; Art. 15(3)); one made on paper, by phone or in
    /// person is answered by post.
    pub fn for_channel(channel: Channel) -> Delivery {
        match channel {
            Channel::Email | Channel::WebshopMessage => Delivery::Electronic,
            Channel::Letter | Channel::Phone | Channel::InPerson => Delivery::Post,
        }
    }
}

/// A document sent in answer to a request, kept as it was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// The register extract as a PDF.
    Extract,
    /// The same extract as JSON, the copy in a commonly used electronic form (Art. 15(3)).
    ExtractJson,
    CoveringLetter,
    NothingHeldLetter,
    ExtensionLetter,
    RefusalLetter,
    /// The request for what is needed to confirm the requester's identity (Art. 12(6)).
    IdentificationLetter,
}

codes!(DocumentKind {
    Extract => "extract",
    ExtractJson => "extract_json",
    CoveringLetter => "covering_letter",
    NothingHeldLetter => "nothing_held_letter",
    ExtensionLetter => "extension_letter",
    RefusalLetter => "refusal_letter",
    IdentificationLetter => "identification_letter",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccessRequestStatus {
    Received,
    Verified,
    /// Answered with a register extract.
    Answered,
    /// Answered that the register holds no data about the requester.
    NothingHeld,
    Rejected,
}

codes!(AccessRequestStatus {
    Received => "received",
    Verified => "verified",
    Answered => "answered",
    NothingHeld => "nothing_held",
    Rejected => "rejected",
});

impl AccessRequestStatus {
    /// Answered and rejected requests have no deadline any more.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            AccessRequestStatus::Received | AccessRequestStatus::Verified
        )
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

/// The days the deadline stood still while staff waited, from `since` to the day the wait
/// ended (EDPB Guidelines 01/2022 on the right of access, para. 159: when the controller has
/// asked without undue delay for what it needs to confirm the identity, the time may stand
/// still until it has that information). The day the information comes counts again.
pub fn paused_days(since: NaiveDate, resumed_on: NaiveDate) -> i32 {
    i32::try_from((resumed_on - since).num_days().max(0)).unwrap_or(i32::MAX)
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

/// Who is waiting for whom on an open request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// Staff: the requester's identity is to be checked.
    Check,
    /// The requester: staff asked them to confirm who they are.
    Requester,
    /// Staff: the request is verified and waits for its answer.
    Answer,
    /// Nobody: the request is closed.
    Nobody,
}

pub fn waiting(status: AccessRequestStatus, waiting_for_requester: bool) -> Waiting {
    match status {
        AccessRequestStatus::Received if waiting_for_requester => Waiting::Requester,
        AccessRequestStatus::Received => Waiting::Check,
        AccessRequestStatus::Verified => Waiting::Answer,
        _ => Waiting::Nobody,
    }
}

/// What staff type when a request arrives: the channel, the day, and who the request says
/// the requester is, to compare with the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRequestInput {
    pub channel: Channel,
    pub requester_name: String,
    pub requester_email: String,
    pub requester_phone: String,
    /// Where an answer is posted when the request is matched to nobody in the register.
    pub requester_address: PostalAddressInput,
    pub received_on: String,
    pub customer_id: Option<i32>,
    /// The erased customer, by the number they had, whose kept vouchers the request is about.
    pub erased_customer_number: Option<i32>,
}

impl Default for AccessRequestInput {
    fn default() -> Self {
        Self {
            channel: Channel::Letter,
            requester_name: String::new(),
            requester_email: String::new(),
            requester_phone: String::new(),
            requester_address: PostalAddressInput::default(),
            received_on: String::new(),
            customer_id: None,
            erased_customer_number: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAccessRequest {
    pub channel: Channel,
    pub requester_name: String,
    pub requester_email: Option<Email>,
    pub requester_phone: Option<Phone>,
    pub requester_address: Option<PostalAddress>,
    pub received_on: NaiveDate,
    pub customer_id: Option<i32>,
    pub erased_customer_number: Option<i32>,
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
        let requester_email = errors.take(optional_email(&self.requester_email));
        let requester_phone = errors.take(Phone::parse_optional(&self.requester_phone));
        let requester_address = match self.requester_address.validate() {
            Ok(address) => Some(address),
            Err(problems) => {
                problems
                    .into_iter()
                    .for_each(|problem| errors.push(problem));
                None
            }
        };
        match (
            requester_name,
            received_on,
            requester_email,
            requester_phone,
            requester_address,
        ) {
            (
                Some(requester_name),
                Some(received_on),
                Some(requester_email),
                Some(requester_phone),
                Some(requester_address),
            ) if errors.is_empty() => Ok(ValidAccessRequest {
                channel: self.channel,
                requester_name,
                requester_email,
                requester_phone,
                requester_address,
                received_on,
                customer_id: self.customer_id,
                // A request is about one person: a customer in the register comes first.
                erased_customer_number: self
                    .erased_customer_number
                    .filter(|_| self.customer_id.is_none()),
            }),
            _ => Err(errors.into_vec()),
        }
    }
}

fn optional_email(input: &str) -> Result<Option<Email>, FieldError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        Email::parse(input).map(Some)
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
    fn each_channel_has_a_check_that_fits_it_and_a_signature_only_fits_a_letter() {
        for channel in Channel::ALL.iter().copied() {
            let checks = IdentityCheck::for_channel(channel);
            assert!(checks.len() >= 2, "{channel}: {checks:?}");
            assert_eq!(
                checks.contains(&IdentityCheck::SignedLetter),
                channel == Channel::Letter
            );
        }
        assert_eq!(
            IdentityCheck::for_channel(Channel::InPerson),
            [IdentityCheck::IdDocument, IdentityCheck::Other]
        );
    }

    #[test]
    fn codes_read_back_as_they_were_written() {
        for status in AccessRequestStatus::ALL.iter().copied() {
            assert_eq!(status.as_str().parse(), Ok(status));
        }
        assert_eq!("webshop_message".parse(), Ok(Channel::WebshopMessage));
        assert!("fax".parse::<Channel>().is_err());
    }

    #[test]
    fn who_waits_follows_the_status() {
        use AccessRequestStatus as S;
        assert_eq!(waiting(S::Received, false), Waiting::Check);
        assert_eq!(waiting(S::Received, true), Waiting::Requester);
        assert_eq!(waiting(S::Verified, false), Waiting::Answer);
        assert_eq!(waiting(S::NothingHeld, false), Waiting::Nobody);
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
            ..AccessRequestInput::default()
        };
        let errors = input.validate(date(2026, 11, 25)).err().unwrap_or_default();
        assert_eq!(
            errors,
            [FieldError::new(Field::ReceivedOn, Problem::InTheFuture)]
        );
    }
}
