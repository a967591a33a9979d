//! The import screen, driven headlessly: a picked file is imported with progress, the result,
//! the rejected rows and the changes are shown, and the report can be saved.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::app::{self, App, Nav};
use asiakasrekisteri::ui::dialog::{Answer, Question};
use asiakasrekisteri::ui::screen::import::{Job, Kind, Message, State};
use asiakasrekisteri::ui::screen::{Context, Destination, Screen};
use asiakasrekisteri::ui::theme;
use iced::futures::StreamExt;
use iced_test::Simulator;
use register::domain::Lang;

use crate::{no_files, send};

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

/// Runs the import job as the app does; returns the import's reply and the progress it
/// reported on the way.
async fn run_import(job: Job, c: &Context) -> (Message, Vec<(usize, usize)>) {
    let mut replies = State::run(job, c.clone());
    let (mut done, mut steps) = (None, Vec::new());
    while let Some(message) = replies.next().await {
        match message {
            Message::Progress(rows, all) => steps.push((rows, all)),
            other => done = Some(other),
        }
    }
    (done.expect("the import replies when done"), steps)
}

/// Hands the screen a picked customers file and runs the import it asks for.
async fn import_picked(
    state: &mut State,
    c: &Context,
    bytes: &[u8],
) -> (Message, Vec<(usize, usize)>) {
    let file = saved(bytes);
    let picked = Message::Picked(Kind::Customers, Some(file.path().to_owned()));
    let mut update = state.update(picked);
    let Some(job @ Job::Run(..)) = update.jobs.pop() else {
        panic!("a picked file is imported");
    };
    run_import(job, c).await
}

#[tokio::test]
async fn an_import_shows_its_progress_result_and_rejected_rows_which_can_be_saved() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let dir = tempfile::tempdir().expect("temporary directory");
    let report = dir.path().join("raportti.csv");
    let asked: Arc<Mutex<Vec<String>>> = Arc::default();
    let (answer, seen) = (report.clone(), asked.clone());
    let c = crate::context(&db, &admin, move |question| {
        seen.lock()
            .expect("not poisoned")
            .push(format!("{question:?}"));
        match question {
            // Cancelled here: the test hands the screen its file itself, below.
            Question::PickFile { .. } => Answer::Path(None),
            _ => Answer::Path(Some(answer.clone())),
        }
    });
    let mut state = State::default();
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, &c));
    ui.click("Tuo asiakkaat…").expect("button shown");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    assert_eq!(
        *asked.lock().expect("not poisoned"),
        ["PickFile { kind: \"CSV\" }"],
        "the click opens the file dialog"
    );
    let (done, steps) = import_picked(&mut state, &c, &export()).await;
    assert_eq!(
        steps.last(),
        Some(&(2, 2)),
        "progress reaches the end: {steps:?}"
    );
    state.update(done);
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, &c));
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
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let saved = std::fs::read_to_string(&report).expect("written where the dialog said");
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
    let path: PathBuf = file.path().to_owned();
    let c = no_files(&db, &admin);
    let (done, _) = run_import(Job::Run(Kind::Customers, path, false), &c).await;

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
    let c = no_files(&db, &admin);
    let (done, _) = import_picked(&mut state, &c, narrow).await;
    state.update(done);
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, &c));
    ui.find(
        "Tiedostosta puuttuu sarake ”Accepts Email Marketing”. Onko se oikea vienti verkkokaupasta?",
    )
    .expect("the reason, in Finnish");
    test_db.finish().await;
}
