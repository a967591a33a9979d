use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A requester's postal address in the fields a letter's envelope needs: `requester_address`
/// keeps the street lines, and the postal code, the town and the country's code are kept
/// apart, so that the postal code and the town go on a line of their own and a country abroad
/// last. Requests logged before have the whole address in `requester_address` and NULL in
/// the new columns, and are addressed from it as they were.
#[derive(DeriveIden)]
enum AccessRequests {
    Table,
    RequesterPostalCode,
    RequesterCity,
    RequesterCountry,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len_null(AccessRequests::RequesterPostalCode, 10),
            string_len_null(AccessRequests::RequesterCity, 100),
            string_len_null(AccessRequests::RequesterCountry, 2),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(AccessRequests::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            AccessRequests::RequesterCountry,
            AccessRequests::RequesterCity,
            AccessRequests::RequesterPostalCode,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AccessRequests::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
