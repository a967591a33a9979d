use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An import writes a batch of rows at a time, each batch in a short transaction of its own, so
/// that other workstations keep working while it runs. What each batch changed is journalled
/// until the import ends, so that an import that fails (or whose app is closed) can be undone
/// as one unit. The journal is emptied when the import ends.
#[derive(DeriveIden)]
pub enum Imports {
    Table,
    Id,
    Kind,
    StaffUsername,
    StartedAt,
    /// Written with every batch: an import still running whose heartbeat has stopped was
    /// abandoned.
    HeartbeatAt,
    FinishedAt,
    State,
    /// When the imported file was last modified: a file older than the last one imported may
    /// hold older data, which the next import warns of.
    FileModifiedAt,
}

#[derive(DeriveIden)]
pub enum ImportJournal {
    Table,
    Id,
    ImportId,
    /// "customer", "order" or "consent".
    Target,
    /// The row a change is about.
    RowId,
    /// The row as it was before the import changed it, as JSON.
    Before,
    /// The ids of the rows a batch inserted, as a JSON array: one entry per batch.
    Inserted,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Imports::Table)
                    .if_not_exists()
                    .col(pk_auto(Imports::Id))
                    .col(string(Imports::Kind))
                    .col(string(Imports::StaffUsername))
                    .col(timestamp_with_time_zone(Imports::StartedAt))
                    .col(timestamp_with_time_zone(Imports::HeartbeatAt))
                    .col(timestamp_with_time_zone_null(Imports::FinishedAt))
                    .col(string(Imports::State))
                    .col(timestamp_with_time_zone_null(Imports::FileModifiedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ImportJournal::Table)
                    .if_not_exists()
                    .col(pk_auto(ImportJournal::Id))
                    .col(integer(ImportJournal::ImportId))
                    .col(string(ImportJournal::Target))
                    .col(integer_null(ImportJournal::RowId))
                    .col(text_null(ImportJournal::Before))
                    .col(text_null(ImportJournal::Inserted))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ImportJournal::Table, ImportJournal::ImportId)
                            .to(Imports::Table, Imports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_import_journal_row")
                    .table(ImportJournal::Table)
                    .col(ImportJournal::Target)
                    .col(ImportJournal::RowId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ImportJournal::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Imports::Table).to_owned())
            .await
    }
}
