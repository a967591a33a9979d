//! The backups screen, driven headlessly: the folder and generations set with errors at their
//! fields, the backup passphrase set, a backup taken, and an admin warned at login while there
//! is none.

use crate::notice_reply;
use crate::{drive, no_files, send, simulator};
use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::app::{App, Message as AppMessage};
use asiakasrekisteri::ui::login_notices;
use asiakasrekisteri::ui::screen::{Context, Destination, Screen, backups};
use iced_test::selector::id;
use register::domain::Lang;

/// Types `text` into the field `field_id` and gives the messages to the screen.
fn type_into(
    state: &mut backups::State,
    i18n: &I18n,
    c: &Context,
    field_id: &'static str,
    text: &str,
) {
    let mut ui = simulator(state.view(i18n, c));
    ui.click(id(field_id)).expect("field shown");
    ui.typewrite(text);
    for message in ui.into_messages().collect::<Vec<_>>() {
        let _ = state.update(message);
    }
}

async fn click(state: &mut backups::State, i18n: &I18n, c: &Context, label: &str) {
    let mut ui = simulator(state.view(i18n, c));
    ui.click(label).expect("button shown");
    let messages: Vec<_> = ui.into_messages().collect();
    send(state, messages, c).await;
}

#[tokio::test]
async fn an_admin_chooses_the_folder_sets_the_passphrase_and_takes_a_backup() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let folder = tempfile::tempdir().expect("folder");
    let c = no_files(&db, &admin);
    let (mut state, jobs) = backups::State::open(None);
    drive(&mut *state, jobs, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find(
        "Rekisteristä ei ole vielä otettu varmuuskopiota. Valitse kansio ja ota ensimmäinen \
         varmuuskopio: rikkoutunut levy tai varastettu kone veisi muuten koko rekisterin ja sen \
         lokitiedot.",
    )
    .expect("no backup yet, said as a warning");
    drop(ui);

    // A folder that is not there, and a count that is not a number: each said at its field,
    // and what was typed stays.
    type_into(
        &mut state,
        &i18n,
        &c,
        "backup-folder",
        "/ei/tallaista/kansiota",
    );
    type_into(&mut state, &i18n, &c, "keep-daily", "x");
    click(&mut state, &i18n, &c, "Tallenna").await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Arvon pitää olla välillä 0–366.")
        .expect("at the count");
    drop(ui);
    let mut state_text = simulator(state.view(&i18n, &c));
    state_text
        .find("/ei/tallaista/kansiota")
        .expect("the folder as typed");
    drop(state_text);
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("keep-daily")).expect("field");
    ui.tap_key(iced::keyboard::key::Named::Backspace);
    ui.typewrite("5");
    for message in ui.into_messages().collect::<Vec<_>>() {
        let _ = state.update(message);
    }
    click(&mut state, &i18n, &c, "Tallenna").await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Kansiota ei löydy tältä tietokoneelta. Anna koko polku olemassa olevaan kansioon.")
        .expect("the service checks the folder");
    drop(ui);

    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("backup-folder")).expect("field");
    for _ in 0.."/ei/tallaista/kansiota".len() {
        ui.tap_key(iced::keyboard::key::Named::Backspace);
    }
    ui.typewrite(&folder.path().display().to_string());
    for message in ui.into_messages().collect::<Vec<_>>() {
        let _ = state.update(message);
    }
    click(&mut state, &i18n, &c, "Tallenna").await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Tallennettu.").expect("saved");
    drop(ui);

    // No backup before a passphrase is set.
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Valitse ensin kansio ja aseta salasana.")
        .expect("what is missing");
    drop(ui);
    // A passphrase too short, then two that differ, then the right one twice.
    type_into(&mut state, &i18n, &c, "backup-passphrase", "lyhyt");
    click(&mut state, &i18n, &c, "Aseta salasana").await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Vähintään 12 merkkiä.").expect("too short");
    drop(ui);
    type_into(
        &mut state,
        &i18n,
        &c,
        "backup-passphrase",
        " ja silti pitkä",
    );
    type_into(
        &mut state,
        &i18n,
        &c,
        "backup-passphrase-again",
        "jotain muuta",
    );
    click(&mut state, &i18n, &c, "Aseta salasana").await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Salasanat eivät täsmää").expect("they differ");
    drop(ui);
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("backup-passphrase-again")).expect("field");
    for _ in 0.."jotain muuta".chars().count() {
        ui.tap_key(iced::keyboard::key::Named::Backspace);
    }
    ui.typewrite("lyhyt ja silti pitkä");
    for message in ui.into_messages().collect::<Vec<_>>() {
        let _ = state.update(message);
    }
    click(&mut state, &i18n, &c, "Aseta salasana").await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Salasana asetettu. Tästä eteenpäin varmuuskopiot avataan tällä salasanalla.")
        .expect("the key is set");
    ui.find("Vaihda varmuuskopioiden salasana")
        .expect("and can be changed");
    drop(ui);
    click(&mut state, &i18n, &c, "Ota varmuuskopio").await;
    let mut written: Vec<_> = std::fs::read_dir(folder.path())
        .expect("listed")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    written.sort();
    // The backup, and the erasure ledger that starts with it.
    assert_eq!(written.len(), 2, "{written:?}");
    assert!(written[0].ends_with(".arb"), "{written:?}");
    assert_eq!(written[1], "erasure-ledger.jsonl");
    let mut ui = simulator(state.view(&i18n, &c));
    let path = folder.path().join(&written[0]);
    let said = ui
        .find(format!("Varmuuskopio tallennettu: {}.", path.display()).as_str())
        .expect("where it went")
        .bounds();
    let pressed = ui.find("Ota varmuuskopio").expect("the button").bounds();
    assert!(
        pressed.y < said.y && said.y - pressed.y < 80.0,
        "said just below the button pressed, not at the top of the page: {pressed:?} {said:?}"
    );
    drop(ui);

    // Restored into a new file: first with a wrong passphrase, then the right one. (The form
    // is below the fold of the simulator's window: its messages are sent as typed.)
    let target = folder.path().join("palautettu.sqlite3");
    let restore = |message| backups::Message::Restore(message);
    let send = async |state: &mut backups::State, message| {
        crate::send(state, [restore(message)], &c).await;
    };
    use backups::restore::Message as R;
    send(&mut state, R::BackupChosen(Some(path.clone()))).await;
    send(&mut state, R::TargetChosen(Some(target.clone()))).await;
    send(&mut state, R::Passphrase("väärä salasana tähän".into())).await;
    send(&mut state, R::Password(testing::PASSWORD.into())).await;
    send(&mut state, R::Restore).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Salasana ei avaa tätä varmuuskopiota.")
        .expect("a wrong passphrase said so");
    drop(ui);
    assert!(!target.exists(), "nothing restored");
    send(&mut state, R::Passphrase("lyhyt ja silti pitkä".into())).await;
    send(&mut state, R::Password(testing::PASSWORD.into())).await;
    send(&mut state, R::Restore).await;
    assert!(target.exists(), "restored");
    let header = register::backup_file::read_header(&mut std::io::BufReader::new(
        std::fs::File::open(&path).expect("backup"),
    ))
    .expect("header");
    let mut ui = simulator(state.view(&i18n, &c));
    let said = format!(
        "Varmuuskopio {} palautettu tiedostoon {}: 0 asiakasta, 0 tilausta, 0 \
         tietosuojapyyntöä; lokitietojen {} tapahtuman ketju tarkistettu. Poistokirjanpidossa \
         oli 0 varmuuskopion jälkeistä merkintää; 0 asiakasta poistettiin uudelleen.",
        register::format::date_time(header.taken_at),
        target.display(),
        header.audit_events + 1,
    );
    ui.find(said.as_str()).expect("the summary");
    drop(ui);
    assert!(
        Destination::app_request(&mut *state).is_none(),
        "nothing opens before staff ask"
    );
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Avaa palautettu rekisteri")
        .expect("opening it is offered (below the fold: pressed as a message)");
    drop(ui);
    send(&mut state, R::OpenRestored).await;
    assert!(
        matches!(
            Destination::app_request(&mut *state),
            Some(asiakasrekisteri::ui::screen::AppRequest::Open(path)) if path == target
        ),
        "the app is asked to open the restored register"
    );
    assert!(Destination::app_request(&mut *state).is_none(), "once");
    test_db.finish().await;
}

#[tokio::test]
async fn an_admin_is_warned_at_login_while_there_is_no_backup() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let staff = testing::staff(&db).await;
    let (mut app, _) = App::signed_in(db.clone(), staff.admin.clone(), Lang::Fi);
    let reply = notice_reply(login_notices::Job::Backups, &db, &staff.admin).await;
    let _ = app.update(AppMessage::Notices(reply));
    let mut ui = simulator(app.view());
    ui.find("Rekisteristä ei ole varmuuskopiota. Ota varmuuskopio Varmuuskopiot-sivulla.")
        .expect("warned");
    drop(ui);
    // Customer service is not the one to take backups: nothing is said to them.
    let (mut app, _) = App::signed_in(db.clone(), staff.customer_service.clone(), Lang::Fi);
    let reply = notice_reply(login_notices::Job::Backups, &db, &staff.customer_service).await;
    let _ = app.update(AppMessage::Notices(reply));
    let mut ui = simulator(app.view());
    assert!(
        ui.find("Rekisteristä ei ole varmuuskopiota. Ota varmuuskopio Varmuuskopiot-sivulla.")
            .is_err()
    );
    drop(ui);
    test_db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_register_open_now_is_replaced_only_after_its_name_is_typed() {
    use asiakasrekisteri::ui::replace;
    use asiakasrekisteri::ui::screen::AppRequest;
    use backups::restore::Message as R;
    use register::backup_file::Passphrase;
    use register::service::{backup, customer};

    let testing::TestDb { db, backend } = testing::TestDb::sqlite().await;
    let admin = testing::first_admin(&db).await;
    let folder = tempfile::tempdir().expect("a folder");
    testing::backups::keep_in(&db, &admin, folder.path()).await;
    let passphrase = "lyhyt ja silti pitkä";
    backup::set_key(
        &db,
        &admin,
        &Passphrase::new(passphrase.into()).expect("long enough"),
    )
    .await
    .expect("key set");
    let taken = backup::take_into_folder(&db, &admin, None, chrono::Utc::now())
        .await
        .expect("backup taken");
    // Saved after the backup: the replacement loses it.
    testing::create_customer(&db, &admin, &testing::aino()).await;
    let register::config::DatabaseLocation::Sqlite(file) = db.location().clone() else {
        panic!("a SQLite register");
    };

    let c = no_files(&db, &admin);
    let i18n = I18n::new(Lang::Fi);
    let mut state = backups::State::default();
    drive(&mut state, vec![backups::Job::Load], &c).await;
    for message in [
        R::BackupChosen(Some(taken.path.clone())),
        R::Passphrase(passphrase.into()),
        R::Password(testing::PASSWORD.into()),
        R::Replace(Some(file.clone())),
        R::Confirmation("väärä.sqlite3".into()),
        R::Restore,
    ] {
        send(&mut state, [backups::Message::Restore(message)], &c).await;
    }
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Kirjoita vahvistukseksi rekisterin tiedoston nimi: register.sqlite3")
        .expect("the name to type is given");
    drop(ui);
    assert!(
        Destination::app_request(&mut state).is_none(),
        "nothing is replaced without its name typed"
    );
    for message in [R::Confirmation("register.sqlite3".into()), R::Restore] {
        send(&mut state, [backups::Message::Restore(message)], &c).await;
    }
    let Some(AppRequest::Replace(replacement)) = Destination::app_request(&mut state) else {
        panic!("the app is asked to replace the register");
    };
    assert_eq!(replacement.backup, taken.path);
    drop(c);

    // The app closes the register and restores over it.
    let (location, restored) = replace::replace(db, "paakayttaja".into(), replacement).await;
    let restored = restored.expect("replaced");
    assert_eq!(restored.customers, 0);
    let reopened = register::db::connect(&location).await.expect("opens again");
    let admin = register::service::auth::login(&reopened, "paakayttaja", testing::PASSWORD)
        .await
        .expect("logs in");
    let found = customer::search(
        &reopened,
        &admin,
        &customer::CustomerQuery {
            text: String::new(),
            sort: customer::CustomerSort::Name,
            page: register::service::PageRequest::first(5),
        },
    )
    .await
    .expect("listed");
    assert!(
        found.items.is_empty(),
        "Aino, saved after the backup, is gone"
    );
    drop(backend);
}

#[tokio::test]
async fn the_login_after_a_replacement_says_how_it_went() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let (mut app, _) = App::signed_in(db.clone(), admin, Lang::Fi);
    let location = db.location().clone();
    let refused = register::service::ServiceError::RegisterOpen("rekisteri.sqlite3".into());
    let _ = app.update(AppMessage::Replaced((location, Err(refused))));
    let _ = app.update(AppMessage::Connected(Ok((db.clone(), true))));
    let mut ui = simulator(app.view());
    ui.find("Kirjaudu sisään").expect("the login");
    ui.find(
        |candidate: iced_test::selector::Candidate<'_>| match candidate {
            iced_test::selector::Candidate::Text { content, .. }
                if content.starts_with("Rekisteriä ei korvattu:")
                    && content.ends_with("Rekisteri on ennallaan.") =>
            {
                Some(())
            }
            _ => None,
        },
    )
    .expect("why it was not replaced, above the login");
    drop(ui);
    test_db.finish().await;
}
