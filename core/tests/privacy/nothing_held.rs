//! "Nothing held" says only what is true: the register is searched with the request's name,
//! email address and phone number as the answer goes, and a customer it finds must have been
//! looked at and ruled out by staff; the letter names the details searched with, and no other.

use crate::samples::text_of;
use register::db::Db;
use register::domain::access_request::{AccessRequestInput, AccessRequestStatus, Channel};
use register::domain::customer::CustomerInput;
use register::domain::{Field, Lang, Problem};
use register::service::ServiceError;
use register::service::access_request::{self, AccessRequest};
use testing::{aino, create_customer, ready_admin};

/// A letter from "Aino Häkkinen" giving her name, email and postal address, matched to nobody,
/// with every other system searched.
async fn unmatched_letter(db: &Db, admin: &register::service::Session) -> AccessRequest {
    let input = AccessRequestInput {
        channel: Channel::Letter,
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.h@example.org".into(),
        requester_phone: String::new(),
        requester_address: testing::address("Kangaskuja 3 B 12", "40100", "Jyväskylä"),
        received_on: register::format::date_only(register::format::today()),
        customer_id: None,
        erased_customer_number: None,
    };
    let request = access_request::log(db, admin, &input)
        .await
        .expect("logged");
    testing::requests::searched_everywhere(db, admin, request).await
}

fn not_ruled_out(result: &Result<impl std::fmt::Debug, ServiceError>) -> bool {
    matches!(result, Err(ServiceError::Invalid(errors))
        if errors.iter().any(|e| e.field == Field::MatchedCustomer && e.problem == Problem::NotRuledOut))
}

async fn a_customer_the_search_finds_must_be_ruled_out_before_nothing_held(db: Db) {
    let admin = ready_admin(&db).await;
    // The register holds an Aino Häkkinen with another email address.
    let aino = create_customer(&db, &admin, &aino()).await;
    let request = unmatched_letter(&db, &admin).await;
    let found = access_request::nothing_held_candidates(&db, &admin, request.id)
        .await
        .expect("searched");
    assert_eq!(
        found.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![aino.id],
        "found by her name"
    );
    let refused = access_request::answer_nothing_held(
        &db,
        &admin,
        (request.id, request.version),
        Lang::Fi,
        &[],
    )
    .await;
    assert!(not_ruled_out(&refused), "{refused:?}");

    // A second customer with the request's email address appears after staff looked.
    let other = CustomerInput {
        first_name: "Eeva".into(),
        last_name: "Mäkelä".into(),
        email: "aino.h@example.org".into(),
        webshop_username: "eevam".into(),
        ..testing::aino()
    };
    let other = create_customer(&db, &admin, &other).await;
    let ruled_out = [aino.id];
    let refused = access_request::answer_nothing_held(
        &db,
        &admin,
        (request.id, request.version),
        Lang::Fi,
        &ruled_out,
    )
    .await;
    assert!(
        not_ruled_out(&refused),
        "a customer nobody looked at stops it: {refused:?}"
    );

    let (answered, letter) = access_request::answer_nothing_held(
        &db,
        &admin,
        (request.id, request.version),
        Lang::Fi,
        &[aino.id, other.id],
    )
    .await
    .expect("both ruled out");
    assert_eq!(answered.status, AccessRequestStatus::NothingHeld);
    let text = text_of(&letter.content);
    // The envelope's window as Posti has it: the postal code and the town in capitals on a
    // line of their own.
    assert!(
        text.contains("Aino Häkkinen Kangaskuja 3 B 12 40100 JYVÄSKYLÄ"),
        "{text}"
    );
    // The postal address was not searched, and the letter does not say it was.
    assert!(
        text.contains("antamillanne tiedoilla: nimi ja sähköpostiosoite."),
        "{text}"
    );
}

on_both_databases!(a_customer_the_search_finds_must_be_ruled_out_before_nothing_held);
