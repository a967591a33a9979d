use sea_orm_migration::{prelude::*, schema::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Seq,
    OccurredAt,
    ActorStaffId,
    ActorUsername,
    Action,
    TargetKind,
    TargetId,
    Details,
    PrevHash,
    Hash,
}

/// One row holding the end of the hash chain. Every writer locks it first, which orders the
/// chain even when several workstations append at once.
#[derive(DeriveIden)]
enum AuditHead {
    Table,
    Id,
    Seq,
    LastHash,
}

const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

const SQLITE_APPEND_ONLY: &str = "
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
";

const POSTGRES_APPEND_ONLY: &str = "
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_integer(AuditEvents::Seq).primary_key())
                    .col(timestamp_with_time_zone(AuditEvents::OccurredAt))
                    .col(integer_null(AuditEvents::ActorStaffId))
                    .col(string(AuditEvents::ActorUsername))
                    .col(string(AuditEvents::Action))
                    .col(string(AuditEvents::TargetKind))
                    .col(integer_null(AuditEvents::TargetId))
                    .col(text(AuditEvents::Details))
                    .col(string_len(AuditEvents::PrevHash, 64))
                    .col(string_len(AuditEvents::Hash, 64))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "idx_audit_events_target",
                vec![AuditEvents::TargetKind, AuditEvents::TargetId],
            ),
            ("idx_audit_events_actor", vec![AuditEvents::ActorUsername]),
            ("idx_audit_events_occurred", vec![AuditEvents::OccurredAt]),
        ] {
            let mut index = Index::create();
            index.name(name).table(AuditEvents::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(AuditHead::Table)
                    .col(integer(AuditHead::Id).primary_key())
                    .col(big_integer(AuditHead::Seq))
                    .col(string_len(AuditHead::LastHash, 64))
                    .check(Expr::col(AuditHead::Id).eq(1))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(AuditHead::Table)
                    .columns([AuditHead::Id, AuditHead::Seq, AuditHead::LastHash])
                    .values_panic([1.into(), 0i64.into(), GENESIS_HASH.into()])
                    .to_owned(),
            )
            .await?;
        let append_only = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_APPEND_ONLY,
            _ => SQLITE_APPEND_ONLY,
        };
        manager
            .get_connection()
            .execute_unprepared(append_only)
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditHead::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS audit_events_append_only()")
                .await?;
        }
        Ok(())
    }
}
