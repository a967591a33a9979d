//! The privacy tab and the marketing export, driven headlessly.

use std::sync::{Arc, Mutex};

use crate::{drive, no_files, send};
use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::dialog::{Answer, Question};
use asiakasrekisteri::ui::screen::customers::{detail, privacy};
use asiakasrekisteri::ui::screen::{Context, Destination, marketing};
use asiakasrekisteri::ui::theme;
use asiakasrekisteri::ui::widget::Choice;
use iced_test::Simulator;
use register::domain::Lang;
use register::domain::Role;
use register::domain::consent::{ConsentSource, ErasureReason};

use testing::{aino, create_customer};

fn simulator<'a, M>(element: impl Into<iced::Element<'a, M>>) -> Simulator<'a, M> {
    Simulator::with_size(theme::settings(), (1100.0, 1400.0), element)
}

/// Clicks `label` on the customer's details and runs what it leads to; whether the customer
/// was erased by it.
async fn click(state: &mut detail::State, role: Role, label: &str, c: &Context) -> bool {
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n, role));
    ui.click(label).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let messages: Vec<detail::Message> = ui.into_messages().collect();
    let events = send(state, messages, c).await;
    events
        .iter()
        .any(|event| matches!(event, detail::Event::Erased(_)))
}

/// Aino's privacy tab, open for customer service.
async fn privacy_tab_for_customer_service() -> (
    testing::TestDb,
    register::service::customer::Customer,
    detail::State,
    Context,
) {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let staff = testing::staff(&db).await;
    let aino = create_customer(&db, &staff.admin, &aino()).await;
    let c = no_files(&db, &staff.customer_service);
    let (mut state, load) = detail::State::new(aino.id, testing::why());
    drive(&mut state, vec![load], &c).await;
    click(&mut state, Role::CustomerService, "Tietosuoja", &c).await;
    (test_db, aino, state, c)
}

#[tokio::test]
async fn customer_service_records_a_marketing_refusal_by_phone_and_cannot_erase() {
    let (test_db, aino, mut state, c) = privacy_tab_for_customer_service().await;
    let (db, session, role) = (c.db.clone(), c.session.clone(), Role::CustomerService);
    let by_phone = Choice::new(ConsentSource::Phone, "puhelimitse".into());
    let chosen = detail::Message::Privacy(privacy::Message::Source(by_phone));
    send(&mut state, [chosen], &c).await;
    click(&mut state, role, "Kirjaa markkinointikielto", &c).await;
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
async fn a_consent_is_not_recorded_until_staff_say_how_the_customer_told_them() {
    let (test_db, aino, mut state, c) = privacy_tab_for_customer_service().await;
    let (db, session, role) = (c.db.clone(), c.session.clone(), Role::CustomerService);
    click(&mut state, role, "Kirjaa markkinointikielto", &c).await;
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n, role));
    ui.find("Pakollinen tieto.")
        .expect("the missing channel is named at its field");
    ui.find("On kieltänyt suoramarkkinoinnin.")
        .expect_err("nothing recorded");
    drop(ui);
    let history = register::service::consent::history(&db, &session, aino.id)
        .await
        .expect("history");
    assert!(
        history.iter().all(|event| event.source.as_str() != "phone"),
        "no channel recorded that staff did not choose: {history:?}"
    );
    test_db.finish().await;
}

#[tokio::test]
async fn an_admin_ends_a_customer_relationship_only_after_confirming() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = testing::first_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let c = no_files(&db, &admin);
    let (mut state, load) = detail::State::new(aino.id, testing::why());
    drive(&mut state, vec![load], &c).await;
    click(&mut state, Role::Admin, "Tietosuoja", &c).await;
    let erased = click(&mut state, Role::Admin, "Päätä asiakkuus…", &c).await;
    assert!(!erased, "nothing without a reason");
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n, Role::Admin));
    ui.find("Pakollinen tieto.")
        .expect("the reason is asked for at its picker, none assumed");
    ui.find("Poista pysyvästi")
        .expect_err("no confirmation before the reason");
    drop(ui);
    let reason = Choice::new(ErasureReason::CustomerRequest, "asiakkaan pyyntö".into());
    let chosen = detail::Message::Privacy(privacy::Message::Reason(reason));
    send(&mut state, [chosen], &c).await;
    let erased = click(&mut state, Role::Admin, "Päätä asiakkuus…", &c).await;
    assert!(!erased, "the first click only asks");
    assert_eq!(
        register::service::customer::count(&db, &admin)
            .await
            .expect("count"),
        1
    );
    let erased = click(&mut state, Role::Admin, "Poista pysyvästi", &c).await;
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
    let asked = Arc::new(Mutex::new(Vec::new()));
    let answer = (path.clone(), asked.clone());
    let c = crate::context(&db, &staff.marketing, move |question| {
        let (path, asked) = &answer;
        if let Question::SaveFile { name } = question {
            asked.lock().expect("not poisoned").push(name.to_owned());
        }
        Answer::Path(Some(path.clone()))
    });
    let mut state = marketing::State::default();
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click("Vie vastaanottajat CSV-tiedostoon…")
        .expect("button shown");
    let messages: Vec<marketing::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    assert_eq!(
        *asked.lock().expect("not poisoned"),
        ["uutiskirjeen-vastaanottajat.csv"],
        "the click opens the save dialog"
    );
    let csv = std::fs::read_to_string(&path).expect("the file is written");
    assert!(csv.contains("\"aino.hakkinen@example.com\""), "{csv}");
    let mut ui = simulator(state.view(&i18n, &c));
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
    use asiakasrekisteri::ui::screen::retention;
    let c = no_files(&db, &admin);
    let (mut state, jobs) = retention::State::open(None);
    drive(&mut *state, jobs, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Ei asiakkaita, joiden asiakkuus olisi päättynyt.")
        .expect("nobody is idle in a new register");
    ui.click("Poista vanhentuneet tositteet")
        .expect("the purge is offered");
    let messages: Vec<retention::Message> = ui.into_messages().collect();
    send(&mut *state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("0 vanhentunutta tilausta poistettu.")
        .expect("the purge reports its count");
    ui.click("Poista vanhentuneet pyynnöt")
        .expect("the requests' purge is offered");
    let messages: Vec<retention::Message> = ui.into_messages().collect();
    send(&mut *state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("0 vanhentunutta tietosuojapyyntöä poistettu.")
        .expect("the requests' purge reports its count");
    drop(ui);
    test_db.finish().await;
}

#[test]
fn the_list_says_an_erasure_done_and_whether_its_ledger_line_waits() {
    use asiakasrekisteri::ui::screen::customers::list;
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
