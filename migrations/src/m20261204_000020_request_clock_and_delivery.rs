use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// While staff wait for the information they asked for to confirm a requester's identity
/// (GDPR Art. 12(6)), the one-month clock does not run (EDPB Guidelines 01/2022, para. 159):
/// `waiting_since` is the day it stopped, `paused_days` how long it has stood still so far,
/// already added to the deadlines. `answer_by` is how the requester asked to be answered
/// ("electronic" or "post"); NULL answers the way the request came (Art. 12(3), 15(3)).
#[derive(DeriveIden)]
enum AccessRequests {
    Table,
    WaitingSince,
    PausedDays,
    AnswerBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AccessRequests::Table)
                    .add_column(date_null(AccessRequests::WaitingSince))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AccessRequests::Table)
                    .add_column(integer(AccessRequests::PausedDays).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AccessRequests::Table)
                    .add_column(string_null(AccessRequests::AnswerBy))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            AccessRequests::AnswerBy,
            AccessRequests::PausedDays,
            AccessRequests::WaitingSince,
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
