//! The access request screen, driven headlessly: a request by email is logged with the
//! customer found by the search and shown beside it, checked from the registered address,
//! verified and answered with a saved extract and covering letter, which the request keeps.

use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::dialog::{Answer, Question};
use asiakasrekisteri::ui::screen::access_requests::{Message, State, detail, intake};
use asiakasrekisteri::ui::screen::{Context, Destination};
use asiakasrekisteri::ui::theme;
use asiakasrekisteri::ui::widget::Choice;
use iced_test::Simulator;
use iced_test::selector::id;
use std::path::Path;

use register::db::Db;
use register::domain::Lang;
use register::domain::access_request::{AccessRequestStatus, Channel, IdentityCheck};
use register::domain::other_systems::Searched;
use register::service::Session;

use testing::{aino, create_customer, ready_admin};

use crate::{drive, send};

fn simulator<'a>(element: iced::Element<'a, Message>) -> Simulator<'a, Message> {
    // Tall enough that the whole request, down to its last button, is on screen.
    Simulator::with_size(theme::settings(), (1200.0, 2000.0), element)
}

/// The context of the tests: the admin, and the dialogs answered as staff would: the email
/// the request came in as the letter, `path` for the extract, `kopio.pdf` beside it for a
/// document saved again.
fn answering(db: &Db, admin: &Session, path: &Path) -> Context {
    let path = path.to_owned();
    crate::context(db, admin, move |question| match question {
        Question::OpenFile => Answer::File(Some((
            "pyynto.eml".into(),
            b"From: aino.hakkinen@example.com".to_vec(),
        ))),
        Question::SaveFile { name } if name.starts_with("rekisteriote-") => {
            Answer::Path(Some(path.clone()))
        }
        Question::SaveFile { .. } => Answer::Path(Some(path.with_file_name("kopio.pdf"))),
        other => panic!("not asked in these tests: {other:?}"),
    })
}

/// The intake's channel chosen: a signed letter.
fn by_letter() -> Message {
    Message::Intake(intake::Message::Channel(Choice::new(
        Channel::Letter,
        "Kirje".into(),
    )))
}

async fn click(state: &mut State, label: &str, c: &Context) {
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n, c));
    ui.click(label).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    send(state, messages, c).await;
}

/// Records every other system of the newest request as searched with nothing found, through
/// the screen's own messages: an outcome picked for each, then saved.
async fn search_everywhere(state: &mut State, c: &Context) {
    let (db, session) = (&c.db, &c.session);
    let newest = register::service::access_request::list(
        db,
        session,
        &register::service::access_request::AccessRequestQuery {
            open_only: true,
            page: register::service::PageRequest::first(1),
        },
    )
    .await
    .expect("list");
    let systems = register::service::access_request::systems(db, session, newest.items[0].id)
        .await
        .expect("the systems");
    for check in systems {
        let key = check.system.key;
        let picked = Message::Detail(detail::Message::SystemSearched(
            key,
            Choice::new(Searched::NothingFound, String::new()),
        ));
        send(state, [picked], c).await;
        let save = Message::Detail(detail::Message::SaveSystem(key));
        send(state, [save], c).await;
    }
}

#[tokio::test]
async fn an_email_request_is_logged_compared_checked_and_answered_with_an_extract_and_letter() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let c = answering(&db, &admin, &pdf);
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    let jobs = state.refresh();
    drive(&mut state, jobs, &c).await;

    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Ei tarkastuspyyntöjä.")
        .expect("an empty register says so");
    drop(ui);
    click(&mut state, "Kirjaa uusi pyyntö", &c).await;
    let email = Message::Intake(intake::Message::Channel(Choice::new(
        Channel::Email,
        "Sähköposti".into(),
    )));
    send(&mut state, [email], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("requester-name")).expect("form shown");
    ui.typewrite("Aino Häkkinen");
    ui.click(id("requester-email")).expect("form shown");
    ui.typewrite("aino.hakkinen@example.com");
    ui.click(id("request-customer-search"))
        .expect("the search is there");
    ui.typewrite("häkk");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(
        format!(
            "Aino Häkkinen · aino.hakkinen@example.com · Jyväskylä · Asiakasnumero {}",
            aino.id
        )
        .as_str(),
    )
    .expect("the search finds her");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Kangaskuja 3 B 12, 40100 Jyväskylä")
        .expect("the register's address beside the request");
    drop(ui);
    click(&mut state, "Kirjaa pyyntö", &c).await;

    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Pyyntö ja rekisteri rinnakkain")
        .expect("the new request opens");
    ui.find("Henkilöllisyyden tarkistus")
        .expect("the identity check is asked for");
    drop(ui);
    let check = Message::Detail(detail::Message::Check(Choice::new(
        Some(IdentityCheck::RegisteredEmail),
        String::new(),
    )));
    send(&mut state, [check], &c).await;
    click(&mut state, "Liitä kirje tai sähköposti…", &c).await;
    // The check picked is the check verified: one press, not "Tallenna tarkistus" first.
    click(&mut state, "Merkitse varmistetuksi", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    assert!(ui.find("Pakollinen tieto.").is_err(), "nothing is missing");
    let said = ui
        .find("Tehty: henkilöllisyys varmistettu")
        .expect("the verification is said")
        .bounds();
    let letter = ui
        .find("Avaa")
        .expect("the letter part follows the identity check")
        .bounds();
    let identity = ui
        .find("Henkilöllisyyden tarkistus")
        .expect("the identity check's heading")
        .bounds();
    assert!(
        identity.y < said.y && said.y < letter.y,
        "said in the identity check's part, where its button was pressed: {identity:?} {said:?} {letter:?}"
    );
    drop(ui);
    click(&mut state, "Tallenna rekisteriote ja saatekirje…", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Muut järjestelmät")
        .expect("the other systems are listed");
    ui.find("Shopify International Limited")
        .expect("each by name");
    ui.find("Pakollinen tieto.")
        .expect("the answer waits until each is recorded");
    drop(ui);
    assert!(!pdf.exists(), "nothing saved yet");
    // Saving a system with nothing picked is refused at it: nothing is chosen for staff.
    send(
        &mut state,
        [Message::Detail(detail::Message::SaveSystem(3))],
        &c,
    )
    .await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Ei merkitty").expect("still not recorded");
    ui.find("Pakollinen tieto.")
        .expect("the service refused it, and the screen says so at the system");
    drop(ui);
    search_everywhere(&mut state, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    assert!(ui.find("Ei merkitty").is_err(), "every system recorded");
    drop(ui);
    click(&mut state, "Tallenna rekisteriote ja saatekirje…", &c).await;

    let bytes = std::fs::read(&pdf).expect("the extract is saved where the dialog said");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(
        dir.path().join("ote.json").exists(),
        "the JSON copy beside it"
    );
    assert!(
        dir.path().join("ote-saatekirje.pdf").exists(),
        "the covering letter beside it"
    );
    let mut ui = simulator(state.view(&i18n, &c));
    let said = ui
        .find(
            |candidate: iced_test::selector::Candidate<'_>| match candidate {
                iced_test::selector::Candidate::Text { content, .. }
                    if content.starts_with("Tehty: rekisteriote") =>
                {
                    Some(content.to_owned())
                }
                _ => None,
            },
        )
        .expect("the answer is said");
    for file in ["ote.pdf", "ote.json", "ote-saatekirje.pdf"] {
        let path = dir.path().join(file).display().to_string();
        assert!(said.contains(&path), "{file} named: {said}");
    }
    ui.find("Saatekirje")
        .expect("the documents sent are listed");
    ui.find("Rekisteriote (JSON)").expect("with the JSON copy");
    drop(ui);
    let stored = register::service::access_request::list(
        &db,
        &admin,
        &register::service::access_request::AccessRequestQuery {
            open_only: false,
            page: register::service::PageRequest::first(5),
        },
    )
    .await
    .expect("list");
    assert_eq!(stored.items[0].status, AccessRequestStatus::Answered);
    assert_eq!(stored.items[0].channel, Channel::Email);
    assert!(stored.items[0].letter_sha256.is_some());
    test_db.finish().await;
}

/// A register ready for documents, and the screen with a request logged for `name` open.
struct Logged {
    test_db: testing::TestDb,
    c: Context,
    dir: tempfile::TempDir,
    state: State,
}

async fn logged_for(name: &str) -> Logged {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = ready_admin(&db).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let c = answering(&db, &admin, &pdf);
    let mut state = State::default();
    send(&mut state, [Message::New], &c).await;
    let name = Message::Intake(intake::Message::Name(name.into()));
    send(&mut state, [name], &c).await;
    click(&mut state, "Kirjaa pyyntö", &c).await;
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Pakollinen tieto.")
        .expect("no channel is assumed: it is asked for at its picker");
    ui.find("Kirjaa pyyntö").expect("and nothing is logged yet");
    drop(ui);
    send(&mut state, [by_letter()], &c).await;
    click(&mut state, "Kirjaa pyyntö", &c).await;
    Logged {
        test_db,
        c,
        dir,
        state,
    }
}

#[tokio::test]
async fn verifying_without_a_customer_or_a_check_names_what_is_missing() {
    let Logged {
        test_db,
        c,
        dir,
        mut state,
    } = logged_for("Tuntematon").await;
    let i18n = I18n::new(Lang::Fi);
    click(&mut state, "Merkitse varmistetuksi", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Pakollinen tieto.")
        .expect("the missing check is named at its field");
    drop(ui);
    search_everywhere(&mut state, &c).await;
    click(&mut state, "Vastaa, ettei tietoja ole", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Haku ei löytänyt ketään.")
        .expect("the register is searched first, and the search shown");
    assert!(ui.find("Vastaus: ei tietoja").is_err(), "nothing sent yet");
    drop(ui);
    click(&mut state, "Lähetä vastaus, ettei tietoja ole", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Vastaus: ei tietoja")
        .expect("the letter is among the documents");
    drop(ui);
    click(&mut state, "Tallenna…", &c).await;
    let copy = std::fs::read(dir.path().join("kopio.pdf")).expect("saved again as it was sent");
    assert!(copy.starts_with(b"%PDF-"));
    test_db.finish().await;
}

#[tokio::test]
async fn asking_for_what_confirms_the_identity_sends_a_letter_and_stops_the_clock() {
    let Logged {
        test_db,
        c,
        dir: _dir,
        mut state,
    } = logged_for("Aino Häkkinen").await;
    let i18n = I18n::new(Lang::Fi);
    click(&mut state, "Pyydä lisätietoja kirjeellä", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Pakollinen tieto.")
        .expect("nothing is asked for without saying what");
    drop(ui);
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("identification-needed")).expect("the field");
    ui.typewrite("Vastatkaa verkkokaupassa antamastanne sähköpostiosoitteesta.");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    click(&mut state, "Pyydä lisätietoja kirjeellä", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    let stopped = format!(
        "Lisätietoja pyydetty {}: määräaika ei kulu, ennen kuin vastaus merkitään saapuneeksi (poista valinta \"Odotetaan pyytäjän vastausta\") tai henkilöllisyys varmistetuksi.",
        register::format::date_only(register::format::today())
    );
    ui.find(stopped.as_str())
        .expect("the screen says the deadline stands still");
    ui.find("Lisätietopyyntö henkilöllisyyden varmistamiseksi")
        .expect("the letter is among the documents");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn an_erased_customers_vouchers_are_found_by_order_number_and_answered_with_their_extract() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let order = register::domain::order::OrderInput {
        order_number: "OP-100542".into(),
        placed_at: chrono::Utc::now() - chrono::Duration::days(30),
        status: register::domain::order::OrderStatus::Delivered,
        carrier: "Posti".into(),
        delivery_name: "Aino Häkkinen".into(),
        delivery_street_address: "Kangaskuja 3 B 12".into(),
        delivery_postal_code: "40100".into(),
        delivery_city: "Jyväskylä".into(),
        delivery_country: "FI".into(),
        lines: vec![register::domain::order::OrderLineInput {
            product: "Pellavakangas".into(),
            quantity: 1,
            unit_price: register::domain::Money::from_cents(2190),
            vat_rate_basis_points: 2550,
        }],
    };
    register::service::order::create(&db, &admin, aino.id, &order)
        .await
        .expect("order");
    register::service::erasure::erase(
        &db,
        &admin,
        aino.id,
        register::domain::consent::ErasureReason::CustomerRequest,
    )
    .await
    .expect("erased");
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let c = answering(&db, &admin, &pdf);
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    send(&mut state, [Message::New], &c).await;
    let name = Message::Intake(intake::Message::Name("Aino Häkkinen".into()));
    send(&mut state, [name, by_letter()], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("request-customer-search"))
        .expect("the search is there");
    ui.typewrite("OP-100542");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let found = format!(
        "Poistettu asiakas, asiakasnumero {} (poistettu {}) · säilytetyt tositteet OP-100542",
        aino.id,
        register::format::date_only(register::format::today())
    );
    click(&mut state, &found, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Asiakkaan tiedot on poistettu, mutta tilausten tositteet säilytetään kirjanpitolain vuoksi. Ne ovat yhä hänen tietojaan: pyyntöön vastataan niiden rekisteriotteella.")
        .expect("the intake says what the vouchers are");
    drop(ui);
    click(&mut state, "Kirjaa pyyntö", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find(format!("Poistetun asiakkaan {} säilytetyt tositteet", aino.id).as_str())
        .expect("the request is matched to the vouchers");
    drop(ui);
    let check = Message::Detail(detail::Message::Check(Choice::new(
        Some(IdentityCheck::SignedLetter),
        String::new(),
    )));
    send(&mut state, [check], &c).await;
    click(&mut state, "Tallenna tarkistus", &c).await;
    click(&mut state, "Merkitse varmistetuksi", &c).await;
    search_everywhere(&mut state, &c).await;
    click(&mut state, "Tallenna rekisteriote ja saatekirje…", &c).await;
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("ote.json")).expect("the JSON copy"))
            .expect("JSON");
    assert!(json["customer"].is_null(), "{json}");
    assert_eq!(json["orders"][0]["order_number"], "OP-100542");
    test_db.finish().await;
}

#[tokio::test]
async fn escape_on_a_half_filled_intake_asks_and_keeps_what_was_typed() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = ready_admin(&db).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let c = answering(&db, &admin, &dir.path().join("ote.pdf"));
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    send(&mut state, [Message::New], &c).await;
    let name = Message::Intake(intake::Message::Name("Aino Häkkinen".into()));
    send(&mut state, [name], &c).await;
    let escaped = state.escape();
    drive(&mut state, escaped.jobs, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Hylätäänkö muutokset?").expect("asked first");
    ui.find("Aino Häkkinen").expect("the name typed is kept");
    ui.click("Jatka muokkausta").expect("going on is offered");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let escaped = state.escape();
    drive(&mut state, escaped.jobs, &c).await;
    let escaped = state.escape();
    drive(&mut state, escaped.jobs, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Aino Häkkinen")
        .expect("a second Escape asks again, and throws nothing away");
    ui.click("Hylkää muutokset").expect("discarding is offered");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Ei tarkastuspyyntöjä.")
        .expect("back at the list, as asked");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn nothing_held_shows_whom_the_register_finds_and_one_can_be_matched_instead() {
    let Logged {
        test_db,
        c,
        dir: _dir,
        mut state,
    } = logged_for("Aino Häkkinen").await;
    let aino = create_customer(&c.db, &c.session, &aino()).await;
    let i18n = I18n::new(Lang::Fi);
    search_everywhere(&mut state, &c).await;
    click(&mut state, "Vastaa, ettei tietoja ole", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    let line = format!(
        "Aino Häkkinen · aino.hakkinen@example.com · Jyväskylä · Asiakasnumero {}",
        aino.id
    );
    ui.find(line.as_str())
        .expect("the customer the request's name finds");
    assert!(
        ui.find("Lähetä vastaus, ettei tietoja ole").is_err(),
        "no plain send while someone is found"
    );
    ui.find("Kukaan heistä ei ole pyytäjä: lähetä vastaus")
        .expect("only a send that rules them out");
    drop(ui);
    click(&mut state, "Tämä on pyytäjä", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find(format!("Asiakasnumero {}", aino.id).as_str())
        .expect("the request is matched to her");
    assert!(
        ui.find("Vastaa, ettei tietoja ole").is_err(),
        "a matched request is not answered with nothing held"
    );
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn escape_on_a_request_with_a_reason_typed_asks_and_keeps_it() {
    let Logged {
        test_db,
        c,
        dir: _dir,
        mut state,
    } = logged_for("Aino Häkkinen").await;
    let i18n = I18n::new(Lang::Fi);
    let reason = "Pyyntö koskee kymmenen vuoden tilauksia.";
    let typed = Message::Detail(detail::Message::Reason(reason.into()));
    send(&mut state, [typed], &c).await;
    let escaped = state.escape();
    drive(&mut state, escaped.jobs, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Hylätäänkö muutokset?").expect("asked first");
    ui.click("Jatka muokkausta").expect("going on is offered");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find(reason).expect("the reason typed is kept");
    assert!(ui.find("Hylätäänkö muutokset?").is_err());
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn a_requesters_address_is_typed_in_the_fields_an_envelope_needs() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = ready_admin(&db).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let c = answering(&db, &admin, &dir.path().join("ote.pdf"));
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    send(&mut state, [Message::New, by_letter()], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("requester-name")).expect("the form");
    ui.typewrite("Eeva Mäkelä");
    ui.click(id("requester-address")).expect("the street");
    ui.typewrite("Kuusitie 3");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    click(&mut state, "Kirjaa pyyntö", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Kirjaa pyyntö")
        .expect("nothing logged without the postal code and town");
    ui.find("Pakollinen tieto.")
        .expect("each missing part asked for at its field");
    drop(ui);
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("requester-postal-code"))
        .expect("the postal code");
    ui.typewrite("33100");
    ui.click(id("requester-city")).expect("the town");
    ui.typewrite("Tampere");
    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    click(&mut state, "Kirjaa pyyntö", &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Kuusitie 3, 33100 Tampere")
        .expect("the request shows the address it gave, beside the register");
    drop(ui);
    test_db.finish().await;
}
