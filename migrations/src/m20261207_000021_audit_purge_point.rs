use sea_orm_migration::{prelude::*, schema::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Where the audit chain begins once its oldest events have been deleted at the end of their
/// retention period: the last deleted event's number and hash. The first event kept points at
/// that hash, so the chain is checked from there, and the deletion itself is an event of the
/// chain that names the same point. 0 and the genesis hash while nothing has been deleted.
///
/// The table stays append-only for every event after the purge point: an event can be deleted
/// only once the head's purge point has been moved past it, which the verification then holds
/// against the purge event in the chain.
#[derive(DeriveIden)]
enum AuditHead {
    Table,
    PurgedSeq,
    PurgedHash,
}

const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

const SQLITE_PURGE_ONLY: &str = "
DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN OLD.seq > (SELECT purged_seq FROM audit_head WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only after its purge point'); END;
";

const POSTGRES_PURGE_ONLY: &str = "
DROP TRIGGER audit_events_no_change ON audit_events;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE FUNCTION audit_events_purge_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.seq > (SELECT purged_seq FROM audit_head WHERE id = 1) THEN
    RAISE EXCEPTION 'audit_events is append-only after its purge point';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_purge_only();
";

const SQLITE_APPEND_ONLY: &str = "
DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
";

const POSTGRES_APPEND_ONLY: &str = "
DROP TRIGGER audit_events_no_delete ON audit_events;
DROP TRIGGER audit_events_no_update ON audit_events;
DROP FUNCTION audit_events_purge_only();
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditHead::Table)
                    .add_column(big_integer(AuditHead::PurgedSeq).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AuditHead::Table)
                    .add_column(string(AuditHead::PurgedHash).default(GENESIS_HASH))
                    .to_owned(),
            )
            .await?;
        let triggers = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_PURGE_ONLY,
            _ => SQLITE_PURGE_ONLY,
        };
        manager
            .get_connection()
            .execute_unprepared(triggers)
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let triggers = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_APPEND_ONLY,
            _ => SQLITE_APPEND_ONLY,
        };
        manager
            .get_connection()
            .execute_unprepared(triggers)
            .await?;
        for column in [AuditHead::PurgedHash, AuditHead::PurgedSeq] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditHead::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
