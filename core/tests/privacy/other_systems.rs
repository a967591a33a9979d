//! An answer covers the shop's other systems too (EDPB Guidelines 01/2022): it waits until
//! each is recorded as searched, and its letter says what each held; a "nothing held" letter
//! says with which details the register was searched, and is refused when a system holds data.

use crate::samples::{keep, text_of};
use chrono::Utc;
use register::db::Db;
use register::domain::Lang;
use register::domain::access_request::AccessRequestInput;
use register::domain::other_systems::{EMAIL, Searched};
use register::domain::subject::Subject;
use register::domain::{Field, Problem};
use register::save;
use register::service::access_request::{self, AccessRequest};
use register::service::{ServiceError, Session};
use testing::{aino, create_customer, ready_admin};

fn problems(error: &ServiceError) -> Vec<(Field, Problem)> {
    error
        .field_errors()
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect()
}

async fn logged(db: &Db, admin: &Session, customer: Option<i32>) -> AccessRequest {
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.h@example.net".into(),
        received_on: Utc::now().format("%d.%m.%Y").to_string(),
        customer_id: customer,
        ..AccessRequestInput::default()
    };
    access_request::log(db, admin, &input)
        .await
        .expect("logged")
}

async fn record(
    db: &Db,
    admin: &Session,
    request: AccessRequest,
    key: u32,
    searched: Searched,
    note: &str,
) -> Result<AccessRequest, ServiceError> {
    access_request::record_system(
        db,
        admin,
        request.id,
        request.version,
        key,
        Some(searched),
        note,
    )
    .await
}

fn target<'a>(
    customer: i32,
    request: &'a AccessRequest,
    pdf: &'a std::path::Path,
) -> save::Target<'a> {
    save::Target {
        subject: Subject::Customer(customer),
        lang: Lang::Fi,
        request: Some(request),
        pdf,
        json: None,
        existing: save::Existing::Keep,
    }
}

async fn an_answer_covers_every_other_system_and_its_letter_says_what_each_held(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let request = logged(&db, &admin, Some(aino.id)).await;
    let mut request = testing::requests::signed_letter_checked(&db, &admin, request, "").await;
    let dir = tempfile::tempdir().expect("folder");
    let pdf = dir.path().join("ote.pdf");
    let refused = save::extract(&db, &admin, target(aino.id, &request, &pdf))
        .await
        .map_err(save::SaveError::into_service_error)
        .expect_err("not before every system is recorded");
    assert_eq!(
        problems(&refused),
        [(Field::OtherSystems, Problem::Required)]
    );
    assert!(!pdf.exists(), "nothing written");

    let nothing_chosen =
        access_request::record_system(&db, &admin, request.id, request.version, 3, None, "haettu")
            .await;
    assert_eq!(
        problems(&nothing_chosen.expect_err("nothing is chosen for staff")),
        [(Field::OtherSystems, Problem::Required)]
    );
    let not_searched = record(&db, &admin, request.clone(), 4, Searched::NotSearched, " ").await;
    assert_eq!(
        problems(&not_searched.expect_err("a reason is needed")),
        [(Field::OtherSystems, Problem::Required)]
    );
    let checklist = access_request::systems(&db, &admin, request.id)
        .await
        .expect("the checklist");
    assert!(checklist.iter().all(|check| check.searched.is_none()));
    for check in checklist {
        let (searched, note) = match check.system.key {
            3 => (Searched::Attached, "Shopifyn asiakastietojen vienti (CSV)"),
            4 => (
                Searched::NotSearched,
                "maksut näkyvät jo tilausten tositteissa",
            ),
            _ => (Searched::NothingFound, ""),
        };
        request = record(&db, &admin, request, check.system.key, searched, note)
            .await
            .expect("recorded");
    }
    let saved = save::extract(&db, &admin, target(aino.id, &request, &pdf))
        .await
        .expect("answered");
    let letter = std::fs::read(saved.covering_letter.expect("a covering letter")).expect("letter");
    keep(
        &format!("{}-covering-systems-fi.pdf", db.backend_name()),
        &letter,
    );
    let letter = text_of(&letter);
    for expected in [
        "Ote kattaa tämän asiakasrekisterin tiedot.",
        "Shopify International Limited: haettu; siellä olevat tietonne ovat liitteenä (Shopifyn asiakastietojen vienti (CSV))",
        "Paytrail Oyj: ei haettu. Syy: maksut näkyvät jo tilausten tositteissa",
        "The Rocket Science Group LLC, Mailchimp: haettu; teistä ei ole siellä tietoja",
        "asiakaspalvelun sähköposti (asiakaspalvelu@ompelijanparatiisi.fi): haettu",
    ] {
        assert!(letter.contains(expected), "{expected} missing: {letter}");
    }
    assert!(!letter.contains("kaikki"), "no claim of all data: {letter}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pdf.with_extension("json")).expect("the JSON copy"))
            .expect("JSON");
    let systems = json["access_requests"][0]["systems"]
        .as_array()
        .expect("the systems in the copy");
    assert_eq!(systems.len(), 5);
    assert_eq!(systems[0]["system"], "Shopify International Limited");
    assert_eq!(systems[0]["searched"], "haettu, tiedot liitteenä");
    let extract = text_of(&std::fs::read(&pdf).expect("the extract"));
    assert!(
        extract.contains("Haettu muualta Paytrail Oyj: ei haettu (maksut näkyvät"),
        "the PDF gives what the JSON gives: {extract}"
    );
}

async fn nothing_held_says_what_was_searched_and_is_refused_when_a_system_holds_data(db: Db) {
    let admin = ready_admin(&db).await;
    let request = logged(&db, &admin, None).await;
    let refused = access_request::answer_nothing_held(
        &db,
        &admin,
        (request.id, request.version),
        Lang::Fi,
        &[],
    )
    .await
    .expect_err("not before every system is recorded");
    assert_eq!(
        problems(&refused),
        [(Field::OtherSystems, Problem::Required)]
    );
    let request = testing::requests::searched_everywhere(&db, &admin, request).await;
    let held = record(&db, &admin, request.clone(), EMAIL, Searched::Attached, "").await;
    let held = held.expect("recorded");
    let refused =
        access_request::answer_nothing_held(&db, &admin, (held.id, held.version), Lang::Fi, &[])
            .await
            .expect_err("the e-mail holds data");
    assert_eq!(
        problems(&refused),
        [(Field::OtherSystems, Problem::SystemHoldsData)]
    );
    let cleared = record(&db, &admin, held, EMAIL, Searched::NothingFound, "")
        .await
        .expect("recorded");
    let (_, letter) = access_request::answer_nothing_held(
        &db,
        &admin,
        (cleared.id, cleared.version),
        Lang::Fi,
        &[],
    )
    .await
    .expect("answered");
    let text = text_of(&letter.content);
    for expected in [
        "pyynnössä antamillanne tiedoilla: nimi ja sähköpostiosoite.",
        "Shopify International Limited: haettu; teistä ei ole siellä tietoja",
        "Emme löytäneet teitä koskevia henkilötietoja.",
    ] {
        assert!(text.contains(expected), "{expected} missing: {text}");
    }
}

on_both_databases!(
    an_answer_covers_every_other_system_and_its_letter_says_what_each_held,
    nothing_held_says_what_was_searched_and_is_refused_when_a_system_holds_data,
);
