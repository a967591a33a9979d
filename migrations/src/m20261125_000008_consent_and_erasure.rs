use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261125_000002_customers::Customers;
use crate::m20261125_000003_orders::Orders;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each change of a customer's newsletter subscription or direct-marketing refusal: the
/// evidence of consent the privacy notice's promise rests on.
#[derive(DeriveIden)]
enum ConsentEvents {
    Table,
    Id,
    CustomerId,
    Kind,
    Granted,
    Source,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum CustomerColumns {
    MarketingRefused,
    LastWebshopLoginAt,
}

#[derive(DeriveIden)]
enum OrderColumns {
    AnonymisedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            boolean(CustomerColumns::MarketingRefused)
                .default(false)
                .to_owned(),
            timestamp_with_time_zone_null(CustomerColumns::LastWebshopLoginAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Customers::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Orders::Table)
                    .add_column(timestamp_with_time_zone_null(OrderColumns::AnonymisedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsentEvents::Table)
                    .col(pk_auto(ConsentEvents::Id))
                    .col(integer(ConsentEvents::CustomerId))
                    .col(string(ConsentEvents::Kind))
                    .col(boolean(ConsentEvents::Granted))
                    .col(string(ConsentEvents::Source))
                    .col(string(ConsentEvents::RecordedBy))
                    .col(timestamp_with_time_zone(ConsentEvents::RecordedAt))
                    .check(
                        Expr::col(ConsentEvents::Kind).is_in(["newsletter", "marketing_refusal"]),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_consent_events_customer")
                            .from(ConsentEvents::Table, ConsentEvents::CustomerId)
                            .to(Customers::Table, Customers::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consent_events_customer")
                    .table(ConsentEvents::Table)
                    .col(ConsentEvents::CustomerId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ConsentEvents::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Orders::Table)
                    .drop_column(OrderColumns::AnonymisedAt)
                    .to_owned(),
            )
            .await?;
        for column in [
            CustomerColumns::MarketingRefused,
            CustomerColumns::LastWebshopLoginAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Customers::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
