//! The same reads sent straight to the database: no session check, no audit entry, no
//! mapping into the app's types. The floor the app's figures are compared with.

use sea_orm::{ConnectionTrait, DbBackend, QueryResult, Statement, Value};

use register::db::Db;

/// Runs `sql` written with `?` placeholders, numbering them for PostgreSQL.
pub async fn query(db: &Db, sql: &str, values: Vec<Value>) -> Result<Vec<QueryResult>, String> {
    let conn = db.raw_connection_for_tests();
    let backend = conn.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => numbered(sql),
        _ => sql.to_owned(),
    };
    conn.query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await
        .map_err(|e| e.to_string())
}

fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(c);
        }
    }
    out
}

pub fn ints(rows: &[QueryResult]) -> Result<Vec<i32>, String> {
    ints_at(rows, 0)
}

pub fn ints_at(rows: &[QueryResult], column: usize) -> Result<Vec<i32>, String> {
    rows.iter()
        .map(|row| {
            row.try_get_by_index::<i32>(column)
                .map_err(|e| e.to_string())
        })
        .collect()
}

pub fn texts(rows: &[QueryResult], column: usize) -> Result<Vec<String>, String> {
    rows.iter()
        .map(|row| {
            row.try_get_by_index::<Option<String>>(column)
                .map(Option::unwrap_or_default)
                .map_err(|e| e.to_string())
        })
        .collect()
}
