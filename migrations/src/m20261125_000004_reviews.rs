use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261125_000002_customers::Customers;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    CustomerId,
    Product,
    Rating,
    Text,
    CreatedAt,
    Visible,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(pk_auto(Reviews::Id))
                    .col(integer_null(Reviews::CustomerId))
                    .col(string(Reviews::Product))
                    .col(small_integer(Reviews::Rating))
                    .col(text(Reviews::Text))
                    .col(timestamp_with_time_zone(Reviews::CreatedAt))
                    .col(boolean(Reviews::Visible).default(true))
                    .check(Expr::col(Reviews::Rating).between(1, 5))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_reviews_customer")
                            .from(Reviews::Table, Reviews::CustomerId)
                            .to(Customers::Table, Customers::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_reviews_customer")
                    .table(Reviews::Table)
                    .col(Reviews::CustomerId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_reviews_created")
                    .table(Reviews::Table)
                    .col(Reviews::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Reviews::Table).to_owned())
            .await
    }
}
