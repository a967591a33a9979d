//! The newsletter recipients export: consenting customers who have not refused marketing, and
//! only what a mailing needs.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::audit::{self, Actor, Event};
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::Permission;
use crate::domain::consent::csv_cell;
use crate::entity::customer;

const BATCH: u64 = 1000;

/// A CSV (UTF-8, header row) of first name, last name and email. Read in batches, so a large
/// register is never held in memory at once beyond the file itself.
pub async fn newsletter_recipients_csv(
    db: &Db,
    session: &Session,
) -> Result<Vec<u8>, ServiceError> {
    let txn = db.begin_write().await?;
    let staff = authorize(&txn, session, Permission::NewsletterExport).await?;
    let mut csv = String::from("\"first_name\",\"last_name\",\"email\"\r\n");
    let mut after = 0;
    let mut count = 0u64;
    loop {
        let batch = customer::Entity::find()
            .filter(customer::Column::Id.gt(after))
            .filter(customer::Column::Newsletter.eq(true))
            .filter(customer::Column::MarketingRefused.eq(false))
            .filter(customer::Column::Email.is_not_null())
            .order_by_asc(customer::Column::Id)
            .limit(BATCH)
            .all(&txn)
            .await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for row in &batch {
            let email = row.email.as_deref().unwrap_or_default();
            csv.push_str(&format!(
                "{},{},{}\r\n",
                csv_cell(&row.first_name),
                csv_cell(&row.last_name),
                csv_cell(email)
            ));
            count += 1;
        }
    }
    let event = Event::new("marketing.export", "register", None)
        .with_details(json!({ "recipients": count }));
    audit::append(&txn, &Actor::from(&staff), event).await?;
    txn.commit().await?;
    Ok(csv.into_bytes())
}
