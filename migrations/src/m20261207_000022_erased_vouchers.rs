use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The vouchers an erasure keeps for the Accounting Act are still the erased person's data,
/// which they may ask to see (GDPR Art. 15). `erased_customer_number` is the number the
/// customer had, which the audit trail and the erasure record name them by and which keeps
/// their vouchers together; the two digests (the webshop customer number's and the keyed
/// email digest, as the erasure keeps them to refuse a new import) let a request that names
/// the person by either find their vouchers. The digests go when the erased keys' retention
/// period ends; the number stays with the vouchers. `access_requests.erased_customer_number`
/// is the erased customer a request was matched to.
#[derive(DeriveIden)]
enum Orders {
    Table,
    ErasedCustomerNumber,
    ErasedWebshopDigest,
    ErasedEmailDigest,
}

#[derive(DeriveIden)]
enum AccessRequests {
    Table,
    ErasedCustomerNumber,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            integer_null(Orders::ErasedCustomerNumber),
            string_null(Orders::ErasedWebshopDigest),
            string_null(Orders::ErasedEmailDigest),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Orders::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for (name, column) in [
            ("idx_orders_erased_customer", Orders::ErasedCustomerNumber),
            ("idx_orders_erased_webshop", Orders::ErasedWebshopDigest),
            ("idx_orders_erased_email", Orders::ErasedEmailDigest),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Orders::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(AccessRequests::Table)
                    .add_column(integer_null(AccessRequests::ErasedCustomerNumber))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AccessRequests::Table)
                    .drop_column(AccessRequests::ErasedCustomerNumber)
                    .to_owned(),
            )
            .await?;
        for name in [
            "idx_orders_erased_email",
            "idx_orders_erased_webshop",
            "idx_orders_erased_customer",
        ] {
            manager
                .drop_index(Index::drop().name(name).table(Orders::Table).to_owned())
                .await?;
        }
        for column in [
            Orders::ErasedEmailDigest,
            Orders::ErasedWebshopDigest,
            Orders::ErasedCustomerNumber,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Orders::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
