//! A PostgreSQL register shared by several workstations: the schema's owner creates and
//! migrates it (`init`), and the workstations connect as a role that can read and write the
//! register's rows and nothing more. This writes the SQL that creates that role for the
//! schema as it stands.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};

use crate::db::Db;

/// The role the README suggests.
pub const APP_ROLE: &str = "asiakasrekisteri_app";

/// Tables whose rows the app must not change: the audit chain is appended to only (its oldest
/// events deleted at the end of their retention period, which the table's trigger allows only
/// before the purge point), its head moved forward only, and the migrations' ledger is the
/// owner's.
const LIMITED: [(&str, &str); 3] = [
    ("audit_events", "SELECT, INSERT, DELETE"),
    ("audit_head", "SELECT, UPDATE"),
    ("seaql_migrations", "SELECT"),
];

/// The SQL, to run as the schema's owner, that creates `role` with the rights the app needs
/// on every table of the register's schema: no DDL, no TRUNCATE, no dropping or disabling the
/// audit triggers, no change to an audit event. `None` on SQLite, where the file's
/// permissions are the only guard. `role` must be a plain identifier.
pub async fn app_role_sql(db: &Db, role: &str) -> Result<Option<String>, DbErr> {
    if db.backend() != DbBackend::Postgres {
        return Ok(None);
    }
    if role.is_empty()
        || !role
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(DbErr::Custom(format!(
            "{role:?} is not a plain role name (lower-case letters, digits, _)"
        )));
    }
    let conn = db.conn();
    let place = conn
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT current_database() AS database, current_schema() AS schema",
        ))
        .await?
        .ok_or_else(|| DbErr::Custom("no current schema".into()))?;
    let database: String = place.try_get("", "database")?;
    let schema: String = place.try_get("", "schema")?;
    let tables = conn
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT table_name FROM information_schema.tables \
             WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name",
            [schema.clone().into()],
        ))
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "table_name"))
        .collect::<Result<Vec<_>, _>>()?;
    let quoted = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
    let schema_q = quoted(&schema);
    let mut sql = vec![
        format!(
            "-- The role the workstations connect as. Run as the schema's owner; then set its \
             password in psql with \\password {role}, so that it is never typed on a command line."
        ),
        format!("CREATE ROLE {role} LOGIN;"),
        format!("GRANT CONNECT ON DATABASE {} TO {role};", quoted(&database)),
        format!("GRANT USAGE ON SCHEMA {schema_q} TO {role};"),
    ];
    for table in &tables {
        let rights = LIMITED
            .iter()
            .find(|(name, _)| name == table)
            .map_or("SELECT, INSERT, UPDATE, DELETE", |(_, rights)| rights);
        sql.push(format!(
            "GRANT {rights} ON {schema_q}.{} TO {role};",
            quoted(table)
        ));
    }
    sql.push(format!(
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema_q} TO {role};"
    ));
    // Tables and sequences a later version's migrations create get the same rights.
    sql.push(format!(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema_q} \
         GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role};"
    ));
    sql.push(format!(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema_q} GRANT USAGE, SELECT ON SEQUENCES TO {role};"
    ));
    Ok(Some(sql.join("\n")))
}
