//! The access request screen, driven headlessly: a request by email is logged with the
//! customer found by the search and shown beside it, checked from the registered address,
//! verified and answered with a saved extract and covering letter, which the request keeps.

use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::Screen;
use asiakasrekisteri::ui::access_requests::{self, Job, Message, State, detail, intake};
use asiakasrekisteri::ui::theme;
use asiakasrekisteri::ui::widgets::Choice;
use iced_test::Simulator;
use iced_test::selector::id;
use register::db::Db;
use register::domain::Lang;
use register::domain::access_request::{AccessRequestStatus, Channel, IdentityCheck};
use register::domain::other_systems::Searched;
use register::service::Session;

use testing::{aino, create_customer, ready_admin};

fn simulator<'a>(element: iced::Element<'a, Message>) -> Simulator<'a, Message> {
    // Tall enough that the whole request, down to its last button, is on screen.
    Simulator::with_size(theme::settings(), (1200.0, 2000.0), element)
}

/// Runs the screen's jobs as the app would; the file dialogs are answered with `path`.
async fn drive(
    db: &Db,
    session: &Session,
    state: &mut State,
    jobs: Vec<Job>,
    path: &std::path::Path,
) {
    let mut pending = jobs;
    while let Some(job) = pending.pop() {
        let reply = match job {
            Job::Detail(job) if matches!(*job, detail::Job::PickLetter) => {
                Message::Detail(detail::Message::LetterPicked(Some((
                    "pyynto.eml".into(),
                    b"From: aino.hakkinen@example.com".to_vec(),
                ))))
            }
            Job::Detail(job) if matches!(*job, detail::Job::ChooseExtractPath(_)) => {
                Message::Detail(detail::Message::ExtractPath(Some(path.to_owned())))
            }
            Job::Detail(job) if matches!(*job, detail::Job::ChooseDocumentPath(..)) => {
                let detail::Job::ChooseDocumentPath(id, _) = *job else {
                    unreachable!("matched above")
                };
                Message::Detail(detail::Message::DocumentPath(
                    id,
                    Some(path.with_file_name("kopio.pdf")),
                ))
            }
            job => access_requests::run(db.clone(), session.clone(), job).await,
        };
        pending.extend(state.update(reply));
    }
}

async fn click(db: &Db, session: &Session, state: &mut State, label: &str, path: &std::path::Path) {
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n));
    ui.click(label).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        let jobs = state.update(message);
        drive(db, session, state, jobs, path).await;
    }
}

async fn send(
    db: &Db,
    session: &Session,
    state: &mut State,
    message: Message,
    path: &std::path::Path,
) {
    let jobs = state.update(message);
    drive(db, session, state, jobs, path).await;
}

/// Records every other system of the newest request as searched with nothing found, through
/// the screen's own messages: an outcome picked for each, then saved.
async fn search_everywhere(db: &Db, session: &Session, state: &mut State, path: &std::path::Path) {
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
        send(db, session, state, picked, path).await;
        let save = Message::Detail(detail::Message::SaveSystem(key));
        send(db, session, state, save, path).await;
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
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    let jobs = state.refresh();
    drive(&db, &admin, &mut state, jobs, &pdf).await;

    let mut ui = simulator(state.view(&i18n));
    ui.find("Ei tarkastuspyyntöjä.")
        .expect("an empty register says so");
    drop(ui);
    click(&db, &admin, &mut state, "Kirjaa uusi pyyntö", &pdf).await;
    let email = Message::Intake(intake::Message::Channel(Choice::new(
        Channel::Email,
        "Sähköposti".into(),
    )));
    send(&db, &admin, &mut state, email, &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.click(id("requester-name")).expect("form shown");
    ui.typewrite("Aino Häkkinen");
    ui.click(id("requester-email")).expect("form shown");
    ui.typewrite("aino.hakkinen@example.com");
    ui.click(id("request-customer-search"))
        .expect("the search is there");
    ui.typewrite("häkk");
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        send(&db, &admin, &mut state, message, &pdf).await;
    }
    let mut ui = simulator(state.view(&i18n));
    ui.click(
        format!(
            "Aino Häkkinen · aino.hakkinen@example.com · Jyväskylä · Asiakasnumero {}",
            aino.id
        )
        .as_str(),
    )
    .expect("the search finds her");
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        send(&db, &admin, &mut state, message, &pdf).await;
    }
    let mut ui = simulator(state.view(&i18n));
    ui.find("Kangaskuja 3 B 12, 40100 Jyväskylä")
        .expect("the register's address beside the request");
    drop(ui);
    click(&db, &admin, &mut state, "Kirjaa pyyntö", &pdf).await;

    let mut ui = simulator(state.view(&i18n));
    ui.find("Pyyntö ja rekisteri rinnakkain")
        .expect("the new request opens");
    ui.find("Henkilöllisyyden tarkistus")
        .expect("the identity check is asked for");
    drop(ui);
    let check = Message::Detail(detail::Message::Check(Choice::new(
        Some(IdentityCheck::RegisteredEmail),
        String::new(),
    )));
    send(&db, &admin, &mut state, check, &pdf).await;
    click(&db, &admin, &mut state, "Tallenna tarkistus", &pdf).await;
    click(&db, &admin, &mut state, "Liitä kirje tai sähköposti…", &pdf).await;
    click(&db, &admin, &mut state, "Merkitse varmistetuksi", &pdf).await;
    click(
        &db,
        &admin,
        &mut state,
        "Tallenna rekisteriote ja saatekirje…",
        &pdf,
    )
    .await;
    let mut ui = simulator(state.view(&i18n));
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
        &db,
        &admin,
        &mut state,
        Message::Detail(detail::Message::SaveSystem(3)),
        &pdf,
    )
    .await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("Ei merkitty").expect("still not recorded");
    ui.find("Pakollinen tieto.")
        .expect("the service refused it, and the screen says so at the system");
    drop(ui);
    search_everywhere(&db, &admin, &mut state, &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    assert!(ui.find("Ei merkitty").is_err(), "every system recorded");
    drop(ui);
    click(
        &db,
        &admin,
        &mut state,
        "Tallenna rekisteriote ja saatekirje…",
        &pdf,
    )
    .await;

    let bytes = std::fs::read(&pdf).expect("the extract is saved where the dialog said");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(
        dir.path().join("ote.json").exists(),
        "the JSON copy beside it"
    );
    assert!(
        dir.path().join("ote-covering-letter.pdf").exists(),
        "the covering letter beside it"
    );
    let mut ui = simulator(state.view(&i18n));
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
    db: Db,
    admin: Session,
    dir: tempfile::TempDir,
    pdf: std::path::PathBuf,
    state: State,
}

async fn logged_for(name: &str) -> Logged {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = ready_admin(&db).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let mut state = State::default();
    send(&db, &admin, &mut state, Message::New, &pdf).await;
    let name = Message::Intake(intake::Message::Name(name.into()));
    send(&db, &admin, &mut state, name, &pdf).await;
    click(&db, &admin, &mut state, "Kirjaa pyyntö", &pdf).await;
    Logged {
        test_db,
        db,
        admin,
        dir,
        pdf,
        state,
    }
}

#[tokio::test]
async fn verifying_without_a_customer_or_a_check_names_what_is_missing() {
    let Logged {
        test_db,
        db,
        admin,
        dir,
        pdf,
        mut state,
    } = logged_for("Tuntematon").await;
    let i18n = I18n::new(Lang::Fi);
    click(&db, &admin, &mut state, "Merkitse varmistetuksi", &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("Pakollinen tieto.")
        .expect("the missing check is named at its field");
    drop(ui);
    search_everywhere(&db, &admin, &mut state, &pdf).await;
    click(&db, &admin, &mut state, "Vastaa, ettei tietoja ole", &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("Vastaus: ei tietoja")
        .expect("the letter is among the documents");
    drop(ui);
    click(&db, &admin, &mut state, "Tallenna…", &pdf).await;
    let copy = std::fs::read(dir.path().join("kopio.pdf")).expect("saved again as it was sent");
    assert!(copy.starts_with(b"%PDF-"));
    test_db.finish().await;
}

#[tokio::test]
async fn asking_for_what_confirms_the_identity_sends_a_letter_and_stops_the_clock() {
    let Logged {
        test_db,
        db,
        admin,
        dir: _dir,
        pdf,
        mut state,
    } = logged_for("Aino Häkkinen").await;
    let i18n = I18n::new(Lang::Fi);
    click(&db, &admin, &mut state, "Pyydä lisätietoja kirjeellä", &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("Pakollinen tieto.")
        .expect("nothing is asked for without saying what");
    drop(ui);
    let mut ui = simulator(state.view(&i18n));
    ui.click(id("identification-needed")).expect("the field");
    ui.typewrite("Vastatkaa verkkokaupassa antamastanne sähköpostiosoitteesta.");
    for message in ui.into_messages().collect::<Vec<_>>() {
        let jobs = state.update(message);
        drive(&db, &admin, &mut state, jobs, &pdf).await;
    }
    click(&db, &admin, &mut state, "Pyydä lisätietoja kirjeellä", &pdf).await;
    let mut ui = simulator(state.view(&i18n));
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
    let i18n = I18n::new(Lang::Fi);
    let mut state = State::default();
    send(&db, &admin, &mut state, Message::New, &pdf).await;
    let name = Message::Intake(intake::Message::Name("Aino Häkkinen".into()));
    send(&db, &admin, &mut state, name, &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.click(id("request-customer-search"))
        .expect("the search is there");
    ui.typewrite("OP-100542");
    for message in ui.into_messages().collect::<Vec<_>>() {
        send(&db, &admin, &mut state, message, &pdf).await;
    }
    let found = format!(
        "Poistettu asiakas, asiakasnumero {} (poistettu {}) · säilytetyt tositteet OP-100542",
        aino.id,
        register::format::date_only(register::format::today())
    );
    click(&db, &admin, &mut state, &found, &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("Asiakkaan tiedot on poistettu, mutta tilausten tositteet säilytetään kirjanpitolain vuoksi. Ne ovat yhä hänen tietojaan: pyyntöön vastataan niiden rekisteriotteella.")
        .expect("the intake says what the vouchers are");
    drop(ui);
    click(&db, &admin, &mut state, "Kirjaa pyyntö", &pdf).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find(format!("Poistetun asiakkaan {} säilytetyt tositteet", aino.id).as_str())
        .expect("the request is matched to the vouchers");
    drop(ui);
    let check = Message::Detail(detail::Message::Check(Choice::new(
        Some(IdentityCheck::SignedLetter),
        String::new(),
    )));
    send(&db, &admin, &mut state, check, &pdf).await;
    click(&db, &admin, &mut state, "Tallenna tarkistus", &pdf).await;
    click(&db, &admin, &mut state, "Merkitse varmistetuksi", &pdf).await;
    search_everywhere(&db, &admin, &mut state, &pdf).await;
    click(
        &db,
        &admin,
        &mut state,
        "Tallenna rekisteriote ja saatekirje…",
        &pdf,
    )
    .await;
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("ote.json")).expect("the JSON copy"))
            .expect("JSON");
    assert!(json["customer"].is_null(), "{json}");
    assert_eq!(json["orders"][0]["order_number"], "OP-100542");
    test_db.finish().await;
}
