use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Where the shop publishes its privacy notice (the webshop's page), which every register
/// extract names beside the notice's version. Empty until an admin fills it in; no customer
/// document is made until then.
#[derive(DeriveIden)]
enum OrganisationSettings {
    Table,
    NoticeAddress,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OrganisationSettings::Table)
                    .add_column(string(OrganisationSettings::NoticeAddress).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OrganisationSettings::Table)
                    .drop_column(OrganisationSettings::NoticeAddress)
                    .to_owned(),
            )
            .await
    }
}
