//! Every letter a request can send, in each language a customer reads, read back: its title
//! in that language, the return address and the request's reference. They are kept in
//! target/tmp/extracts for looking at after a change to their wording or layout.

use chrono::Utc;
use register::db::Db;
use register::document::Words;
use register::domain::Lang;
use register::domain::access_request::AccessRequestInput;
use register::domain::subject::Subject;
use register::save;
use register::service::Session;
use register::service::access_request::{self, AccessRequest, Document};
use testing::{aino, create_customer, ready_admin};

use crate::samples::{keep, text_of};

async fn logged(db: &Db, admin: &Session, customer: Option<i32>) -> AccessRequest {
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.h@example.net".into(),
        requester_address: testing::address("Kangaskuja 3 B 12", "40100", "Jyväskylä"),
        received_on: Utc::now().format("%d.%m.%Y").to_string(),
        customer_id: customer,
        ..AccessRequestInput::default()
    };
    access_request::log(db, admin, &input)
        .await
        .expect("logged")
}

fn read_back(
    db: &Db,
    lang: Lang,
    kind: &str,
    title: &str,
    content: &[u8],
    request: &AccessRequest,
) {
    keep(
        &format!("{}-letter-{kind}-{}.pdf", db.backend_name(), lang.id()),
        content,
    );
    let text = text_of(content);
    let words = Words::new(lang);
    for expected in [
        words.t(title).as_str(),
        "Hämeenkatu 12",
        "33100 Tampere",
        request.reference.as_str(),
    ] {
        assert!(
            text.contains(expected),
            "{kind} {lang:?}: {expected} missing: {text}"
        );
    }
}

async fn every_letter_reads_back_in_finnish_swedish_and_english(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let today = register::format::today();
    let dir = tempfile::tempdir().expect("folder");
    for lang in Lang::DOCUMENT {
        let letter =
            |result: Result<(AccessRequest, Document), _>| result.expect("the letter").1.content;
        let request = logged(&db, &admin, None).await;
        let asked = access_request::ask_for_identification(
            &db,
            &admin,
            request.id,
            request.version,
            "Vastatkaa verkkokaupassa antamastanne sähköpostiosoitteesta.",
            lang,
            today,
        )
        .await;
        let content = letter(asked);
        read_back(
            &db,
            lang,
            "identification",
            "letter-identification-title",
            &content,
            &request,
        );

        let request = logged(&db, &admin, None).await;
        let extended = access_request::extend(
            &db,
            &admin,
            request.id,
            request.version,
            "Pyyntö koskee useita järjestelmiä.",
            lang,
            today,
        )
        .await;
        let content = letter(extended);
        read_back(
            &db,
            lang,
            "extension",
            "letter-extension-title",
            &content,
            &request,
        );

        let request = logged(&db, &admin, None).await;
        let refused = access_request::reject(
            &db,
            &admin,
            request.id,
            request.version,
            "Pyytäjän henkilöllisyyttä ei voitu varmistaa.",
            lang,
        )
        .await;
        let content = letter(refused);
        read_back(
            &db,
            lang,
            "refusal",
            "letter-refusal-title",
            &content,
            &request,
        );

        let request = logged(&db, &admin, None).await;
        let request = testing::requests::searched_everywhere(&db, &admin, request).await;
        let ruled_out = testing::requests::ruled_out(&db, &admin, &request).await;
        let held = access_request::answer_nothing_held(
            &db,
            &admin,
            (request.id, request.version),
            lang,
            &ruled_out,
        )
        .await;
        let content = letter(held);
        read_back(
            &db,
            lang,
            "nothing-held",
            "letter-nothing-held-title",
            &content,
            &request,
        );

        let request = testing::requests::verified(&db, &admin, aino.id).await;
        let pdf = dir.path().join(format!("ote-{}.pdf", lang.id()));
        let saved = save::extract(
            &db,
            &admin,
            save::Target {
                subject: Subject::Customer(aino.id),
                lang,
                request: Some(&request),
                pdf: &pdf,
                json: None,
                existing: save::Existing::Keep,
            },
        )
        .await
        .expect("answered");
        let content =
            std::fs::read(saved.covering_letter.expect("a covering letter")).expect("the letter");
        read_back(
            &db,
            lang,
            "covering",
            "letter-covering-title",
            &content,
            &request,
        );
    }
}

on_both_databases!(every_letter_reads_back_in_finnish_swedish_and_english);
