use sea_orm_migration::{prelude::*, schema::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Saving the controller's details checks the version they were read at, as customers do.
#[derive(DeriveIden)]
enum OrganisationSettings {
    Table,
    Version,
}

/// One row: the processing description as JSON, with its version. A new register has no row
/// and uses the app's defaults until an admin saves them.
#[derive(DeriveIden)]
enum ProcessingDescription {
    Table,
    Id,
    Description,
    Version,
    UpdatedAt,
}

/// Every published privacy notice: what it was written from and the text in each language.
/// A published version is never changed.
#[derive(DeriveIden)]
enum PrivacyNotices {
    Table,
    Version,
    PublishedAt,
    PublishedOn,
    PublishedBy,
    Source,
    Documents,
}

/// The settings list the shipping methods the orders use; the index lets them be found one
/// after another without reading every order.
#[derive(DeriveIden)]
enum Orders {
    Table,
    Carrier,
}

const SQLITE_PUBLISHED: &str = "
CREATE TRIGGER privacy_notices_no_update BEFORE UPDATE ON privacy_notices
BEGIN SELECT RAISE(ABORT, 'a published privacy notice is not changed'); END;
CREATE TRIGGER privacy_notices_no_delete BEFORE DELETE ON privacy_notices
BEGIN SELECT RAISE(ABORT, 'a published privacy notice is not changed'); END;
";

const POSTGRES_PUBLISHED: &str = "
CREATE FUNCTION privacy_notices_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'a published privacy notice is not changed'; END $$;
CREATE TRIGGER privacy_notices_no_change BEFORE UPDATE OR DELETE ON privacy_notices
FOR EACH ROW EXECUTE FUNCTION privacy_notices_published();
CREATE TRIGGER privacy_notices_no_truncate BEFORE TRUNCATE ON privacy_notices
FOR EACH STATEMENT EXECUTE FUNCTION privacy_notices_published();
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OrganisationSettings::Table)
                    .add_column(integer(OrganisationSettings::Version).default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProcessingDescription::Table)
                    .col(integer(ProcessingDescription::Id).primary_key())
                    .col(text(ProcessingDescription::Description))
                    .col(integer(ProcessingDescription::Version))
                    .col(timestamp_with_time_zone(ProcessingDescription::UpdatedAt))
                    .check(Expr::col(ProcessingDescription::Id).eq(1))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PrivacyNotices::Table)
                    .col(integer(PrivacyNotices::Version).primary_key())
                    .col(timestamp_with_time_zone(PrivacyNotices::PublishedAt))
                    .col(date(PrivacyNotices::PublishedOn))
                    .col(string(PrivacyNotices::PublishedBy))
                    .col(text(PrivacyNotices::Source))
                    .col(text(PrivacyNotices::Documents))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_orders_carrier")
                    .table(Orders::Table)
                    .col(Orders::Carrier)
                    .to_owned(),
            )
            .await?;
        let published = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_PUBLISHED,
            _ => SQLITE_PUBLISHED,
        };
        manager
            .get_connection()
            .execute_unprepared(published)
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_orders_carrier")
                    .table(Orders::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(PrivacyNotices::Table).to_owned())
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS privacy_notices_published()")
                .await?;
        }
        manager
            .drop_table(Table::drop().table(ProcessingDescription::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(OrganisationSettings::Table)
                    .drop_column(OrganisationSettings::Version)
                    .to_owned(),
            )
            .await
    }
}
