//! What the register deletes by itself at a login: requests past their retention period, with
//! their letters and documents, whoever logs in, and nothing written when nothing was due.

use chrono::{Duration, Months};
use register::db::Db;
use register::domain::Lang;
use register::domain::access_request::AccessRequestInput;
use register::service::access_request;
use register::service::audit::{self, AuditFilter};
use register::service::erasure::LedgerState;
use register::service::housekeeping::{self, Purged};
use register::service::{PageRequest, ServiceError, Session, staff};
use testing::{aino, create_customer};

async fn logged(db: &Db, session: &Session, received: chrono::NaiveDate) -> i32 {
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.hakkinen@example.com".into(),
        received_on: received.format("%-d.%-m.%Y").to_string(),
        ..AccessRequestInput::default()
    };
    access_request::log(db, session, &input)
        .await
        .expect("logged")
        .id
}

async fn purge_events(db: &Db, admin: &Session) -> Vec<String> {
    audit::settle(db).await;
    let filter = AuditFilter {
        action_prefix: Some("access_request.purge".into()),
        ..AuditFilter::default()
    };
    audit::list(db, admin, &filter, PageRequest::first(10))
        .await
        .expect("listed")
        .items
        .into_iter()
        .map(|event| format!("{} {}", event.actor_username, event.details))
        .collect()
}

async fn a_login_deletes_requests_past_their_period_whoever_logs_in(db: Db) {
    let staff = testing::staff(&db).await;
    let admin = &staff.admin;
    create_customer(&db, admin, &aino()).await;
    let today = register::format::today();
    let old = logged(&db, admin, today - Duration::days(3)).await;
    let request = access_request::get(&db, admin, old).await.expect("found");
    let request = testing::requests::searched_everywhere(&db, admin, request).await;
    let ruled_out = testing::requests::ruled_out(&db, admin, &request).await;
    let (closed, _) = access_request::answer_nothing_held(
        &db,
        admin,
        (old, request.version),
        Lang::Fi,
        &ruled_out,
    )
    .await
    .expect("closed");
    let open = logged(&db, admin, today - Duration::days(2)).await;
    let closed_on = closed.answered_at.expect("closed").date_naive();

    // Fulfilment may not erase anyone, and still the period set in the settings holds.
    let fulfilment = &staff.fulfilment;
    let within = closed_on + Months::new(36);
    assert_eq!(
        housekeeping::at_login(&db, fulfilment, within)
            .await
            .expect("housekeeping"),
        Purged {
            requests: 0,
            vouchers: 0,
            log_events: 0,
            erased_keys: 0,
            imports_undone: Vec::new(),
            ledger: LedgerState::NotKept,
        }
    );
    assert!(
        purge_events(&db, admin).await.is_empty(),
        "nothing due, nothing written"
    );

    let after = within + Duration::days(2);
    let purged = housekeeping::at_login(&db, fulfilment, after)
        .await
        .expect("housekeeping");
    assert_eq!(
        purged,
        Purged {
            requests: 1,
            vouchers: 0,
            // The log is kept three years too: this day's events go with the request.
            log_events: purged.log_events,
            erased_keys: 0,
            imports_undone: Vec::new(),
            ledger: LedgerState::NotKept,
        }
    );
    assert!(purged.log_events > 0, "{purged:?}");
    assert!(matches!(
        access_request::get(&db, admin, old).await,
        Err(ServiceError::NotFound(_))
    ));
    assert!(
        access_request::documents(&db, admin, old)
            .await
            .expect("listed")
            .is_empty(),
        "the documents sent go with the request"
    );
    access_request::get(&db, admin, open)
        .await
        .expect("an open request stays");
    let events = purge_events(&db, admin).await;
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].starts_with("lahettamo "), "{events:?}");
    assert!(events[0].contains("\"automatic\":true"), "{events:?}");

    // Seen from `after`, the events written since are past the log's period too; no request
    // is due any more.
    let again = housekeeping::at_login(&db, fulfilment, after)
        .await
        .expect("housekeeping");
    assert_eq!((again.requests, again.vouchers), (0, 0), "{again:?}");
}

async fn a_deactivated_account_does_no_housekeeping(db: Db) {
    let staff = testing::staff(&db).await;
    let account = staff::list(&db, &staff.admin)
        .await
        .expect("listed")
        .into_iter()
        .find(|s| s.username == "markkinointi")
        .expect("marketing account");
    staff::set_active(&db, &staff.admin, account.id, false)
        .await
        .expect("deactivated");
    let refused = housekeeping::at_login(&db, &staff.marketing, register::format::today()).await;
    assert!(
        matches!(refused, Err(ServiceError::SessionRevoked)),
        "{refused:?}"
    );
}

/// An erased customer's digests keep them from being imported again for the years the
/// description gives after the erasure, and are then forgotten.
async fn an_erased_customers_keys_are_forgotten_after_their_period(db: Db) {
    let staff = testing::staff(&db).await;
    let admin = &staff.admin;
    let created = create_customer(&db, admin, &aino()).await;
    register::service::erasure::erase(
        &db,
        admin,
        created.id,
        register::domain::consent::ErasureReason::CustomerRequest,
    )
    .await
    .expect("erased");
    let today = register::format::today();
    let years = register::domain::processing::Period::ErasedKeys.default_years();
    let within = today + Months::new(12 * years) - Duration::days(1);
    let kept = housekeeping::at_login(&db, admin, within)
        .await
        .expect("housekeeping");
    assert_eq!(kept.erased_keys, 0, "{kept:?}");
    let after = today + Months::new(12 * years) + Duration::days(1);
    let forgotten = housekeeping::at_login(&db, admin, after)
        .await
        .expect("housekeeping");
    assert_eq!(
        forgotten.erased_keys, 1,
        "the email's digest: {forgotten:?}"
    );
    audit::settle(&db).await;
    let filter = AuditFilter {
        action_prefix: Some("erased_keys.purge".into()),
        ..AuditFilter::default()
    };
    let events = audit::list(&db, admin, &filter, PageRequest::first(10))
        .await
        .expect("listed")
        .items;
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].details.contains("\"emails\":1"), "{events:?}");
}

on_both_databases!(
    an_erased_customers_keys_are_forgotten_after_their_period,
    a_login_deletes_requests_past_their_period_whoever_logs_in,
    a_deactivated_account_does_no_housekeeping,
);
