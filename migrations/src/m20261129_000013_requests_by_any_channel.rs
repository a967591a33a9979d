use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A request comes by any channel and is checked in the way that fits it. The old checklist
/// (a signature, and that the identity was checked) becomes the check that was made. An
/// answered request records how it was answered: with an extract, or that nothing is held
/// (the status column keeps its check constraint, which SQLite cannot change in place).
#[derive(DeriveIden)]
enum AccessRequests {
    Table,
    Id,
    Status,
    Channel,
    IdentityCheck,
    RequesterEmail,
    RequesterPhone,
    RequesterAddress,
    WaitingForRequester,
    Outcome,
    Signed,
    IdentityVerified,
}

/// Every document sent in answer to a request, kept as it was sent.
#[derive(DeriveIden)]
enum AccessRequestDocuments {
    Table,
    Id,
    AccessRequestId,
    Kind,
    Language,
    FileName,
    Sha256,
    Content,
    CreatedAt,
    CreatedBy,
}

/// The role the actor had when the event happened, which a customer's consultation log gives
/// instead of the employee's name.
#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    ActorRole,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string(AccessRequests::Channel).default("letter").to_owned(),
            string_null(AccessRequests::IdentityCheck).to_owned(),
            string_null(AccessRequests::RequesterEmail).to_owned(),
            string_null(AccessRequests::RequesterPhone).to_owned(),
            text_null(AccessRequests::RequesterAddress).to_owned(),
            boolean(AccessRequests::WaitingForRequester)
                .default(false)
                .to_owned(),
            string_null(AccessRequests::Outcome).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AccessRequests::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .exec_stmt(
                Query::update()
                    .table(AccessRequests::Table)
                    .value(AccessRequests::Outcome, "extract")
                    .and_where(Expr::col(AccessRequests::Status).eq("answered"))
                    .to_owned(),
            )
            .await?;
        let checked = |signed: bool, check: &str| {
            Query::update()
                .table(AccessRequests::Table)
                .value(AccessRequests::IdentityCheck, check)
                .and_where(Expr::col(AccessRequests::IdentityVerified).eq(true))
                .and_where(Expr::col(AccessRequests::Signed).eq(signed))
                .to_owned()
        };
        manager.exec_stmt(checked(true, "signed_letter")).await?;
        manager.exec_stmt(checked(false, "other")).await?;
        for column in [AccessRequests::Signed, AccessRequests::IdentityVerified] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AccessRequests::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(AccessRequestDocuments::Table)
                    .col(pk_auto(AccessRequestDocuments::Id))
                    .col(integer(AccessRequestDocuments::AccessRequestId))
                    .col(string(AccessRequestDocuments::Kind))
                    .col(string(AccessRequestDocuments::Language))
                    .col(string(AccessRequestDocuments::FileName))
                    .col(string_len(AccessRequestDocuments::Sha256, 64))
                    .col(blob(AccessRequestDocuments::Content))
                    .col(timestamp_with_time_zone(AccessRequestDocuments::CreatedAt))
                    .col(string(AccessRequestDocuments::CreatedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_access_request_documents_request")
                            .from(
                                AccessRequestDocuments::Table,
                                AccessRequestDocuments::AccessRequestId,
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
                    .name("idx_access_request_documents_request")
                    .table(AccessRequestDocuments::Table)
                    .col(AccessRequestDocuments::AccessRequestId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AuditEvents::Table)
                    .add_column(string_null(AuditEvents::ActorRole))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditEvents::Table)
                    .drop_column(AuditEvents::ActorRole)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(AccessRequestDocuments::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            boolean(AccessRequests::Signed).default(false).to_owned(),
            boolean(AccessRequests::IdentityVerified)
                .default(false)
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AccessRequests::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .exec_stmt(
                Query::update()
                    .table(AccessRequests::Table)
                    .value(AccessRequests::IdentityVerified, true)
                    .and_where(Expr::col(AccessRequests::IdentityCheck).is_not_null())
                    .to_owned(),
            )
            .await?;
        for column in [
            AccessRequests::Outcome,
            AccessRequests::WaitingForRequester,
            AccessRequests::RequesterAddress,
            AccessRequests::RequesterPhone,
            AccessRequests::RequesterEmail,
            AccessRequests::IdentityCheck,
            AccessRequests::Channel,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AccessRequests::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
