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
    assert_eq!(
        Destination::switch_register(&mut *state),
        None,
        "nothing opens before staff ask"
    );
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Avaa palautettu rekisteri")
        .expect("opening it is offered (below the fold: pressed as a message)");
    drop(ui);
    send(&mut state, R::OpenRestored).await;
    assert_eq!(
        Destination::switch_register(&mut *state),
        Some(target.clone()),
        "the app is asked to open the restored register"
    );
    assert_eq!(Destination::switch_register(&mut *state), None, "once");
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
