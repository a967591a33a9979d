//! Probes of the administration (staff accounts, settings, the notice, the audit log,
//! backups) and of what any staff member may do.

use chrono::Utc;
use register::backup_file::Passphrase;
use register::domain::readiness::For;
use register::domain::{Lang, Role};
use register::save::{Existing, SaveError};
use register::service::audit::AuditFilter;
use register::service::backup::{self, BackupSettingsInput};
use register::service::{
    PageRequest, ServiceError, audit, demo_data, housekeeping, notice, processing, readiness,
    settings, staff,
};
use testing::staff_input;

use super::Ctx;

pub async fn list_staff(c: &Ctx<'_>) -> Result<(), ServiceError> {
    staff::list(c.db, c.session).await.map(drop)
}

pub async fn create_staff(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let input = staff_input(&format!("uusi{}", c.n), Role::Marketing);
    staff::create(c.db, c.session, &input).await.map(drop)
}

pub async fn reset_password(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let other = c.fixture.other_staff_id;
    staff::reset_password(c.db, c.session, other, "toinen pitkä salasana").await
}

pub async fn set_role(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let role = if c.n.is_multiple_of(2) {
        Role::Fulfilment
    } else {
        Role::Marketing
    };
    staff::set_role(c.db, c.session, c.fixture.other_staff_id, role)
        .await
        .map(drop)
}

pub async fn set_active(c: &Ctx<'_>) -> Result<(), ServiceError> {
    staff::set_active(c.db, c.session, c.fixture.other_staff_id, true)
        .await
        .map(drop)
}

pub async fn unlock(c: &Ctx<'_>) -> Result<(), ServiceError> {
    staff::unlock(c.db, c.session, c.fixture.other_staff_id)
        .await
        .map(drop)
}

pub async fn update_settings(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let current = settings::get(c.db, c.session).await?;
    let mut input = current.to_input();
    input.city = format!("Jyväskylä {}", c.n);
    settings::update(c.db, c.session, current.version, &input)
        .await
        .map(drop)
}

pub async fn read_processing(c: &Ctx<'_>) -> Result<(), ServiceError> {
    processing::get(c.db, c.session).await.map(drop)
}

pub async fn update_processing(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let current = processing::get(c.db, &c.fixture.admin).await?;
    let mut description = current.description;
    description.retention.idle_months = 12 + (c.n % 100) as u32;
    processing::update(c.db, c.session, current.version, &description)
        .await
        .map(drop)
}

pub async fn unknown_shipping_methods(c: &Ctx<'_>) -> Result<(), ServiceError> {
    processing::unknown_shipping_methods(c.db, c.session)
        .await
        .map(drop)
}

pub async fn notice_state(c: &Ctx<'_>) -> Result<(), ServiceError> {
    notice::state(c.db, c.session).await.map(drop)
}

pub async fn notice_versions(c: &Ctx<'_>) -> Result<(), ServiceError> {
    notice::versions(c.db, c.session).await.map(drop)
}

/// Something new to publish each time, saved by the admin.
pub async fn publish_notice(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let admin = &c.fixture.admin;
    let current = processing::get(c.db, admin).await?;
    let mut description = current.description;
    description.retention.request_years = 1 + (c.n % 20) as u32;
    processing::update(c.db, admin, current.version, &description).await?;
    notice::publish(c.db, c.session).await.map(drop)
}

pub async fn write_notice(c: &Ctx<'_>) -> Result<(), ServiceError> {
    notice::document(c.db, c.session, Lang::Sv, notice::Which::Current)
        .await
        .map(drop)
}

pub async fn read_audit_log(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let filter = AuditFilter::default();
    audit::list(c.db, c.session, &filter, PageRequest::first(20))
        .await
        .map(drop)
}

pub async fn verify_audit_log(c: &Ctx<'_>) -> Result<(), ServiceError> {
    audit::verify(c.db, c.session).await.map(drop)
}

pub async fn audit_hashes(c: &Ctx<'_>) -> Result<(), ServiceError> {
    audit::hashes_at(c.db, c.session, &[1, 2]).await.map(drop)
}

pub async fn demo_data(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let plan = demo_data::DemoPlan {
        customers: 1,
        seed: c.n as u64,
        heavy_every: None,
    };
    demo_data::generate(c.db, c.session, &plan, &mut |_| {})
        .await
        .map(drop)
}

fn passphrase() -> Passphrase {
    Passphrase::new("neula ja lanka kesällä".into()).expect("long enough")
}

/// A backup's failure as the role table sees it: allowed, and then told that PostgreSQL takes
/// its own backups, counts as allowed.
fn as_guarded<T>(result: Result<T, SaveError>) -> Result<(), ServiceError> {
    match result {
        Ok(_) => Ok(()),
        Err(SaveError::Service(error)) => match error {
            ServiceError::BackupOnPostgres => Ok(()),
            ServiceError::Forbidden(permission) => Err(ServiceError::Forbidden(permission)),
            other => panic!("backup failed: {other}"),
        },
        Err(other) => panic!("backup failed: {other}"),
    }
}

pub async fn take_backup(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join(format!("varmuuskopio-{}.arb", c.n));
    let passphrase = passphrase();
    as_guarded(backup::take(c.db, c.session, &out, Some(&passphrase), Existing::Keep).await)
}

pub async fn take_into_folder(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let passphrase = passphrase();
    let now = Utc::now() + chrono::Duration::seconds(c.n as i64);
    as_guarded(backup::take_into_folder(c.db, c.session, Some(&passphrase), now).await)
}

pub async fn backup_settings(c: &Ctx<'_>) -> Result<(), ServiceError> {
    backup::settings(c.db, c.session).await.map(drop)
}

/// Saved as the fixture set them: the folder stays for the backups taken into it.
pub async fn save_backup_settings(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let current = backup::settings(c.db, &c.fixture.admin).await?;
    let input = BackupSettingsInput {
        folder: Some(c.fixture.backup_folder.path().to_owned()),
        keep_daily: 7,
        keep_monthly: 12,
        warn_after_days: 7,
    };
    backup::save_settings(c.db, c.session, &input, current.version)
        .await
        .map(drop)
}

pub async fn set_backup_key(c: &Ctx<'_>) -> Result<(), ServiceError> {
    backup::set_key(c.db, c.session, &passphrase())
        .await
        .map(drop)
}

pub async fn organisation(c: &Ctx<'_>) -> Result<(), ServiceError> {
    settings::get(c.db, c.session).await.map(drop)
}

pub async fn document_gaps(c: &Ctx<'_>) -> Result<(), ServiceError> {
    readiness::gaps(c.db, c.session, For::Extract)
        .await
        .map(drop)
}

/// Changed and changed back, so that the role's next probe logs in as before.
pub async fn own_password(c: &Ctx<'_>) -> Result<(), ServiceError> {
    let other = "hetken toinen salasana";
    staff::change_own_password(c.db, c.session, testing::PASSWORD, other).await?;
    staff::change_own_password(c.db, c.session, other, testing::PASSWORD).await
}

pub async fn own_language(c: &Ctx<'_>) -> Result<(), ServiceError> {
    staff::set_own_language(c.db, c.session, register::domain::Lang::En).await
}

pub async fn housekeeping(c: &Ctx<'_>) -> Result<(), ServiceError> {
    housekeeping::at_login(c.db, c.session, Utc::now().date_naive())
        .await
        .map(drop)
}

/// Due or not, whoever is logged in when the window closes.
pub async fn daily_backup(c: &Ctx<'_>) -> Result<(), ServiceError> {
    as_guarded(backup::take_if_due(c.db, c.session, Utc::now()).await)
}
