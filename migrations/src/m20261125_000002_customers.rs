use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
pub enum Customers {
    Table,
    Id,
    FirstName,
    LastName,
    Email,
    Phone,
    StreetAddress,
    PostalCode,
    City,
    Country,
    Newsletter,
    WebshopUsername,
    WebshopPasswordHash,
    CompanyName,
    VatId,
    /// Lower-cased "first last" and "last first": a prefix search on these finds a customer by
    /// either name order, case-insensitively for ä, ö and å too (SQLite's lower() only folds ASCII).
    NameKey,
    ReversedNameKey,
    EmailKey,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Customers::Table)
                    .col(pk_auto(Customers::Id))
                    .col(string(Customers::FirstName))
                    .col(string(Customers::LastName))
                    .col(string_null(Customers::Email))
                    .col(string_null(Customers::Phone))
                    .col(string_null(Customers::StreetAddress))
                    .col(string_null(Customers::PostalCode))
                    .col(string_null(Customers::City))
                    .col(string_len(Customers::Country, 2).default("FI"))
                    .col(boolean(Customers::Newsletter).default(false))
                    .col(string_null(Customers::WebshopUsername).unique_key())
                    .col(text_null(Customers::WebshopPasswordHash))
                    .col(string_null(Customers::CompanyName))
                    .col(string_null(Customers::VatId))
                    .col(string(Customers::NameKey))
                    .col(string(Customers::ReversedNameKey))
                    .col(string_null(Customers::EmailKey))
                    .col(timestamp_with_time_zone(Customers::CreatedAt))
                    .col(timestamp_with_time_zone(Customers::UpdatedAt))
                    .col(integer(Customers::Version).default(1))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_customers_name_key", Customers::NameKey),
            ("idx_customers_email_key", Customers::EmailKey),
            ("idx_customers_phone", Customers::Phone),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Customers::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_customers_last_first")
                    .table(Customers::Table)
                    .col(Customers::ReversedNameKey)
                    .col(Customers::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Customers::Table).to_owned())
            .await
    }
}
