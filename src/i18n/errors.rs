//! Failures in the staff's language: a service error as one sentence for a banner, a login
//! refused, an import undone, a setting a document waits for.

use register::backup_file::{BackupFileError, Damage, MIN_PASSPHRASE_CHARS};
use register::domain::Field;
use register::domain::readiness::Gap;
use register::format;
use register::import::FileError;
use register::service::import::{UndoReason, Undone};
use register::service::{LoginError, ServiceError};

use super::I18n;

impl I18n {
    /// A setting a document waits for, as the refusal names it.
    pub fn gap(&self, gap: Gap) -> String {
        match gap {
            Gap::Controller(field) => self.field(field),
            Gap::NoticeAddress => self.field(Field::NoticeAddress),
            Gap::RecipientName(category) => self.t_with(
                "gap-recipient-name",
                &[(
                    "kind",
                    self.words
                        .t(&format!("recipient-kind-{}", category.key()))
                        .into(),
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
            LoginError::OneTimePassword => self.t("login-one-time"),
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
            ServiceError::OwnRole => self.t("error-own-role"),
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
    pub fn undone(&self, undone: &Undone) -> String {
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
                &[("min", MIN_PASSPHRASE_CHARS.into())],
            ),
            BackupFileError::Io(error) => {
                self.t_with("error-backup-io", &[("reason", error.to_string().into())])
            }
        }
    }
}
