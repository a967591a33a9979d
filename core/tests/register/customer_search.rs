//! The customer search and list paging on both of the search's roads: a key matching few
//! customers is sorted from its own index, one matching many is walked in list order. Every page,
//! forwards by the next page's key and backwards by the previous page's, is checked against
//! the answer worked out row by row from the whole table.

use register::db::Db;
use register::service::customer::{self, CustomerQuery, CustomerSort};
use register::service::demo_data::{self, DemoPlan};
use register::service::{PageRequest, Rows, Seek, Session, customer_search};
use sea_orm::{ConnectionTrait, Statement};
use testing::first_admin;

const PAGE: u64 = 50;

struct Row {
    id: i32,
    name_key: String,
    reversed_name_key: String,
    email_key: String,
    phone: String,
}

async fn all_rows(db: &Db) -> Vec<Row> {
    let conn = db.raw_connection_for_tests();
    let sql = "SELECT id, name_key, reversed_name_key, email_key, phone FROM customers";
    let rows = conn
        .query_all_raw(Statement::from_string(conn.get_database_backend(), sql))
        .await
        .expect("customers read");
    rows.iter()
        .map(|r| Row {
            id: r.try_get_by_index(0).expect("id"),
            name_key: r.try_get_by_index(1).expect("name key"),
            reversed_name_key: r.try_get_by_index(2).expect("reversed key"),
            email_key: r
                .try_get_by_index::<Option<String>>(3)
                .expect("email")
                .unwrap_or_default(),
            phone: r
                .try_get_by_index::<Option<String>>(4)
                .expect("phone")
                .unwrap_or_default(),
        })
        .collect()
}

/// The expected ids in list order, worked out in Rust. The texts used match no order number.
fn expected(rows: &[Row], text: &str, phone: Option<&str>, sort: CustomerSort) -> Vec<i32> {
    let key = text.to_lowercase();
    let mut matching: Vec<&Row> = rows
        .iter()
        .filter(|r| {
            key.is_empty()
                || r.name_key.starts_with(&key)
                || r.reversed_name_key.starts_with(&key)
                || r.email_key.starts_with(&key)
                || phone.is_some_and(|p| r.phone.starts_with(p))
        })
        .collect();
    match sort {
        CustomerSort::Name => {
            matching.sort_by(|a, b| (&a.reversed_name_key, a.id).cmp(&(&b.reversed_name_key, b.id)))
        }
        CustomerSort::Newest => matching.sort_by_key(|r| std::cmp::Reverse(r.id)),
    }
    matching.into_iter().map(|r| r.id).collect()
}

/// Where keys matching more than this many customers are walked instead of sorted: `None` for
/// the app's own line (through the service), 500 to take the walking road here too.
type Threshold = Option<u64>;

async fn page(
    db: &Db,
    admin: &Session,
    text: &str,
    sort: CustomerSort,
    at: PageRequest,
    few: Threshold,
) -> Rows<i32> {
    let Some(few) = few else {
        let query = CustomerQuery {
            text: text.into(),
            sort,
            page: at,
        };
        return customer::search(db, admin, &query)
            .await
            .expect("search answers")
            .map(|c| c.id);
    };
    let conn = db.raw_connection_for_tests();
    customer_search::page_with_threshold(conn, text, sort, &at, few)
        .await
        .expect("search answers")
        .map(|c| c.id)
}

/// Walks every page forwards, then back from the last one, as the list screen's buttons do.
async fn walk(
    db: &Db,
    admin: &Session,
    text: &str,
    sort: CustomerSort,
    few: Threshold,
) -> Vec<i32> {
    let mut pages = vec![page(db, admin, text, sort, PageRequest::first(PAGE), few).await];
    while let Some(last) = pages.last().filter(|p| p.has_more) {
        let (_, key) = last.keys.clone().expect("a page with rows has keys");
        let offset = last.offset + PAGE;
        let next = PageRequest::seeking(offset, PAGE, Seek::After(key));
        pages.push(page(db, admin, text, sort, next, few).await);
    }
    let forwards: Vec<i32> = pages.iter().flat_map(|p| p.items.clone()).collect();
    // Back from the last page: each previous page must be the one seen going forwards.
    for at in (1..pages.len()).rev() {
        let (first, _) = pages[at].keys.clone().expect("keys");
        let offset = pages[at - 1].offset;
        let back = PageRequest::seeking(offset, PAGE, Seek::Before(first));
        let previous = page(db, admin, text, sort, back, few).await;
        assert_eq!(
            previous.items,
            pages[at - 1].items,
            "page before {at} for {text:?}"
        );
        assert_eq!(previous.offset, offset);
    }
    forwards
}

async fn every_page_of_every_search_matches_the_table(db: Db) {
    let admin = first_admin(&db).await;
    let plan = DemoPlan {
        customers: 1_200,
        seed: 11,
        heavy_every: None,
    };
    demo_data::generate(&db, &admin, &plan, &mut |_| {})
        .await
        .expect("demo customers");
    let rows = all_rows(&db).await;
    // "+358": every phone, walked in list order when the line is at 500. "040": a quarter of
    // the phones. Then a surname's start, a first name with an initial,
    // an email's start, and the whole list.
    let cases = [
        ("+358", Some("+358")),
        ("040", Some("+35840")),
        ("k", None),
        ("aino", None),
        ("Matti K", None),
        ("Ö", None),
        ("matti.", None),
        ("", None),
    ];
    for few in [None, Some(500)] {
        for sort in [CustomerSort::Name, CustomerSort::Newest] {
            for (text, phone) in cases {
                let want = expected(&rows, text, phone, sort);
                let got = walk(&db, &admin, text, sort, few).await;
                assert_eq!(got.len(), want.len(), "{text:?} {sort:?} {few:?}");
                assert_eq!(got, want, "{text:?} {sort:?} {few:?}");
            }
        }
    }
    // With the line at 500, "+358" is walked and "Matti K" sorted.
    assert!(expected(&rows, "+358", Some("+358"), CustomerSort::Name).len() > 500);
    assert!(expected(&rows, "Matti K", None, CustomerSort::Name).len() < 500);
}

async fn a_previous_page_without_a_full_page_before_it_is_the_top_of_the_list(db: Db) {
    let admin = first_admin(&db).await;
    let plan = DemoPlan {
        customers: 120,
        seed: 3,
        heavy_every: None,
    };
    demo_data::generate(&db, &admin, &plan, &mut |_| {})
        .await
        .expect("demo customers");
    let sort = CustomerSort::Name;
    let top = page(&db, &admin, "", sort, PageRequest::first(PAGE), None).await;
    // The list as it stood on the third row: going back from there leaves only two rows.
    let third = page(&db, &admin, "", sort, PageRequest::new(2, PAGE), None).await;
    let (first, _) = third.keys.clone().expect("keys");
    let back = page(
        &db,
        &admin,
        "",
        sort,
        PageRequest::seeking(50, PAGE, Seek::Before(first)),
        None,
    )
    .await;
    assert_eq!(back.offset, 0);
    assert_eq!(back.items, top.items);
}

on_both_databases!(
    every_page_of_every_search_matches_the_table,
    a_previous_page_without_a_full_page_before_it_is_the_top_of_the_list,
);
