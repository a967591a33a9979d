use sea_orm::entity::prelude::*;

/// A single row (id 1): where backups go, how many are kept, the last one taken, and the key
/// of the erasure ledger's digests.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "backup_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub folder: Option<String>,
    pub keep_daily: i32,
    pub keep_monthly: i32,
    pub warn_after_days: i32,
    pub ledger_key: String,
    pub last_backup_at: Option<DateTimeUtc>,
    pub recipient: Option<String>,
    pub sealed_key: Option<String>,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    /// The lines of the erasure ledger file when the register last wrote to it.
    pub ledger_lines: i64,
    /// The last of those lines' MAC.
    pub ledger_mac: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
