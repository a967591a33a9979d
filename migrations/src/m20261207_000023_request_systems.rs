use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The right of access covers what the shop holds about the person in every system, not only
/// this register (EDPB Guidelines 01/2022): the webshop platform, the newsletter service, the
/// payment provider's merchant records, the accountant's books, the shop's own e-mail. One row
/// per request and system says what staff found there: that they searched it and attached
/// its export to the answer, that it holds nothing about the requester, or why it was not
/// searched. `system_key` is the processing description's recipient key, 0 for the shop's
/// e-mail; `system_name` is the name as it was when recorded.
#[derive(DeriveIden)]
enum AccessRequestSystems {
    Table,
    Id,
    AccessRequestId,
    SystemKey,
    SystemName,
    Outcome,
    Note,
    RecordedAt,
    RecordedBy,
}

#[derive(DeriveIden)]
enum AccessRequests {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AccessRequestSystems::Table)
                    .col(pk_auto(AccessRequestSystems::Id))
                    .col(integer(AccessRequestSystems::AccessRequestId))
                    .col(integer(AccessRequestSystems::SystemKey))
                    .col(string(AccessRequestSystems::SystemName))
                    .col(string(AccessRequestSystems::Outcome))
                    .col(text_null(AccessRequestSystems::Note))
                    .col(timestamp_with_time_zone(AccessRequestSystems::RecordedAt))
                    .col(string(AccessRequestSystems::RecordedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_access_request_systems_request")
                            .from(
                                AccessRequestSystems::Table,
                                AccessRequestSystems::AccessRequestId,
                            )
                            .to(AccessRequests::Table, AccessRequests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_access_request_systems_request")
                    .table(AccessRequestSystems::Table)
                    .col(AccessRequestSystems::AccessRequestId)
                    .col(AccessRequestSystems::SystemKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AccessRequestSystems::Table).to_owned())
            .await
    }
}
