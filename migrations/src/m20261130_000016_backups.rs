use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// One row (id 1): where the register's backups go and how many are kept, when the last one
/// was taken, and the key that makes the erasure ledger's digests meaningless without the
/// register (a digest of a customer number alone could be guessed by counting).
#[derive(DeriveIden)]
pub enum BackupSettings {
    Table,
    Id,
    /// The folder automatic backups and the erasure ledger are written to; none set yet.
    Folder,
    KeepDaily,
    KeepMonthly,
    /// An admin is warned at login when the last backup is older than this.
    WarnAfterDays,
    /// 32 random bytes in hex, made when the row is first read.
    LedgerKey,
    LastBackupAt,
    /// The public half of the backup key (age X25519): backups are sealed to it, so that they
    /// need no passphrase typed when they are taken.
    Recipient,
    /// The key's secret half, sealed with the backup passphrase (age scrypt), in hex.
    SealedKey,
    UpdatedAt,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BackupSettings::Table)
                    .if_not_exists()
                    .col(integer(BackupSettings::Id).primary_key())
                    .col(text_null(BackupSettings::Folder))
                    .col(integer(BackupSettings::KeepDaily))
                    .col(integer(BackupSettings::KeepMonthly))
                    .col(integer(BackupSettings::WarnAfterDays))
                    .col(string(BackupSettings::LedgerKey))
                    .col(timestamp_with_time_zone_null(BackupSettings::LastBackupAt))
                    .col(text_null(BackupSettings::Recipient))
                    .col(text_null(BackupSettings::SealedKey))
                    .col(timestamp_with_time_zone(BackupSettings::UpdatedAt))
                    .col(integer(BackupSettings::Version))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BackupSettings::Table).to_owned())
            .await
    }
}
