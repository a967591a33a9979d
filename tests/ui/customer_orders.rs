//! A customer's orders tab, driven headlessly: a long-time customer's orders come a page at a
//! time, newest first, and the pager turns to the older ones.

use crate::{drive, no_files, send};
use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::screen::Screen;
use asiakasrekisteri::ui::screen::customers::detail::{self, Job, Message, Tab};
use asiakasrekisteri::ui::theme;
use iced_test::Simulator;
use register::domain::Lang;
use register::domain::Role;
use register::service::{ServiceError, order};
use testing::orders::{line, order_input};

#[tokio::test]
async fn the_orders_tab_shows_a_page_of_orders_and_turns_to_the_older_ones() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let aino = testing::create_customer(&db, &admin, &testing::aino()).await;
    for days_ago in 0..25 {
        let input = order_input(
            &format!("OP-{days_ago}"),
            days_ago,
            vec![line("Lanka", 1, 295)],
        );
        order::create(&db, &admin, aino.id, &input)
            .await
            .expect("order");
    }
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let (mut state, load) = detail::State::new(aino.id, testing::why());
    drive(&mut state, vec![load], &c).await;
    send(&mut state, [Message::Tab(Tab::Orders)], &c).await;
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, Role::Admin));
    ui.find("OP-0").expect("the newest order");
    ui.find("OP-19").expect("the last order of the first page");
    assert!(
        ui.find("OP-20").is_err(),
        "older orders wait for the next page"
    );
    ui.click("Seuraava ›").expect("the pager");

    let messages: Vec<Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, Role::Admin));
    ui.find("OP-24").expect("the oldest order");
    assert!(ui.find("OP-0").is_err(), "the first page is gone");
    ui.find("Rivit 21–25")
        .expect("where in the list the page is");
    test_db.finish().await;
}

#[tokio::test]
async fn a_failed_orders_load_is_shown_and_opening_the_tab_again_retries() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let aino = testing::create_customer(&db, &admin, &testing::aino()).await;
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let (mut state, load) = detail::State::new(aino.id, testing::why());
    drive(&mut state, vec![load], &c).await;
    let opened = state.update(Message::Tab(Tab::Orders));
    let [Job::LoadOrders(_, generation, _)] = opened.jobs.as_slice() else {
        panic!("opening the tab loads the orders");
    };
    let generation = *generation;
    let failure = ServiceError::NotFound("customer");
    state.update(Message::OrdersLoaded(generation, Err(failure)));
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, Role::Admin));
    ui.find("Tietoa ei löytynyt.")
        .expect("the failure, in words");
    drop(ui);
    state.update(Message::Tab(Tab::Details));
    assert!(
        matches!(
            state.update(Message::Tab(Tab::Orders)).jobs.as_slice(),
            [Job::LoadOrders(..)]
        ),
        "the orders are asked for again"
    );
    test_db.finish().await;
}

#[tokio::test]
async fn an_order_imported_with_a_bad_postal_code_says_what_to_check() {
    use asiakasrekisteri::ui::screen::{Destination, orders};
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let file = testing::shopify::orders_file(&[
        "#4001,aino@example.com,paid,,2026-11-20 14:31:00 +0200,1,Lanka,2.95,Aino Häkkinen,Kangaskuja 3,,Jyväskylä,0012,FI,Posti,1",
    ]);
    let report = register::service::import::shopify_orders(&db, &admin, &file, false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(report.added, 1);
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let (mut state, jobs) = orders::State::open(None);
    drive(&mut *state, jobs, &c).await;
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, &c));
    ui.find("#4001 – tarkistettava")
        .expect("the list marks the order to check");
    ui.click("#4001 – tarkistettava").expect("it opens");
    let messages: Vec<orders::Message> = ui.into_messages().collect();
    send(&mut *state, messages, &c).await;
    let mut ui = Simulator::with_settings(theme::settings(), state.view(&i18n, &c));
    let banner = i18n.t("order-to-check");
    let reason = i18n.field_error(&register::domain::FieldError::new(
        register::domain::Field::PostalCode,
        register::domain::Problem::NotAPostalCode,
    ));
    ui.find(format!("{banner}\n{reason}").as_str())
        .expect("the order says what to check and why");
    drop(ui);
    test_db.finish().await;
}
