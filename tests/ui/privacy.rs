//! The privacy tab and the marketing export, driven headlessly.

use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::Screen;
use asiakasrekisteri::ui::customers::{detail, privacy};
use asiakasrekisteri::ui::{marketing, theme};
use iced_test::Simulator;
use register::db::Db;
use register::domain::Lang;
use register::domain::Role;
use register::service::Session;

use testing::{aino, create_customer};

fn simulator<'a, M>(element: impl Into<iced::Element<'a, M>>) -> Simulator<'a, M> {
    Simulator::with_size(theme::settings(), (1100.0, 1400.0), element)
}

/// Runs what the detail screen asks for, as the app would.
async fn drive(
    db: &Db,
    session: &Session,
    state: &mut detail::State,
    mut action: detail::Action,
) -> bool {
    let mut erased = false;
    loop {
        let (db, session) = (db.clone(), session.clone());
        let reply = match action {
            detail::Action::None => return erased,
            detail::Action::Load(id, why) | detail::Action::PrivacyChanged(id, why) => {
                detail::load(db, session, id, why).await
            }
            detail::Action::Privacy(privacy::Action::None) => return erased,
            detail::Action::Privacy(privacy::Action::LoadHistory(id)) => {
                let disclosures = privacy::disclosures(db.clone(), session.clone(), id).await;
                state.update(detail::Message::Privacy(disclosures));
                detail::Message::Privacy(privacy::history(db, session, id).await)
            }
            detail::Action::Privacy(privacy::Action::Consent(id, kind, value, source)) => {
                detail::Message::Privacy(privacy::set(db, session, id, kind, value, source).await)
            }
            detail::Action::Privacy(privacy::Action::Changed(id)) => {
                let loaded = detail::load(db.clone(), session.clone(), id, testing::why()).await;
                state.update(loaded);
                detail::Message::Privacy(privacy::history(db, session, id).await)
            }
            detail::Action::Privacy(privacy::Action::Erase(id, reason)) => {
                detail::Message::Privacy(privacy::erase(db, session, id, reason).await)
            }
            detail::Action::Privacy(privacy::Action::Erased(_)) => {
                erased = true;
                return erased;
            }
            other => panic!("unexpected request {}", std::any::type_name_of_val(&other)),
        };
        action = state.update(reply);
    }
}

async fn click(
    db: &Db,
    session: &Session,
    state: &mut detail::State,
    role: Role,
    label: &str,
) -> bool {
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n, role));
    ui.click(label).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let messages: Vec<detail::Message> = ui.into_messages().collect();
    let mut erased = false;
    for message in messages {
        let action = state.update(message);
        erased |= drive(db, session, state, action).await;
    }
    erased
}

#[tokio::test]
async fn customer_service_records_a_marketing_refusal_by_phone_and_cannot_erase() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let staff = testing::staff(&db).await;
    let aino = create_customer(&db, &staff.admin, &aino()).await;
    let session = staff.customer_service.clone();
    let (mut state, action) = detail::State::new(aino.id, testing::why());
    drive(&db, &session, &mut state, action).await;
    click(
        &db,
        &session,
        &mut state,
        Role::CustomerService,
        "Tietosuoja",
    )
    .await;
    click(
        &db,
        &session,
        &mut state,
        Role::CustomerService,
        "Kirjaa markkinointikielto",
    )
    .await;
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n, Role::CustomerService));
    ui.find("On kieltänyt suoramarkkinoinnin.")
        .expect("the refusal is shown");
    ui.find("Suostumus tallennettu.").expect("and confirmed");
    ui.find("Päätä asiakkuus…")
        .expect_err("customer service cannot erase");
    drop(ui);
    let history = register::service::consent::history(&db, &session, aino.id)
        .await
        .expect("history");
    assert_eq!(history.last().map(|e| e.source.as_str()), Some("phone"));
    test_db.finish().await;
}

#[tokio::test]
async fn an_admin_ends_a_customer_relationship_only_after_confirming() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let (mut state, action) = detail::State::new(aino.id, testing::why());
    drive(&db, &admin, &mut state, action).await;
    click(&db, &admin, &mut state, Role::Admin, "Tietosuoja").await;
    let erased = click(&db, &admin, &mut state, Role::Admin, "Päätä asiakkuus…").await;
    assert!(!erased, "the first click only asks");
    assert_eq!(
        register::service::customer::count(&db, &admin)
            .await
            .expect("count"),
        1
    );
    let erased = click(&db, &admin, &mut state, Role::Admin, "Poista pysyvästi").await;
    assert!(erased);
    assert_eq!(
        register::service::customer::count(&db, &admin)
            .await
            .expect("count"),
        0
    );
    test_db.finish().await;
}

#[tokio::test]
async fn marketing_exports_the_recipients_where_the_dialog_says() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let staff = testing::staff(&db).await;
    create_customer(&db, &staff.admin, &aino()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("vastaanottajat.csv");
    let i18n = I18n::new(Lang::Fi);
    let mut state = marketing::State::default();
    let mut ui = simulator(state.view(&i18n));
    ui.click("Vie vastaanottajat CSV-tiedostoon…")
        .expect("button shown");
    let asked = ui
        .into_messages()
        .any(|m| matches!(state.update(m), marketing::Action::ChoosePath));
    assert!(asked, "the click opens the save dialog");
    let marketing::Action::Export(target) =
        state.update(marketing::Message::Path(Some(path.clone())))
    else {
        panic!("a chosen path exports");
    };
    state.update(marketing::export(db.clone(), staff.marketing.clone(), target).await);
    let csv = std::fs::read_to_string(&path).expect("the file is written");
    assert!(csv.contains("\"aino.hakkinen@example.com\""), "{csv}");
    let mut ui = simulator(state.view(&i18n));
    ui.find(format!("Vastaanottajat tallennettu: {}", path.display()).as_str())
        .expect("confirmed");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn the_retention_screen_offers_the_voucher_purge() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let mut state = asiakasrekisteri::ui::retention::State::default();
    let asiakasrekisteri::ui::retention::Action::Search(generation, months, page) = state.refresh()
    else {
        panic!("the review loads when shown");
    };
    state.update(
        asiakasrekisteri::ui::retention::search(
            db.clone(),
            admin.clone(),
            generation,
            months,
            page,
        )
        .await,
    );
    let mut ui = simulator(state.view(&i18n));
    ui.find("Ei asiakkaita, joiden asiakkuus olisi päättynyt.")
        .expect("nobody is idle in a new register");
    ui.click("Poista vanhentuneet tositteet")
        .expect("the purge is offered");
    let purge = ui.into_messages().any(|m| {
        matches!(
            state.update(m),
            asiakasrekisteri::ui::retention::Action::Purge
        )
    });
    assert!(purge);
    state.update(asiakasrekisteri::ui::retention::purge(db.clone(), admin.clone()).await);
    let mut ui = simulator(state.view(&i18n));
    ui.find("0 vanhentunutta tilausta poistettu.")
        .expect("the purge reports its count");
    ui.click("Poista vanhentuneet pyynnöt")
        .expect("the requests' purge is offered");
    let purge = ui.into_messages().any(|m| {
        matches!(
            state.update(m),
            asiakasrekisteri::ui::retention::Action::PurgeRequests
        )
    });
    assert!(purge);
    state.update(asiakasrekisteri::ui::retention::purge_requests(db.clone(), admin.clone()).await);
    let mut ui = simulator(state.view(&i18n));
    ui.find("0 vanhentunutta tietosuojapyyntöä poistettu.")
        .expect("the requests' purge reports its count");
    drop(ui);
    test_db.finish().await;
}

#[test]
fn the_list_says_an_erasure_done_and_whether_its_ledger_line_waits() {
    use asiakasrekisteri::ui::customers::list;
    use register::service::erasure::{Erasure, LedgerState};
    let i18n = I18n::new(Lang::Fi);
    let erasure = |ledger| Erasure {
        orders_anonymised: 2,
        reviews_deleted: 0,
        access_requests_kept: 0,
        ledger,
    };
    let done = i18n.t_with("customer-erased", &[("orders", 2u64.into())]);
    let mut state = list::State::default();
    state.erased(erasure(LedgerState::Written));
    let mut ui = simulator(state.view(&i18n));
    ui.find(done.as_str()).expect("the erasure is said");
    drop(ui);
    let mut state = list::State::default();
    state.erased(erasure(LedgerState::Pending("levy irrotettu".into())));
    let mut ui = simulator(state.view(&i18n));
    let waiting = i18n.t_with(
        "erasure-ledger-pending",
        &[("reason", "levy irrotettu".into())],
    );
    ui.find(format!("{done}\n{waiting}").as_str())
        .expect("the line waiting for the ledger is said with the erasure");
}
