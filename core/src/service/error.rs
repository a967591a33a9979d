use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::DbErr;

use crate::domain::processing::SlotProblem;
use crate::domain::{FieldError, Permission};

/// Why a login was refused. Each gets its own message in the UI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoginError {
    #[error("wrong username or password")]
    WrongCredentials,
    #[error(
        "the account is locked after repeated failed logins until {}",
        crate::format::date_time(*.until)
    )]
    Locked { until: DateTime<Utc> },
    #[error("the account has been deactivated")]
    Deactivated,
    #[error(
        "the password is a one-time password from an admin: its owner chooses their own at the \
         first login, in the app"
    )]
    OneTimePassword,
}

/// A service's failure. `Clone`, so that a screen's message can carry it: the database's own
/// error, which is not, is shared behind an `Arc`.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ServiceError {
    #[error("your role does not allow this ({0:?})")]
    Forbidden(Permission),
    #[error("your account is no longer active; log in again")]
    SessionRevoked,
    #[error("{}", join(.0))]
    Invalid(Vec<FieldError>),
    #[error("the processing description has {} problem(s)", .0.len())]
    InvalidProcessing(Vec<SlotProblem>),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("someone else saved this {0} first; reload it and make your change again")]
    Conflict(&'static str),
    #[error("more than one customer has this {0}; use the customer number")]
    Ambiguous(&'static str),
    #[error("this {0} does not allow that in its current state")]
    WrongState(&'static str),
    #[error(
        "save the processing description in the settings first: a new register's defaults are \
         checked before the first privacy notice is published"
    )]
    NoticeNotReviewed,
    #[error(
        "no document can be sent to a customer until the settings give {}",
        .0.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
    )]
    DocumentNotReady(Vec<crate::domain::readiness::Gap>),
    #[error("nothing to publish: the settings are those of the published privacy notice")]
    NoticeUnchanged,
    #[error("the last active admin cannot be deactivated or given another role")]
    LastAdmin,
    #[error("your own role is changed by another admin, not by you")]
    OwnRole,
    #[error("the register already has staff accounts; log in as an admin to add more")]
    AlreadyInitialised,
    #[error("the register has no staff accounts yet; create the first admin")]
    NotInitialised,
    #[error(transparent)]
    Login(#[from] LoginError),
    #[error("database error: {0}")]
    Database(Arc<DbErr>),
    #[error("{0}")]
    BadFile(crate::import::FileError),
    #[error("the file could not be written: {0}")]
    FileWrite(String),
    #[error("{0} already exists; choose another name or move the file away first")]
    FileExists(String),
    #[error(
        "{0} could not be replaced: another program has it open, or the folder may not be written to"
    )]
    FileInUse(String),
    #[error("the register holds a value this version does not understand: {0}")]
    UnexpectedData(String),
    #[error("password hashing failed: {0}")]
    PasswordHash(String),
    #[error("{0}")]
    Backup(#[from] crate::backup_file::BackupFileError),
    #[error("{0}")]
    Ledger(#[from] crate::erasure_ledger::LedgerError),
    #[error(
        "the backup holds a register of a newer version of the app (schema {0}); update the \
         app to restore it"
    )]
    NewerSchema(String),
    #[error(
        "{0} already holds a register; restore into a new file, or replace it (close the app \
         on every workstation first)"
    )]
    RegisterInUse(String),
    #[error(
        "the register {0} is open in the app or a command on this computer: close it everywhere \
         before it is replaced"
    )]
    RegisterOpen(String),
    #[error("the backup's audit trail does not hold together: event {0} was changed or removed")]
    ChainBroken(i64),
    #[error("on PostgreSQL the server's own tools take the backups (pg_dump); see the README")]
    BackupOnPostgres,
    #[error("no backup folder is set: choose one in the backup settings")]
    NoBackupFolder,
    #[error("no passphrase for backups is set: set one in the backup settings, or give one")]
    NoBackupKey,
    #[error(
        "another import is running{}{}: wait until it has finished",
        .by.as_ref().map(|by| format!(", started by {by}")).unwrap_or_default(),
        .since.map(|at| format!(" at {}", crate::format::date_time(at))).unwrap_or_default()
    )]
    ImportRunning {
        by: Option<String>,
        since: Option<DateTime<Utc>>,
    },
    #[error("{failure}\n{undone}")]
    ImportUndone {
        failure: Box<ServiceError>,
        undone: Box<crate::service::import::Undone>,
    },
    #[error(
        "{failure}\nUndoing what the import had written failed too: {undo_failure}. It is undone \
         when an import is next started or someone next logs in; until then the register holds \
         what it wrote."
    )]
    ImportUndoFailed {
        failure: Box<ServiceError>,
        undo_failure: Box<ServiceError>,
    },
}

impl From<DbErr> for ServiceError {
    fn from(error: DbErr) -> Self {
        ServiceError::Database(Arc::new(error))
    }
}

fn join(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl ServiceError {
    pub fn invalid(error: FieldError) -> Self {
        Self::Invalid(vec![error])
    }

    /// The field errors of an `Invalid` error, for placing messages next to form fields.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Self::Invalid(errors) => errors,
            _ => &[],
        }
    }

    /// What keeps a processing description from being saved, each where it is.
    pub fn processing_problems(&self) -> &[SlotProblem] {
        match self {
            Self::InvalidProcessing(problems) => problems,
            _ => &[],
        }
    }
}

impl From<FieldError> for ServiceError {
    fn from(error: FieldError) -> Self {
        Self::Invalid(vec![error])
    }
}

impl From<Vec<FieldError>> for ServiceError {
    fn from(errors: Vec<FieldError>) -> Self {
        Self::Invalid(errors)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_lock_is_told_in_helsinki_time_to_the_minute() {
        let until = Utc
            .with_ymd_and_hms(2026, 11, 29, 15, 5, 30)
            .single()
            .expect("a valid time")
            + chrono::Duration::nanoseconds(123_456_789);
        let message = ServiceError::from(LoginError::Locked { until }).to_string();
        assert!(message.ends_with("until 29.11.2026 17.05"), "{message}");
    }
}
