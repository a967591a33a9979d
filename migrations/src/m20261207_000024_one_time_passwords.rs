use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A password an admin set (a new account's, or a reset) is for one login only: true until
/// its owner has chosen their own, so that the admin never knows the password that works.
/// Accounts that exist when this arrives chose or were given theirs before: false.
#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    OneTimePassword,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsers::Table)
                    .add_column(boolean(StaffUsers::OneTimePassword).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsers::Table)
                    .drop_column(StaffUsers::OneTimePassword)
                    .to_owned(),
            )
            .await
    }
}
