//! The admin screens, driven headlessly: staff accounts, controller settings, the audit log.

use crate::{drive, no_files, send, simulator};
use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::dialog::Answer;
use asiakasrekisteri::ui::screen::{Destination, Screen};
use asiakasrekisteri::ui::screen::{audit_log, settings, staff};
use iced::keyboard::key::Named;
use iced_test::selector::id;
use register::domain::Lang;
use register::service::auth;

use testing::first_admin;

/// Maija's account typed into the new-account form, with a password too short, and sent.
fn new_account_with_short_password(ui: &mut iced_test::Simulator<'_, staff::Message>) {
    ui.click(id("new-username")).expect("form shown");
    ui.typewrite("maija");
    ui.click(id("new-display-name")).expect("form shown");
    ui.typewrite("Maija Mäkelä");
    ui.click(id("new-password")).expect("form shown");
    ui.typewrite("lyhyt");
    ui.tap_key(Named::Enter);
}

#[tokio::test]
async fn an_admin_creates_a_staff_account_and_a_too_short_password_is_shown_at_its_field() {
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
    new_account_with_short_password(&mut ui);
    let messages: Vec<staff::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Vähintään 12 merkkiä.")
        .expect("the password rule is shown at the field");
    ui.find("Maija Mäkelä").expect("what was typed is kept");
    ui.click(id("new-password")).expect("form shown");
    ui.typewrite(" mutta nyt pitkä");
    ui.tap_key(Named::Enter);
    let messages: Vec<staff::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Käyttäjä luotu.").expect("creation confirmed");
    ui.find("maija").expect("the new account is listed");
    drop(ui);
    auth::login(&db, "maija", "lyhyt mutta nyt pitkä")
        .await
        .expect("the new account logs in");
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
async fn the_password_rule_is_shown_before_typing_and_its_error_goes_once_it_is_met() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let c = no_files(&db, &admin);
    let mut state = staff::State::default();
    drive(&mut state, vec![staff::Job::Load], &c).await;
    let rule = "Vähintään 12 merkkiä. Pituus ratkaisee: pitkä lause käy hyvin.";
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find(rule)
        .expect("the rule is there before anything is typed");
    new_account_with_short_password(&mut ui);
    let messages: Vec<staff::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Vähintään 12 merkkiä.").expect("the error");
    ui.click(id("new-password")).expect("form shown");
    ui.typewrite(" mutta nyt pitkä");
    let messages: Vec<staff::Message> = ui.into_messages().collect();
    send(&mut state, messages, &c).await;
    let mut ui = simulator(state.view(&i18n, &c));
    ui.find("Vähintään 12 merkkiä.")
        .expect_err("the error goes as soon as the password is long enough");
    ui.find(rule).expect("and the rule is back");
    drop(ui);
    test_db.finish().await;
}
