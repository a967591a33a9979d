//! The admin screens, driven headlessly: staff accounts, controller settings, the audit log.

use crate::{drive, no_files, send, simulator};
use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::dialog::Answer;
use asiakasrekisteri::ui::screen::{Destination, Screen};
use asiakasrekisteri::ui::screen::{audit_log, login, settings, staff};
use iced::keyboard::key::Named;
use iced_test::selector::id;
use register::db::Db;
use register::domain::{Lang, Role};
use register::service::auth;

use testing::first_admin;

/// Maija's account typed into the new-account form and sent with Enter.
fn new_account(ui: &mut iced_test::Simulator<'_, staff::Message>) {
    ui.click(id("new-username")).expect("form shown");
    ui.typewrite("maija");
    ui.click(id("new-display-name")).expect("form shown");
    ui.typewrite("Maija Mäkelä");
    ui.tap_key(Named::Enter);
}

/// The one-time password the screen shows: the one text shaped as four groups of four.
fn one_time_password<M>(ui: &mut iced_test::Simulator<'_, M>) -> String {
    use iced_test::selector::Candidate;
    let shaped = |content: &str| {
        let groups: Vec<&str> = content.split('-').collect();
        groups.len() == 4
            && groups
                .iter()
                .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_alphanumeric()))
    };
    ui.find(|candidate: Candidate<'_>| match candidate {
        Candidate::Text { content, .. } if shaped(content) => Some(content.to_owned()),
        _ => None,
    })
    .expect("the one-time password is shown")
}

/// Types into the login form and submits with Enter.
async fn log_in_with(
    db: &Db,
    state: &mut login::State,
    fields: &[(&'static str, &str)],
) -> Vec<login::Event> {
    let i18n = I18n::new(Lang::Fi);
    let mut ui = simulator(state.view(&i18n));
    for (field, value) in fields {
        ui.click(id(*field))
            .unwrap_or_else(|e| panic!("{field}: {e:?}"));
        ui.typewrite(value);
    }
    ui.tap_key(Named::Enter);
    let messages: Vec<login::Message> = ui.into_messages().collect();
    send(state, messages, db).await
}

#[tokio::test]
async fn a_new_account_gets_a_one_time_password_its_owner_replaces_at_the_first_login() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let mut state = staff::State::default();
    drive(&mut state, vec![staff::Job::Load], &c).await;

    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Test paakayttaja")
        .expect("the admin's own account is listed");
    ui.find(id("new-password"))
        .expect_err("the admin types no password for someone else");
    new_account(&mut ui);
    let messages: Vec<staff::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Käyttäjän Maija Mäkelä kertakäyttöinen salasana:")
        .expect("creation confirmed, naming whose password it is");
    let one_time = one_time_password(&mut ui);
    drop(ui);

    // Maija logs in with it: no session, but her own password asked for, twice.
    let mut login = login::State::default();
    let events = log_in_with(
        &db,
        &mut login,
        &[("username", "maija"), ("password", &one_time)],
    )
    .await;
    assert!(
        matches!(events.as_slice(), [login::Event::ChoosePassword]),
        "{events:?}"
    );
    let rule = "Vähintään 12 merkkiä. Pituus ratkaisee: pitkä lause käy hyvin.";
    let mut ui = simulator(login.view(&i18n));
    ui.find(rule)
        .expect("the rule is there before anything is typed");
    drop(ui);
    let events = log_in_with(
        &db,
        &mut login,
        &[
            (login::NEW_PASSWORD, "lyhyt"),
            ("new-password-again", "lyhyt"),
        ],
    )
    .await;
    assert!(events.is_empty(), "{events:?}");
    let mut ui = simulator(login.view(&i18n));
    ui.find("Vähintään 12 merkkiä.")
        .expect("a short one is refused at its field");
    drop(ui);
    // The field's error goes as soon as it is long enough.
    let mut ui = simulator(login.view(&i18n));
    ui.click(id(login::NEW_PASSWORD)).expect("shown");
    ui.typewrite(" mutta nyt pitkä");
    let messages: Vec<login::Message> = ui.into_messages().collect();
    send(&mut login, messages, &db).await;
    let mut ui = simulator(login.view(&i18n));
    ui.find("Vähintään 12 merkkiä.")
        .expect_err("the error goes once the password is long enough");
    ui.find(rule).expect("and the rule is back");
    drop(ui);
    let events = log_in_with(
        &db,
        &mut login,
        &[("new-password-again", " mutta nyt pitkä")],
    )
    .await;
    assert!(
        matches!(events.as_slice(), [login::Event::LoggedIn(session)] if session.username() == "maija"),
        "{events:?}"
    );
    auth::login(&db, "maija", "lyhyt mutta nyt pitkä")
        .await
        .expect("her own password works from then on");
    assert!(
        auth::login(&db, "maija", &one_time).await.is_err(),
        "the admin's no longer does"
    );
    test_db.finish().await;
}

#[tokio::test]
async fn a_bad_business_id_in_the_settings_is_shown_at_its_field_and_nothing_is_saved() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let mut state = settings::State::default();
    drive(&mut state, vec![settings::Job::Load], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("2631357-4")
        .expect("the business ID of the privacy notice");
    ui.click(id("business-id")).expect("field shown");
    ui.tap_key(Named::Backspace);
    ui.typewrite("5");
    ui.click(id("street-address")).expect("field shown");
    ui.typewrite("Kangaskuja 1");
    ui.tap_key(Named::Enter);
    let mut saves = 0;
    for message in ui.into_messages().collect::<Vec<_>>() {
        let update = state.update(message);
        saves += update
            .jobs
            .iter()
            .filter(|job| matches!(job, settings::Job::SaveController(..)))
            .count();
        drive(&mut state, update.jobs, &c).await;
    }
    assert_eq!(saves, 1, "Enter saves");
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Tarkistusmerkki ei täsmää.")
        .expect("the check digit error is at the field");
    ui.find("Kangaskuja 1")
        .expect("the rest of the typing is kept");
    drop(ui);
    let stored = register::service::settings::get(&db, &admin)
        .await
        .expect("reads");
    assert_eq!(stored.business_id, "2631357-4");
    assert_eq!(stored.street_address, "");
    test_db.finish().await;
}

#[tokio::test]
async fn the_audit_log_lists_events_filters_them_and_verifies_the_chain() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let aino = testing::create_customer(&db, &admin, &testing::aino()).await;
    register::service::customer::get(&db, &admin, aino.id, &testing::why())
        .await
        .expect("opens");
    let _ = auth::login(&db, "paakayttaja", "väärä").await;
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let mut state = audit_log::State::default();
    let load = state.refresh();
    drive(&mut state, vec![load], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Epäonnistunut kirjautuminen")
        .expect("the failed login is listed, in words");
    for raw in [
        "staff.login_failed",
        "customer.create",
        "customer 1",
        "staff 1",
    ] {
        assert!(
            ui.find(raw).is_err(),
            "no raw key under the Finnish UI: {raw}"
        );
    }
    ui.find(format!("asiakas {}", aino.id).as_str())
        .expect("whom, in words");
    ui.click(id("filter-customer")).expect("filter shown");
    ui.typewrite(&aino.id.to_string());
    let messages: Vec<audit_log::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Asiakkaan tiedot luettu")
        .expect("the read of the customer is listed");
    ui.find("Epäonnistunut kirjautuminen")
        .expect_err("other events are filtered out");
    drop(ui);
    // One kind of event, picked by its words.
    let read = audit_log::Message::Action(asiakasrekisteri::ui::widget::Choice::new(
        Some(register::domain::AuditAction::StaffLoginFailed),
        String::new(),
    ));
    let customer = audit_log::Message::Customer(String::new());
    send(&mut state, [customer, read], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Epäonnistunut kirjautuminen")
        .expect("the failed login, picked");
    ui.find("Asiakkaan tiedot luettu")
        .expect_err("and nothing else");
    ui.click("Tarkista ketju").expect("verify button shown");
    let messages: Vec<audit_log::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Lokiketju on eheä: 4 tapahtumaa tarkistettu.")
        .expect("the chain is intact");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn the_processing_description_keeps_what_was_typed_shows_problems_in_place_and_saves() {
    use register::domain::processing::{LegalBasis, Purpose};
    use settings::description::Message as Edit;
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let mut state = settings::State::default();
    drive(&mut state, vec![settings::Job::Load], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Tietosuojaselostetta ei ole vielä julkaistu.")
        .expect("the notice's state is shown above the settings");
    ui.click("Käsittelyn kuvaus").expect("the processing tab");
    for message in ui.into_messages() {
        state.update(message);
    }
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Nämä ovat uuden rekisterin oletukset. Tarkista ne ja tallenna, ennen kuin julkaiset tietosuojaselosteen.")
        .expect("the defaults are marked as unchecked");
    ui.find("Tarkoitukset ja oikeusperusteet")
        .expect("purposes");
    ui.find("Posti - Pakettiautomaatti")
        .expect("shipping methods");
    drop(ui);

    let edit = |message| settings::Message::Processing(message);
    state.update(edit(Edit::Basis(
        Purpose::PrizeDraws,
        LegalBasis::LegitimateInterest,
    )));
    state.update(edit(Edit::Interest(
        Purpose::PrizeDraws,
        Lang::Fi,
        "Kanta-asiakkaiden palkitseminen".into(),
    )));
    state.update(edit(Edit::FinancialYearEnd("31.13.".into())));
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click("Tallenna").expect("save");
    let mut saves = 0;
    for message in ui.into_messages().collect::<Vec<_>>() {
        let update = state.update(message);
        saves += update.jobs.len();
    }
    assert_eq!(saves, 0, "nothing is sent while the form has problems");
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Kanta-asiakkaiden palkitseminen")
        .expect("the typing is kept");
    ui.find("31.13.")
        .expect("the bad date is kept to be corrected");
    ui.find("Anna päivä ja kuukausi muodossa 31.12.")
        .expect("the problem is shown beside its input");
    ui.find("Pakollinen tieto.")
        .expect("the interest left out in Swedish is marked too");
    drop(ui);

    state.update(edit(Edit::FinancialYearEnd("30.6.".into())));
    state.update(edit(Edit::RecipientName(
        5,
        testing::documents::ACCOUNTANT.into(),
    )));
    for lang in [Lang::Sv, Lang::En] {
        state.update(edit(Edit::Interest(
            Purpose::PrizeDraws,
            lang,
            "Belöning".into(),
        )));
    }
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click("Tallenna").expect("save");
    let messages: Vec<settings::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Tallennettu.").expect("saved");
    drop(ui);
    let stored = register::service::processing::get(&db, &admin)
        .await
        .expect("reads");
    assert_eq!(stored.version, 1);
    assert_eq!(stored.description.retention.financial_year_end.month, 6);
    let draws = stored
        .description
        .purpose(Purpose::PrizeDraws)
        .expect("listed");
    assert_eq!(draws.basis, LegalBasis::LegitimateInterest);
    test_db.finish().await;
}

#[tokio::test]
async fn an_admin_publishes_the_notice_and_sees_what_changed_since() {
    use asiakasrekisteri::ui::screen::notice;
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    testing::documents::fill_in_organisation(&db, &admin).await;
    let i18n = I18n::new(Lang::Fi);
    // A file dialog is not opened in this test, as if it were cancelled.
    let c = crate::context(&db, &admin, |_| Answer::Path(None));
    let mut state = notice::State::default();
    let load = state.refresh();
    drive(&mut state, vec![load], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Tallenna käsittelyn kuvaus asetuksissa ennen ensimmäistä julkaisua: uuden rekisterin oletukset on tarkistettava.")
        .expect("publishing waits for the defaults to be checked");
    ui.find("Asiakkaalle lähtevää asiakirjaa ei voi vielä tehdä. Asetuksista puuttuu: vastaanottajan nimi (tilitoimisto).")
        .expect("the preview says what it waits for");
    drop(ui);

    let mut processing = register::service::processing::get(&db, &admin)
        .await
        .expect("reads");
    testing::documents::name_everyone(&mut processing.description);
    register::service::processing::update(&db, &admin, 0, &processing.description)
        .await
        .expect("saved");
    let load = state.refresh();
    drive(&mut state, vec![load], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click("Julkaise versio 1")
        .expect("publishing is offered");
    let messages: Vec<notice::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Tietosuojaseloste julkaistu.").expect("confirmed");
    ui.find("Asetukset vastaavat julkaistua tietosuojaselostetta (versio 1).")
        .expect("nothing left to publish");
    drop(ui);

    let mut description = processing.description;
    description.retention.idle_months = 24;
    register::service::processing::update(&db, &admin, 1, &description)
        .await
        .expect("saved");
    let load = state.refresh();
    drive(&mut state, vec![load], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("• Asiakassuhteen päättyminen: 36 → 24 kuukautta")
        .expect("the change is listed");
    ui.find("Julkaise versio 2")
        .expect("the next version is offered");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn a_role_changes_only_when_confirmed_and_the_confirmation_names_the_person() {
    use asiakasrekisteri::ui::screen::staff::RoleChoice;
    use register::domain::Role;
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let maija = register::service::staff::create(
        &db,
        &admin,
        &testing::staff_input("maija", Role::Marketing),
    )
    .await
    .expect("created");
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let mut state = staff::State::default();
    drive(&mut state, vec![staff::Job::Load], &c).await;
    let picked = staff::Message::ChangeRole(maija.id, RoleChoice::new(Role::Fulfilment, &i18n));
    send(&mut state, [picked], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Vaihdetaanko käyttäjän Test maija rooliksi lähettämö?")
        .expect("the question names the person and the role");
    drop(ui);
    let stored = register::service::staff::list(&db, &admin)
        .await
        .expect("listed");
    assert!(
        stored
            .iter()
            .any(|a| a.id == maija.id && a.role == Role::Marketing),
        "nothing changes before the answer"
    );
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click("Vaihda rooli").expect("confirming is offered");
    let messages: Vec<staff::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Käyttäjän Test maija rooli vaihdettu: lähettämö.")
        .expect("whose role is now which");
    drop(ui);
    test_db.finish().await;
}

#[tokio::test]
async fn a_reset_asks_first_and_gives_a_one_time_password() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    testing::create_staff(&db, &admin, "maija", Role::Marketing).await;
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let mut state = staff::State::default();
    drive(&mut state, vec![staff::Job::Load], &c).await;
    let accounts = register::service::staff::list(&db, &admin)
        .await
        .expect("listed");
    let maija = accounts
        .iter()
        .find(|a| a.username == "maija")
        .expect("maija");
    send(&mut state, [staff::Message::StartReset(maija.id)], &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Annetaanko käyttäjälle Test maija uusi kertakäyttöinen salasana? Nykyinen salasana lakkaa toimimasta heti.")
        .expect("the question names whose password");
    drop(ui);
    auth::login(&db, "maija", testing::PASSWORD)
        .await
        .expect("nothing changes before the answer");
    let mut ui = simulator(state.view(&i18n, &c));
    ui.click("Anna uusi kertakäyttöinen salasana")
        .expect("offered");
    let messages: Vec<staff::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Käyttäjän Test maija kertakäyttöinen salasana:")
        .expect("shown at her account");
    let one_time = one_time_password(&mut ui);
    drop(ui);
    assert!(auth::login(&db, "maija", testing::PASSWORD).await.is_err());
    let once = auth::login(&db, "maija", &one_time).await;
    assert!(
        matches!(
            once,
            Err(register::service::ServiceError::Login(
                register::service::LoginError::OneTimePassword
            ))
        ),
        "{once:?}"
    );
    test_db.finish().await;
}

#[tokio::test]
async fn staff_change_their_own_password_over_the_screen() {
    use asiakasrekisteri::ui::app::{App, Message as AppMessage};
    use asiakasrekisteri::ui::idle::Moment;
    use asiakasrekisteri::ui::own_password;
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let (mut app, _) = App::signed_in(db.clone(), admin.clone(), Lang::Fi);
    let _ = app.update(AppMessage::ChangePassword);
    let mut ui = simulator(app.view());
    ui.find("Vaihda oma salasanasi")
        .expect("the panel, over the screen");
    drop(ui);
    let _ = app.update(AppMessage::Escape(Moment::now()));
    let mut ui = simulator(app.view());
    assert!(
        ui.find("Vaihda oma salasanasi").is_err(),
        "Escape closes it"
    );
    drop(ui);

    let c = no_files(&db, &admin);
    let mut panel = own_password::State::default();
    let typed = |fields: &[(&'static str, &str)], panel: &own_password::State| {
        let mut ui = simulator(panel.view(&i18n));
        for (field, value) in fields {
            ui.click(id(*field))
                .unwrap_or_else(|e| panic!("{field}: {e:?}"));
            ui.typewrite(value);
        }
        ui.tap_key(Named::Enter);
        ui.into_messages().collect::<Vec<own_password::Message>>()
    };
    let messages = typed(
        &[
            (own_password::CURRENT, "väärä salasana"),
            ("own-new-password", "oma uusi salasana 1"),
            ("own-new-password-again", "oma uusi salasana 1"),
        ],
        &panel,
    );
    let events = send(&mut panel, messages, &c).await;
    assert!(events.is_empty(), "{events:?}");
    let mut ui = simulator(panel.view(&i18n));
    ui.find("Väärä käyttäjätunnus tai salasana.")
        .expect("a wrong current password is refused");
    drop(ui);
    let messages = typed(&[(own_password::CURRENT, testing::PASSWORD)], &panel);
    let events = send(&mut panel, messages, &c).await;
    assert_eq!(events, [own_password::Event::Changed]);
    auth::login(&db, "paakayttaja", "oma uusi salasana 1")
        .await
        .expect("the new password works");
    test_db.finish().await;
}
