//! Closing the window while logged in: the day's backup first, its failure shown with a way to
//! close anyway.

use std::sync::Arc;

use crate::simulator;
use asiakasrekisteri::ui::app::{App, Message};
use asiakasrekisteri::ui::closing;
use register::i18n::Lang;
use register::service::ServiceError;

#[tokio::test]
async fn closing_takes_the_days_backup_first_and_shows_why_it_failed() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let (mut app, _) = App::signed_in(db.clone(), admin.clone(), Lang::Fi);
    let _ = app.update(Message::CloseRequested);
    let mut ui = simulator(app.view());
    ui.find("Otetaan päivän varmuuskopiota ennen sulkemista…")
        .expect("said while it works");
    drop(ui);
    // With no folder and no passphrase set there is nothing due, and the register closes.
    assert!(matches!(
        closing::close(db.clone(), admin.clone()).await,
        Ok(false)
    ));
    let failure = Arc::new(ServiceError::NoBackupFolder);
    let _ = app.update(Message::Closed(Err(failure)));
    let mut ui = simulator(app.view());
    ui.find(
        "Päivän varmuuskopiota ei voitu ottaa: Varmuuskopiokansiota ei ole valittu: valitse se \
         varmuuskopioinnin asetuksista. Ota varmuuskopio Varmuuskopiot-sivulla, kun avaat \
         sovelluksen seuraavan kerran.",
    )
    .expect("the failure in words");
    ui.click("Sulje").expect("closes anyway");
    assert!(
        ui.into_messages().any(|m| matches!(m, Message::Exit)),
        "the close button exits"
    );
    test_db.finish().await;
}
