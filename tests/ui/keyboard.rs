//! The keyboard, for what Tab cannot reach: F1 lists the shortcuts over the screen and Escape
//! closes the list; Alt+← and Alt+→ go through the navigation's screens; Ctrl+N opens a new
//! customer with its first field ready, Escape asks before what was typed is thrown away, and
//! Ctrl+S saves it. The app opens in the language its user chose.

use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::App;
use asiakasrekisteri::ui::app::Message as AppMessage;
use asiakasrekisteri::ui::idle::Moment;
use asiakasrekisteri::ui::screen::Destination;
use asiakasrekisteri::ui::screen::customers;
use asiakasrekisteri::ui::shortcut::Shortcut;
use iced_test::selector::id;
use register::domain::Lang;

use crate::{drive, no_files, send, simulator};

fn pressed(shortcut: Shortcut) -> AppMessage {
    AppMessage::Shortcut(shortcut, Moment::now())
}

#[tokio::test]
async fn f1_lists_the_shortcuts_and_alt_arrows_go_through_the_screens() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let (mut app, _) = App::signed_in(db.clone(), admin, Lang::Fi);
    let shows = |app: &App, what: &str| simulator(app.view()).find(what).is_ok();
    let has_field = |app: &App, field: &'static str| simulator(app.view()).find(id(field)).is_ok();
    assert!(has_field(&app, "customer-search"), "the customers first");

    let _ = app.update(pressed(Shortcut::Help));
    assert!(shows(&app, "Pikanäppäimet"), "F1 shows the list");
    assert!(
        shows(&app, "Ctrl+F"),
        "with the keys as this platform writes them"
    );
    assert!(shows(&app, "Edellinen tai seuraava sivu"));
    let _ = app.update(AppMessage::Escape(Moment::now()));
    assert!(!shows(&app, "Pikanäppäimet"), "Escape closes it");
    assert!(
        has_field(&app, "customer-search"),
        "and the screen is as it was"
    );

    let _ = app.update(pressed(Shortcut::Next));
    assert!(has_field(&app, "order-search"), "Alt+→: the orders");
    let _ = app.update(pressed(Shortcut::Previous));
    let _ = app.update(pressed(Shortcut::Previous));
    assert!(
        has_field(&app, "filter-actor"),
        "Alt+← from the first screen: round to the last, the audit log"
    );
    test_db.finish().await;
}

#[tokio::test]
async fn ctrl_n_opens_a_new_customer_escape_asks_and_ctrl_s_saves_it() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::ready_admin(&db).await;
    let c = no_files(&db, &admin);
    let i18n = I18n::new(Lang::Fi);
    let (mut state, jobs) = customers::State::open(None);
    drive(&mut *state, jobs, &c).await;
    assert_eq!(state.focus(), Some("customer-search"), "the list's search");

    let update = Destination::shortcut(&mut *state, Shortcut::New);
    drive(&mut *state, update.jobs, &c).await;
    assert_eq!(
        state.focus(),
        Some("first-name"),
        "the new customer's first field has the keyboard"
    );
    let mut ui = simulator(Destination::view(&*state, &i18n, &c));
    assert!(
        ui.find("FI").is_err(),
        "the country is not a code to type (the picker shows its name)"
    );
    ui.click(id("first-name")).expect("the form");
    ui.typewrite("Aino");
    ui.click(id("last-name")).expect("the form");
    ui.typewrite("Häkkinen");
    let messages: Vec<customers::Message> = ui.into_messages().collect();
    send(&mut *state, messages, &c).await;

    let update = Destination::escape(&mut *state);
    drive(&mut *state, update.jobs, &c).await;
    let mut ui = simulator(Destination::view(&*state, &i18n, &c));
    ui.find("Hylätäänkö muutokset?")
        .expect("Escape asks before what was typed goes");
    ui.click("Jatka muokkausta").expect("keeping is offered");
    let messages: Vec<customers::Message> = ui.into_messages().collect();
    send(&mut *state, messages, &c).await;
    let mut ui = simulator(Destination::view(&*state, &i18n, &c));
    ui.find("Häkkinen").expect("what was typed is kept");
    drop(ui);

    let update = Destination::shortcut(&mut *state, Shortcut::Save);
    drive(&mut *state, update.jobs, &c).await;
    let found = register::service::customer::search(
        &db,
        &admin,
        &register::service::customer::CustomerQuery {
            text: "Häkkinen".into(),
            sort: register::service::customer::CustomerSort::Name,
            page: register::service::PageRequest::first(5),
        },
    )
    .await
    .expect("searched");
    assert_eq!(found.items.len(), 1, "Ctrl+S saved the new customer");
    assert_eq!(state.focus(), None, "the customer is shown, not a form");
    test_db.finish().await;
}

#[tokio::test]
async fn the_app_opens_in_the_language_the_staff_member_chose() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    register::service::staff::set_own_language(&db, &admin, Lang::En)
        .await
        .expect("kept");
    let session = register::service::auth::login(&db, "paakayttaja", testing::PASSWORD)
        .await
        .expect("logs in");
    // The workstation's language is Finnish; hers is English.
    let (app, _) = App::signed_in(db.clone(), session, Lang::Fi);
    let mut ui = simulator(app.view());
    ui.find("Customers").expect("the navigation in English");
    assert!(ui.find("Asiakkaat").is_err());
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn arrows_choose_a_row_and_enter_in_the_search_opens_it() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::ready_admin(&db).await;
    testing::create_customer(&db, &admin, &testing::aino()).await;
    testing::create_customer(&db, &admin, &testing::sören()).await;
    let c = no_files(&db, &admin);
    let i18n = I18n::new(Lang::Fi);
    let (mut state, jobs) = customers::State::open(None);
    drive(&mut *state, jobs, &c).await;
    let purpose = customers::Message::List(customers::list::Message::Purpose(
        asiakasrekisteri::ui::widget::Choice::new(
            register::domain::consultation::Purpose::CustomerService,
            String::new(),
        ),
    ));
    send(&mut *state, [purpose], &c).await;
    assert_eq!(
        state.scroll(),
        Some(("customer-rows", 0.0)),
        "the first row"
    );
    for (shortcut, share) in [
        (Shortcut::NextRow, 1.0),
        (Shortcut::NextRow, 1.0),
        (Shortcut::PreviousRow, 0.0),
        (Shortcut::NextRow, 1.0),
    ] {
        let update = Destination::shortcut(&mut *state, shortcut);
        drive(&mut *state, update.jobs, &c).await;
        assert_eq!(
            state.scroll(),
            Some(("customer-rows", share)),
            "{shortcut:?}: ↓ stops at the last row, and the list follows the row chosen"
        );
    }
    let mut ui = simulator(Destination::view(&*state, &i18n, &c));
    ui.click(id("customer-search")).expect("the search");
    ui.tap_key(iced::keyboard::key::Named::Enter);
    let messages: Vec<customers::Message> = ui.into_messages().collect();
    send(&mut *state, messages, &c).await;
    let mut ui = simulator(Destination::view(&*state, &i18n, &c));
    ui.find("Sören Åkerlund")
        .expect("Enter opened the row chosen: the second, Sören");
    drop(ui);
    assert_eq!(
        state.scroll(),
        Some(("customer-details", 0.0)),
        "the customer's tab starts at its top"
    );
    assert_eq!(state.search_field(), None, "no search on a customer's page");
    // Ctrl+F from a customer looked at: back to the list, its search taking the keyboard.
    let update = Destination::shortcut(&mut *state, Shortcut::Find);
    drive(&mut *state, update.jobs, &c).await;
    assert_eq!(state.search_field(), Some("customer-search"));
    assert_eq!(state.focus(), Some("customer-search"));
    test_db.finish().await;
}
