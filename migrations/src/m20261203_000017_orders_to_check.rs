use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261125_000002_customers::Customers;
use crate::m20261125_000003_orders::Orders;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An order is a bookkeeping voucher: imported with a delivery postal code or country that does
/// not validate, it is kept with the value as written and marked for staff to check, as a
/// customer is. A country written out ("Suomi") is such a value, so the country columns take
/// more than the two letters of a code. SQLite does not hold a text to its declared length;
/// PostgreSQL does, and its columns are widened.
#[derive(DeriveIden)]
enum OrderColumns {
    ToCheck,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Orders::Table)
                    .add_column(boolean(OrderColumns::ToCheck).default(false))
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            widen(manager, Customers::Table, Customers::Country, 100).await?;
            widen(manager, Orders::Table, Orders::DeliveryCountry, 100).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            widen(manager, Customers::Table, Customers::Country, 2).await?;
            widen(manager, Orders::Table, Orders::DeliveryCountry, 2).await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Orders::Table)
                    .drop_column(OrderColumns::ToCheck)
                    .to_owned(),
            )
            .await
    }
}

/// Gives a text column of a PostgreSQL table another length.
async fn widen(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: impl IntoIden,
    length: u32,
) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .modify_column(ColumnDef::new(column).string_len(length))
                .to_owned(),
        )
        .await
}
