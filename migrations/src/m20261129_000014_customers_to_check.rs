use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261125_000002_customers::Customers;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A customer imported with a value that does not validate (a mistyped phone number, an email
/// without a domain) is kept, with the value as written, and marked for staff to check. The
/// index serves the customers screen's "To check" view in name order.
#[derive(DeriveIden)]
enum CustomerColumns {
    ToCheck,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Customers::Table)
                    .add_column(boolean(CustomerColumns::ToCheck).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_customers_to_check")
                    .table(Customers::Table)
                    .col(CustomerColumns::ToCheck)
                    .col(Customers::ReversedNameKey)
                    .col(Customers::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_customers_to_check")
                    .table(Customers::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Customers::Table)
                    .drop_column(CustomerColumns::ToCheck)
                    .to_owned(),
            )
            .await
    }
}
