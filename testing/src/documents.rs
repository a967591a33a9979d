//! The settings a customer document needs, filled in as a shop would before its first one:
//! the shop's address, phone and notice page, the accountant named, the processing
//! description saved and the notice published.

use register::db::Db;
use register::domain::organisation::OrganisationInput;
use register::domain::processing::ProcessingDescription;
use register::service::{Session, notice, processing, settings};

/// The shop's details as the organisation form would hold them once filled in.
pub fn organisation() -> OrganisationInput {
    OrganisationInput {
        controller_name: "Ompelijan paratiisi".into(),
        business_id: "2631357-4".into(),
        contact_person: "Pauliina Korhonen".into(),
        email: "asiakaspalvelu@ompelijanparatiisi.fi".into(),
        street_address: "Hämeenkatu 12".into(),
        postal_code: "33100".into(),
        city: "Tampere".into(),
        phone: "03 1234 5678".into(),
        notice_address: "https://ompelijanparatiisi.fi/tietosuoja".into(),
    }
}

/// The accountant the processing description names once the shop has filled it in.
pub const ACCOUNTANT: &str = "Tilitoimisto Kuusi Oy";

/// Fills in every setting a document needs and publishes the notice, as `admin`.
pub async fn ready(db: &Db, admin: &Session) {
    fill_in(db, admin).await;
    notice::publish(db, admin).await.expect("notice published");
}

/// Fills in the shop's details and names the accountant (saving the processing description),
/// without publishing a notice.
pub async fn fill_in(db: &Db, admin: &Session) {
    fill_in_organisation(db, admin).await;
    let current = processing::get(db, admin)
        .await
        .expect("processing description");
    let mut description = current.description;
    name_everyone(&mut description);
    processing::update(db, admin, current.version, &description)
        .await
        .expect("processing description saved");
}

/// Fills in the shop's details alone, leaving the processing description as it is.
pub async fn fill_in_organisation(db: &Db, admin: &Session) {
    let current = settings::get(db, admin)
        .await
        .expect("organisation settings");
    settings::update(db, admin, current.version, &organisation())
        .await
        .expect("organisation details saved");
}

/// Names every recipient the description lists without a name (the defaults' accountant).
pub fn name_everyone(description: &mut ProcessingDescription) {
    for recipient in &mut description.recipients {
        if recipient.name.trim().is_empty() {
            recipient.name = ACCOUNTANT.into();
        }
    }
}
