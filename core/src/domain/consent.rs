//! Consent: the newsletter subscription and the refusal of direct marketing are separate, and
//! every change to either is kept as an event with when, who recorded it and where it came from.

use super::consultation::Purpose;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentKind {
    Newsletter,
    MarketingRefusal,
}

impl ConsentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentKind::Newsletter => "newsletter",
            ConsentKind::MarketingRefusal => "marketing_refusal",
        }
    }
}

impl FromStr for ConsentKind {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        [ConsentKind::Newsletter, ConsentKind::MarketingRefusal]
            .into_iter()
            .find(|kind| kind.as_str() == input)
            .ok_or_else(|| format!("unknown consent kind {input:?}"))
    }
}

/// Where the customer's word came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentSource {
    /// The customer changed it in the webshop (arrives with an import).
    Webshop,
    Phone,
    Email,
    Letter,
    /// Entered by staff on the customer form.
    Staff,
    Import,
}

impl ConsentSource {
    pub const ALL: [ConsentSource; 6] = [
        ConsentSource::Webshop,
        ConsentSource::Phone,
        ConsentSource::Email,
        ConsentSource::Letter,
        ConsentSource::Staff,
        ConsentSource::Import,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentSource::Webshop => "webshop",
            ConsentSource::Phone => "phone",
            ConsentSource::Email => "email",
            ConsentSource::Letter => "letter",
            ConsentSource::Staff => "staff",
            ConsentSource::Import => "import",
        }
    }
}

impl FromStr for ConsentSource {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        ConsentSource::ALL
            .into_iter()
            .find(|source| source.as_str() == input)
            .ok_or_else(|| format!("unknown consent source {input:?}"))
    }
}

impl fmt::Display for ConsentSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a customer relationship ended. A fixed list, so that no free text with personal data
/// ends up in the audit trail that outlives the erasure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErasureReason {
    CustomerRequest,
    RetentionEnded,
    Other,
}

impl ErasureReason {
    pub const ALL: [ErasureReason; 3] = [
        ErasureReason::CustomerRequest,
        ErasureReason::RetentionEnded,
        ErasureReason::Other,
    ];

    /// Why the erased data was processed, as the consultation log says it: an erasure the
    /// customer asked for answers their request; one at the end of the retention period is
    /// the retention review's.
    pub fn purpose(self) -> Purpose {
        match self {
            ErasureReason::CustomerRequest => Purpose::DataProtectionRequest,
            ErasureReason::RetentionEnded => Purpose::RetentionReview,
            ErasureReason::Other => Purpose::CustomerService,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErasureReason::CustomerRequest => "customer-request",
            ErasureReason::RetentionEnded => "retention-ended",
            ErasureReason::Other => "other",
        }
    }
}

impl FromStr for ErasureReason {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        ErasureReason::ALL
            .into_iter()
            .find(|reason| reason.as_str() == input)
            .ok_or_else(|| format!("unknown erasure reason {input:?}"))
    }
}

/// A CSV cell that a spreadsheet will not run: a leading =, +, - or @ (or a tab or carriage
/// return) is neutralised with an apostrophe, and the cell is quoted.
pub fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_never_reach_a_spreadsheet() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+358"), "\"'+358\"");
        assert_eq!(csv_cell("@summa"), "\"'@summa\"");
        assert_eq!(csv_cell("Häkkinen"), "\"Häkkinen\"");
    }

    #[test]
    fn names_round_trip() {
        for source in ConsentSource::ALL {
            assert_eq!(source.as_str().parse::<ConsentSource>(), Ok(source));
        }
        for reason in ErasureReason::ALL {
            assert_eq!(reason.as_str().parse::<ErasureReason>(), Ok(reason));
        }
    }
}
