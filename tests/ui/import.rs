//! The import screen, driven headlessly: a picked file is imported with progress, the result,
//! the rejected rows and the changes are shown, and the report can be saved.

use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::Screen;
use asiakasrekisteri::ui::app::{self, App, Nav};
use asiakasrekisteri::ui::import::{self, Action, Kind, Message, State};
use asiakasrekisteri::ui::theme;
use iced_test::Simulator;
use register::db::Db;
use register::domain::Lang;
use register::service::Session;

/// A file as the user picks it.
fn saved(bytes: &[u8]) -> tempfile::NamedTempFile {
    let file = tempfile::NamedTempFile::new().expect("temporary file");
    std::fs::write(file.path(), bytes).expect("written");
    file
}

fn export() -> Vec<u8> {
    testing::shopify::file(&[
        "1,Aino,Häkkinen,aino@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into(),
        "2,,,nimeton@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into(),
        "3,Eero,Mäkelä,eero(at)example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into(),
    ])
}

/// Hands the screen a picked customers file and runs the import it asks for; returns the
/// import's reply and the progress it reported.
async fn import_picked(
    state: &mut State,
    db: &Db,
    session: &Session,
    bytes: &[u8],
) -> (Message, Vec<(usize, usize)>) {
    let file = saved(bytes);
    let picked = Message::Picked(Kind::Customers, Some(file.path().to_owned()));
    let Action::Run(kind, path, dry_run) = state.update(picked) else {
        panic!("a picked file is imported");
    };
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
    let done = import::run(db.clone(), session.clone(), kind, path, dry_run, sender).await;
    let mut steps = Vec::new();
    while let Ok(step) = receiver.try_recv() {
        steps.push(step);
    }
    (done, steps)
}

#[tokio::test]
async fn an_import_shows_its_progress_result_and_rejected_rows_which_can_be_saved() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n));
    ui.click("Tuo asiakkaat…").expect("button shown");
    let picked = ui
        .into_messages()
        .any(|m| matches!(state.update(m), Action::Pick(Kind::Customers)));
    assert!(picked, "the click opens the file dialog");
    let (done, steps) = import_picked(&mut state, &db, &admin, &export()).await;
    assert_eq!(
        steps.last(),
        Some(&(2, 2)),
        "progress reaches the end: {steps:?}"
    );
    state.update(done);
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n));
    ui.find("Tuotu: 2 uutta, 0 päivitetty, 0 ennallaan, 1 hylättyä.")
        .expect("the summary");
    ui.find("Rivi 3: Etunimi – Pakollinen tieto.")
        .expect("the rejected row, in words");
    ui.find("Rivi 4: Sähköposti – Ei kelvollinen sähköpostiosoite.")
        .expect("the value kept as written, to check");
    ui.find("Rivi 2: uusi asiakas")
        .expect("the change, in words");
    ui.click("Tallenna raportti…")
        .expect("the report can be saved");
    let asked = ui
        .into_messages()
        .any(|m| matches!(state.update(m), Action::ChooseReportPath));
    assert!(asked);
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("raportti.csv");
    let Action::SaveReport(path, csv) = state.update(Message::ReportPath(Some(path))) else {
        panic!("a chosen path saves");
    };
    state.update(import::save_report(path.clone(), csv).await);
    let saved = std::fs::read_to_string(&path).expect("written");
    assert_eq!(
        saved,
        "\u{FEFF}\"Rivi\";\"Tulos\";\"Selitys\"\r\n\
         3;\"Hylätty\";\"Etunimi: Pakollinen tieto.\"\r\n\
         3;\"Hylätty\";\"Sukunimi: Pakollinen tieto.\"\r\n\
         4;\"Tarkistettava\";\"Sähköposti: Ei kelvollinen sähköpostiosoite.\"\r\n\
         2;\"Muutettu\";\"uusi asiakas\"\r\n\
         4;\"Muutettu\";\"uusi asiakas\"\r\n",
        "the report in the language the user read it in"
    );
    test_db.finish().await;
}

#[tokio::test]
async fn an_import_goes_on_and_its_report_waits_while_staff_look_at_other_screens() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let (mut app, _) = App::signed_in(db.clone(), admin.clone(), Lang::Fi);
    let _ = app.update(app::Message::Nav(Nav::Import));
    let file = saved(&export());
    let picked = Message::Picked(Kind::Customers, Some(file.path().to_owned()));
    let _ = app.update(app::Message::Screen(picked.into()));
    let (sender, _receiver) = tokio::sync::mpsc::unbounded_channel();
    let path = file.path().to_owned();
    let done = import::run(db.clone(), admin, Kind::Customers, path, false, sender).await;

    let _ = app.update(app::Message::Nav(Nav::Customers));
    let _ = app.update(app::Message::Screen(done.into()));
    let _ = app.update(app::Message::Nav(Nav::Import));
    let mut ui = Simulator::with_settings(theme::settings(), app.view());
    ui.find("Tuotu: 2 uutta, 0 päivitetty, 0 ennallaan, 1 hylättyä.")
        .expect("the report of the import that finished meanwhile");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn a_file_of_the_wrong_kind_is_refused_in_the_users_language() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    let narrow =
        b"Customer ID,First Name,Last Name,Email\r\n1,Aino,H\xC3\xA4kkinen,aino@example.com\r\n";
    let (done, _) = import_picked(&mut state, &db, &admin, narrow).await;
    state.update(done);
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n));
    ui.find(
        "Tiedostosta puuttuu sarake ”Accepts Email Marketing”. Onko se oikea vienti verkkokaupasta?",
    )
    .expect("the reason, in Finnish");
    test_db.finish().await;
}
