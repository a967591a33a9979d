//! Customers: create, open, find, and edit with optimistic locking.

use register::db::Db;
use register::domain::customer::CustomerInput;
use register::domain::{Field, Problem};
use register::service::customer::{CustomerQuery, CustomerSort};
use register::service::{PageRequest, ServiceError, Session, customer};
use testing::{aino, create_customer, first_admin, sören};

fn fields(error: &ServiceError) -> Vec<(Field, Problem)> {
    error
        .field_errors()
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect()
}

async fn a_created_customer_reads_back_normalised(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &sören()).await;
    let read = customer::get(&db, &admin, created.id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(read.first_name, "Sören");
    assert_eq!(read.last_name, "Åkerlund");
    assert_eq!(read.phone.as_deref(), Some("+358501234567"));
    assert_eq!(read.country, "AX");
    assert_eq!(read.vat_id.as_deref(), Some("FI26313574"));
    assert!(!read.webshop_password_stored);
    assert_eq!(read.version, 1);
}

async fn bad_values_are_refused_naming_every_field_and_nothing_is_stored(db: Db) {
    let admin = first_admin(&db).await;
    let input = CustomerInput {
        first_name: " ".into(),
        last_name: "x".repeat(101),
        email: "aino@".into(),
        phone: "puhelin".into(),
        postal_code: "4010".into(),
        country: "Suomi".into(),
        vat_id: "FI12345678".into(),
        company_name: String::new(),
        ..aino()
    };
    let error = customer::create(&db, &admin, &input)
        .await
        .expect_err("refused");
    assert_eq!(
        fields(&error),
        [
            (Field::FirstName, Problem::Required),
            (Field::LastName, Problem::TooLong { max: 100 }),
            (Field::Email, Problem::NotAnEmail),
            (Field::Phone, Problem::NotAPhoneNumber),
            (Field::Country, Problem::NotACountryCode),
            (Field::PostalCode, Problem::NotAPostalCode),
            (Field::VatId, Problem::WrongCheckDigit),
        ]
    );
    assert_eq!(customer::count(&db, &admin).await.expect("counts"), 0);
}

async fn a_webshop_username_belongs_to_one_customer(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    let twin = CustomerInput {
        email: "toinen@example.com".into(),
        ..aino()
    };
    let error = customer::create(&db, &admin, &twin)
        .await
        .expect_err("refused");
    assert_eq!(
        fields(&error),
        [(Field::WebshopUsername, Problem::AlreadyInUse)]
    );
}

async fn search(db: &Db, session: &Session, text: &str) -> Vec<String> {
    let query = CustomerQuery {
        text: text.into(),
        sort: CustomerSort::Name,
        page: PageRequest::first(50),
    };
    customer::search(db, session, &query)
        .await
        .expect("searches")
        .items
        .into_iter()
        .map(|c| format!("{} {}", c.first_name, c.last_name))
        .collect()
}

async fn search_finds_by_name_in_either_order_email_and_phone(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    create_customer(&db, &admin, &sören()).await;
    assert_eq!(search(&db, &admin, "häkk").await, ["Aino Häkkinen"]);
    assert_eq!(
        search(&db, &admin, "HÄKKINEN aino").await,
        ["Aino Häkkinen"]
    );
    assert_eq!(search(&db, &admin, "aino h").await, ["Aino Häkkinen"]);
    // As the list shows the name.
    assert_eq!(
        search(&db, &admin, "Häkkinen, Aino").await,
        ["Aino Häkkinen"]
    );
    assert_eq!(search(&db, &admin, "åker").await, ["Sören Åkerlund"]);
    assert_eq!(
        search(&db, &admin, "Soren.Akerlund@").await,
        ["Sören Åkerlund"]
    );
    assert_eq!(search(&db, &admin, "040 765").await, ["Aino Häkkinen"]);
    assert_eq!(search(&db, &admin, "+35850").await, ["Sören Åkerlund"]);
    assert!(search(&db, &admin, "virtanen").await.is_empty());
    assert_eq!(
        search(&db, &admin, "").await,
        ["Aino Häkkinen", "Sören Åkerlund"]
    );
}

async fn like_wildcards_typed_into_search_match_only_themselves(db: Db) {
    let admin = first_admin(&db).await;
    create_customer(&db, &admin, &aino()).await;
    assert!(search(&db, &admin, "%").await.is_empty());
    assert!(search(&db, &admin, "_ino").await.is_empty());
}

async fn pages_follow_each_other_without_gaps(db: Db) {
    let admin = first_admin(&db).await;
    for i in 0..7 {
        let input = CustomerInput {
            last_name: format!("Asiakas{i}"),
            email: format!("a{i}@example.com"),
            webshop_username: String::new(),
            ..aino()
        };
        create_customer(&db, &admin, &input).await;
    }
    let mut names = Vec::new();
    let mut offset = 0;
    loop {
        let query = CustomerQuery {
            text: String::new(),
            sort: CustomerSort::Name,
            page: PageRequest::new(offset, 3),
        };
        let page = customer::search(&db, &admin, &query).await.expect("page");
        names.extend(page.items.into_iter().map(|c| c.last_name));
        if !page.has_more {
            break;
        }
        offset += 3;
    }
    let expected: Vec<String> = (0..7).map(|i| format!("Asiakas{i}")).collect();
    assert_eq!(names, expected);
}

async fn an_edit_saves_and_bumps_the_version(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    let mut input = created.to_input();
    input.city = "Tampere".into();
    input.postal_code = "33100".into();
    let updated = customer::update(&db, &admin, created.id, created.version, &input)
        .await
        .expect("saves");
    assert_eq!(updated.city.as_deref(), Some("Tampere"));
    assert_eq!(updated.version, created.version + 1);
}

async fn an_edit_with_a_bad_value_changes_nothing(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    let mut input = created.to_input();
    input.email = "ei sähköposti".into();
    let error = customer::update(&db, &admin, created.id, created.version, &input)
        .await
        .expect_err("refused");
    assert_eq!(fields(&error), [(Field::Email, Problem::NotAnEmail)]);
    let stored = customer::get(&db, &admin, created.id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(stored, created);
}

async fn a_stale_edit_is_a_conflict_and_keeps_the_first_save(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    let mut first = created.to_input();
    first.city = "Tampere".into();
    customer::update(&db, &admin, created.id, created.version, &first)
        .await
        .expect("first save");
    let mut second = created.to_input();
    second.phone = "050 999 8888".into();
    let result = customer::update(&db, &admin, created.id, created.version, &second).await;
    assert!(
        matches!(result, Err(ServiceError::Conflict("customer"))),
        "{result:?}"
    );
    let stored = customer::get(&db, &admin, created.id, &testing::why())
        .await
        .expect("opens");
    assert_eq!(stored.city.as_deref(), Some("Tampere"));
    assert_eq!(stored.phone.as_deref(), Some("+358407654321"));
}

/// Two workstations save the same version of a customer at the same moment, many times over:
/// every round has exactly one success and one conflict, and the stored customer is always
/// the successful one's edit.
async fn concurrent_edits_give_one_success_and_one_conflict(db: Db) {
    let admin = first_admin(&db).await;
    let created = create_customer(&db, &admin, &aino()).await;
    let mut version = created.version;
    for round in 0..10 {
        let mut left = created.to_input();
        left.city = format!("Vasen {round}");
        let mut right = created.to_input();
        right.city = format!("Oikea {round}");
        let (a, b) = tokio::join!(
            tokio::spawn({
                let (db, admin) = (db.clone(), admin.clone());
                async move { customer::update(&db, &admin, created.id, version, &left).await }
            }),
            tokio::spawn({
                let (db, admin) = (db.clone(), admin.clone());
                async move { customer::update(&db, &admin, created.id, version, &right).await }
            }),
        );
        let results = [a.expect("task"), b.expect("task")];
        let winners: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        let conflicts = results
            .iter()
            .filter(|r| matches!(r, Err(ServiceError::Conflict(_))))
            .count();
        assert_eq!(
            (winners.len(), conflicts),
            (1, 1),
            "round {round}: {results:?}"
        );
        let stored = customer::get(&db, &admin, created.id, &testing::why())
            .await
            .expect("opens");
        assert_eq!(stored.city, winners[0].city, "round {round}");
        version = stored.version;
    }
}

async fn a_missing_customer_is_not_found(db: Db) {
    let admin = first_admin(&db).await;
    let result = customer::get(&db, &admin, 4242, &testing::why()).await;
    assert!(
        matches!(result, Err(ServiceError::NotFound("customer"))),
        "{result:?}"
    );
}

on_both_databases!(
    a_created_customer_reads_back_normalised,
    bad_values_are_refused_naming_every_field_and_nothing_is_stored,
    a_webshop_username_belongs_to_one_customer,
    search_finds_by_name_in_either_order_email_and_phone,
    like_wildcards_typed_into_search_match_only_themselves,
    pages_follow_each_other_without_gaps,
    an_edit_saves_and_bumps_the_version,
    an_edit_with_a_bad_value_changes_nothing,
    a_stale_edit_is_a_conflict_and_keeps_the_first_save,
    concurrent_edits_give_one_success_and_one_conflict,
    a_missing_customer_is_not_found,
);
