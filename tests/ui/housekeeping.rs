//! The login's housekeeping as staff see it: what the register deleted by itself is said above
//! every screen until they close it.

use crate::notice_reply;
use crate::simulator;
use asiakasrekisteri::ui::app::{App, Message};
use asiakasrekisteri::ui::login_notices;
use chrono::{Duration, Utc};
use register::domain::Lang;
use register::domain::access_request::AccessRequestInput;
use register::service::ServiceError;
use register::service::access_request;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

#[tokio::test]
async fn a_request_past_its_period_is_deleted_at_the_next_login_and_staff_are_told() {
    let test_db = testing::TestDb::sqlite().await;
    let db = test_db.db.clone();
    let staff = testing::staff(&db).await;
    let admin = &staff.admin;
    let input = AccessRequestInput {
        requester_name: "Aino Häkkinen".into(),
        requester_email: "aino.hakkinen@example.com".into(),
        received_on: (Utc::now().date_naive() - Duration::days(2))
            .format("%-d.%-m.%Y")
            .to_string(),
        ..AccessRequestInput::default()
    };
    let logged = access_request::log(&db, admin, &input)
        .await
        .expect("logged");
    let logged = testing::requests::searched_everywhere(&db, admin, logged).await;
    let (closed, _) =
        access_request::answer_nothing_held(&db, admin, (logged.id, logged.version), Lang::Fi, &[])
            .await
            .expect("answered");
    // Answered four years ago: past the three years the settings keep requests.
    let four_years_ago = Utc::now() - Duration::days(4 * 366);
    db.raw_connection_for_tests()
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "UPDATE access_requests SET answered_at = ? WHERE id = ?",
            [four_years_ago.into(), closed.id.into()],
        ))
        .await
        .expect("dated back");

    // Customer service logs in: no right to erase, and still the period holds.
    let session = staff.customer_service.clone();
    let (mut app, _) = App::signed_in(db.clone(), session.clone(), Lang::Fi);
    let reply = notice_reply(login_notices::Job::Housekeep, &db, &session).await;
    let _ = app.update(Message::Notices(reply));

    assert!(matches!(
        access_request::get(&db, admin, closed.id).await,
        Err(ServiceError::NotFound(_))
    ));
    let mut ui = simulator(app.view());
    ui.find(
        "Rekisteri poisti 1 tietosuojapyynnön kirjeineen ja vastauksineen, koska asetusten \
         säilytysaika sen päättymisestä oli kulunut.",
    )
    .expect("staff are told what was deleted");
    ui.click("Sulje").expect("the notice can be closed");
    for message in ui.into_messages() {
        let _ = app.update(message);
    }
    let mut ui = simulator(app.view());
    assert!(ui.find("Sulje").is_err(), "closed");

    // Nothing more is due at the next login, and nothing is said.
    let (mut again, _) = App::signed_in(db.clone(), staff.admin.clone(), Lang::Fi);
    let reply = notice_reply(login_notices::Job::Housekeep, &db, &staff.admin).await;
    let _ = again.update(Message::Notices(reply));
    let mut ui = simulator(again.view());
    assert!(ui.find("Sulje").is_err(), "nothing to say");
    drop(ui);
    test_db.finish().await;
}
