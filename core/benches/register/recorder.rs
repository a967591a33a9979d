//! A connection that notes every statement sent through it, so that the app's own search can
//! be replayed raw: the same statements, without the session check and the mapping.

use std::sync::Mutex;

use sea_orm::prelude::async_trait;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, ExecResult, QueryResult, Statement,
};

pub struct Recorder<'a> {
    conn: &'a DatabaseConnection,
    statements: Mutex<Vec<Statement>>,
}

impl<'a> Recorder<'a> {
    pub fn new(conn: &'a DatabaseConnection) -> Self {
        Self {
            conn,
            statements: Mutex::new(Vec::new()),
        }
    }

    pub fn statements(self) -> Vec<Statement> {
        self.statements.into_inner().unwrap_or_default()
    }

    fn note(&self, statement: &Statement) {
        if let Ok(mut statements) = self.statements.lock() {
            statements.push(statement.clone());
        }
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Recorder<'_> {
    fn get_database_backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.note(&stmt);
        self.conn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.conn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.note(&stmt);
        self.conn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.note(&stmt);
        self.conn.query_all_raw(stmt).await
    }
}
