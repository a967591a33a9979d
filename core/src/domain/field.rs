use std::fmt;

/// Every input field that is validated. The UI uses this to place a message next to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    FirstName,
    LastName,
    Email,
    Phone,
    StreetAddress,
    PostalCode,
    City,
    Country,
    WebshopUsername,
    CompanyName,
    VatId,
    BusinessId,
    ControllerName,
    ContactPerson,
    NoticeAddress,
    Username,
    DisplayName,
    Password,
    /// The password its owner chooses to replace a one-time password.
    NewPassword,
    Role,
    OrderNumber,
    Carrier,
    DeliveryName,
    Product,
    Quantity,
    UnitPrice,
    VatRate,
    OrderLines,
    Rating,
    ReviewText,
    /// How a request came: by letter, email, phone, in person or a webshop message.
    RequestChannel,
    RequesterName,
    ReceivedOn,
    IdentityVerified,
    IdentityMethod,
    MatchedCustomer,
    /// The shop's other systems searched for a request.
    OtherSystems,
    RejectionReason,
    ExtensionReason,
    IdentificationNeeded,
    ConsultationPurpose,
    Letter,
    WebshopCustomerId,
    Newsletter,
    /// How the customer told the shop of a consent or a refusal.
    ConsentSource,
    ErasureReason,
    PlacedAt,
    BackupFolder,
    KeepDaily,
    KeepMonthly,
    WarnAfterDays,
    Passphrase,
}

impl Field {
    pub const ALL: [Field; 52] = [
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Phone,
        Field::StreetAddress,
        Field::PostalCode,
        Field::City,
        Field::Country,
        Field::WebshopUsername,
        Field::CompanyName,
        Field::VatId,
        Field::BusinessId,
        Field::ControllerName,
        Field::ContactPerson,
        Field::NoticeAddress,
        Field::Username,
        Field::DisplayName,
        Field::Password,
        Field::NewPassword,
        Field::Role,
        Field::OrderNumber,
        Field::Carrier,
        Field::DeliveryName,
        Field::Product,
        Field::Quantity,
        Field::UnitPrice,
        Field::VatRate,
        Field::OrderLines,
        Field::Rating,
        Field::ReviewText,
        Field::RequestChannel,
        Field::RequesterName,
        Field::ReceivedOn,
        Field::IdentityVerified,
        Field::IdentityMethod,
        Field::MatchedCustomer,
        Field::OtherSystems,
        Field::RejectionReason,
        Field::ExtensionReason,
        Field::IdentificationNeeded,
        Field::ConsultationPurpose,
        Field::Letter,
        Field::WebshopCustomerId,
        Field::Newsletter,
        Field::ConsentSource,
        Field::ErasureReason,
        Field::PlacedAt,
        Field::BackupFolder,
        Field::KeepDaily,
        Field::KeepMonthly,
        Field::WarnAfterDays,
        Field::Passphrase,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::FirstName => "first name",
            Field::LastName => "last name",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::StreetAddress => "street address",
            Field::PostalCode => "postal code",
            Field::City => "city",
            Field::Country => "country",
            Field::WebshopUsername => "webshop username",
            Field::CompanyName => "company name",
            Field::VatId => "VAT ID",
            Field::BusinessId => "business ID",
            Field::ControllerName => "controller name",
            Field::ContactPerson => "contact person",
            Field::NoticeAddress => "privacy notice address",
            Field::Username => "username",
            Field::DisplayName => "display name",
            Field::Password => "password",
            Field::NewPassword => "new password",
            Field::Role => "role",
            Field::OrderNumber => "order number",
            Field::Carrier => "carrier",
            Field::DeliveryName => "delivery name",
            Field::Product => "product",
            Field::Quantity => "quantity",
            Field::UnitPrice => "unit price",
            Field::VatRate => "VAT rate",
            Field::OrderLines => "order lines",
            Field::Rating => "rating",
            Field::ReviewText => "review text",
            Field::RequestChannel => "how the request came",
            Field::RequesterName => "requester's name",
            Field::ReceivedOn => "date received",
            Field::IdentityVerified => "identity verified",
            Field::IdentityMethod => "how the identity was verified",
            Field::MatchedCustomer => "customer",
            Field::OtherSystems => "other systems",
            Field::RejectionReason => "reason for rejection",
            Field::ExtensionReason => "reason for extension",
            Field::IdentificationNeeded => "information needed to confirm the identity",
            Field::ConsultationPurpose => "purpose of opening the customer",
            Field::Letter => "scanned letter",
            Field::WebshopCustomerId => "webshop customer ID",
            Field::Newsletter => "newsletter",
            Field::ConsentSource => "how the customer told us",
            Field::ErasureReason => "reason for the erasure",
            Field::PlacedAt => "order date",
            Field::BackupFolder => "backup folder",
            Field::KeepDaily => "daily backups kept",
            Field::KeepMonthly => "monthly backups kept",
            Field::WarnAfterDays => "warn after days",
            Field::Passphrase => "backup passphrase",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What is wrong with a value, independent of the field and of the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    TooShort {
        min: usize,
    },
    ControlCharacters,
    NotAnEmail,
    NotAPhoneNumber,
    NotAPostalCode,
    NotACountryCode,
    NotABusinessId,
    WrongCheckDigit,
    NotAVatId,
    UnknownVatCountry,
    NotAUsername,
    UnknownRole,
    OutOfRange {
        min: i64,
        max: i64,
    },
    NotAnAmount,
    /// The order's lines add up to more than the register can hold.
    TotalTooLarge,
    RequiredForBusinessCustomer,
    AlreadyInUse,
    /// A new password the same as the one-time password it replaces, which an admin knows.
    SameAsOneTime,
    NotADate,
    InTheFuture,
    AlreadyExtended,
    UnknownCustomer,
    /// The register keeps an erased customer's vouchers that the request's details find: the
    /// answer is an extract of them, never that nothing is held.
    VouchersKept,
    /// One of the shop's other systems holds data about the requester: data is held.
    SystemHoldsData,
    /// The register finds a customer with the request's details whom staff have not looked
    /// at and ruled out: nothing held cannot be answered yet.
    NotRuledOut,
    /// The same customer or email address appeared earlier in the same file.
    DuplicateInFile {
        first_row: usize,
    },
    /// The customer was erased from the register; an import does not bring them back.
    Erased,
    /// A webshop customer number that is not one: digits only, at most 20.
    NotACustomerNumber,
    /// The customer withdrew the consent through customer service; only they can give it again.
    WithdrawnOutsideWebshop,
    /// A transfer outside the EU/EEA named a country inside it.
    NotAThirdCountry,
    /// Not a day and a month such as 31.12.
    NotADayAndMonth,
    /// An identity check that cannot be made for a request that came by this channel.
    UnfitCheck,
    /// Not a folder that exists on this computer.
    NotAFolder,
    /// The deadline the action had to be taken by has passed.
    PastDeadline,
    /// An imported row with neither a valid email address nor the webshop's customer number:
    /// nothing tells the customer apart from another of the same name.
    Unidentifiable,
    /// A phone number of a customer abroad written without its country calling code.
    NoCountryCode,
    /// The EU–US Data Privacy Framework named for a transfer to another country than the US.
    FrameworkOnlyForUs,
    /// Not a web page's address such as https://example.fi/tietosuoja.
    NotAWebAddress,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Required => write!(f, "is required"),
            Problem::TooLong { max } => write!(f, "is longer than {max} characters"),
            Problem::TooShort { min } => write!(f, "must be at least {min} characters"),
            Problem::ControlCharacters => write!(f, "contains control characters"),
            Problem::NotAnEmail => write!(f, "is not an email address"),
            Problem::NotAPhoneNumber => write!(f, "is not a valid phone number"),
            Problem::FrameworkOnlyForUs => {
                write!(
                    f,
                    "the EU–US Data Privacy Framework covers transfers to the United States only"
                )
            }
            Problem::NotAWebAddress => write!(f, "is not a web address such as https://…"),
            Problem::NotAPostalCode => write!(f, "is not a valid postal code"),
            Problem::NotACountryCode => write!(f, "is not a two-letter country code"),
            Problem::NotABusinessId => write!(f, "is not in the form 1234567-8"),
            Problem::WrongCheckDigit => write!(f, "has a wrong check digit"),
            Problem::NotAVatId => write!(f, "is not a VAT ID of its country's format"),
            Problem::UnknownVatCountry => write!(f, "does not start with an EU country code"),
            Problem::NotAUsername => write!(
                f,
                "may only contain lower-case letters a-z, digits, '.', '-' and '_' (3-32 characters)"
            ),
            Problem::UnknownRole => write!(
                f,
                "must be admin, customer-service, marketing or fulfilment"
            ),
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::NotAnAmount => write!(f, "is not an amount in euros such as 12,50"),
            Problem::TotalTooLarge => write!(f, "add up to more than an order can total"),
            Problem::RequiredForBusinessCustomer => {
                write!(f, "is required when a VAT ID is given")
            }
            Problem::AlreadyInUse => write!(f, "is already in use"),
            Problem::SameAsOneTime => write!(f, "must differ from the one-time password"),
            Problem::NotADate => write!(f, "is not a date such as 25.11.2026"),
            Problem::InTheFuture => write!(f, "cannot be in the future"),
            Problem::AlreadyExtended => write!(f, "has already been extended once"),
            Problem::UnknownCustomer => write!(f, "matches no customer in the register"),
            Problem::VouchersKept => write!(
                f,
                "finds the order vouchers the register keeps of an erased customer: match the \
                 request to them and answer with their extract"
            ),
            Problem::NotRuledOut => write!(
                f,
                "finds customers in the register with the request's details: look at them and \
                 match the request, or rule them out"
            ),
            Problem::SystemHoldsData => write!(
                f,
                "a system searched holds data about the requester: answer with what it holds"
            ),
            Problem::DuplicateInFile { first_row } => {
                write!(f, "appears already on row {first_row} of the file")
            }
            Problem::Erased => write!(f, "belongs to a customer erased from the register"),
            Problem::NotACustomerNumber => {
                write!(
                    f,
                    "is not a webshop customer number (digits only, at most 20)"
                )
            }
            Problem::WithdrawnOutsideWebshop => {
                write!(
                    f,
                    "was withdrawn through customer service and is kept withdrawn"
                )
            }
            Problem::NotAThirdCountry => write!(f, "is in the EU or the EEA"),
            Problem::NotADayAndMonth => write!(f, "is not a day and month such as 31.12."),
            Problem::UnfitCheck => write!(f, "does not fit the channel the request came by"),
            Problem::NotAFolder => write!(f, "is not a folder on this computer"),
            Problem::PastDeadline => {
                write!(f, "had to be done before the deadline, which has passed")
            }
            Problem::NoCountryCode => write!(
                f,
                "has no country code, and the customer lives outside Finland"
            ),
            Problem::Unidentifiable => write!(
                f,
                "is missing or not valid, and the row has no customer number either"
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} {problem}")]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: Field, problem: Problem) -> Self {
        Self { field, problem }
    }
}

/// Collects the errors of a whole form so that every bad field is reported at once.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// Keeps the value if it parsed, records the error otherwise.
    pub fn take<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_vec(self) -> Vec<FieldError> {
        self.0
    }

    /// What is wrong with `field`, if anything.
    pub fn problem(&self, field: Field) -> Option<&Problem> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.problem)
    }

    /// Forgets what was wrong with `field`: it has been put right.
    pub fn clear(&mut self, field: Field) {
        self.0.retain(|e| e.field != field);
    }
}

impl From<&[FieldError]> for FieldErrors {
    fn from(errors: &[FieldError]) -> Self {
        Self(errors.to_vec())
    }
}
