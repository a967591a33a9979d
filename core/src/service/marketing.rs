//! The newsletter recipients export: consenting customers who have not refused marketing, and
//! only what a mailing needs.

use crate::domain::AuditAction;
use std::io::Write;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait};
use serde_json::json;

use super::audit::Event;
use super::write::audited;
use super::{ServiceError, Session, refuse_early};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::consent::csv_cell;
use crate::entity::customer;

const BATCH: u64 = 1000;

/// Writes a CSV (UTF-8, header row) of first name, last name and email to `out`, and returns
/// how many recipients it holds. The register is read a batch at a time and written as it is
/// read, without holding up other workstations' saves; the export is recorded once written.
pub async fn newsletter_recipients_csv(
    db: &Db,
    session: &Session,
    out: &mut (impl Write + Send),
) -> Result<u64, ServiceError> {
    refuse_early(db.conn(), session, Permission::NewsletterExport).await?;
    let read = db.conn().begin().await?;
    let written = |e: std::io::Error| ServiceError::FileWrite(e.to_string());
    out.write_all(b"\"first_name\",\"last_name\",\"email\"\r\n")
        .map_err(written)?;
    let mut after = 0;
    let mut count = 0u64;
    loop {
        let batch: Vec<(i32, String, String, Option<String>)> = customer::Entity::find()
            .select_only()
            .columns([
                customer::Column::Id,
                customer::Column::FirstName,
                customer::Column::LastName,
                customer::Column::Email,
            ])
            .filter(customer::Column::Id.gt(after))
            .filter(customer::Column::Newsletter.eq(true))
            .filter(customer::Column::MarketingRefused.eq(false))
            // Only an address that validated has a search key: one an import kept as
            // written, to check, is never mailed.
            .filter(customer::Column::EmailKey.is_not_null())
            .order_by_asc(customer::Column::Id)
            .limit(BATCH)
            .into_tuple()
            .all(&read)
            .await?;
        let Some((last, ..)) = batch.last() else {
            break;
        };
        after = *last;
        for (_, first_name, last_name, email) in &batch {
            let email = email.as_deref().unwrap_or_default();
            let line = format!(
                "{},{},{}\r\n",
                csv_cell(first_name),
                csv_cell(last_name),
                csv_cell(email)
            );
            out.write_all(line.as_bytes()).map_err(written)?;
            count += 1;
        }
    }
    read.commit().await?;
    audited(db, session, Permission::NewsletterExport, async |_, _| {
        let event = Event::new(AuditAction::MarketingExport, None)
            .with_details(json!({ "recipients": count }));
        Ok((count, event))
    })
    .await
}
