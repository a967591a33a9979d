use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261125_000002_customers::Customers;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AccessRequests {
    Table,
    Id,
    Reference,
    CustomerId,
    RequesterName,
    ReceivedOn,
    DueOn,
    ExtendedDueOn,
    ExtensionReason,
    LoggedByStaffId,
    LoggedBy,
    LoggedAt,
    Signed,
    IdentityVerified,
    IdentityMethod,
    LetterFileName,
    LetterSha256,
    Status,
    RejectionReason,
    AnsweredAt,
    ExtractSha256,
    ExtractGeneratedBy,
    ExtractGeneratedAt,
    Version,
}

/// The scanned letters, apart from the requests so that listing requests never reads them.
#[derive(DeriveIden)]
enum AccessRequestLetters {
    Table,
    AccessRequestId,
    Content,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AccessRequests::Table)
                    .col(pk_auto(AccessRequests::Id))
                    .col(string_uniq(AccessRequests::Reference))
                    // Nullable: a request may arrive before it is matched, and outlives an
                    // erased customer as a record that it was answered.
                    .col(integer_null(AccessRequests::CustomerId))
                    .col(string(AccessRequests::RequesterName))
                    .col(date(AccessRequests::ReceivedOn))
                    .col(date(AccessRequests::DueOn))
                    .col(date_null(AccessRequests::ExtendedDueOn))
                    .col(text_null(AccessRequests::ExtensionReason))
                    .col(integer(AccessRequests::LoggedByStaffId))
                    .col(string(AccessRequests::LoggedBy))
                    .col(timestamp_with_time_zone(AccessRequests::LoggedAt))
                    .col(boolean(AccessRequests::Signed).default(false))
                    .col(boolean(AccessRequests::IdentityVerified).default(false))
                    .col(text_null(AccessRequests::IdentityMethod))
                    .col(string_null(AccessRequests::LetterFileName))
                    .col(string_len_null(AccessRequests::LetterSha256, 64))
                    .col(string(AccessRequests::Status))
                    .col(text_null(AccessRequests::RejectionReason))
                    .col(timestamp_with_time_zone_null(AccessRequests::AnsweredAt))
                    .col(string_len_null(AccessRequests::ExtractSha256, 64))
                    .col(string_null(AccessRequests::ExtractGeneratedBy))
                    .col(timestamp_with_time_zone_null(
                        AccessRequests::ExtractGeneratedAt,
                    ))
                    .col(integer(AccessRequests::Version).default(1))
                    .check(
                        Expr::col(AccessRequests::Status)
                            .is_in(["received", "verified", "answered", "rejected"]),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_access_requests_customer")
                            .from(AccessRequests::Table, AccessRequests::CustomerId)
                            .to(Customers::Table, Customers::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_access_requests_status_due")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::Status)
                    .col(AccessRequests::DueOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_access_requests_customer")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::CustomerId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccessRequestLetters::Table)
                    .col(integer(AccessRequestLetters::AccessRequestId).primary_key())
                    .col(blob(AccessRequestLetters::Content))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_access_request_letters_request")
                            .from(
                                AccessRequestLetters::Table,
                                AccessRequestLetters::AccessRequestId,
                            )
                            .to(AccessRequests::Table, AccessRequests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AccessRequestLetters::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AccessRequests::Table).to_owned())
            .await
    }
}
