use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261130_000016_backups::BackupSettings;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The erasure ledger's lines, written in the erasure's own transaction and moved to the ledger
/// file in the backup folder after it commits: a process killed in between, or a folder out of
/// reach, leaves them here to be written at the next erasure, backup or login, never lost.
#[derive(DeriveIden)]
enum ErasureLedgerOutbox {
    Table,
    Id,
    /// The line, as JSON.
    Entry,
    CreatedAt,
}

/// Keyed digests of erased customers' email addresses, so that an import does not bring back
/// a customer the webshop export names only by email.
#[derive(DeriveIden)]
enum ErasedEmails {
    Table,
    Digest,
    ErasedAt,
}

/// How far the ledger file had got when the register last wrote to it: its lines and the last
/// line's MAC. A backup carries them, so a restore can tell a ledger emptied or cut since.
#[derive(DeriveIden)]
enum LedgerHead {
    LedgerLines,
    LedgerMac,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ErasureLedgerOutbox::Table)
                    .if_not_exists()
                    .col(pk_auto(ErasureLedgerOutbox::Id))
                    .col(text(ErasureLedgerOutbox::Entry))
                    .col(timestamp_with_time_zone(ErasureLedgerOutbox::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ErasedEmails::Table)
                    .if_not_exists()
                    .col(string_len(ErasedEmails::Digest, 64).primary_key())
                    .col(timestamp_with_time_zone(ErasedEmails::ErasedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(BackupSettings::Table)
                    .add_column(big_integer(LedgerHead::LedgerLines).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(BackupSettings::Table)
                    .add_column(string_null(LedgerHead::LedgerMac))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [LedgerHead::LedgerMac, LedgerHead::LedgerLines] {
            manager
                .alter_table(
                    Table::alter()
                        .table(BackupSettings::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(ErasedEmails::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ErasureLedgerOutbox::Table).to_owned())
            .await
    }
}
