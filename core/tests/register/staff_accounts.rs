//! Staff accounts and logging in.

use register::db::Db;
use register::domain::AuditAction;
use register::domain::{Field, Lang, Problem, Role};
use register::service::auth::{self, MAX_FAILED_LOGINS};
use register::service::{LoginError, PageRequest, ServiceError, audit, customer, staff};
use testing::{PASSWORD, first_admin, staff_input};

async fn the_first_account_must_be_an_admin(db: Db) {
    let result = staff::create_first_admin(&db, &staff_input("myyja", Role::CustomerService)).await;
    assert!(
        matches!(&result, Err(ServiceError::Invalid(errors)) if errors[0].field == Field::Role),
        "{result:?}"
    );
    assert!(!staff::has_staff(&db).await.expect("counts"));
}

async fn a_second_first_admin_is_refused(db: Db) {
    first_admin(&db).await;
    let result = staff::create_first_admin(&db, &staff_input("toinen", Role::Admin)).await;
    assert!(
        matches!(result, Err(ServiceError::AlreadyInitialised)),
        "{result:?}"
    );
}

async fn login_succeeds_with_the_right_password(db: Db) {
    first_admin(&db).await;
    let session = auth::login(&db, "PaaKayttaja", PASSWORD)
        .await
        .expect("logs in");
    assert_eq!(session.username(), "paakayttaja");
    assert_eq!(session.role(), Role::Admin);
}

async fn a_wrong_password_and_an_unknown_user_get_the_same_answer(db: Db) {
    first_admin(&db).await;
    let wrong = auth::login(&db, "paakayttaja", "väärä salasana").await;
    let unknown = auth::login(&db, "eiole", PASSWORD).await;
    assert!(matches!(
        wrong,
        Err(ServiceError::Login(LoginError::WrongCredentials))
    ));
    assert!(matches!(
        unknown,
        Err(ServiceError::Login(LoginError::WrongCredentials))
    ));
}

async fn repeated_failures_lock_the_account_until_an_admin_unlocks_it(db: Db) {
    let admin = first_admin(&db).await;
    let account = testing::create_staff(&db, &admin, "myyja", Role::CustomerService).await;
    for attempt in 1..MAX_FAILED_LOGINS {
        let result = auth::login(&db, "myyja", "väärä salasana").await;
        assert!(
            matches!(
                result,
                Err(ServiceError::Login(LoginError::WrongCredentials))
            ),
            "attempt {attempt}: {result:?}"
        );
    }
    let locking = auth::login(&db, "myyja", "väärä salasana").await;
    assert!(
        matches!(
            locking,
            Err(ServiceError::Login(LoginError::WrongCredentials))
        ),
        "the lock is told only to whoever knows the password: {locking:?}"
    );
    let with_right_password = auth::login(&db, "myyja", PASSWORD).await;
    assert!(
        matches!(
            with_right_password,
            Err(ServiceError::Login(LoginError::Locked { .. }))
        ),
        "a locked account stays locked even with the right password"
    );
    staff::unlock(&db, &admin, account.id)
        .await
        .expect("unlocked");
    auth::login(&db, "myyja", PASSWORD)
        .await
        .expect("logs in after unlock");
}

/// A guesser sees the same answers for a locked account as for a username nobody has: the lock
/// does not tell them that the account exists.
async fn a_guesser_cannot_tell_a_locked_account_from_an_unknown_name(db: Db) {
    let admin = first_admin(&db).await;
    testing::create_staff(&db, &admin, "myyja", Role::CustomerService).await;
    for attempt in 1..=2 * MAX_FAILED_LOGINS {
        let known = auth::login(&db, "myyja", "arvaus").await;
        let unknown = auth::login(&db, "eikukaan", "arvaus").await;
        for answer in [&known, &unknown] {
            assert!(
                matches!(
                    answer,
                    Err(ServiceError::Login(LoginError::WrongCredentials))
                ),
                "attempt {attempt}: {answer:?}"
            );
        }
    }
}

async fn a_deactivated_account_cannot_log_in_and_its_session_is_refused(db: Db) {
    let admin = first_admin(&db).await;
    let account = testing::create_staff(&db, &admin, "myyja", Role::CustomerService).await;
    let session = auth::login(&db, "myyja", PASSWORD).await.expect("logs in");
    staff::set_active(&db, &admin, account.id, false)
        .await
        .expect("deactivated");
    let login = auth::login(&db, "myyja", PASSWORD).await;
    assert!(
        matches!(login, Err(ServiceError::Login(LoginError::Deactivated))),
        "{login:?}"
    );
    let call = customer::count(&db, &session).await;
    assert!(
        matches!(call, Err(ServiceError::SessionRevoked)),
        "{call:?}"
    );
}

async fn a_role_change_takes_effect_on_the_next_call(db: Db) {
    let admin = first_admin(&db).await;
    let account = testing::create_staff(&db, &admin, "myyja", Role::CustomerService).await;
    let session = auth::login(&db, "myyja", PASSWORD).await.expect("logs in");
    customer::count(&db, &session)
        .await
        .expect("customer service sees customers");
    staff::set_role(&db, &admin, account.id, Role::Fulfilment)
        .await
        .expect("role changed");
    let call = customer::count(&db, &session).await;
    assert!(matches!(call, Err(ServiceError::Forbidden(_))), "{call:?}");
}

async fn the_last_admin_cannot_be_deactivated_or_demoted(db: Db) {
    let admin = first_admin(&db).await;
    let id = admin.staff_id();
    let deactivate = staff::set_active(&db, &admin, id, false).await;
    assert!(
        matches!(deactivate, Err(ServiceError::LastAdmin)),
        "{deactivate:?}"
    );
    let demote = staff::set_role(&db, &admin, id, Role::Marketing).await;
    assert!(matches!(demote, Err(ServiceError::LastAdmin)), "{demote:?}");
    let second = staff::create(&db, &admin, &staff_input("toinen", Role::Admin))
        .await
        .expect("second admin");
    staff::set_active(&db, &admin, second.id, false)
        .await
        .expect("another admin can be deactivated while one remains");
}

async fn an_admin_cannot_change_their_own_role_but_another_admin_can(db: Db) {
    let admin = first_admin(&db).await;
    let second = testing::create_staff(&db, &admin, "toinen", Role::Admin).await;
    let own = staff::set_role(&db, &admin, admin.staff_id(), Role::Marketing).await;
    assert!(matches!(own, Err(ServiceError::OwnRole)), "{own:?}");
    let other = auth::login(&db, "toinen", testing::PASSWORD)
        .await
        .expect("the other admin logs in");
    let changed = staff::set_role(&db, &other, admin.staff_id(), Role::Marketing)
        .await
        .expect("another admin changes it");
    assert_eq!(changed.role, Role::Marketing);
    assert_ne!(second.id, admin.staff_id());
}

async fn usernames_are_unique(db: Db) {
    let admin = first_admin(&db).await;
    let result = staff::create(&db, &admin, &staff_input("PAAKAYTTAJA", Role::Marketing)).await;
    assert!(
        matches!(&result, Err(ServiceError::Invalid(e)) if e[0].field == Field::Username && e[0].problem == Problem::AlreadyInUse),
        "{result:?}"
    );
}

async fn a_password_change_needs_the_current_password(db: Db) {
    let admin = first_admin(&db).await;
    let wrong = staff::change_own_password(&db, &admin, "väärä", "uusi pitkä salasana").await;
    assert!(matches!(
        wrong,
        Err(ServiceError::Login(LoginError::WrongCredentials))
    ));
    staff::change_own_password(&db, &admin, PASSWORD, "uusi pitkä salasana")
        .await
        .expect("changed");
    auth::login(&db, "paakayttaja", "uusi pitkä salasana")
        .await
        .expect("new password works");
    assert!(auth::login(&db, "paakayttaja", PASSWORD).await.is_err());
}

async fn an_admin_reset_password_works_and_too_short_is_refused(db: Db) {
    let admin = first_admin(&db).await;
    let account = testing::create_staff(&db, &admin, "myyja", Role::Marketing).await;
    let short = staff::reset_password(&db, &admin, account.id, "lyhyt").await;
    assert!(
        matches!(&short, Err(ServiceError::Invalid(e)) if e[0].field == Field::Password),
        "{short:?}"
    );
    staff::reset_password(&db, &admin, account.id, "vaihdettu salasana 1")
        .await
        .expect("reset");
    assert!(
        auth::login(&db, "myyja", PASSWORD).await.is_err(),
        "the old password stops working"
    );
    // The admin's password is for one login, with a password of the owner's own.
    let once = auth::login(&db, "myyja", "vaihdettu salasana 1").await;
    assert!(
        matches!(once, Err(ServiceError::Login(LoginError::OneTimePassword))),
        "{once:?}"
    );
    auth::login_with_new_password(&db, "myyja", "vaihdettu salasana 1", "oma salasanani 22")
        .await
        .expect("logs in with their own");
    auth::login(&db, "myyja", "oma salasanani 22")
        .await
        .expect("which works from then on");
    let again = auth::login(&db, "myyja", "vaihdettu salasana 1").await;
    assert!(
        matches!(
            again,
            Err(ServiceError::Login(LoginError::WrongCredentials))
        ),
        "and the admin's no longer does: {again:?}"
    );
}

async fn a_staff_members_language_is_kept_for_their_next_login(db: Db) {
    let admin = first_admin(&db).await;
    let account = testing::create_staff(&db, &admin, "myyja", Role::CustomerService).await;
    let session = auth::login(&db, "myyja", PASSWORD).await.expect("logs in");
    assert_eq!(
        session.language(),
        None,
        "the workstation's own choice until then"
    );
    staff::set_own_language(&db, &session, Lang::En)
        .await
        .expect("kept");
    let next = auth::login(&db, "myyja", PASSWORD).await.expect("logs in");
    assert_eq!(next.language(), Some(Lang::En));
    let swedish = staff::set_own_language(&db, &next, Lang::Sv).await;
    assert!(swedish.is_err(), "the app is not in Swedish: {swedish:?}");
    let other = auth::login(&db, "paakayttaja", PASSWORD)
        .await
        .expect("logs in");
    assert_eq!(
        other.language(),
        None,
        "one staff member's choice is theirs alone"
    );
    assert_ne!(account.id, admin.staff_id());
}

async fn a_new_account_logs_in_only_with_a_password_of_its_own(db: Db) {
    let admin = first_admin(&db).await;
    let input = staff_input("myyja", Role::CustomerService);
    staff::create(&db, &admin, &input).await.expect("created");
    let once = auth::login(&db, "myyja", PASSWORD).await;
    assert!(
        matches!(once, Err(ServiceError::Login(LoginError::OneTimePassword))),
        "no session with the admin's password: {once:?}"
    );
    let wrong = auth::login_with_new_password(&db, "myyja", "arvaus", "oma salasanani 22").await;
    assert!(
        matches!(
            wrong,
            Err(ServiceError::Login(LoginError::WrongCredentials))
        ),
        "the one-time password is still checked: {wrong:?}"
    );
    let same = auth::login_with_new_password(&db, "myyja", PASSWORD, PASSWORD).await;
    assert!(
        matches!(&same, Err(ServiceError::Invalid(e))
            if e[0].field == Field::NewPassword && e[0].problem == Problem::SameAsOneTime),
        "the admin would know it: {same:?}"
    );
    let short = auth::login_with_new_password(&db, "myyja", PASSWORD, "lyhyt").await;
    assert!(
        matches!(&short, Err(ServiceError::Invalid(e)) if e[0].field == Field::NewPassword),
        "{short:?}"
    );
    let session = auth::login_with_new_password(&db, "myyja", PASSWORD, "oma salasanani 22")
        .await
        .expect("logs in");
    assert_eq!(session.username(), "myyja");
    let events = audit::list(
        &db,
        &admin,
        &audit::AuditFilter::default(),
        PageRequest::first(2),
    )
    .await
    .expect("the log");
    let actions: Vec<&str> = events.items.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            AuditAction::StaffLogin.code(),
            AuditAction::StaffPasswordChange.code()
        ],
        "the change is logged with the login"
    );
}

async fn the_stored_password_is_an_argon2id_hash(db: Db) {
    use sea_orm::{ConnectionTrait, Statement};
    first_admin(&db).await;
    let conn = db.raw_connection_for_tests();
    let row = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT password_hash FROM staff_users",
        ))
        .await
        .expect("query")
        .expect("a row");
    let hash: String = row.try_get("", "password_hash").expect("column");
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(PASSWORD));
}

on_both_databases!(
    a_staff_members_language_is_kept_for_their_next_login,
    a_new_account_logs_in_only_with_a_password_of_its_own,
    an_admin_cannot_change_their_own_role_but_another_admin_can,
    the_first_account_must_be_an_admin,
    a_second_first_admin_is_refused,
    login_succeeds_with_the_right_password,
    a_wrong_password_and_an_unknown_user_get_the_same_answer,
    repeated_failures_lock_the_account_until_an_admin_unlocks_it,
    a_guesser_cannot_tell_a_locked_account_from_an_unknown_name,
    a_deactivated_account_cannot_log_in_and_its_session_is_refused,
    a_role_change_takes_effect_on_the_next_call,
    the_last_admin_cannot_be_deactivated_or_demoted,
    usernames_are_unique,
    a_password_change_needs_the_current_password,
    an_admin_reset_password_works_and_too_short_is_refused,
    the_stored_password_is_an_argon2id_hash,
);
