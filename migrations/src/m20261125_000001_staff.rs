use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum StaffUsers {
    Table,
    Id,
    Username,
    DisplayName,
    PasswordHash,
    Role,
    Active,
    FailedLogins,
    LockedUntil,
    CreatedAt,
    LastLoginAt,
    PasswordChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffUsers::Table)
                    .col(pk_auto(StaffUsers::Id))
                    .col(string_uniq(StaffUsers::Username))
                    .col(string(StaffUsers::DisplayName))
                    .col(text(StaffUsers::PasswordHash))
                    .col(string(StaffUsers::Role))
                    .col(boolean(StaffUsers::Active).default(true))
                    .col(integer(StaffUsers::FailedLogins).default(0))
                    .col(timestamp_with_time_zone_null(StaffUsers::LockedUntil))
                    .col(timestamp_with_time_zone(StaffUsers::CreatedAt))
                    .col(timestamp_with_time_zone_null(StaffUsers::LastLoginAt))
                    .col(timestamp_with_time_zone(StaffUsers::PasswordChangedAt))
                    .check(Expr::col(StaffUsers::Role).is_in([
                        "admin",
                        "customer-service",
                        "marketing",
                        "fulfilment",
                    ]))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(StaffUsers::Table).to_owned())
            .await
    }
}
