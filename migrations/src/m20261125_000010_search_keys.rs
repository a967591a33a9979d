use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

use crate::m20261125_000002_customers::Customers;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Search and paging at a million customers. The search keys compare byte by byte on both
/// databases (PostgreSQL's default collation would not let a prefix become an index range), each
/// key's index carries the name order so that its matches sort without touching the table, and
/// one index in name order carries every key so that a search matching many customers walks it
/// in order and stops after one page.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in OLD_INDEXES {
            drop_index(manager, name).await?;
        }
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared(
                    r#"ALTER TABLE customers
                        ALTER COLUMN name_key TYPE varchar COLLATE "C",
                        ALTER COLUMN reversed_name_key TYPE varchar COLLATE "C",
                        ALTER COLUMN email_key TYPE varchar COLLATE "C",
                        ALTER COLUMN phone TYPE varchar COLLATE "C";
                       ALTER TABLE orders ALTER COLUMN order_number TYPE varchar COLLATE "C""#,
                )
                .await?;
        }
        let indexes: [(&str, &[Customers]); 4] = [
            (
                "idx_customers_by_name",
                &[
                    Customers::ReversedNameKey,
                    Customers::Id,
                    Customers::NameKey,
                    Customers::EmailKey,
                    Customers::Phone,
                ],
            ),
            (
                "idx_customers_name_key",
                &[
                    Customers::NameKey,
                    Customers::ReversedNameKey,
                    Customers::Id,
                ],
            ),
            (
                "idx_customers_email_key",
                &[
                    Customers::EmailKey,
                    Customers::ReversedNameKey,
                    Customers::Id,
                ],
            ),
            (
                "idx_customers_phone",
                &[Customers::Phone, Customers::ReversedNameKey, Customers::Id],
            ),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create();
            index.name(name).table(Customers::Table);
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [
            "idx_customers_by_name",
            "idx_customers_name_key",
            "idx_customers_email_key",
            "idx_customers_phone",
        ] {
            drop_index(manager, name).await?;
        }
        let single = [
            ("idx_customers_name_key", Customers::NameKey),
            ("idx_customers_email_key", Customers::EmailKey),
            ("idx_customers_phone", Customers::Phone),
        ];
        for (name, column) in single {
            let index = Index::create()
                .name(name)
                .table(Customers::Table)
                .col(column)
                .to_owned();
            manager.create_index(index).await?;
        }
        let last_first = Index::create()
            .name("idx_customers_last_first")
            .table(Customers::Table)
            .col(Customers::ReversedNameKey)
            .col(Customers::Id)
            .to_owned();
        manager.create_index(last_first).await
    }
}

const OLD_INDEXES: [&str; 4] = [
    "idx_customers_name_key",
    "idx_customers_email_key",
    "idx_customers_phone",
    "idx_customers_last_first",
];

async fn drop_index(manager: &SchemaManager<'_>, name: &str) -> Result<(), DbErr> {
    let index = Index::drop().name(name).table(Customers::Table).to_owned();
    manager.drop_index(index).await
}
