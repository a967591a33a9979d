//! Where the register's backups go and how many are kept (one row, created with the random key
//! of the erasure ledger's digests the first time it is read).

use crate::domain::AuditAction;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait};
use serde_json::json;

use crate::backup_file::{BackupKey, Passphrase};
use crate::db::Db;
use crate::domain::{Field, FieldError, Permission, Problem};
use crate::entity::backup_settings as entity;
use crate::service::audit::Event;
use crate::service::write::write;
use crate::service::{ServiceError, Session, authorize};

/// Backups kept when nothing else is set: a week of days, a year of months.
const KEEP_DAILY: i32 = 7;
const KEEP_MONTHLY: i32 = 12;
const WARN_AFTER_DAYS: i32 = 7;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSettings {
    /// Where automatic backups and the erasure ledger go; none set yet.
    pub folder: Option<PathBuf>,
    pub keep_daily: u32,
    pub keep_monthly: u32,
    /// An admin is warned at login when the last backup is older than this many days.
    pub warn_after_days: u32,
    pub last_backup_at: Option<DateTime<Utc>>,
    /// Whether a backup passphrase (the backup key) is set: backups then need none typed.
    pub has_key: bool,
    pub version: i32,
}

impl From<&entity::Model> for BackupSettings {
    fn from(row: &entity::Model) -> Self {
        let count = |n: i32| u32::try_from(n).unwrap_or(0);
        Self {
            folder: row.folder.as_ref().map(PathBuf::from),
            keep_daily: count(row.keep_daily),
            keep_monthly: count(row.keep_monthly),
            warn_after_days: count(row.warn_after_days),
            last_backup_at: row.last_backup_at,
            has_key: key_of(row).is_some(),
            version: row.version,
        }
    }
}

/// The row, created with its defaults and a new ledger key if there is none yet.
pub(crate) async fn row(conn: &impl ConnectionTrait) -> Result<entity::Model, ServiceError> {
    if let Some(row) = entity::Entity::find_by_id(1).one(conn).await? {
        return Ok(row);
    }
    let mut key = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut key);
    let fresh = entity::ActiveModel {
        id: Set(1),
        folder: Set(None),
        keep_daily: Set(KEEP_DAILY),
        keep_monthly: Set(KEEP_MONTHLY),
        warn_after_days: Set(WARN_AFTER_DAYS),
        ledger_key: Set(hex::encode(key)),
        last_backup_at: Set(None),
        recipient: Set(None),
        sealed_key: Set(None),
        updated_at: Set(Utc::now()),
        version: Set(1),
        ledger_lines: Set(0),
        ledger_mac: Set(None),
    };
    // Two workstations reading it first at once: the first row stays.
    entity::Entity::insert(fresh)
        .on_conflict_do_nothing()
        .exec(conn)
        .await?;
    entity::Entity::find_by_id(1)
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound("backup settings"))
}

/// The backup key, when one is set.
pub(crate) fn key_of(row: &entity::Model) -> Option<BackupKey> {
    match (&row.recipient, &row.sealed_key) {
        (Some(recipient), Some(sealed)) => {
            Some(BackupKey::from_parts(recipient.clone(), sealed.clone()))
        }
        _ => None,
    }
}

/// Sets the backup passphrase: a new backup key whose secret half only it opens. Backups taken
/// before keep the passphrase they were taken with.
pub async fn set_key(
    db: &Db,
    session: &Session,
    passphrase: &Passphrase,
) -> Result<BackupSettings, ServiceError> {
    // scrypt takes a second: done before the write transaction begins.
    let key = BackupKey::new(passphrase)?;
    write(db, session, Permission::Administration, async |txn, _| {
        let current = row(txn).await?;
        let version = current.version;
        let mut update: entity::ActiveModel = current.into();
        update.recipient = Set(Some(key.recipient().to_owned()));
        update.sealed_key = Set(Some(key.sealed().to_owned()));
        update.updated_at = Set(Utc::now());
        update.version = Set(version + 1);
        let saved = update.update(txn).await?;
        let event = Event::new(AuditAction::BackupKey, None);
        Ok((BackupSettings::from(&saved), event))
    })
    .await
}

pub async fn load(db: &Db, session: &Session) -> Result<BackupSettings, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    Ok(BackupSettings::from(&row(db.conn()).await?))
}

/// What an admin sets; the version is the one they loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSettingsInput {
    pub folder: Option<PathBuf>,
    pub keep_daily: u32,
    pub keep_monthly: u32,
    pub warn_after_days: u32,
}

pub async fn save(
    db: &Db,
    session: &Session,
    input: &BackupSettingsInput,
    version: i32,
) -> Result<BackupSettings, ServiceError> {
    validate(input)?;
    write(db, session, Permission::Administration, async |txn, _| {
        let current = row(txn).await?;
        if current.version != version {
            return Err(ServiceError::Conflict("backup settings"));
        }
        let count = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
        let folder = input.folder.as_ref().map(|f| f.display().to_string());
        let mut update: entity::ActiveModel = current.into();
        update.folder = Set(folder.clone());
        update.keep_daily = Set(count(input.keep_daily));
        update.keep_monthly = Set(count(input.keep_monthly));
        update.warn_after_days = Set(count(input.warn_after_days));
        update.updated_at = Set(Utc::now());
        update.version = Set(version + 1);
        let saved = update.update(txn).await?;
        let event = Event::new(AuditAction::BackupSettings, None).with_details(json!({
            "folder": folder,
            "keep_daily": input.keep_daily,
            "keep_monthly": input.keep_monthly,
            "warn_after_days": input.warn_after_days,
        }));
        Ok((BackupSettings::from(&saved), event))
    })
    .await
}

/// The folder exists here and the counts are within reason: at least one daily backup, at most
/// a year of days or ten years of months.
fn validate(input: &BackupSettingsInput) -> Result<(), ServiceError> {
    let mut errors = Vec::new();
    if let Some(folder) = &input.folder
        && !(folder.is_absolute() && folder.is_dir())
    {
        errors.push(FieldError::new(Field::BackupFolder, Problem::NotAFolder));
    }
    for (field, value, min, max) in [
        (Field::KeepDaily, input.keep_daily, 1, 366),
        (Field::KeepMonthly, input.keep_monthly, 0, 120),
        (Field::WarnAfterDays, input.warn_after_days, 1, 366),
    ] {
        if !(min..=max).contains(&i64::from(value)) {
            errors.push(FieldError::new(field, Problem::OutOfRange { min, max }));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.into())
    }
}
