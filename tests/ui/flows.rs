//! The main flows of the desktop app, driven headlessly with iced_test: each screen's view is
//! simulated, the messages it produces go to its update, and the service calls it asks for
//! run against a real register.

use std::time::Duration;

use crate::{drive, no_files, send, simulator};
use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::app::{self, App};
use asiakasrekisteri::ui::idle::Moment;
use asiakasrekisteri::ui::screen::customers::{detail, list};
use asiakasrekisteri::ui::screen::{Destination, Screen};
use asiakasrekisteri::ui::screen::{first_admin, lock, login, orders, reviews};
use asiakasrekisteri::ui::widget::Choice;
use iced::keyboard::key::Named;
use iced_test::selector::id;
use register::db::Db;
use register::domain::Lang;
use register::domain::Role;
use register::domain::consultation::Purpose;
use register::domain::readiness::For;
use register::service::{Session, readiness, settings};

use asiakasrekisteri::ui::screen::Context;
use iced::futures::StreamExt;

use testing::{PASSWORD, aino, create_customer, first_admin as make_first_admin, sören};

fn fi() -> I18n {
    I18n::new(Lang::Fi)
}

async fn sqlite() -> testing::TestDb {
    testing::TestDb::sqlite().await
}

/// The first set-up's form, loaded as the app loads it on an empty register.
async fn first_set_up(db: &Db) -> first_admin::State {
    let mut state = first_admin::State::default();
    let organisation = settings::before_first_admin(db)
        .await
        .expect("the shop's details are readable before the first admin");
    state.update(first_admin::Message::Loaded(Ok(Box::new(organisation))));
    state
}

/// Types `fields` into the first set-up's form, presses Enter and runs what it asks for; the
/// admin's session if it was created.
async fn submit_first_set_up(
    db: &Db,
    state: &mut first_admin::State,
    fields: &[(&'static str, &'static str)],
) -> Option<Session> {
    let i18n = fi();
    let mut ui = simulator(state.view(&i18n));
    for (field, value) in fields {
        ui.click(id(*field)).expect("field shown");
        ui.typewrite(value);
    }
    ui.tap_key(Named::Enter);
    let messages: Vec<first_admin::Message> = ui.into_messages().collect();
    let events = send(state, messages, db).await;
    events
        .into_iter()
        .map(|first_admin::Event::Created(session)| session)
        .next()
}

const ADMIN: [(&str, &str); 4] = [
    ("username", "pauliina"),
    ("display-name", "Pauliina Korhonen"),
    ("password", PASSWORD),
    ("password-again", PASSWORD),
];

const SHOP: [(&str, &str); 5] = [
    ("phone", "03 1234 5678"),
    ("street-address", "Hämeenkatu 12"),
    ("postal-code", "33100"),
    ("city", "Tampere"),
    ("notice-address", "https://ompelijanparatiisi.fi/tietosuoja"),
];

#[tokio::test]
async fn the_first_set_up_creates_the_admin_with_the_shops_details() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let mut state = first_set_up(&db).await;
    let fields: Vec<(&'static str, &'static str)> = ADMIN.into_iter().chain(SHOP).collect();
    let session = submit_first_set_up(&db, &mut state, &fields)
        .await
        .expect("the admin is created");
    assert_eq!(session.role(), Role::Admin);
    assert_eq!(session.display_name(), "Pauliina Korhonen");
    let shop = settings::get(&db, &session).await.expect("reads");
    assert_eq!(
        (
            shop.street_address.as_str(),
            shop.city.as_str(),
            shop.phone.as_str()
        ),
        ("Hämeenkatu 12", "Tampere", "+358312345678")
    );
    assert_eq!(
        shop.controller_name, "Ompelijan paratiisi",
        "kept as loaded"
    );
    let gaps = readiness::gaps(&db, &session, For::Letter)
        .await
        .expect("reads");
    assert_eq!(gaps, [], "a letter can be written at once");
    test_db.finish().await;
}

#[tokio::test]
async fn the_first_set_up_names_each_missing_detail_and_creates_nothing() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let mut state = first_set_up(&db).await;
    let created = submit_first_set_up(&db, &mut state, &ADMIN).await;
    assert!(created.is_none());
    let mut ui = simulator(state.view(&fi()));
    ui.find("Pakollinen tieto.")
        .expect("the missing phone and address are marked beside their fields");
    ui.find("Hämeenkatu").expect_err("nothing invented");
    assert!(
        !register::service::staff::has_staff(&db)
            .await
            .expect("reads"),
        "no admin without the shop's details"
    );
    test_db.finish().await;
}

#[tokio::test]
async fn mismatched_passwords_are_caught_before_anything_is_sent() {
    let i18n = fi();
    let mut state = first_admin::State::default();
    let mut ui = simulator(state.view(&i18n));
    ui.click(id("password")).expect("shown");
    ui.typewrite("yksi pitkä salasana");
    ui.click(id("password-again")).expect("shown");
    ui.typewrite("toinen pitkä salasana");
    ui.tap_key(Named::Enter);
    for message in ui.into_messages().collect::<Vec<_>>() {
        let update = state.update(message);
        assert!(
            update.jobs.is_empty() && update.event.is_none(),
            "nothing is sent"
        );
    }
    let mut ui = simulator(state.view(&i18n));
    ui.find("Salasanat eivät täsmää")
        .expect("the mismatch is shown");
    ui.find("yksi pitkä salasana")
        .expect_err("a password is never shown as text");
}

/// Types into the login form and submits with Enter; the session if it logged in.
async fn attempt_login(
    db: &Db,
    state: &mut login::State,
    username: &str,
    password: &str,
) -> Option<Session> {
    let i18n = fi();
    let mut ui = simulator(state.view(&i18n));
    if !username.is_empty() {
        ui.click(id("username")).expect("shown");
        ui.typewrite(username);
    }
    ui.click(id("password")).expect("shown");
    ui.typewrite(password);
    ui.tap_key(Named::Enter);
    let messages: Vec<login::Message> = ui.into_messages().collect();
    let events = send(state, messages, db).await;
    events.into_iter().find_map(|event| match event {
        login::Event::LoggedIn(session) => Some(session),
        login::Event::ChoosePassword => None,
    })
}

#[tokio::test]
async fn a_wrong_password_is_refused_with_its_message_then_the_right_one_logs_in() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    make_first_admin(&db).await;
    let mut state = login::State::default();
    let refused = attempt_login(&db, &mut state, "paakayttaja", "väärä salasana").await;
    assert!(refused.is_none());
    let i18n = fi();
    let mut ui = simulator(state.view(&i18n));
    ui.find("Väärä käyttäjätunnus tai salasana.")
        .expect("the refusal is shown");
    ui.find("paakayttaja").expect("the username typed is kept");
    drop(ui);
    let accepted = attempt_login(&db, &mut state, "", PASSWORD).await;
    let session = accepted.expect("the right password logs in");
    assert_eq!(session.username(), "paakayttaja");
    test_db.finish().await;
}

async fn search_state(c: &Context) -> list::State {
    let mut state = list::State::default();
    let search = state.refresh();
    assert!(
        matches!(search, list::Job::Search(..)),
        "the list searches when shown"
    );
    drive(&mut state, vec![search], c).await;
    state
}

#[tokio::test]
async fn typing_a_search_narrows_the_list_and_a_click_opens_the_customer() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let admin = make_first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    create_customer(&db, &admin, &sören()).await;
    let i18n = fi();
    let c = no_files(&db, &admin);
    let mut state = search_state(&c).await;

    let mut ui = simulator(state.view(&i18n));
    ui.find("Åkerlund, Sören (Sömnad Åberg Ab)")
        .expect("both customers listed");
    ui.click(id("customer-search")).expect("search field shown");
    ui.typewrite("häkk");
    let mut searches = Vec::new();
    for message in ui.into_messages().collect::<Vec<_>>() {
        searches.extend(state.update(message).jobs);
    }
    assert_eq!(searches.len(), 4, "every keystroke searches");
    // Replies may come back in any order: only the newest search's reply is shown.
    for search in searches.into_iter().rev() {
        let mut replies = list::State::run(search, c.clone());
        while let Some(reply) = replies.next().await {
            state.update(reply);
        }
    }
    let mut ui = simulator(state.view(&i18n));
    ui.find("Åkerlund, Sören (Sömnad Åberg Ab)")
        .expect_err("filtered out");
    ui.click("Häkkinen, Aino").expect("the match is listed");
    let messages: Vec<list::Message> = ui.into_messages().collect();
    let opened = send(&mut state, messages, &c).await;
    assert!(opened.is_empty(), "no customer opens before staff say why");
    let mut ui = simulator(state.view(&i18n));
    ui.find("Valitse ensin, miksi avaat asiakkaan tiedot.")
        .expect("the purpose is asked for beside its picker");
    drop(ui);
    state.update(list::Message::Purpose(Choice::new(
        Purpose::Other,
        "Muu".into(),
    )));
    let mut ui = simulator(state.view(&i18n));
    ui.click("Häkkinen, Aino").expect("listed");
    let messages: Vec<list::Message> = ui.into_messages().collect();
    let opened = send(&mut state, messages, &c).await;
    assert!(opened.is_empty(), "other needs its words");
    let mut ui = simulator(state.view(&i18n));
    ui.find("Kerro muutamalla sanalla, miksi avaat asiakkaan tiedot.")
        .expect("the missing words are asked for");
    drop(ui);
    let mut ui = simulator(state.view(&i18n));
    ui.click(id("purpose-words")).expect("the words' field");
    ui.typewrite("reklamaatio");
    ui.click("Häkkinen, Aino").expect("listed");
    let messages: Vec<list::Message> = ui.into_messages().collect();
    let why = send(&mut state, messages, &c)
        .await
        .into_iter()
        .find_map(|event| match event {
            list::Event::Open(id, why) if id == aino.id => Some(why),
            _ => None,
        })
        .expect("opened with its purpose");
    assert_eq!(why.words(), Some("reklamaatio"));

    let (mut detail, load) = detail::State::new(aino.id, why.clone());
    assert!(matches!(&load, detail::Job::Load(id, _) if *id == aino.id));
    drive(&mut detail, vec![load], &c).await;
    let mut ui = simulator(detail.view(&i18n, Role::Admin));
    ui.find("Aino Häkkinen")
        .expect("the customer's name is the title");
    ui.find("040 765 4321")
        .expect("the phone is shown, grouped");
    ui.find("tallennettu vain tiivisteenä")
        .expect_err("no webshop password is stored for her");
    ui.find("ei salasanaa")
        .expect("the missing password is said plainly");
    test_db.finish().await;
}

/// Sends the simulator's messages to the detail screen and runs the save it asks for.
async fn submit(state: &mut detail::State, messages: Vec<detail::Message>, c: &Context) {
    let mut saves = Vec::new();
    for message in messages {
        saves.extend(state.update(message).jobs);
    }
    assert!(
        matches!(saves.as_slice(), [detail::Job::Save { .. }]),
        "Enter saves"
    );
    drive(state, saves, c).await;
}

#[tokio::test]
async fn a_customer_kept_to_check_shows_what_to_correct_on_the_page_and_at_the_field() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let admin = make_first_admin(&db).await;
    let export = testing::shopify::file(&[
        "1,Liisa,Niemi,liisa@example.com,no,,,,,,FI,,,040 12,no,0,0,,no,,x".into(),
    ]);
    register::service::import::shopify_customers(&db, &admin, &export, false, &|_, _| {})
        .await
        .expect("imports");
    let liisa = register::service::customer::to_check(
        &db,
        &admin,
        &register::service::PageRequest::first(5),
    )
    .await
    .expect("lists")
    .items[0]
        .clone();
    let i18n = fi();
    let c = no_files(&db, &admin);
    let (mut state, load) = detail::State::new(liisa.id, testing::why());
    drive(&mut state, vec![load], &c).await;

    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Tarkistettavaa: tuonti tallensi nämä tiedot sellaisinaan. Korjaa ne ja tallenna.\nPuhelin: Ei kelvollinen puhelinnumero (esim. 040 123 4567).")
        .expect("the page says what to correct");
    ui.click("Muokkaa").expect("edit button shown");
    for message in ui.into_messages().collect::<Vec<_>>() {
        state.update(message);
    }
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Ei kelvollinen puhelinnumero (esim. 040 123 4567).")
        .expect("the reason at the phone field before anything is saved");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn an_edit_with_a_bad_vat_id_shows_the_error_at_the_field_then_saves_when_fixed() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let admin = make_first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let i18n = fi();
    let c = no_files(&db, &admin);
    let (mut state, load) = detail::State::new(aino.id, testing::why());
    drive(&mut state, vec![load], &c).await;

    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.click("Muokkaa").expect("edit button shown");
    for message in ui.into_messages().collect::<Vec<_>>() {
        state.update(message);
    }
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.click(id("company-name")).expect("company field shown");
    ui.typewrite("Tilkkutäkki Oy");
    ui.click(id("vat-id")).expect("VAT field shown");
    ui.typewrite("FI26313575");
    ui.tap_key(Named::Enter);
    let messages = ui.into_messages().collect();
    submit(&mut state, messages, &c).await;

    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Tarkistusmerkki ei täsmää.")
        .expect("the VAT ID error is shown");
    ui.find("Korjaa merkityt kentät.")
        .expect("the form says what to do");
    ui.find("Tilkkutäkki Oy").expect("what was typed is kept");
    ui.click(id("vat-id")).expect("VAT field shown");
    ui.tap_key(Named::Backspace);
    ui.typewrite("4");
    ui.tap_key(Named::Enter);
    let messages = ui.into_messages().collect();
    submit(&mut state, messages, &c).await;

    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Tallennettu.").expect("the save is confirmed");
    ui.find("FI26313574").expect("the VAT ID is stored");
    ui.find("Tilkkutäkki Oy").expect("the company is stored");
    test_db.finish().await;
}

#[tokio::test]
async fn a_save_after_someone_else_saved_keeps_the_edit_and_carries_it_over() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let admin = make_first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let i18n = fi();
    let c = no_files(&db, &admin);
    let (mut state, load) = detail::State::new(aino.id, testing::why());
    drive(&mut state, vec![load], &c).await;
    state.update(detail::Message::Edit);

    // Another workstation changes the phone number meanwhile.
    let mut theirs = aino.to_input();
    theirs.phone = "050 111 2222".into();
    register::service::customer::update(&db, &admin, aino.id, aino.version, &theirs)
        .await
        .expect("the other save");

    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.click(id("company-name")).expect("shown");
    ui.typewrite("Tilkkutäkki Oy");
    ui.tap_key(Named::Enter);
    let messages = ui.into_messages().collect();
    submit(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Tilkkutäkki Oy").expect("the edit is kept");
    ui.click("Lataa uusin versio")
        .expect("the way forward is offered");
    let messages: Vec<detail::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Tilkkutäkki Oy")
        .expect("my change is carried over");
    ui.find("050 111 2222")
        .expect("their change is in the form, spaced as the customer's page shows it");
    ui.click(id("company-name")).expect("shown");
    ui.tap_key(Named::Enter);
    let messages = ui.into_messages().collect();
    submit(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Tallennettu.").expect("saved on the newer version");
    test_db.finish().await;
}

async fn signed_in(role: Role) -> (testing::TestDb, App, Session) {
    let test_db = sqlite().await;
    let staff = testing::staff(&test_db.db).await;
    let session = staff.session(role).clone();
    let (app, _task) = App::signed_in(test_db.db.clone(), session.clone(), Lang::Fi);
    (test_db, app, session)
}

#[tokio::test]
async fn the_navigation_shows_each_role_only_the_screens_it_may_use() {
    // Customers, orders, reviews, access requests, import, marketing, retention, staff,
    // settings, backups, audit log: the README's role table.
    let yes = true;
    let no = false;
    for (role, expected) in [
        (
            Role::Admin,
            [yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes],
        ),
        (
            Role::CustomerService,
            [yes, yes, yes, yes, yes, no, no, no, no, no, no],
        ),
        (
            Role::Marketing,
            [no, no, yes, no, no, yes, no, no, no, no, no],
        ),
        (
            Role::Fulfilment,
            [no, yes, no, no, no, no, no, no, no, no, no],
        ),
    ] {
        let (test_db, app, _) = signed_in(role).await;
        let mut ui = simulator(app.view());
        let labels = [
            "Asiakkaat",
            "Tilaukset",
            "Arviot",
            "Tarkastuspyynnöt",
            "Tuonti",
            "Markkinointi",
            "Säilytysaika",
            "Käyttäjät",
            "Asetukset",
            "Varmuuskopiot",
            "Lokitiedot",
        ];
        let shown = labels.map(|label| ui.find(label).is_ok());
        assert_eq!(shown, expected, "{role}");
        ui.find("Kirjaudu ulos").expect("log out is always there");
        drop(ui);
        test_db.finish().await;
    }
}

#[tokio::test]
async fn fulfilment_finds_an_order_by_number_and_sees_where_it_goes() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let staff = testing::staff(&db).await;
    let aino = create_customer(&db, &staff.admin, &aino()).await;
    let order = register::domain::order::OrderInput {
        order_number: "OP-555".into(),
        placed_at: chrono::Utc::now(),
        status: register::domain::order::OrderStatus::Paid,
        carrier: "Matkahuolto".into(),
        delivery_name: "Aino Häkkinen".into(),
        delivery_street_address: "Kangaskuja 3 B 12".into(),
        delivery_postal_code: "40100".into(),
        delivery_city: "Jyväskylä".into(),
        delivery_country: "FI".into(),
        lines: vec![register::domain::order::OrderLineInput {
            product: "Villakangas (1 m)".into(),
            quantity: 2,
            unit_price: register::domain::Money::from_cents(3290),
            vat_rate_basis_points: 2550,
        }],
    };
    register::service::order::create(&db, &staff.admin, aino.id, &order)
        .await
        .expect("order");
    let c = no_files(&db, &staff.fulfilment);
    let i18n = fi();
    let mut state = orders::State::default();
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click(id("order-search")).expect("search shown");
    ui.typewrite("op-5");
    let messages: Vec<orders::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Matkahuolto").expect("the carrier is listed");
    ui.click("OP-555").expect("the order is listed");
    let messages: Vec<orders::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Villakangas (1 m)").expect("the lines are shown");
    ui.find("65,80\u{a0}€").expect("the total is shown");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn customer_service_hides_a_review_and_marketing_sees_it_without_moderating() {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let staff = testing::staff(&db).await;
    let aino = create_customer(&db, &staff.admin, &aino()).await;
    let input = register::domain::review::ReviewInput {
        product: "Pellavakangas".into(),
        rating: 1,
        text: "Väri ei vastannut kuvaa.".into(),
    };
    register::service::review::create(&db, &staff.admin, aino.id, &input)
        .await
        .expect("review");
    let i18n = fi();
    let c = no_files(&db, &staff.customer_service);
    let (mut state, jobs) = reviews::State::open(None);
    drive(&mut *state, jobs, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Väri ei vastannut kuvaa.")
        .expect("the review is shown");
    ui.click("Piilota").expect("moderators can hide");
    let messages: Vec<reviews::Message> = ui.into_messages().collect();
    send(&mut *state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("piilotettu").expect("the review is now hidden");
    ui.find("Näytä").expect("and can be shown again");
    drop(ui);

    let as_marketing = no_files(&db, &staff.marketing);
    let (mut marketing, jobs) = reviews::State::open(None);
    drive(&mut *marketing, jobs, &as_marketing).await;
    let mut ui = simulator(marketing.view(&i18n, &as_marketing));
    ui.find("Väri ei vastannut kuvaa.")
        .expect("marketing reads reviews");
    ui.find("Näytä").expect_err("but cannot moderate");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn the_current_user_and_role_are_always_shown() {
    let (test_db, app, _) = signed_in(Role::CustomerService).await;
    let mut ui = simulator(app.view());
    ui.find("Test asiakaspalvelu · asiakaspalvelu")
        .expect("name and role shown");
    test_db.finish().await;
}

#[tokio::test]
async fn the_session_locks_when_idle_and_unlocks_with_the_password_keeping_the_screen() {
    let (test_db, mut app, session) = signed_in(Role::Admin).await;
    let _ = app.update(app::Message::Tick(Moment::now()));
    assert!(!app.is_locked(), "no lock right after logging in");
    let now = Moment::now();
    let later = Moment {
        monotonic: now.monotonic + Duration::from_secs(11 * 60),
        wall: now.wall + Duration::from_secs(11 * 60),
    };
    let _ = app.update(app::Message::Tick(later));
    assert!(app.is_locked());
    let mut ui = simulator(app.view());
    ui.find("Istunto lukittu")
        .expect("the lock screen is shown");
    ui.find("Asiakkaat")
        .expect_err("the register is hidden while locked");
    drop(ui);

    let wrong = unlock(&test_db.db, &session, "väärä").await;
    let _ = app.update(app::Message::Lock(wrong));
    assert!(app.is_locked(), "a wrong password keeps it locked");
    let right = unlock(&test_db.db, &session, PASSWORD).await;
    let _ = app.update(app::Message::Lock(right));
    assert!(!app.is_locked());
    let mut ui = simulator(app.view());
    ui.find("Asiakkaat").expect("the same screen is back");
    test_db.finish().await;
}

/// A laptop put to sleep: the monotonic clock stood still, the wall clock did not. The key
/// press that wakes it locks the session instead of counting as activity.
#[tokio::test]
async fn a_laptop_waking_from_sleep_locks_at_the_first_key_press() {
    let (test_db, mut app, _) = signed_in(Role::Admin).await;
    let now = Moment::now();
    let woken = Moment {
        monotonic: now.monotonic + Duration::from_secs(3),
        wall: now.wall + Duration::from_secs(3 * 3600),
    };
    let _ = app.update(app::Message::Activity(woken));
    assert!(app.is_locked(), "three hours asleep lock the session");
    test_db.finish().await;
}

/// Escape and Tab are key presses too: typing that only moves between fields keeps the session.
#[tokio::test]
async fn moving_between_fields_with_tab_counts_as_activity() {
    let (test_db, mut app, _) = signed_in(Role::Admin).await;
    let start = Moment::now();
    let at = |minutes: u64| Moment {
        monotonic: start.monotonic + Duration::from_secs(minutes * 60),
        wall: start.wall + Duration::from_secs(minutes * 60),
    };
    let _ = app.update(app::Message::Tab {
        shift: false,
        at: at(7),
    });
    let _ = app.update(app::Message::Tick(at(14)));
    assert!(!app.is_locked(), "Tab seven minutes ago");
    let _ = app.update(app::Message::Escape(at(14)));
    let _ = app.update(app::Message::Tick(at(21)));
    assert!(!app.is_locked(), "Escape seven minutes ago");
    let _ = app.update(app::Message::Tick(at(25)));
    assert!(app.is_locked(), "eleven minutes without a key");
    test_db.finish().await;
}

#[tokio::test]
async fn english_can_be_chosen() {
    let (test_db, mut app, _) = signed_in(Role::Admin).await;
    let _ = app.update(app::Message::Lang(Lang::En));
    let mut ui = simulator(app.view());
    ui.find("Customers").expect("the navigation is in English");
    ui.find("Log out").expect("so is the header");
    test_db.finish().await;
}

/// Aino's details open for editing, as an admin.
async fn editing_aino() -> (
    testing::TestDb,
    register::service::customer::Customer,
    detail::State,
    Context,
) {
    let test_db = sqlite().await;
    let db = test_db.db.clone();
    let admin = make_first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let c = no_files(&db, &admin);
    let (mut state, load) = detail::State::new(aino.id, testing::why());
    drive(&mut state, vec![load], &c).await;
    send(&mut state, [detail::Message::Edit], &c).await;
    (test_db, aino, state, c)
}

/// The lock screen's reply to `password`, as its own job gives it.
async fn unlock(db: &Db, session: &Session, password: &str) -> lock::Message {
    let job = lock::Job::Unlock {
        username: session.username().to_owned(),
        password: password.to_owned(),
    };
    let mut replies = lock::State::run(job, db.clone());
    replies.next().await.expect("the login's reply")
}

#[tokio::test]
async fn escape_in_an_edited_form_asks_before_the_changes_are_thrown_away() {
    let (test_db, aino, mut state, c) = editing_aino().await;
    let (db, admin, i18n) = (c.db.clone(), c.session.clone(), fi());
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.click(id("company-name")).expect("shown");
    ui.typewrite("Tilkkutäkki Oy");
    let messages: Vec<detail::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    // Escape on the customers screen is Back to its customer.
    let left = send(&mut state, [detail::Message::Back], &c).await;
    assert!(left.is_empty(), "the customer stays open");
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Hylätäänkö muutokset?").expect("asked first");
    ui.find("Tilkkutäkki Oy")
        .expect("what was typed is still there");
    ui.click("Jatka muokkausta").expect("going on is offered");
    let messages: Vec<detail::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Hylätäänkö muutokset?")
        .expect_err("the question is gone");
    ui.find("Tilkkutäkki Oy").expect("and the edit kept");
    drop(ui);
    send(&mut state, [detail::Message::Back], &c).await;
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.click("Hylkää muutokset").expect("discarding is offered");
    let messages: Vec<detail::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Muokkaa").expect("the edit is closed, as asked");
    ui.find("Tilkkutäkki Oy").expect_err("and its changes gone");
    drop(ui);
    let stored = register::service::customer::get(&db, &admin, aino.id, &testing::why())
        .await
        .expect("reads");
    assert_eq!(stored.company_name, None, "nothing was saved");
    test_db.finish().await;
}

#[tokio::test]
async fn a_save_with_nothing_changed_records_no_change() {
    let (test_db, _, mut state, c) = editing_aino().await;
    let (db, admin, i18n) = (c.db.clone(), c.session.clone(), fi());
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.click(id("company-name")).expect("shown");
    ui.tap_key(Named::Enter);
    let messages: Vec<detail::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Muokkaa").expect("the edit is closed");
    drop(ui);
    let updates = testing::audit_events(&db, &admin, "customer.update").await;
    assert!(updates.is_empty(), "no change recorded: {updates:?}");
    test_db.finish().await;
}
