//! The access request screen, driven headlessly: a letter is logged, checked, verified, and
//! answered with a saved extract whose SHA-256 the request keeps.

mod common;

use asiakasrekisteri::db::Db;
use asiakasrekisteri::domain::access_request::AccessRequestStatus;
use asiakasrekisteri::i18n::{I18n, Lang};
use asiakasrekisteri::service::Session;
use asiakasrekisteri::ui::access_requests::{self, Action, Message, State};
use asiakasrekisteri::ui::theme;
use iced::keyboard::key::Named;
use iced_test::Simulator;
use iced_test::selector::id;

use common::{aino, create_customer, first_admin};

fn simulator<'a>(element: iced::Element<'a, Message>) -> Simulator<'a, Message> {
    // Tall enough that the whole request, down to its last button, is on screen.
    Simulator::with_size(theme::settings(), (1100.0, 1600.0), element)
}

/// Runs what the screen asks for, as the app would; a save dialog is answered with `path`.
async fn drive(
    db: &Db,
    session: &Session,
    state: &mut State,
    mut action: Action,
    path: &std::path::Path,
) {
    loop {
        let (db, session) = (db.clone(), session.clone());
        let reply = match action {
            Action::None => return,
            Action::Search(generation, query) => {
                access_requests::search(db, session, generation, query).await
            }
            Action::Log(input) => access_requests::log(db, session, input).await,
            Action::Change(change) => access_requests::change(db, session, *change).await,
            Action::PickLetter => {
                Message::LetterPicked(Some(("kirje.pdf".into(), b"%PDF-1.4 kirje".to_vec())))
            }
            Action::ChooseExtractPath(_) => Message::ExtractPath(Some(path.to_owned())),
            Action::SaveExtract(request, lang, path) => {
                access_requests::save_extract(db, session, *request, lang, path).await
            }
            Action::Reload(id, saved) => access_requests::reload(db, session, id, saved).await,
        };
        action = state.update(reply);
    }
}

async fn click(db: &Db, session: &Session, state: &mut State, label: &str, path: &std::path::Path) {
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n));
    ui.click(label).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        let action = state.update(message);
        drive(db, session, state, action, path).await;
    }
}

#[tokio::test]
async fn a_letter_is_logged_checked_verified_and_answered_with_a_saved_extract() {
    let test_db = common::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    let action = state.refresh();
    drive(&db, &admin, &mut state, action, &pdf).await;

    let mut ui = simulator(state.view(&i18n));
    ui.find("Ei tarkastuspyyntöjä.")
        .expect("an empty register says so");
    ui.click(id("requester-name")).expect("form shown");
    ui.typewrite("Aino Häkkinen");
    ui.click(id("request-customer")).expect("form shown");
    ui.typewrite(&aino.id.to_string());
    ui.tap_key(Named::Enter);
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        let action = state.update(message);
        drive(&db, &admin, &mut state, action, &pdf).await;
    }
    let mut ui = simulator(state.view(&i18n));
    ui.find("Tarkistuslista").expect("the new request opens");
    ui.click(id("identity-method")).expect("shown");
    ui.typewrite("Allekirjoitus verrattu tilaushistoriaan");
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        state.update(message);
    }
    state.update(Message::Signed(true));
    state.update(Message::IdentityVerified(true));
    click(&db, &admin, &mut state, "Tallenna tarkistuslista", &pdf).await;
    click(&db, &admin, &mut state, "Liitä skannattu kirje…", &pdf).await;
    click(&db, &admin, &mut state, "Merkitse tarkistetuksi", &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("Tallenna rekisteriote…")
        .expect("a verified request can be answered");
    drop(ui);
    click(&db, &admin, &mut state, "Tallenna rekisteriote…", &pdf).await;

    let bytes = std::fs::read(&pdf).expect("the extract is saved where the dialog said");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(
        dir.path().join("ote.json").exists(),
        "the JSON copy is saved beside it"
    );
    let sha = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(&bytes))
    };
    let mut ui = simulator(state.view(&i18n));
    ui.find(format!("Vastattu rekisteriotteella (SHA-256 {sha}), laatinut paakayttaja.").as_str())
        .expect("the request shows the extract's SHA-256");
    drop(ui);
    let stored = asiakasrekisteri::service::access_request::list(
        &db,
        &admin,
        &asiakasrekisteri::service::access_request::AccessRequestQuery {
            open_only: false,
            page: asiakasrekisteri::service::PageRequest::first(5),
        },
    )
    .await
    .expect("list");
    assert_eq!(stored.items[0].status, AccessRequestStatus::Answered);
    assert!(stored.items[0].letter_sha256.is_some());
    test_db.finish().await;
}

#[tokio::test]
async fn verifying_without_the_checklist_names_what_is_missing() {
    let test_db = common::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    state.update(Message::RequesterName("Tuntematon".into()));
    let action = state.update(Message::Log);
    drive(&db, &admin, &mut state, action, &pdf).await;
    click(&db, &admin, &mut state, "Merkitse tarkistetuksi", &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("Pakollinen tieto.")
        .expect("the missing checklist items are named");
    drop(ui);
    test_db.finish().await;
}
