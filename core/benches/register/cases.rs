//! What is measured, each as the app does it and as the raw read underneath.

use std::time::Duration;

use register::domain::Lang;
use register::extract::pdf;
use register::service::customer::{self, CustomerQuery, CustomerSort};
use register::service::{PageKey, PageRequest, Seek, auth, customer_search, extract, order};
use sea_orm::{ConnectionTrait, Value};

use crate::common::{self, timed};
use crate::dataset::Dataset;
use crate::raw;
use crate::recorder::Recorder;

/// One measured operation: every sample's time, in the app and raw.
pub struct Figure {
    pub name: &'static str,
    pub app: Vec<Duration>,
    pub raw: Vec<Duration>,
    /// The target for the app's p95 on SQLite at a million customers.
    pub target: Option<Duration>,
}

const PAGE: u64 = 50;
const CUSTOMER_COLUMNS: &str = "id, first_name, last_name, email, phone, street_address, \
postal_code, city, country, newsletter, marketing_refused, webshop_username, \
webshop_password_hash, company_name, vat_id, created_at, updated_at, version";

pub async fn all(data: &Dataset, size: u64) -> Result<Vec<Figure>, String> {
    let sample = sample_ids(size, 20);
    let typical = typical_customers(data, &sample).await?;
    let heavy = heavy_customers(data).await?;
    Ok(vec![
        search(data, &sample).await?,
        open_customer(data, &typical).await?,
        deep_page(data, size).await?,
        extract_pdf(data, "extract, typical customer", &typical, 50).await?,
        extract_pdf(data, "extract, 1,000 orders", &heavy, 500).await?,
        login(data).await?,
    ])
}

fn ms(millis: u64) -> Option<Duration> {
    Some(Duration::from_millis(millis))
}

/// `count` ids spread evenly over the register.
fn sample_ids(size: u64, count: u64) -> Vec<i32> {
    (0..count)
        .map(|k| i32::try_from(1 + k * size / count + 7).unwrap_or(1))
        .collect()
}

/// What staff type while looking for a customer: the start of the surname letter by
/// letter, the first name and an initial, the start of the email address, a phone number
/// the Finnish way, and order numbers.
async fn typed_texts(data: &Dataset, sample: &[i32]) -> Result<Vec<String>, String> {
    let list = in_list(sample);
    let rows = raw::query(
        &data.db,
        &format!("SELECT first_name, last_name, email, phone FROM customers WHERE id IN ({list})"),
        vec![],
    )
    .await?;
    let (first, last) = (raw::texts(&rows, 0)?, raw::texts(&rows, 1)?);
    let (email, phone) = (raw::texts(&rows, 2)?, raw::texts(&rows, 3)?);
    let mut texts = Vec::new();
    for i in 0..rows.len() {
        let surname: Vec<char> = last[i].chars().collect();
        for n in [1, 2, 3, surname.len()] {
            texts.push(surname[..n.min(surname.len())].iter().collect());
        }
        let initial: String = last[i].chars().take(1).collect();
        texts.push(format!("{} {initial}", first[i]));
        texts.push(email[i].chars().take(4).collect());
        texts.push(email[i].chars().take(12).collect());
        if let Some(national) = phone[i].strip_prefix("+358") {
            let digits = format!("0{national}");
            texts.push(format!(
                "{} {}",
                &digits[..3],
                &digits[3..6.min(digits.len())]
            ));
        }
    }
    let orders = raw::query(
        &data.db,
        &format!("SELECT order_number FROM orders WHERE customer_id IN ({list})"),
        vec![],
    )
    .await?;
    texts.extend(raw::texts(&orders, 0)?.into_iter().take(20));
    Ok(texts)
}

async fn search(data: &Dataset, sample: &[i32]) -> Result<Figure, String> {
    let texts = typed_texts(data, sample).await?;
    first_searches(data, &texts).await?;
    let mut figure = figure("search as you type", ms(16));
    for text in &texts {
        measure_search(data, &typed(text), &mut figure).await?;
    }
    let mut slowest: Vec<(Duration, &String)> = figure.app.iter().copied().zip(&texts).collect();
    slowest.sort_by_key(|(took, _)| std::cmp::Reverse(*took));
    let named: Vec<String> = slowest
        .iter()
        .take(5)
        .map(|(took, text)| format!("{text:?} {:.1} ms", common::millis(*took)))
        .collect();
    eprintln!("  slowest searches: {}", named.join(", "));
    Ok(figure)
}

/// The first page of the list in name order for a typed text, as the customers screen asks.
fn typed(text: &str) -> CustomerQuery {
    CustomerQuery {
        text: text.to_owned(),
        sort: CustomerSort::Name,
        page: PageRequest::first(PAGE),
    }
}

/// The same searches once before they are measured: the first searches of a session prepare
/// their statements on each of the pool's connections (on PostgreSQL a few round trips each,
/// with the server's catalog read), which the figure should not mix with searching. Their
/// time is reported on its own.
async fn first_searches(data: &Dataset, texts: &[String]) -> Result<(), String> {
    let mut took = Vec::new();
    for text in texts {
        let (time, result) = timed(customer::search(&data.db, &data.session, &typed(text))).await;
        result.map_err(|e| e.to_string())?;
        took.push(time);
    }
    let slow = took
        .iter()
        .filter(|t| **t > Duration::from_millis(50))
        .count();
    let longest = took.iter().max().copied().unwrap_or_default();
    eprintln!(
        "  first searches of the session: {slow} of {} over 50 ms, the longest {:.1} ms",
        took.len(),
        common::millis(longest)
    );
    Ok(())
}

/// Times the app's search, then the statements it sent replayed straight to the database.
async fn measure_search(
    data: &Dataset,
    query: &CustomerQuery,
    figure: &mut Figure,
) -> Result<(), String> {
    let (took, result) = timed(customer::search(&data.db, &data.session, query)).await;
    result.map_err(|e| e.to_string())?;
    figure.app.push(took);
    let recorder = Recorder::new(data.db.raw_connection_for_tests());
    customer_search::page(&recorder, &query.text, query.sort, &query.page)
        .await
        .map_err(|e| e.to_string())?;
    let statements = recorder.statements();
    let conn = data.db.raw_connection_for_tests();
    let (took, result) = timed(async {
        for statement in statements {
            conn.query_all_raw(statement).await?;
        }
        Ok::<(), sea_orm::DbErr>(())
    })
    .await;
    result.map_err(|e| e.to_string())?;
    figure.raw.push(took);
    Ok(())
}

async fn open_customer(data: &Dataset, ids: &[i32]) -> Result<Figure, String> {
    let mut figure = figure("open customer with orders", ms(20));
    for &id in ids {
        let (took, result) = timed(async {
            customer::get(&data.db, &data.session, id, &testing::why()).await?;
            order::page_for_customer(&data.db, &data.session, id, PageRequest::first(20)).await
        })
        .await;
        result.map_err(|e| e.to_string())?;
        figure.app.push(took);
        let (took, result) = timed(raw_customer_with_orders(data, id)).await;
        result?;
        figure.raw.push(took);
    }
    Ok(figure)
}

async fn raw_customer_with_orders(data: &Dataset, id: i32) -> Result<(), String> {
    let sql = format!("SELECT {CUSTOMER_COLUMNS} FROM customers WHERE id = ?");
    raw::query(&data.db, &sql, vec![id.into()]).await?;
    let orders = "SELECT * FROM orders WHERE customer_id = ? ORDER BY placed_at DESC, id DESC \
                  LIMIT 21";
    raw::query(&data.db, orders, vec![id.into()]).await?;
    let lines = "SELECT * FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE \
                 customer_id = ? ORDER BY placed_at DESC, id DESC LIMIT 21) \
                 ORDER BY order_id, line_no";
    raw::query(&data.db, lines, vec![id.into()]).await.map(drop)
}

/// The next page from a row in the middle of the list, as the list screen asks for it.
async fn deep_page(data: &Dataset, size: u64) -> Result<Figure, String> {
    let mut figure = figure("customer list, page in the middle", ms(16));
    for k in 0..20 {
        let offset = size / 2 + k * PAGE;
        let sql = format!(
            "SELECT reversed_name_key, id FROM customers ORDER BY reversed_name_key, id \
             LIMIT 1 OFFSET {offset}"
        );
        let rows = raw::query(&data.db, &sql, vec![]).await?;
        let key = PageKey {
            sort_text: raw::texts(&rows, 0)?.into_iter().next().unwrap_or_default(),
            id: raw::ints_at(&rows, 1)?
                .into_iter()
                .next()
                .unwrap_or_default(),
        };
        let query = CustomerQuery {
            text: String::new(),
            sort: CustomerSort::Name,
            page: PageRequest::seeking(offset, PAGE, Seek::After(key)),
        };
        measure_search(data, &query, &mut figure).await?;
    }
    Ok(figure)
}

async fn extract_pdf(
    data: &Dataset,
    name: &'static str,
    ids: &[i32],
    target: u64,
) -> Result<Figure, String> {
    let mut figure = figure(name, ms(target));
    // The first extract of a run loads the fonts' tables and the message bundles: measured
    // apart, as a warm-up, in the note.
    if let Some(&first) = ids.first() {
        let (took, result) = timed(extract::generate(
            &data.db,
            &data.session,
            first,
            Lang::Fi,
            None,
        ))
        .await;
        let extract = result.map_err(|e| e.to_string())?;
        let (render, pdf) = timed(async { pdf::render(&extract) }).await;
        pdf.map_err(|e| e.to_string())?;
        eprintln!("  warm-up {name}: {:.1} ms", common::millis(took + render));
    }
    for &id in ids {
        let (took, result) = timed(async {
            let extract = extract::generate(&data.db, &data.session, id, Lang::Fi, None)
                .await
                .map_err(|e| e.to_string())?;
            pdf::render(&extract).map_err(|e| e.to_string())
        })
        .await;
        result?;
        figure.app.push(took);
        let (took, result) = timed(async {
            raw_customer_with_orders(data, id).await?;
            let reviews = "SELECT * FROM reviews WHERE customer_id = ? ORDER BY created_at";
            raw::query(&data.db, reviews, vec![id.into()]).await?;
            let settings = "SELECT * FROM organisation_settings WHERE id = 1";
            raw::query(&data.db, settings, vec![]).await
        })
        .await;
        result?;
        figure.raw.push(took);
    }
    Ok(figure)
}

async fn login(data: &Dataset) -> Result<Figure, String> {
    let mut figure = figure("login (argon2id)", None);
    for _ in 0..10 {
        let (took, result) = timed(auth::login(&data.db, common::ADMIN, common::PASSWORD)).await;
        result.map_err(|e| e.to_string())?;
        figure.app.push(took);
        let sql = "SELECT * FROM staff_users WHERE username = ?";
        let (took, result) = timed(raw::query(&data.db, sql, vec![common::ADMIN.into()])).await;
        result?;
        figure.raw.push(took);
    }
    Ok(figure)
}

fn figure(name: &'static str, target: Option<Duration>) -> Figure {
    Figure {
        name,
        app: Vec::new(),
        raw: Vec::new(),
        target,
    }
}

/// Customers with a usual number of orders, among the sample.
async fn typical_customers(data: &Dataset, sample: &[i32]) -> Result<Vec<i32>, String> {
    let sql = format!(
        "SELECT customer_id FROM orders WHERE customer_id IN ({}) GROUP BY customer_id \
         HAVING COUNT(*) BETWEEN 1 AND 12",
        in_list(sample)
    );
    let rows = raw::query(&data.db, &sql, vec![]).await?;
    raw::ints(&rows)
}

/// Up to five customers with 1,000 orders.
async fn heavy_customers(data: &Dataset) -> Result<Vec<i32>, String> {
    let sql = "SELECT customer_id FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id \
               HAVING COUNT(*) >= 1000 LIMIT 5";
    let rows = raw::query(&data.db, sql, Vec::<Value>::new()).await?;
    raw::ints(&rows)
}

fn in_list(ids: &[i32]) -> String {
    ids.iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
