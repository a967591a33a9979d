use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The webshop customer numbers of erased customers, as SHA-256 digests: a later import of a
/// webshop export that still holds such a customer must not bring the person back.
#[derive(DeriveIden)]
pub enum ErasedWebshopCustomers {
    Table,
    IdDigest,
    ErasedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ErasedWebshopCustomers::Table)
                    .if_not_exists()
                    .col(string_len(ErasedWebshopCustomers::IdDigest, 64).primary_key())
                    .col(timestamp_with_time_zone(ErasedWebshopCustomers::ErasedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(ErasedWebshopCustomers::Table)
                    .to_owned(),
            )
            .await
    }
}
