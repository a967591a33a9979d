use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OrganisationSettings {
    Table,
    Id,
    ControllerName,
    BusinessId,
    ContactPerson,
    Email,
    StreetAddress,
    PostalCode,
    City,
    Phone,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OrganisationSettings::Table)
                    .col(integer(OrganisationSettings::Id).primary_key())
                    .col(string(OrganisationSettings::ControllerName))
                    .col(string(OrganisationSettings::BusinessId))
                    .col(string(OrganisationSettings::ContactPerson))
                    .col(string(OrganisationSettings::Email))
                    .col(string(OrganisationSettings::StreetAddress))
                    .col(string(OrganisationSettings::PostalCode))
                    .col(string(OrganisationSettings::City))
                    .col(string(OrganisationSettings::Phone))
                    .col(timestamp_with_time_zone(OrganisationSettings::UpdatedAt))
                    .check(Expr::col(OrganisationSettings::Id).eq(1))
                    .to_owned(),
            )
            .await?;
        // The privacy notice names the controller; its postal address is not in the notice, so
        // an admin fills it in before the first extract is sent.
        let seed = Query::insert()
            .into_table(OrganisationSettings::Table)
            .columns([
                OrganisationSettings::Id,
                OrganisationSettings::ControllerName,
                OrganisationSettings::BusinessId,
                OrganisationSettings::ContactPerson,
                OrganisationSettings::Email,
                OrganisationSettings::StreetAddress,
                OrganisationSettings::PostalCode,
                OrganisationSettings::City,
                OrganisationSettings::Phone,
                OrganisationSettings::UpdatedAt,
            ])
            .values_panic([
                1.into(),
                "Ompelijan paratiisi".into(),
                "2631357-4".into(),
                "Pauliina Korhonen".into(),
                "asiakaspalvelu@ompelijanparatiisi.fi".into(),
                "".into(),
                "".into(),
                "".into(),
                "".into(),
                Expr::current_timestamp(),
            ])
            .to_owned();
        manager.exec_stmt(seed).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OrganisationSettings::Table).to_owned())
            .await
    }
}
