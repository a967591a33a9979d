//! Every string the user sees comes from the Fluent files in assets/i18n, in Finnish by default
//! or in English.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::backup_file::{BackupFileError, Damage};
use crate::domain::readiness::Gap;
use crate::domain::{AuditAction, Field, FieldError, FieldErrors, Problem, Role};
use crate::import::FileError;
use crate::service::{LoginError, ServiceError};

use crate::format;

const FI: &str = include_str!("../assets/i18n/fi.ftl");
const EN: &str = include_str!("../assets/i18n/en.ftl");
const DOCUMENT_FI: &str = include_str!("../assets/i18n/documents/fi.ftl");
const DOCUMENT_SV: &str = include_str!("../assets/i18n/documents/sv.ftl");
const DOCUMENT_EN: &str = include_str!("../assets/i18n/documents/en.ftl");

pub use crate::domain::Lang;

/// The staff app's own messages; Swedish has none, as the app speaks Finnish and English.
fn staff_source(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Fi => Some(FI),
        Lang::En => Some(EN),
        Lang::Sv => None,
    }
}

/// The messages of the documents a customer receives, in all three languages.
fn document_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => DOCUMENT_FI,
        Lang::Sv => DOCUMENT_SV,
        Lang::En => DOCUMENT_EN,
    }
}

pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang).finish()
    }
}

pub type Args<'a> = [(&'a str, FluentValue<'a>)];

impl I18n {
    pub fn new(lang: Lang) -> Self {
        let id: LanguageIdentifier = lang.id().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Unicode isolation marks would show as boxes in the PDF and shift text widths.
        bundle.set_use_isolating(false);
        for source in staff_source(lang)
            .into_iter()
            .chain([document_source(lang)])
        {
            // The files are compiled in and checked by the tests, so a parse error here is a
            // bug in the build, not something a user can cause; the parsed part is still used.
            let resource = FluentResource::try_new(source.to_owned())
                .unwrap_or_else(|(partial, _errors)| partial);
            let _ = bundle.add_resource(resource);
        }
        Self { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A count the language's way: "1 000 000" in Finnish (with no-break spaces, from five
    /// digits up), "1,000,000" in English.
    pub fn count(&self, n: u64) -> String {
        let digits = n.to_string();
        let (separator, from) = match self.lang {
            Lang::Fi | Lang::Sv => ('\u{a0}', 5),
            Lang::En => (',', 4),
        };
        if digits.len() < from {
            return digits;
        }
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(separator);
            }
            grouped.push(digit);
        }
        grouped
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_with(&self, id: &str, args: &Args<'_>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// A missing message shows its id, which a test keeps from ever reaching a user.
    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    pub fn field(&self, field: Field) -> String {
        self.t(field_key(field))
    }

    pub fn problem(&self, problem: &Problem) -> String {
        let (key, args) = problem_message(problem);
        self.t_with(key, &args)
    }

    /// The message to show next to `field` of a form, if it has a problem.
    pub fn problem_at(&self, errors: &FieldErrors, field: Field) -> Option<String> {
        errors.problem(field).map(|problem| self.problem(problem))
    }

    pub fn role(&self, role: Role) -> String {
        self.t(&format!("role-{}", role.as_str()))
    }

    /// A number as a document writes it in running text: in words from one to nine
    /// ("kolme vuotta", "tre år", "three years"), in digits from ten up.
    pub fn small_number(&self, n: u32) -> String {
        let key = format!("number-word-{n}");
        if (1..=9).contains(&n) && self.bundle.has_message(&key) {
            self.t(&key)
        } else {
            self.count(u64::from(n))
        }
    }

    /// A setting a document waits for, as the refusal names it.
    pub fn gap(&self, gap: Gap) -> String {
        match gap {
            Gap::Controller(field) => self.field(field),
            Gap::NoticeAddress => self.field(Field::NoticeAddress),
            Gap::RecipientName(category) => self.t_with(
                "gap-recipient-name",
                &[(
                    "kind",
                    self.t(&format!("recipient-kind-{}", category.key())).into(),
                )],
            ),
            Gap::Processing(count) => self.t_with("gap-processing", &[("count", count.into())]),
            Gap::NoticeNotPublished => self.t("gap-notice-not-published"),
        }
    }

    pub fn login_error(&self, error: &LoginError) -> String {
        match error {
            LoginError::WrongCredentials => self.t("login-wrong"),
            LoginError::Locked { until } => self.t_with(
                "login-locked",
                &[("until", format::date_time(*until).into())],
            ),
            LoginError::Deactivated => self.t("login-deactivated"),
        }
    }

    /// A failed service call, as one sentence for a banner.
    pub fn error(&self, error: &ServiceError) -> String {
        match error {
            ServiceError::Forbidden(_) => self.t("error-forbidden"),
            ServiceError::SessionRevoked => self.t("error-session-revoked"),
            ServiceError::Invalid(errors) => {
                let details: Vec<String> = errors.iter().map(|e| self.field_error(e)).collect();
                self.t_with("error-invalid", &[("details", details.join(" ").into())])
            }
            ServiceError::InvalidProcessing(problems) => self.t_with(
                "error-invalid-processing",
                &[("count", problems.len().into())],
            ),
            ServiceError::NotFound(_) => self.t("error-not-found"),
            ServiceError::Conflict(_) => self.t("error-conflict"),
            ServiceError::WrongState(_) => self.t("error-wrong-state"),
            ServiceError::Ambiguous(_) => self.t("error-ambiguous"),
            ServiceError::BadFile(FileError::NotCsv(detail)) => {
                self.t_with("error-file-not-csv", &[("detail", detail.clone().into())])
            }
            ServiceError::BadFile(FileError::MissingColumn(column)) => {
                self.t_with("error-file-missing-column", &[("column", (*column).into())])
            }
            ServiceError::BadFile(FileError::MixedEncoding) => self.t("error-file-mixed-encoding"),
            ServiceError::BadFile(FileError::DuplicateColumn(column)) => self.t_with(
                "error-file-duplicate-column",
                &[("column", column.clone().into())],
            ),
            ServiceError::BadFile(FileError::Unreadable(reason)) => self.t_with(
                "error-file-unreadable",
                &[("reason", reason.clone().into())],
            ),
            ServiceError::FileWrite(reason) => {
                self.t_with("error-file", &[("reason", reason.clone().into())])
            }
            ServiceError::FileExists(path) => {
                self.t_with("error-file-exists", &[("path", path.clone().into())])
            }
            ServiceError::FileInUse(path) => {
                self.t_with("error-file-in-use", &[("path", path.clone().into())])
            }
            ServiceError::LastAdmin => self.t("error-last-admin"),
            ServiceError::NoticeNotReviewed => self.t("notice-not-saved"),
            ServiceError::NoticeUnchanged => self.t("notice-nothing-to-publish"),
            ServiceError::DocumentNotReady(gaps) => {
                let missing: Vec<String> = gaps.iter().map(|gap| self.gap(*gap)).collect();
                self.t_with(
                    "error-document-not-ready",
                    &[("missing", missing.join(", ").into())],
                )
            }
            ServiceError::AlreadyInitialised => self.t("error-already-initialised"),
            ServiceError::NotInitialised => self.t("error-not-initialised"),
            ServiceError::Login(login) => self.login_error(login),
            ServiceError::Database(db) => {
                self.t_with("error-database", &[("reason", db.to_string().into())])
            }
            ServiceError::UnexpectedData(reason) | ServiceError::PasswordHash(reason) => {
                self.t_with("error-unexpected", &[("reason", reason.clone().into())])
            }
            ServiceError::Backup(error) => self.backup_error(error),
            ServiceError::Ledger(error) => {
                self.t_with("error-ledger", &[("reason", error.to_string().into())])
            }
            ServiceError::NewerSchema(schema) => {
                self.t_with("error-newer-schema", &[("schema", schema.clone().into())])
            }
            ServiceError::RegisterInUse(path) => {
                self.t_with("error-register-in-use", &[("path", path.clone().into())])
            }
            ServiceError::RegisterOpen(path) => {
                self.t_with("error-register-open", &[("path", path.clone().into())])
            }
            ServiceError::ChainBroken(seq) => {
                self.t_with("error-backup-chain-broken", &[("seq", (*seq).into())])
            }
            ServiceError::BackupOnPostgres => self.t("error-backup-on-postgres"),
            ServiceError::NoBackupFolder => self.t("error-no-backup-folder"),
            ServiceError::NoBackupKey => self.t("error-no-backup-key"),
            ServiceError::ImportRunning { by, since } => self.t_with(
                "error-import-running",
                &[
                    ("by", by.clone().unwrap_or_default().into()),
                    (
                        "since",
                        since.map(format::date_time).unwrap_or_default().into(),
                    ),
                ],
            ),
            ServiceError::ImportUndone { failure, undone } => {
                format!("{}\n{}", self.error(failure), self.undone(undone))
            }
            ServiceError::ImportUndoFailed {
                failure,
                undo_failure,
            } => self.t_with(
                "error-import-undo-failed",
                &[
                    ("failure", self.error(failure).into()),
                    ("reason", self.error(undo_failure).into()),
                ],
            ),
        }
    }

    /// What undoing an import did, in a sentence or two.
    pub fn undone(&self, undone: &crate::service::import::Undone) -> String {
        use crate::service::import::UndoReason;
        let key = match undone.reason {
            UndoReason::Failed => "import-undone-failed",
            UndoReason::Interrupted => "import-undone-interrupted",
        };
        let mut text = self.t_with(
            key,
            &[
                ("started", format::date_time(undone.started_at).into()),
                ("by", undone.staff_username.clone().into()),
                ("removed", undone.customers_removed.into()),
                ("restored", undone.customers_restored.into()),
                ("orders", undone.orders_removed.into()),
            ],
        );
        if undone.customers_kept + undone.customers_left > 0 {
            text.push(' ');
            text.push_str(&self.t_with(
                "import-undone-kept",
                &[
                    ("kept", undone.customers_kept.into()),
                    ("left", undone.customers_left.into()),
                ],
            ));
        }
        text
    }

    fn backup_error(&self, error: &BackupFileError) -> String {
        match error {
            BackupFileError::NotABackup => self.t("error-not-a-backup"),
            BackupFileError::NewerFormat(_) => self.t("error-backup-newer-format"),
            BackupFileError::WrongPassphrase => self.t("error-wrong-passphrase"),
            BackupFileError::Damaged(damage) => self.t(match damage {
                Damage::CutShort => "error-backup-cut-short",
                Damage::HeaderChanged => "error-backup-header-changed",
                Damage::ContentsChanged => "error-backup-contents-changed",
            }),
            BackupFileError::WeakPassphrase => self.t_with(
                "error-weak-passphrase",
                &[("min", crate::backup_file::MIN_PASSPHRASE_CHARS.into())],
            ),
            BackupFileError::Io(error) => {
                self.t_with("error-backup-io", &[("reason", error.to_string().into())])
            }
        }
    }

    /// The message, if the files have one by this id.
    pub fn optional(&self, id: &str) -> Option<String> {
        self.bundle.has_message(id).then(|| self.t(id))
    }

    /// A country by name in the language, from its ISO code; a country the files do not name
    /// is shown by its code.
    pub fn country(&self, code: &str) -> String {
        let code = code.trim().to_uppercase();
        let key = format!("country-{code}");
        if self.bundle.has_message(&key) {
            self.t(&key)
        } else {
            code
        }
    }

    /// An audit action as the trail records it, such as `customer.read`, in words; an action
    /// this version does not know (written by a newer one) is shown as recorded.
    pub fn action(&self, code: &str) -> String {
        match AuditAction::parse(code) {
            Some(action) => self.t(&format!("action-{}", action.key())),
            None => code.to_owned(),
        }
    }

    /// "Email: Not a valid email address." for lists of errors away from their fields.
    pub fn field_error(&self, error: &FieldError) -> String {
        format!(
            "{}: {}",
            self.field(error.field),
            self.problem(&error.problem)
        )
    }
}

/// The text with its first letter in upper case, for a word that starts a line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub fn field_key(field: Field) -> &'static str {
    match field {
        Field::FirstName => "field-first-name",
        Field::LastName => "field-last-name",
        Field::Email => "field-email",
        Field::Phone => "field-phone",
        Field::StreetAddress => "field-street-address",
        Field::PostalCode => "field-postal-code",
        Field::City => "field-city",
        Field::Country => "field-country",
        Field::WebshopUsername => "field-webshop-username",
        Field::CompanyName => "field-company-name",
        Field::VatId => "field-vat-id",
        Field::BusinessId => "field-business-id",
        Field::ControllerName => "field-controller-name",
        Field::ContactPerson => "field-contact-person",
        Field::NoticeAddress => "field-notice-address",
        Field::Username => "field-username",
        Field::DisplayName => "field-display-name",
        Field::Password => "field-password",
        Field::Role => "field-role",
        Field::OrderNumber => "field-order-number",
        Field::Carrier => "field-carrier",
        Field::DeliveryName => "field-delivery-name",
        Field::Product => "field-product",
        Field::Quantity => "field-quantity",
        Field::UnitPrice => "field-unit-price",
        Field::VatRate => "field-vat-rate",
        Field::OrderLines => "field-order-lines",
        Field::Rating => "field-rating",
        Field::ReviewText => "field-review-text",
        Field::RequesterName => "field-requester-name",
        Field::ReceivedOn => "field-received-on",
        Field::IdentityVerified => "field-identity-verified",
        Field::IdentityMethod => "field-identity-method",
        Field::MatchedCustomer => "field-matched-customer",
        Field::OtherSystems => "field-other-systems",
        Field::RejectionReason => "field-rejection-reason",
        Field::ExtensionReason => "field-extension-reason",
        Field::IdentificationNeeded => "field-identification-needed",
        Field::ConsultationPurpose => "field-consultation-purpose",
        Field::Letter => "field-letter",
        Field::WebshopCustomerId => "field-webshop-customer-id",
        Field::Newsletter => "field-newsletter",
        Field::PlacedAt => "field-placed-at",
        Field::BackupFolder => "field-backup-folder",
        Field::KeepDaily => "field-keep-daily",
        Field::KeepMonthly => "field-keep-monthly",
        Field::WarnAfterDays => "field-warn-after-days",
        Field::Passphrase => "field-passphrase",
    }
}

fn problem_message(problem: &Problem) -> (&'static str, Vec<(&'static str, FluentValue<'static>)>) {
    let number = |n: usize| FluentValue::from(n.to_string());
    match problem {
        Problem::Required => ("problem-required", vec![]),
        Problem::TooLong { max } => ("problem-too-long", vec![("max", number(*max))]),
        Problem::TooShort { min } => ("problem-too-short", vec![("min", number(*min))]),
        Problem::ControlCharacters => ("problem-control-characters", vec![]),
        Problem::NotAnEmail => ("problem-not-an-email", vec![]),
        Problem::NotAPhoneNumber => ("problem-not-a-phone-number", vec![]),
        Problem::NotAWebAddress => ("problem-not-a-web-address", vec![]),
        Problem::FrameworkOnlyForUs => ("problem-framework-only-for-us", vec![]),
        Problem::NotAPostalCode => ("problem-not-a-postal-code", vec![]),
        Problem::NotACountryCode => ("problem-not-a-country-code", vec![]),
        Problem::NotABusinessId => ("problem-not-a-business-id", vec![]),
        Problem::WrongCheckDigit => ("problem-wrong-check-digit", vec![]),
        Problem::NotAVatId => ("problem-not-a-vat-id", vec![]),
        Problem::UnknownVatCountry => ("problem-unknown-vat-country", vec![]),
        Problem::NotAUsername => ("problem-not-a-username", vec![]),
        Problem::UnknownRole => ("problem-unknown-role", vec![]),
        Problem::OutOfRange { min, max } => (
            "problem-out-of-range",
            vec![
                ("min", min.to_string().into()),
                ("max", max.to_string().into()),
            ],
        ),
        Problem::NotAnAmount => ("problem-not-an-amount", vec![]),
        Problem::TotalTooLarge => ("problem-total-too-large", vec![]),
        Problem::RequiredForBusinessCustomer => ("problem-required-for-business-customer", vec![]),
        Problem::AlreadyInUse => ("problem-already-in-use", vec![]),
        Problem::NotADate => ("problem-not-a-date", vec![]),
        Problem::InTheFuture => ("problem-in-the-future", vec![]),
        Problem::AlreadyExtended => ("problem-already-extended", vec![]),
        Problem::UnknownCustomer => ("problem-unknown-customer", vec![]),
        Problem::VouchersKept => ("problem-vouchers-kept", vec![]),
        Problem::SystemHoldsData => ("problem-system-holds-data", vec![]),
        Problem::DuplicateInFile { first_row } => (
            "problem-duplicate-in-file",
            vec![("row", number(*first_row))],
        ),
        Problem::Erased => ("problem-erased", vec![]),
        Problem::NotACustomerNumber => ("problem-not-a-customer-number", vec![]),
        Problem::WithdrawnOutsideWebshop => ("problem-withdrawn-outside-webshop", vec![]),
        Problem::Unidentifiable => ("problem-unidentifiable", vec![]),
        Problem::NoCountryCode => ("problem-no-country-code", vec![]),
        Problem::NotAThirdCountry => ("problem-not-a-third-country", vec![]),
        Problem::NotADayAndMonth => ("problem-not-a-day-and-month", vec![]),
        Problem::UnfitCheck => ("problem-unfit-check", vec![]),
        Problem::NotAFolder => ("problem-not-a-folder", vec![]),
        Problem::PastDeadline => ("problem-past-deadline", vec![]),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn numbers_under_ten_are_written_in_words_in_the_documents() {
        for (lang, six, ten, three) in [
            (
                Lang::Fi,
                "kuuteen kuukauteen",
                "10 kuukauteen",
                "kolme vuotta",
            ),
            (Lang::Sv, "på sex månader", "på 10 månader", "i tre år"),
            (Lang::En, "for six months", "for 10 months", "three years"),
        ] {
            let i18n = I18n::new(lang);
            let number = |n: u32| FluentValue::from(n);
            let months = |n: u32| i18n.t_with("info-retention-customer", &[("months", number(n))]);
            assert!(months(6).contains(six), "{lang}: {}", months(6));
            assert!(months(10).contains(ten), "{lang}: {}", months(10));
            let years = i18n.t_with(
                "info-retention-requests",
                &[
                    ("years", number(3)),
                    ("years_text", i18n.small_number(3).into()),
                ],
            );
            assert!(years.contains(three), "{lang}: {years}");
        }
    }

    #[test]
    fn counts_are_grouped_the_languages_way() {
        let fi = I18n::new(Lang::Fi);
        assert_eq!(fi.count(1_000_000), "1\u{a0}000\u{a0}000");
        assert_eq!(fi.count(9_999), "9999");
        assert_eq!(I18n::new(Lang::En).count(1_000_000), "1,000,000");
        assert_eq!(I18n::new(Lang::En).count(999), "999");
        let shown = fi.t_with(
            "customers-count",
            &[
                ("count", 1_000_000.into()),
                ("shown", fi.count(1_000_000).into()),
            ],
        );
        assert_eq!(shown, "1\u{a0}000\u{a0}000 asiakasta");
    }

    use super::*;
    use fluent_bundle::FluentResource;
    use std::collections::BTreeSet;

    fn ids(source: &str) -> BTreeSet<String> {
        let resource = FluentResource::try_new(source.to_owned()).expect("the file parses");
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn both_staff_languages_have_the_same_messages() {
        assert_eq!(ids(FI), ids(EN));
    }

    #[test]
    fn every_document_language_has_the_same_messages() {
        assert_eq!(ids(DOCUMENT_FI), ids(DOCUMENT_SV));
        assert_eq!(ids(DOCUMENT_FI), ids(DOCUMENT_EN));
    }

    #[test]
    fn no_message_is_both_a_staff_and_a_document_message() {
        let staff = ids(FI);
        let shared: Vec<String> = ids(DOCUMENT_FI).intersection(&staff).cloned().collect();
        assert!(shared.is_empty(), "{shared:?}");
    }

    #[test]
    fn every_field_and_role_has_a_message_in_both_languages() {
        for lang in Lang::STAFF {
            let i18n = I18n::new(lang);
            for role in Role::ALL {
                assert!(!i18n.role(role).starts_with("role-"), "{lang} {role}");
            }
            for field in Field::ALL {
                assert!(!i18n.field(field).starts_with("field-"), "{lang} {field}");
            }
        }
    }

    #[test]
    fn a_problem_message_carries_its_numbers() {
        let i18n = I18n::new(Lang::Fi);
        assert_eq!(
            i18n.problem(&Problem::TooShort { min: 12 }),
            "Vähintään 12 merkkiä."
        );
        let en = I18n::new(Lang::En);
        assert_eq!(
            en.problem(&Problem::NotAnEmail),
            "Not a valid email address."
        );
    }

    #[test]
    fn every_audit_action_has_words_in_the_log_and_in_the_extract() {
        let mut missing = Vec::new();
        for lang in Lang::STAFF {
            let words = ids(staff_source(lang).unwrap_or_default());
            for action in AuditAction::ALL {
                let key = format!("action-{}", action.key());
                if !words.contains(&key) {
                    missing.push(format!("{lang}: {key}"));
                }
            }
        }
        for lang in Lang::DOCUMENT {
            let words = ids(document_source(lang));
            for action in AuditAction::ALL.iter().filter(|a| a.consults_a_customer()) {
                let key = format!("consultation-{}", action.key());
                if !words.contains(&key) {
                    missing.push(format!("{lang}: {key}"));
                }
            }
        }
        assert!(missing.is_empty(), "no words for {missing:#?}");
    }

    #[test]
    fn plural_counts_follow_the_language() {
        let i18n = I18n::new(Lang::Fi);
        assert_eq!(
            i18n.t_with("customers-count", &[("count", 1.into())]),
            "1 asiakas"
        );
        assert_eq!(
            i18n.t_with(
                "customers-count",
                &[("count", 3.into()), ("shown", "3".into())]
            ),
            "3 asiakasta"
        );
    }
}
