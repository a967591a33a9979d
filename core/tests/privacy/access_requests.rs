//! The register of access requests: requests by any channel, the identity check that fits
//! each, verification that means what it says, every outcome with its letter in each language,
//! the documents kept as sent, deadlines, and how long requests are kept.

use crate::samples::{keep, text_of};
use chrono::{Duration, Months, NaiveDate, Utc};
use register::db::Db;
use register::domain::access_request::{
    AccessRequestInput, AccessRequestStatus, Channel, Delivery, DocumentKind, IdentityCheck,
    Urgency, Waiting,
};
use register::domain::consent::ErasureReason;
use register::domain::subject::Subject;
use register::domain::{Field, Lang, Problem};
use register::save;
use register::service::access_request::{self, AccessRequest, AccessRequestQuery};
use register::service::{PageRequest, ServiceError, Session, erasure};
use sha2::{Digest, Sha256};
use testing::{aino, create_customer, ready_admin, sören};

fn days_ago(days: i64) -> NaiveDate {
    Utc::now().date_naive() - Duration::days(days)
}

async fn logged_by(
    db: &Db,
    session: &Session,
    channel: Channel,
    received: NaiveDate,
    customer_id: Option<i32>,
) -> AccessRequest {
    let input = AccessRequestInput {
        channel,
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.hakkinen@example.com".into(),
        requester_phone: String::new(),
        requester_address: testing::address("Kangaskuja 3 B 12", "40100", "Jyväskylä"),
        received_on: received.format("%-d.%-m.%Y").to_string(),
        customer_id,
        erased_customer_number: None,
    };
    access_request::log(db, session, &input)
        .await
        .expect("logged")
}

async fn logged(
    db: &Db,
    session: &Session,
    received: NaiveDate,
    customer_id: Option<i32>,
) -> AccessRequest {
    logged_by(db, session, Channel::Letter, received, customer_id).await
}

/// A request for `customer` checked from its signed letter and verified.
async fn verified(db: &Db, session: &Session, customer: i32) -> AccessRequest {
    let request = logged(db, session, days_ago(2), Some(customer)).await;
    verify_with(db, session, request, IdentityCheck::SignedLetter).await
}

/// `request` checked with `check` and verified.
async fn verify_with(
    db: &Db,
    session: &Session,
    request: AccessRequest,
    check: IdentityCheck,
) -> AccessRequest {
    let checked = access_request::set_identity_check(
        db,
        session,
        request.id,
        request.version,
        Some(check),
        "",
    )
    .await
    .expect("checked");
    let verified = access_request::mark_verified(db, session, checked.id, checked.version)
        .await
        .expect("verified");
    testing::requests::searched_everywhere(db, session, verified).await
}

fn fields(error: &ServiceError) -> Vec<(Field, Problem)> {
    error
        .field_errors()
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect()
}

async fn a_logged_request_is_due_one_month_after_receipt(db: Db) {
    let admin = ready_admin(&db).await;
    let received = NaiveDate::from_ymd_opt(2026, 1, 31).expect("date");
    let request = logged(&db, &admin, received, None).await;
    assert_eq!(request.status, AccessRequestStatus::Received);
    assert_eq!(request.channel, Channel::Letter);
    assert_eq!(
        request.due_on,
        NaiveDate::from_ymd_opt(2026, 2, 28).expect("date")
    );
    assert_eq!(request.reference, "TP-2026-0001");
    assert_eq!(request.logged_by, "paakayttaja");
    assert_eq!(
        request.requester_email.as_deref(),
        Some("aino.hakkinen@example.com")
    );
    let second = logged(&db, &admin, received, None).await;
    assert_eq!(second.reference, "TP-2026-0002");
}

async fn every_channel_is_verified_with_a_check_that_fits_it(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    for (channel, check) in [
        (Channel::Letter, IdentityCheck::SignedLetter),
        (Channel::Email, IdentityCheck::RegisteredEmail),
        (Channel::WebshopMessage, IdentityCheck::WebshopAccount),
        (Channel::Phone, IdentityCheck::RegisteredPhone),
        (Channel::InPerson, IdentityCheck::IdDocument),
    ] {
        let request = logged_by(&db, &admin, channel, days_ago(1), Some(aino.id)).await;
        assert_eq!(request.channel, channel);
        if channel != Channel::Letter {
            let unfit = access_request::set_identity_check(
                &db,
                &admin,
                request.id,
                request.version,
                Some(IdentityCheck::SignedLetter),
                "",
            )
            .await
            .expect_err("a signature is only checked on a letter");
            assert_eq!(
                fields(&unfit),
                [(Field::IdentityVerified, Problem::UnfitCheck)]
            );
        }
        let checked = access_request::set_identity_check(
            &db,
            &admin,
            request.id,
            request.version,
            Some(check),
            "",
        )
        .await
        .expect("a check that fits");
        let request = access_request::mark_verified(&db, &admin, checked.id, checked.version)
            .await
            .expect("verified");
        assert_eq!(request.status, AccessRequestStatus::Verified, "{channel}");
        assert_eq!(request.identity_check, Some(check));
    }
}

async fn a_request_is_verified_only_when_matched_and_checked(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let request = logged(&db, &admin, days_ago(2), None).await;
    let refused = access_request::mark_verified(&db, &admin, request.id, request.version)
        .await
        .expect_err("nothing is checked yet");
    assert_eq!(
        fields(&refused),
        [
            (Field::MatchedCustomer, Problem::Required),
            (Field::IdentityVerified, Problem::Required),
        ]
    );
    let no_note = access_request::set_identity_check(
        &db,
        &admin,
        request.id,
        request.version,
        Some(IdentityCheck::Other),
        " ",
    )
    .await
    .expect_err("another check is described");
    assert_eq!(
        fields(&no_note),
        [(Field::IdentityMethod, Problem::Required)]
    );
    let request = access_request::set_identity_check(
        &db,
        &admin,
        request.id,
        request.version,
        Some(IdentityCheck::Other),
        "Tunnisti tilausnumeron ja toimitusosoitteen",
    )
    .await
    .expect("checked");
    let request =
        access_request::match_customer(&db, &admin, request.id, request.version, Some(aino.id))
            .await
            .expect("matched");
    let request = access_request::mark_verified(&db, &admin, request.id, request.version)
        .await
        .expect("verified");
    assert_eq!(request.status, AccessRequestStatus::Verified);
    assert_eq!(request.waiting(), Waiting::Answer);
}

async fn a_verified_request_whose_customer_or_check_changes_is_received_again(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let sören = create_customer(&db, &admin, &sören()).await;
    let request = verified(&db, &admin, aino.id).await;
    let rechecked = access_request::set_identity_check(
        &db,
        &admin,
        request.id,
        request.version,
        Some(IdentityCheck::RegisteredEmail),
        "",
    )
    .await
    .expect("changed");
    assert_eq!(rechecked.status, AccessRequestStatus::Received);
    let again = access_request::mark_verified(&db, &admin, rechecked.id, rechecked.version)
        .await
        .expect("verified again");
    let rematched =
        access_request::match_customer(&db, &admin, again.id, again.version, Some(sören.id))
            .await
            .expect("matched to another customer");
    assert_eq!(rematched.status, AccessRequestStatus::Received);
    assert_eq!(rematched.customer_id, Some(sören.id));
}

async fn a_verified_request_rematched_to_another_customer_cannot_be_answered(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let sören = create_customer(&db, &admin, &sören()).await;
    let seen = verified(&db, &admin, aino.id).await;
    access_request::match_customer(&db, &admin, seen.id, seen.version, Some(sören.id))
        .await
        .expect("rematched");
    let stored = access_request::get(&db, &admin, seen.id)
        .await
        .expect("reads");
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    for (request, customer) in [(&seen, aino.id), (&stored, sören.id), (&stored, aino.id)] {
        let refused = save::extract(
            &db,
            &admin,
            save::Target {
                subject: Subject::Customer(customer),
                lang: Lang::Fi,
                request: Some(request),
                pdf: &pdf,
                json: None,
                existing: save::Existing::Replace,
            },
        )
        .await;
        assert!(refused.is_err(), "answered: {refused:?}");
        assert!(
            std::fs::read_dir(dir.path())
                .expect("listed")
                .next()
                .is_none(),
            "nothing is written before the check"
        );
    }
    let untouched = access_request::get(&db, &admin, seen.id)
        .await
        .expect("reads");
    assert_eq!(untouched.status, AccessRequestStatus::Received);
}

async fn the_answer_keeps_the_extract_its_json_and_covering_letter_as_sent(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let request = verified(&db, &admin, aino.id).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let pdf = dir.path().join("ote.pdf");
    let saved = save::extract(
        &db,
        &admin,
        save::Target {
            subject: Subject::Customer(aino.id),
            lang: Lang::Sv,
            request: Some(&request),
            pdf: &pdf,
            json: None,
            existing: save::Existing::Replace,
        },
    )
    .await
    .expect("answered");
    let answered = access_request::get(&db, &admin, request.id)
        .await
        .expect("reads");
    assert_eq!(answered.status, AccessRequestStatus::Answered);
    assert_eq!(
        answered.extract_sha256.as_deref(),
        Some(saved.sha256.as_str())
    );
    let documents = access_request::documents(&db, &admin, request.id)
        .await
        .expect("listed");
    let kinds: Vec<DocumentKind> = documents.iter().map(|d| d.kind).collect();
    // A request by letter is answered on paper: the JSON copy is written beside the PDF, to
    // be sent if asked for, but it did not go out and is not kept as sent.
    assert_eq!(kinds, [DocumentKind::Extract, DocumentKind::CoveringLetter]);
    assert!(pdf.with_extension("json").exists());
    let letter_path = saved.covering_letter.expect("a covering letter");
    for (stored, path) in documents.iter().zip([pdf.clone(), letter_path.clone()]) {
        let on_disk = std::fs::read(&path).expect("written");
        assert_eq!(hex::encode(Sha256::digest(&on_disk)), stored.sha256);
        let kept = access_request::document(&db, &admin, stored.id)
            .await
            .expect("kept");
        assert_eq!(kept.content, on_disk, "{:?} is kept as sent", stored.kind);
    }
    let letter = text_of(&std::fs::read(&letter_path).expect("letter"));
    keep(
        &format!("{}-covering-sv.pdf", db.backend_name()),
        &std::fs::read(&letter_path).expect("letter"),
    );
    for expected in [
        "Svar på din begäran om tillgång",
        &request.reference,
        "Begäran mottagen",
        "registerutdrag",
        "Dataombudsmannens byrå",
        "Aino Häkkinen",
        // A request by letter is answered on paper, with the electronic copy offered.
        "Vi skickar utdraget på papper",
    ] {
        assert!(letter.contains(expected), "{expected:?} missing:\n{letter}");
    }
}

/// Art. 12(3), 15(3): a request made electronically is answered electronically unless the
/// requester asks otherwise, and the covering letter says which.
async fn the_covering_letter_says_how_the_copy_is_delivered(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let answer = async |request: &AccessRequest, name: &str| {
        let pdf = dir.path().join(name);
        let saved = save::extract(
            &db,
            &admin,
            save::Target {
                subject: Subject::Customer(aino.id),
                lang: Lang::En,
                request: Some(request),
                pdf: &pdf,
                json: None,
                existing: save::Existing::Replace,
            },
        )
        .await
        .expect("answered");
        text_of(&std::fs::read(saved.covering_letter.expect("a letter")).expect("letter"))
    };
    let verify = async |request: AccessRequest| {
        verify_with(&db, &admin, request, IdentityCheck::RegisteredEmail).await
    };
    let by_email = logged_by(&db, &admin, Channel::Email, days_ago(2), Some(aino.id)).await;
    assert_eq!(by_email.delivery(), Delivery::Electronic);
    let by_email = verify(by_email).await;
    let letter = answer(&by_email, "a.pdf").await;
    let sent: Vec<DocumentKind> = access_request::documents(&db, &admin, by_email.id)
        .await
        .expect("listed")
        .iter()
        .map(|d| d.kind)
        .collect();
    assert!(
        sent.contains(&DocumentKind::ExtractJson),
        "sent electronically: {sent:?}"
    );
    assert!(
        letter.contains("We are sending the extract electronically: attached are the register extract as a PDF file and the same data as a machine-readable JSON file."),
        "{letter}"
    );
    let on_paper = logged_by(&db, &admin, Channel::Email, days_ago(1), Some(aino.id)).await;
    let on_paper = access_request::set_delivery(
        &db,
        &admin,
        on_paper.id,
        on_paper.version,
        Some(Delivery::Post),
    )
    .await
    .expect("the requester asked for paper");
    assert_eq!(on_paper.delivery(), Delivery::Post);
    let letter = answer(&verify(on_paper).await, "b.pdf").await;
    assert!(
        letter.contains("We are sending the extract on paper."),
        "{letter}"
    );
    assert!(!letter.contains("electronically:"), "{letter}");
}

async fn a_requester_not_in_the_register_is_answered_that_nothing_is_held(db: Db) {
    let admin = ready_admin(&db).await;
    for (lang, expected) in [
        (
            Lang::Fi,
            [
                "Emme löytäneet teitä koskevia henkilötietoja",
                "kolme vuotta",
                "Tietosuojavaltuutetun toimisto",
            ],
        ),
        (
            Lang::Sv,
            [
                "Vi hittade inga personuppgifter om dig",
                "i tre år",
                "Dataombudsmannens byrå",
            ],
        ),
        (
            Lang::En,
            [
                "We found no personal data about you",
                "three years",
                "Office of the Data Protection Ombudsman",
            ],
        ),
    ] {
        let request = logged_by(&db, &admin, Channel::Email, days_ago(3), None).await;
        let request = testing::requests::searched_everywhere(&db, &admin, request).await;
        let (answered, letter) = access_request::answer_nothing_held(
            &db,
            &admin,
            (request.id, request.version),
            lang,
            &[],
        )
        .await
        .expect("answered");
        assert_eq!(answered.status, AccessRequestStatus::NothingHeld);
        assert_eq!(answered.urgency(Utc::now().date_naive()), Urgency::Closed);
        assert_eq!(letter.kind, DocumentKind::NothingHeldLetter);
        keep(
            &format!("{}-nothing-held-{}.pdf", db.backend_name(), lang.id()),
            &letter.content,
        );
        let text = text_of(&letter.content);
        assert!(
            !text.contains("HENKILÖKOHTAINEN"),
            "a home address is not marked"
        );
        // Dates as the letter's language writes them: "4 December 2026" in English.
        let dated = register::format::date_for(lang, register::format::today());
        for phrase in expected.iter().chain([
            &request.reference.as_str(),
            &"Kangaskuja 3 B 12",
            &dated.as_str(),
        ]) {
            assert!(text.contains(phrase), "{lang}: {phrase:?} missing:\n{text}");
        }
        let kept = access_request::documents(&db, &admin, request.id)
            .await
            .expect("listed");
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].sha256, hex::encode(Sha256::digest(&letter.content)));
    }
    let aino = create_customer(&db, &admin, &aino()).await;
    let matched = logged(&db, &admin, days_ago(1), Some(aino.id)).await;
    let refused = access_request::answer_nothing_held(
        &db,
        &admin,
        (matched.id, matched.version),
        Lang::Fi,
        &[],
    )
    .await;
    assert!(
        matches!(refused, Err(ServiceError::WrongState(_))),
        "{refused:?}"
    );
}

async fn a_refusal_names_its_reason_the_complaint_and_the_court(db: Db) {
    let admin = ready_admin(&db).await;
    let request = logged(&db, &admin, days_ago(40), None).await;
    assert_eq!(request.urgency(Utc::now().date_naive()), Urgency::Overdue);
    let no_reason =
        access_request::reject(&db, &admin, request.id, request.version, "  ", Lang::Fi)
            .await
            .expect_err("a reason is required");
    assert_eq!(
        fields(&no_reason),
        [(Field::RejectionReason, Problem::Required)]
    );
    for (lang, expected) in [
        (
            Lang::Fi,
            [
                "Syy: Henkilöllisyyttä ei voitu varmistaa.",
                "käräjäoikeudessa",
                "Tietosuojavaltuutetun toimisto",
            ],
        ),
        (
            Lang::Sv,
            [
                "Orsak: Henkilöllisyyttä ei voitu varmistaa.",
                "tingsrätt",
                "Dataombudsmannens byrå",
            ],
        ),
    ] {
        let request = logged(&db, &admin, days_ago(5), None).await;
        let (rejected, letter) = access_request::reject(
            &db,
            &admin,
            request.id,
            request.version,
            "Henkilöllisyyttä ei voitu varmistaa.",
            lang,
        )
        .await
        .expect("rejected");
        assert_eq!(rejected.status, AccessRequestStatus::Rejected);
        keep(
            &format!("{}-refusal-{}.pdf", db.backend_name(), lang.id()),
            &letter.content,
        );
        let text = text_of(&letter.content);
        for phrase in expected {
            assert!(text.contains(phrase), "{lang}: {phrase:?} missing:\n{text}");
        }
        let closed = access_request::extend(
            &db,
            &admin,
            rejected.id,
            rejected.version,
            "Myöhässä",
            lang,
            Utc::now().date_naive(),
        )
        .await;
        assert!(
            matches!(closed, Err(ServiceError::WrongState(_))),
            "{closed:?}"
        );
    }
}

async fn the_deadline_extends_once_by_two_months_before_the_first_month_is_over(db: Db) {
    let admin = ready_admin(&db).await;
    let received = days_ago(25);
    let request = logged(&db, &admin, received, None).await;
    assert_eq!(request.urgency(Utc::now().date_naive()), Urgency::DueSoon);
    let late = access_request::extend(
        &db,
        &admin,
        request.id,
        request.version,
        "Laaja tilaushistoria",
        Lang::Fi,
        request.original_due_on + Duration::days(1),
    )
    .await
    .expect_err("too late");
    assert_eq!(
        fields(&late),
        [(Field::ExtensionReason, Problem::PastDeadline)]
    );
    let (extended, letter) = access_request::extend(
        &db,
        &admin,
        request.id,
        request.version,
        "Tilaushistoria on laaja ja osin arkistossa.",
        Lang::Fi,
        request.original_due_on,
    )
    .await
    .expect("extended on the last day");
    let due = received.checked_add_months(Months::new(3)).expect("date");
    assert!(extended.extended);
    assert_eq!(extended.due_on, due);
    assert_eq!(extended.urgency(Utc::now().date_naive()), Urgency::OnTime);
    keep(
        &format!("{}-extension-fi.pdf", db.backend_name()),
        &letter.content,
    );
    let text = text_of(&letter.content);
    for expected in [
        "Tarkastuspyyntönne käsittelyaika pitenee",
        "12 artiklan 3 kohdan",
        &format!("viimeistään {}", due.format("%-d.%-m.%Y")),
        "Syy: Tilaushistoria on laaja ja osin arkistossa.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    // The reason is this request's, as typed; no reason the staff did not give.
    assert!(!text.contains("monimutkaisuuden"), "{text}");
    let again = access_request::extend(
        &db,
        &admin,
        extended.id,
        extended.version,
        "Uudestaan",
        Lang::Fi,
        Utc::now().date_naive(),
    )
    .await
    .expect_err("only once");
    assert_eq!(
        fields(&again),
        [(Field::ExtensionReason, Problem::AlreadyExtended)]
    );
}

async fn a_stale_change_is_a_conflict(db: Db) {
    let admin = ready_admin(&db).await;
    let request = logged(&db, &admin, days_ago(1), None).await;
    access_request::set_waiting(&db, &admin, request.id, request.version, true)
        .await
        .expect("waiting");
    let stale =
        access_request::reject(&db, &admin, request.id, request.version, "Syy", Lang::Fi).await;
    assert!(matches!(stale, Err(ServiceError::Conflict(_))), "{stale:?}");
}

async fn the_letter_or_email_is_kept_with_its_sha256(db: Db) {
    let admin = ready_admin(&db).await;
    let request = logged_by(&db, &admin, Channel::Email, days_ago(1), None).await;
    let email =
        b"From: aino.hakkinen@example.com\r\nSubject: Tietoni\r\n\r\nHaluan tietoni.".to_vec();
    let updated = access_request::attach_letter(
        &db,
        &admin,
        request.id,
        request.version,
        "pyynto.eml",
        email.clone(),
    )
    .await
    .expect("attached");
    assert_eq!(
        updated.letter_sha256,
        Some(hex::encode(Sha256::digest(&email)))
    );
    let letter = access_request::letter(&db, &admin, request.id)
        .await
        .expect("read back");
    assert_eq!(letter.file_name, "pyynto.eml");
    assert_eq!(letter.content, email);
    let empty = access_request::attach_letter(
        &db,
        &admin,
        updated.id,
        updated.version,
        "tyhjä.pdf",
        vec![],
    )
    .await
    .expect_err("an empty file is refused");
    assert_eq!(fields(&empty), [(Field::Letter, Problem::Required)]);
}

async fn open_requests_come_first_by_the_deadline_in_force(db: Db) {
    let admin = ready_admin(&db).await;
    let late = logged(&db, &admin, days_ago(35), None).await;
    let fresh = logged(&db, &admin, days_ago(1), None).await;
    let soon = logged(&db, &admin, days_ago(27), None).await;
    let older = logged(&db, &admin, days_ago(20), None).await;
    access_request::reject(
        &db,
        &admin,
        late.id,
        late.version,
        "Ei tunnistettu",
        Lang::Fi,
    )
    .await
    .expect("rejected");
    access_request::extend(
        &db,
        &admin,
        older.id,
        older.version,
        "Laaja",
        Lang::Fi,
        Utc::now().date_naive(),
    )
    .await
    .expect("extended");
    let all = access_request::list(
        &db,
        &admin,
        &AccessRequestQuery {
            open_only: false,
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("list");
    let ids: Vec<i32> = all.items.iter().map(|r| r.id).collect();
    assert_eq!(ids, [soon.id, fresh.id, older.id, late.id]);
    let open = access_request::list(
        &db,
        &admin,
        &AccessRequestQuery {
            open_only: true,
            page: PageRequest::first(10),
        },
    )
    .await
    .expect("list");
    assert_eq!(open.items.len(), 3);
    assert!(open.items.iter().all(|r| r.waiting() == Waiting::Check));
}

async fn a_future_receipt_date_is_refused(db: Db) {
    let admin = ready_admin(&db).await;
    let input = AccessRequestInput {
        requester_name: "Aino".into(),
        received_on: (Utc::now().date_naive() + Duration::days(2))
            .format("%d.%m.%Y")
            .to_string(),
        requester_email: "ei-sahkoposti".into(),
        ..AccessRequestInput::default()
    };
    let error = access_request::log(&db, &admin, &input)
        .await
        .expect_err("refused");
    assert_eq!(
        fields(&error),
        [
            (Field::ReceivedOn, Problem::InTheFuture),
            (Field::Email, Problem::NotAnEmail)
        ]
    );
}

async fn closed_requests_are_purged_after_the_retention_period(db: Db) {
    let admin = ready_admin(&db).await;
    let request = logged(&db, &admin, days_ago(3), None).await;
    let request = testing::requests::searched_everywhere(&db, &admin, request).await;
    let (closed, _) = access_request::answer_nothing_held(
        &db,
        &admin,
        (request.id, request.version),
        Lang::Fi,
        &[],
    )
    .await
    .expect("closed");
    let open = logged(&db, &admin, days_ago(2), None).await;
    let closed_on = closed.answered_at.expect("closed").date_naive();
    let within = closed_on + Months::new(36);
    assert_eq!(
        access_request::purge_expired(&db, &admin, within)
            .await
            .expect("purge"),
        0,
        "kept for three years"
    );
    let after = closed_on + Months::new(36) + Duration::days(2);
    assert_eq!(
        access_request::purge_expired(&db, &admin, after)
            .await
            .expect("purge"),
        1
    );
    assert!(matches!(
        access_request::get(&db, &admin, closed.id).await,
        Err(ServiceError::NotFound(_))
    ));
    assert!(
        access_request::documents(&db, &admin, closed.id)
            .await
            .expect("listed")
            .is_empty()
    );
    access_request::get(&db, &admin, open.id)
        .await
        .expect("an open request stays");
}

async fn erasure_leaves_the_request_without_its_reasons_notes_or_documents(db: Db) {
    let admin = ready_admin(&db).await;
    let aino = create_customer(&db, &admin, &aino()).await;
    let request = verified(&db, &admin, aino.id).await;
    let (extended, _) = access_request::extend(
        &db,
        &admin,
        request.id,
        request.version,
        "Aino Häkkisen tilaushistoria on laaja",
        Lang::Fi,
        Utc::now().date_naive(),
    )
    .await
    .expect("extended");
    erasure::erase(&db, &admin, aino.id, ErasureReason::CustomerRequest)
        .await
        .expect("erased");
    let kept = access_request::get(&db, &admin, extended.id)
        .await
        .expect("kept as a record");
    assert_eq!(kept.extension_reason, None);
    assert_eq!(kept.requester_email, None);
    assert_eq!(kept.requester_address, None);
    assert_eq!(kept.identity_note, None);
    assert_ne!(kept.requester_name, "Aino Häkkinen");
    assert!(
        access_request::documents(&db, &admin, kept.id)
            .await
            .expect("listed")
            .is_empty()
    );
}

/// Art. 12(6): the letter asks for what confirms the identity and says how the deadline is
/// counted; the deadline stands still until the reply (EDPB Guidelines 01/2022, para. 159).
async fn asking_for_what_confirms_the_identity_stops_the_clock_until_the_reply(db: Db) {
    let admin = ready_admin(&db).await;
    let today = register::format::today();
    let needed =
        "Vastatkaa tähän viestiin siitä sähköpostiosoitteesta, jonka annoitte verkkokaupassa.";
    for (lang, phrases) in [
        (
            Lang::Fi,
            [
                "Tarvitsemme lisätietoja henkilöllisyytenne varmistamiseksi",
                "12 artiklan 6 kohta",
                "Se ei kulu sinä aikana, jona odotamme näitä tietoja",
            ],
        ),
        (
            Lang::Sv,
            [
                "Vi behöver mer information för att bekräfta din identitet",
                "artikel 12.6",
                "Den löper inte medan vi väntar på dessa uppgifter",
            ],
        ),
        (
            Lang::En,
            [
                "We need more information to confirm your identity",
                "Article 12(6)",
                "That time does not run while we wait for this information",
            ],
        ),
    ] {
        let request = logged_by(
            &db,
            &admin,
            Channel::Email,
            today - Duration::days(10),
            None,
        )
        .await;
        let asked_on = today - Duration::days(6);
        let (asked, letter) = access_request::ask_for_identification(
            &db,
            &admin,
            request.id,
            request.version,
            needed,
            lang,
            asked_on,
        )
        .await
        .expect("asked");
        assert!(asked.waiting_for_requester);
        assert_eq!(asked.waiting_since, Some(asked_on));
        assert_eq!(asked.due_on, request.due_on, "nothing moves while waiting");
        assert_eq!(letter.kind, DocumentKind::IdentificationLetter);
        keep(
            &format!("{}-identification-{}.pdf", db.backend_name(), lang.id()),
            &letter.content,
        );
        let text = text_of(&letter.content);
        for phrase in phrases
            .iter()
            .chain(&[needed, request.reference.as_str(), "Hämeenkatu 12"])
        {
            assert!(text.contains(phrase), "{lang}: {phrase:?} missing:\n{text}");
        }
        let again = access_request::ask_for_identification(
            &db,
            &admin,
            asked.id,
            asked.version,
            needed,
            lang,
            today,
        )
        .await;
        assert!(
            matches!(again, Err(ServiceError::WrongState(_))),
            "{again:?}"
        );

        let during = access_request::extend(
            &db,
            &admin,
            asked.id,
            asked.version,
            "Laaja tilaushistoria",
            lang,
            today,
        )
        .await;
        assert!(
            matches!(during, Err(ServiceError::WrongState(_))),
            "no extension while the deadline stands still: {during:?}"
        );
        let replied = access_request::set_waiting(&db, &admin, asked.id, asked.version, false)
            .await
            .expect("the reply came");
        assert!(!replied.waiting_for_requester && replied.waiting_since.is_none());
        assert_eq!(replied.paused_days, 6);
        assert_eq!(replied.due_on, request.due_on + Duration::days(6));
        let (extended, _) = access_request::extend(
            &db,
            &admin,
            replied.id,
            replied.version,
            "Pyytäjän tilaushistoria on laaja.",
            lang,
            today,
        )
        .await
        .expect("extended");
        let three_months = request
            .received_on
            .checked_add_months(Months::new(3))
            .expect("date");
        assert_eq!(extended.due_on, three_months + Duration::days(6));
    }
    // Ticking "waiting for the requester" alone does not stop the deadline; asking after the
    // deadline is refused; a request closed during a wait no longer stands still.
    let request = logged_by(&db, &admin, Channel::Email, today - Duration::days(3), None).await;
    let flagged = access_request::set_waiting(&db, &admin, request.id, request.version, true)
        .await
        .expect("flagged");
    assert!(flagged.waiting_for_requester && flagged.waiting_since.is_none());
    let late = access_request::ask_for_identification(
        &db,
        &admin,
        flagged.id,
        flagged.version,
        needed,
        Lang::Fi,
        flagged.due_on + Duration::days(1),
    )
    .await
    .expect_err("too late to stop the clock");
    assert_eq!(
        fields(&late),
        [(Field::IdentificationNeeded, Problem::PastDeadline)]
    );
    let (asked, _) = access_request::ask_for_identification(
        &db,
        &admin,
        flagged.id,
        flagged.version,
        needed,
        Lang::Fi,
        today,
    )
    .await
    .expect("asked in time");
    let (rejected, _) = access_request::reject(
        &db,
        &admin,
        asked.id,
        asked.version,
        "Henkilöllisyyttä ei voitu varmistaa.",
        Lang::Fi,
    )
    .await
    .expect("refused");
    assert!(rejected.waiting_since.is_none() && !rejected.waiting_for_requester);
}

on_both_databases!(
    a_logged_request_is_due_one_month_after_receipt,
    every_channel_is_verified_with_a_check_that_fits_it,
    a_request_is_verified_only_when_matched_and_checked,
    a_verified_request_whose_customer_or_check_changes_is_received_again,
    a_verified_request_rematched_to_another_customer_cannot_be_answered,
    the_answer_keeps_the_extract_its_json_and_covering_letter_as_sent,
    a_requester_not_in_the_register_is_answered_that_nothing_is_held,
    a_refusal_names_its_reason_the_complaint_and_the_court,
    the_deadline_extends_once_by_two_months_before_the_first_month_is_over,
    a_stale_change_is_a_conflict,
    the_letter_or_email_is_kept_with_its_sha256,
    open_requests_come_first_by_the_deadline_in_force,
    a_future_receipt_date_is_refused,
    closed_requests_are_purged_after_the_retention_period,
    erasure_leaves_the_request_without_its_reasons_notes_or_documents,
    asking_for_what_confirms_the_identity_stops_the_clock_until_the_reply,
    the_covering_letter_says_how_the_copy_is_delivered,
);
