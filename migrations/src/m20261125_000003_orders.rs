use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261125_000002_customers::Customers;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Orders {
    Table,
    Id,
    CustomerId,
    OrderNumber,
    PlacedAt,
    Status,
    Carrier,
    DeliveryName,
    DeliveryStreetAddress,
    DeliveryPostalCode,
    DeliveryCity,
    DeliveryCountry,
}

#[derive(DeriveIden)]
pub enum OrderLines {
    Table,
    Id,
    OrderId,
    LineNo,
    Product,
    Quantity,
    UnitPriceCents,
    /// VAT rate in hundredths of a percent: 2550 is 25.5 %.
    VatRateBasisPoints,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Orders::Table)
                    .col(pk_auto(Orders::Id))
                    // Nullable: an order kept for bookkeeping outlives the erased customer.
                    .col(integer_null(Orders::CustomerId))
                    .col(string_uniq(Orders::OrderNumber))
                    .col(timestamp_with_time_zone(Orders::PlacedAt))
                    .col(string(Orders::Status))
                    .col(string_null(Orders::Carrier))
                    .col(string_null(Orders::DeliveryName))
                    .col(string_null(Orders::DeliveryStreetAddress))
                    .col(string_null(Orders::DeliveryPostalCode))
                    .col(string_null(Orders::DeliveryCity))
                    .col(string_len_null(Orders::DeliveryCountry, 2))
                    .check(Expr::col(Orders::Status).is_in([
                        "received",
                        "paid",
                        "shipped",
                        "delivered",
                        "cancelled",
                    ]))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_orders_customer")
                            .from(Orders::Table, Orders::CustomerId)
                            .to(Customers::Table, Customers::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_orders_customer")
                    .table(Orders::Table)
                    .col(Orders::CustomerId)
                    .col(Orders::PlacedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_orders_placed_at")
                    .table(Orders::Table)
                    .col(Orders::PlacedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrderLines::Table)
                    .col(pk_auto(OrderLines::Id))
                    .col(integer(OrderLines::OrderId))
                    .col(integer(OrderLines::LineNo))
                    .col(string(OrderLines::Product))
                    .col(integer(OrderLines::Quantity))
                    .col(big_integer(OrderLines::UnitPriceCents))
                    .col(integer(OrderLines::VatRateBasisPoints))
                    .check(Expr::col(OrderLines::Quantity).gt(0))
                    .check(Expr::col(OrderLines::UnitPriceCents).gte(0))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_order_lines_order")
                            .from(OrderLines::Table, OrderLines::OrderId)
                            .to(Orders::Table, Orders::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_order_lines_order")
                    .table(OrderLines::Table)
                    .col(OrderLines::OrderId)
                    .col(OrderLines::LineNo)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OrderLines::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Orders::Table).to_owned())
            .await
    }
}
