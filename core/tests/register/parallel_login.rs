//! Guessing a password from several workstations at once gets no more guesses than guessing
//! from one: the lockout is decided in the transaction that counts each attempt.

use register::db::Db;
use register::domain::Role;
use register::service::audit::{self, AuditFilter};
use register::service::auth::{self, MAX_FAILED_LOGINS};
use register::service::{LoginError, PageRequest, ServiceError};
use testing::{PASSWORD, first_admin};

/// Ten wrong passwords and the right one, all sent before any is answered.
async fn parallel_guesses_are_judged_one_at_a_time_and_stop_at_the_lock(db: Db) {
    let admin = first_admin(&db).await;
    let account = testing::create_staff(&db, &admin, "myyja", Role::CustomerService).await;
    let mut attempts = tokio::task::JoinSet::new();
    for guess in 0..10 {
        let db = db.clone();
        attempts.spawn(async move { auth::login(&db, "myyja", &format!("arvaus {guess}")).await });
    }
    let right = db.clone();
    attempts.spawn(async move { auth::login(&right, "myyja", PASSWORD).await });
    while let Some(answer) = attempts.join_next().await {
        match answer.expect("the attempt ran") {
            Err(ServiceError::Login(LoginError::WrongCredentials | LoginError::Locked { .. }))
            | Ok(_) => {}
            Err(other) => panic!("unexpected answer {other:?}"),
        }
    }
    let filter = AuditFilter {
        target_kind: Some("staff".into()),
        target_id: Some(account.id),
        ..AuditFilter::default()
    };
    let mut events = audit::list(&db, &admin, &filter, PageRequest::first(50))
        .await
        .expect("audit log")
        .items;
    events.reverse();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    // Four wrong guesses before the right one and five after it at the most, the fifth of
    // them locking the account.
    let judged_wrong = actions
        .iter()
        .filter(|a| **a == "staff.login_failed")
        .count();
    assert!(
        judged_wrong < 2 * MAX_FAILED_LOGINS as usize,
        "{judged_wrong} wrong guesses were judged"
    );
    let locked_at = actions
        .iter()
        .position(|a| *a == "staff.locked")
        .unwrap_or_else(|| panic!("ten wrong guesses lock the account: {actions:?}"));
    let after_lock = &actions[locked_at + 1..];
    assert!(
        after_lock
            .iter()
            .all(|a| *a == "staff.login_refused_locked"),
        "after the lock every attempt is refused unjudged, the right password too: {actions:?}"
    );
    let locked = auth::login(&db, "myyja", PASSWORD).await;
    assert!(
        matches!(locked, Err(ServiceError::Login(LoginError::Locked { .. }))),
        "the account stays locked: {locked:?}"
    );
}

on_both_databases!(parallel_guesses_are_judged_one_at_a_time_and_stop_at_the_lock);
