//! The admin screens, driven headlessly: staff accounts, controller settings, the audit log.

use crate::simulator;
use asiakasrekisteri::i18n::I18n;
use asiakasrekisteri::ui::Screen;
use asiakasrekisteri::ui::{audit_log, settings, staff};
use iced::keyboard::key::Named;
use iced_test::selector::id;
use register::db::Db;
use register::domain::Lang;
use register::service::{Session, auth};

use testing::first_admin;

#[tokio::test]
async fn an_admin_creates_a_staff_account_and_a_too_short_password_is_shown_at_its_field() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let mut state = staff::State::default();
    drive(&db, &admin, &mut state, staff::Action::Load).await;

    let mut ui = simulator(state.view(&i18n, &admin));
    ui.find("Test paakayttaja")
        .expect("the admin's own account is listed");
    ui.click(id("new-username")).expect("form shown");
    ui.typewrite("maija");
    ui.click(id("new-display-name")).expect("form shown");
    ui.typewrite("Maija Mäkelä");
    ui.click(id("new-password")).expect("form shown");
    ui.typewrite("lyhyt");
    ui.tap_key(Named::Enter);
    let actions: Vec<staff::Action> = ui.into_messages().map(|m| state.update(m)).collect();
    for action in actions {
        drive(&db, &admin, &mut state, action).await;
    }
    let mut ui = simulator(state.view(&i18n, &admin));
    ui.find("Vähintään 12 merkkiä.")
        .expect("the password rule is shown at the field");
    ui.find("Maija Mäkelä").expect("what was typed is kept");
    ui.click(id("new-password")).expect("form shown");
    ui.typewrite(" mutta nyt pitkä");
    ui.tap_key(Named::Enter);
    let actions: Vec<staff::Action> = ui.into_messages().map(|m| state.update(m)).collect();
    for action in actions {
        drive(&db, &admin, &mut state, action).await;
    }
    let mut ui = simulator(state.view(&i18n, &admin));
    ui.find("Käyttäjä luotu.").expect("creation confirmed");
    ui.find("maija").expect("the new account is listed");
    drop(ui);
    auth::login(&db, "maija", "lyhyt mutta nyt pitkä")
        .await
        .expect("the new account logs in");
    test_db.finish().await;
}

/// Runs the screen's requests until it asks for nothing more.
async fn drive(db: &Db, session: &Session, state: &mut staff::State, mut action: staff::Action) {
    loop {
        let (db, session) = (db.clone(), session.clone());
        let reply = match action {
            staff::Action::None => return,
            staff::Action::Load => staff::load(db, session).await,
            staff::Action::Create(input) => staff::create(db, session, input).await,
            staff::Action::SetRole(id, role) => staff::set_role(db, session, id, role).await,
            staff::Action::SetActive(id, active) => {
                staff::set_active(db, session, id, active).await
            }
            staff::Action::Unlock(id) => staff::unlock(db, session, id).await,
            staff::Action::ResetPassword(id, password) => {
                staff::reset_password(db, session, id, password).await
            }
        };
        action = state.update(reply);
    }
}

#[tokio::test]
async fn a_bad_business_id_in_the_settings_is_shown_at_its_field_and_nothing_is_saved() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let mut state = settings::State::default();
    state.update(settings::load_controller(db.clone(), admin.clone()).await);
    let mut ui = simulator(state.view(&i18n));
    ui.find("2631357-4")
        .expect("the business ID of the privacy notice");
    ui.click(id("business-id")).expect("field shown");
    ui.tap_key(Named::Backspace);
    ui.typewrite("5");
    ui.click(id("street-address")).expect("field shown");
    ui.typewrite("Kangaskuja 1");
    ui.tap_key(Named::Enter);
    let mut save = None;
    for message in ui.into_messages() {
        if let settings::Action::SaveController(version, input) = state.update(message) {
            save = Some((version, input));
        }
    }
    let (version, input) = save.expect("Enter saves");
    state.update(settings::save_controller(db.clone(), admin.clone(), version, *input).await);
    let mut ui = simulator(state.view(&i18n));
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
    let mut state = audit_log::State::default();
    let audit_log::Action::Search(generation, filter, page) = state.refresh() else {
        panic!("the log loads when shown");
    };
    state.update(audit_log::search(db.clone(), admin.clone(), generation, filter, page).await);
    let mut ui = simulator(state.view(&i18n));
    ui.find("staff.login_failed")
        .expect("the failed login is listed");
    ui.click(id("filter-customer")).expect("filter shown");
    ui.typewrite(&aino.id.to_string());
    let mut last = None;
    for message in ui.into_messages() {
        if let audit_log::Action::Search(generation, filter, page) = state.update(message) {
            last = Some((generation, filter, page));
        }
    }
    let (generation, filter, page) = last.expect("typing filters");
    state.update(audit_log::search(db.clone(), admin.clone(), generation, filter, page).await);
    let mut ui = simulator(state.view(&i18n));
    ui.find("customer.read")
        .expect("the read of the customer is listed");
    ui.find("staff.login_failed")
        .expect_err("other events are filtered out");
    ui.click("Tarkista ketju").expect("verify button shown");
    let verify = ui
        .into_messages()
        .any(|m| matches!(state.update(m), audit_log::Action::Verify));
    assert!(verify);
    state.update(audit_log::verify(db.clone(), admin.clone()).await);
    let mut ui = simulator(state.view(&i18n));
    ui.find("Lokiketju on eheä: 4 tapahtumaa tarkistettu.")
        .expect("the chain is intact");
    drop(ui);
    test_db.finish().await;
}

/// Runs the settings screen's requests until it asks for nothing more.
async fn drive_settings(
    db: &Db,
    session: &Session,
    state: &mut settings::State,
    mut action: settings::Action,
) {
    loop {
        let (db, session) = (db.clone(), session.clone());
        let reply = match action {
            settings::Action::None => return,
            settings::Action::Load => panic!("the screen reads its settings only when it opens"),
            settings::Action::SaveController(version, input) => {
                settings::save_controller(db, session, version, *input).await
            }
            settings::Action::SaveProcessing(version, description) => {
                settings::save_processing(db, session, version, *description).await
            }
            settings::Action::RefreshNotice => settings::load_notice(db, session).await,
        };
        action = state.update(reply);
    }
}

#[tokio::test]
async fn the_processing_description_keeps_what_was_typed_shows_problems_in_place_and_saves() {
    use register::domain::processing::{LegalBasis, Purpose};
    use settings::description::Message as Edit;
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    let i18n = I18n::new(Lang::Fi);
    let mut state = settings::State::default();
    state.update(settings::load_processing(db.clone(), admin.clone()).await);
    state.update(settings::load_notice(db.clone(), admin.clone()).await);
    let mut ui = simulator(state.view(&i18n));
    ui.find("Tietosuojaselostetta ei ole vielä julkaistu.")
        .expect("the notice's state is shown above the settings");
    ui.click("Käsittelyn kuvaus").expect("the processing tab");
    for message in ui.into_messages() {
        state.update(message);
    }
    let mut ui = simulator(state.view(&i18n));
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
    let mut ui = simulator(state.view(&i18n));
    ui.click("Tallenna").expect("save");
    let mut saves = 0;
    for message in ui.into_messages() {
        if let settings::Action::SaveProcessing(..) = state.update(message) {
            saves += 1;
        }
    }
    assert_eq!(saves, 0, "nothing is sent while the form has problems");
    let mut ui = simulator(state.view(&i18n));
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
    let mut ui = simulator(state.view(&i18n));
    ui.click("Tallenna").expect("save");
    let actions: Vec<settings::Action> = ui.into_messages().map(|m| state.update(m)).collect();
    for action in actions {
        drive_settings(&db, &admin, &mut state, action).await;
    }
    let mut ui = simulator(state.view(&i18n));
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
    use asiakasrekisteri::ui::notice;
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let admin = first_admin(&db).await;
    testing::documents::fill_in_organisation(&db, &admin).await;
    let i18n = I18n::new(Lang::Fi);
    let mut state = notice::State::default();
    let load = state.refresh();
    drive_notice(&db, &admin, &mut state, load).await;
    let mut ui = simulator(state.view(&i18n));
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
    drive_notice(&db, &admin, &mut state, load).await;
    let mut ui = simulator(state.view(&i18n));
    ui.click("Julkaise versio 1")
        .expect("publishing is offered");
    let actions: Vec<notice::Action> = ui.into_messages().map(|m| state.update(m)).collect();
    for action in actions {
        drive_notice(&db, &admin, &mut state, action).await;
    }
    let mut ui = simulator(state.view(&i18n));
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
    drive_notice(&db, &admin, &mut state, load).await;
    let mut ui = simulator(state.view(&i18n));
    ui.find("• Asiakassuhteen päättyminen: 36 → 24 kuukautta")
        .expect("the change is listed");
    ui.find("Julkaise versio 2")
        .expect("the next version is offered");
    drop(ui);
    test_db.finish().await;
}

/// Runs the notice screen's requests until it asks for nothing more; a file dialog is not
/// opened, as if it were cancelled.
async fn drive_notice(
    db: &Db,
    session: &Session,
    state: &mut asiakasrekisteri::ui::notice::State,
    action: asiakasrekisteri::ui::notice::Action,
) {
    use asiakasrekisteri::ui::notice::{self, Action};
    let mut pending = vec![action];
    while let Some(action) = pending.pop() {
        let (db, session) = (db.clone(), session.clone());
        let replies = match action {
            Action::None | Action::ChoosePath(..) => continue,
            Action::Load(lang) => vec![
                notice::load(db.clone(), session.clone()).await,
                notice::versions(db.clone(), session.clone()).await,
                notice::preview(db, session, lang).await,
            ],
            Action::Preview(lang) => vec![notice::preview(db, session, lang).await],
            Action::Publish => vec![notice::publish(db, session).await],
            Action::Save(lang, which, format, path) => {
                vec![notice::save(db, session, lang, which, format, path).await]
            }
        };
        for reply in replies {
            pending.push(state.update(reply));
        }
    }
}
