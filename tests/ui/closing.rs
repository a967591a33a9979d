//! Closing the window while logged in: the day's backup first, its failure shown with a way to
//! close anyway.

use crate::simulator;
use asiakasrekisteri::ui::app::{App, Message};
use asiakasrekisteri::ui::{closing, session_end};
use register::domain::Lang;
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
    let failure = ServiceError::NoBackupFolder;
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

/// The system ending the session with the window open runs the same closing, from the window's
/// thread while the app's runtime does the work: the day's backup is taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_end_of_the_session_takes_the_days_backup_without_the_window() {
    use register::backup_file::Passphrase;
    use register::service::backup;
    let dir = tempfile::tempdir().expect("dir");
    let location = register::config::DatabaseLocation::Sqlite(dir.path().join("rekisteri.sqlite3"));
    let db = register::db::connect(&location).await.expect("opens");
    let admin = testing::first_admin(&db).await;
    let folder = dir.path().join("varmuuskopiot");
    std::fs::create_dir(&folder).expect("folder");
    testing::backups::keep_in(&db, &admin, &folder).await;
    let passphrase = Passphrase::new("istunnon lopun varmuuskopio".into()).expect("long enough");
    backup::set_key(&db, &admin, &passphrase)
        .await
        .expect("key set");

    let runtime = tokio::runtime::Handle::current();
    let said = tokio::task::spawn_blocking(move || {
        session_end::close_on(&runtime, db, admin, std::time::Duration::from_secs(60))
    })
    .await
    .expect("ran");
    assert_eq!(said, "the register was closed after the day's backup");
    let backups = std::fs::read_dir(&folder).expect("listed").count();
    assert!(backups >= 1, "no backup in {}", folder.display());
}
