use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The language a staff member last chose for the app ("fi" or "en"), which it opens in at
/// their login on any workstation; NULL until they choose one, when the workstation's own
/// choice stands.
#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    Language,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsers::Table)
                    .add_column(string_len_null(StaffUsers::Language, 2))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsers::Table)
                    .drop_column(StaffUsers::Language)
                    .to_owned(),
            )
            .await
    }
}
