//! Files a webshop did not write as it should: two columns of one name, customer numbers that
//! are not numbers, a file dated in the future. Each is said, and none spoils a later import.

use register::db::Db;
use register::domain::{Field, Problem};
use register::import::{FileError, Source};
use register::service::{ServiceError, import};
use testing::first_admin;
use testing::shopify::{HEADER, file, rejected};

async fn two_columns_of_one_name_refuse_the_file(db: Db) {
    let admin = first_admin(&db).await;
    let text = format!(
        "{HEADER},Email\r\n1,Aino,Häkkinen,aino@example.com,no,,,,,,FI,,,,no,0,0,,no,,x,toinen@example.com\r\n"
    );
    let refused = import::shopify_customers(&db, &admin, text.as_bytes(), false, &|_, _| {}).await;
    assert!(
        matches!(
            refused,
            Err(ServiceError::BadFile(FileError::DuplicateColumn(ref column))) if column == "Email"
        ),
        "{refused:?}"
    );
}

async fn a_customer_number_that_is_not_one_refuses_its_row(db: Db) {
    let admin = first_admin(&db).await;
    let long = "7".repeat(5000);
    let rows = [
        "-5,Aino,Häkkinen,aino@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".to_owned(),
        format!("{long},Eero,Mäkelä,eero@example.com,no,,,,,,FI,,,,no,0,0,,no,,x"),
        "7001,Liisa,Niemi,liisa@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".to_owned(),
    ];
    let report = import::shopify_customers(&db, &admin, &file(&rows), false, &|_, _| {})
        .await
        .expect("imports");
    assert_eq!(report.added, 1);
    assert_eq!(
        report.rejected,
        [
            rejected(2, Field::WebshopCustomerId, Problem::NotACustomerNumber),
            rejected(3, Field::WebshopCustomerId, Problem::NotACustomerNumber),
        ]
    );
}

async fn a_file_dated_in_the_future_makes_no_later_file_look_older(db: Db) {
    let admin = first_admin(&db).await;
    let dir = tempfile::tempdir().expect("dir");
    let import_file = async |name: &str, row: &str, modified: std::time::SystemTime| {
        let path = dir.path().join(name);
        std::fs::write(&path, file(&[row.to_owned()])).expect("written");
        testing::file_times::set_modified(&path, modified).expect("dated");
        let source = Source::file(std::fs::File::open(&path).expect("opens")).expect("a file");
        import::shopify_customers(&db, &admin, source, false, &|_, _| {})
            .await
            .expect("imports")
    };
    let in_2099 = std::time::UNIX_EPOCH + std::time::Duration::from_secs(4_070_908_800);
    let first = import_file(
        "tulevaisuus.csv",
        "1,Aino,Häkkinen,aino@example.com,no,,,,,,FI,,,,no,0,0,,no,,x",
        in_2099,
    )
    .await;
    assert_eq!(first.added, 1);
    let today = import_file(
        "tanaan.csv",
        "2,Eero,Mäkelä,eero@example.com,no,,,,,,FI,,,,no,0,0,,no,,x",
        std::time::SystemTime::now(),
    )
    .await;
    assert_eq!(today.older_than_imported, None, "{today:?}");
}

on_both_databases!(
    two_columns_of_one_name_refuse_the_file,
    a_customer_number_that_is_not_one_refuses_its_row,
    a_file_dated_in_the_future_makes_no_later_file_look_older,
);
