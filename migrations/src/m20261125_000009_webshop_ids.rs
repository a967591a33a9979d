use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261125_000002_customers::Customers;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The webshop's own customer number, so that a re-import updates instead of duplicating.
#[derive(DeriveIden)]
enum CustomerColumns {
    WebshopCustomerId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Customers::Table)
                    .add_column(string_null(CustomerColumns::WebshopCustomerId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_customers_webshop_customer_id")
                    .table(Customers::Table)
                    .col(CustomerColumns::WebshopCustomerId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_customers_webshop_customer_id")
                    .table(Customers::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Customers::Table)
                    .drop_column(CustomerColumns::WebshopCustomerId)
                    .to_owned(),
            )
            .await
    }
}
