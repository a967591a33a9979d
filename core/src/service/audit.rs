//! The tamper-evident audit trail: every event carries a SHA-256 over its contents and the
//! previous event's hash, so changing, removing or reordering any event breaks the chain.

use crate::domain::AuditAction;
use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::page::{PageRequest, Rows};
use super::{ServiceError, Session, authorize};
use crate::db::Db;
use crate::domain::Permission;
use crate::entity::{audit_event, audit_head, staff_user};

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who did it. `staff_id` is `None` for a failed login with an unknown username.
#[derive(Debug, Clone)]
pub(crate) struct Actor {
    pub staff_id: Option<i32>,
    pub username: String,
    /// The role the actor acts in: what a customer's consultation log shows of them.
    pub role: Option<String>,
}

impl From<&staff_user::Model> for Actor {
    fn from(staff: &staff_user::Model) -> Self {
        Self {
            staff_id: Some(staff.id),
            username: staff.username.clone(),
            role: Some(staff.role.clone()),
        }
    }
}

/// What happened to whom. `details` names what changed but never holds personal data values.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub action: AuditAction,
    pub target_id: Option<i32>,
    pub details: Value,
}

impl Event {
    /// An event about `target_id` of the action's target kind (`AuditAction::target`).
    pub fn new(action: AuditAction, target_id: Option<i32>) -> Self {
        Self {
            action,
            target_id,
            details: Value::Null,
        }
    }

    pub fn with_details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }

    /// Adds one detail to those already given.
    pub fn with_detail(mut self, key: &str, value: Value) -> Self {
        if !self.details.is_object() {
            self.details = Value::Object(Default::default());
        }
        if let Value::Object(details) = &mut self.details {
            details.insert(key.to_owned(), value);
        }
        self
    }
}

/// Returns when the lists shown so far are in the trail: they are written within a second of
/// being shown, a page of search results as you type gathered into one event.
pub async fn settle(db: &Db) {
    db.flush_notes().await;
}

/// Appends one event inside the caller's write transaction, so the event and the change it
/// records commit together or not at all.
pub(crate) async fn append(
    txn: &DatabaseTransaction,
    actor: &Actor,
    event: Event,
) -> Result<(), ServiceError> {
    let head = audit_head::Entity::find_by_id(1)
        .one(txn)
        .await?
        .ok_or(ServiceError::NotFound("audit chain head"))?;
    let mut record = audit_event::Model {
        seq: head.seq + 1,
        occurred_at: Utc::now().trunc_subsecs(6),
        actor_staff_id: actor.staff_id,
        actor_username: actor.username.clone(),
        action: event.action.code().to_owned(),
        target_kind: event.action.target().as_str().to_owned(),
        target_id: event.target_id,
        details: event.details.to_string(),
        prev_hash: head.last_hash,
        hash: String::new(),
        actor_role: actor.role.clone(),
    };
    record.hash = chain_hash(&record);
    audit_head::Entity::update(audit_head::ActiveModel {
        id: Set(1),
        seq: Set(record.seq),
        last_hash: Set(record.hash.clone()),
        ..Default::default()
    })
    .exec(txn)
    .await?;
    audit_event::Entity::insert(audit_event::ActiveModel {
        seq: Set(record.seq),
        occurred_at: Set(record.occurred_at),
        actor_staff_id: Set(record.actor_staff_id),
        actor_username: Set(record.actor_username),
        action: Set(record.action),
        target_kind: Set(record.target_kind),
        target_id: Set(record.target_id),
        details: Set(record.details),
        prev_hash: Set(record.prev_hash),
        hash: Set(record.hash),
        actor_role: Set(record.actor_role),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// SHA-256 over every field but the hash itself, each length-prefixed so that no two
/// different events can produce the same input.
fn chain_hash(event: &audit_event::Model) -> String {
    let mut hasher = Sha256::new();
    let mut field = |bytes: &[u8]| {
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    };
    field(event.prev_hash.as_bytes());
    field(&event.seq.to_be_bytes());
    field(timestamp(event.occurred_at).as_bytes());
    field(
        event
            .actor_staff_id
            .map(|id| id.to_string())
            .unwrap_or_default()
            .as_bytes(),
    );
    field(event.actor_username.as_bytes());
    field(event.action.as_bytes());
    field(event.target_kind.as_bytes());
    field(
        event
            .target_id
            .map(|id| id.to_string())
            .unwrap_or_default()
            .as_bytes(),
    );
    field(event.details.as_bytes());
    // Events from before roles were recorded hash as they always did.
    if let Some(role) = &event.actor_role {
        field(role.as_bytes());
    }
    hex::encode(hasher.finalize())
}

fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The first place where the chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    pub seq: i64,
    pub reason: BrokenReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrokenReason {
    /// The event's contents no longer match its hash.
    ContentsChanged,
    /// The event does not point at the hash of the event before it.
    LinkBroken,
    /// Events are missing before this one.
    Missing,
    /// Events were removed from the end of the chain.
    Truncated,
    /// The chain begins later than its last purge event says: events were deleted before
    /// their retention period ended, or without the purge that records it.
    PurgeNotRecorded,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub events_checked: i64,
    pub first_broken: Option<BrokenLink>,
    /// The last event checked, by sequence number and hash, when the chain held: what an
    /// anchor outside the database records.
    pub head: Option<(i64, String)>,
    /// The last event deleted at the end of its retention period (0: none): the check began
    /// after it, from its hash.
    pub purged_through: i64,
}

const VERIFY_BATCH: u64 = 1000;

/// Walks the whole chain in batches, never holding more than one batch in memory.
pub async fn verify(db: &Db, session: &Session) -> Result<Verification, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let conn = db.conn();
    // The chain is checked up to the head as it stands now: events that other workstations
    // append while the check runs are left for the next check, not taken for a broken end.
    let head = audit_head::Entity::find_by_id(1)
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound("audit chain head"))?;
    // Events deleted at the end of their retention period are before the purge point; the
    // first event kept points at the hash of the last one deleted.
    let mut expected_seq = head.purged_seq + 1;
    let mut expected_prev = head.purged_hash.clone();
    // A purge point that no purge event of the chain kept names was moved by hand.
    let mut purge_recorded = head.purged_seq == 0;
    loop {
        let batch = audit_event::Entity::find()
            .filter(audit_event::Column::Seq.gte(expected_seq))
            .filter(audit_event::Column::Seq.lte(head.seq))
            .order_by_asc(audit_event::Column::Seq)
            .limit(VERIFY_BATCH)
            .all(conn)
            .await?;
        if batch.is_empty() {
            break;
        }
        for event in batch {
            let reason = if event.seq != expected_seq {
                Some(BrokenReason::Missing)
            } else if event.prev_hash != expected_prev {
                Some(BrokenReason::LinkBroken)
            } else if chain_hash(&event) != event.hash {
                Some(BrokenReason::ContentsChanged)
            } else {
                None
            };
            if let Some(reason) = reason {
                return Ok(broken(
                    event.seq,
                    reason,
                    expected_seq - 1 - head.purged_seq,
                    head.purged_seq,
                ));
            }
            purge_recorded |= names_purge_point(&event, &head);
            expected_seq += 1;
            expected_prev = event.hash;
        }
    }
    let checked = expected_seq - 1;
    let events_checked = checked - head.purged_seq;
    if head.seq != checked || head.last_hash != expected_prev {
        return Ok(broken(
            checked + 1,
            BrokenReason::Truncated,
            events_checked,
            head.purged_seq,
        ));
    }
    if !purge_recorded {
        return Ok(broken(
            head.purged_seq,
            BrokenReason::PurgeNotRecorded,
            events_checked,
            head.purged_seq,
        ));
    }
    // Events past the head as it is now were not appended through it: the head was set back.
    let head_now = audit_head::Entity::find_by_id(1)
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound("audit chain head"))?;
    let past_head = audit_event::Entity::find()
        .filter(audit_event::Column::Seq.gt(head_now.seq))
        .count(conn)
        .await?;
    if past_head > 0 {
        return Ok(broken(
            head_now.seq + 1,
            BrokenReason::LinkBroken,
            events_checked,
            head.purged_seq,
        ));
    }
    Ok(Verification {
        events_checked,
        first_broken: None,
        head: (checked > 0).then_some((checked, expected_prev)),
        purged_through: head.purged_seq,
    })
}

/// Whether `event` is the purge that deleted the chain up to the head's purge point.
fn names_purge_point(event: &audit_event::Model, head: &audit_head::Model) -> bool {
    if event.action != AuditAction::AuditPurge.code() {
        return false;
    }
    let Ok(details) = serde_json::from_str::<Value>(&event.details) else {
        return false;
    };
    details["through_seq"].as_i64() == Some(head.purged_seq)
        && details["through_hash"].as_str() == Some(head.purged_hash.as_str())
}

/// The chain's last event, by number and hash; none before the first event.
pub(crate) async fn head(db: &Db) -> Result<Option<(i64, String)>, ServiceError> {
    let head = audit_head::Entity::find_by_id(1).one(db.conn()).await?;
    Ok(head
        .filter(|head| head.seq > 0)
        .map(|head| (head.seq, head.last_hash)))
}

/// An event whose hash an anchor recorded, as the chain holds it now: `None` when the event
/// is gone.
pub async fn hashes_at(
    db: &Db,
    session: &Session,
    seqs: &[i64],
) -> Result<Vec<(i64, Option<String>)>, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let mut found = std::collections::HashMap::new();
    for chunk in seqs.chunks(500) {
        let events = audit_event::Entity::find()
            .filter(audit_event::Column::Seq.is_in(chunk.iter().copied()))
            .all(db.conn())
            .await?;
        found.extend(events.into_iter().map(|e| (e.seq, e.hash)));
    }
    // The last event deleted at the end of its retention period is still known by its hash.
    if let Some((seq, hash)) = purge_point(db).await? {
        found.insert(seq, hash);
    }
    Ok(seqs
        .iter()
        .map(|seq| (*seq, found.get(seq).cloned()))
        .collect())
}

/// The last event deleted at the end of its retention period, by number and hash: the chain
/// kept begins after it. None while nothing has been deleted.
pub(crate) async fn purge_point(db: &Db) -> Result<Option<(i64, String)>, ServiceError> {
    let head = audit_head::Entity::find_by_id(1).one(db.conn()).await?;
    Ok(head
        .filter(|head| head.purged_seq > 0)
        .map(|head| (head.purged_seq, head.purged_hash)))
}

fn broken(seq: i64, reason: BrokenReason, checked: i64, purged_through: i64) -> Verification {
    Verification {
        events_checked: checked,
        first_broken: Some(BrokenLink { seq, reason }),
        head: None,
        purged_through,
    }
}

/// Filters of the audit log viewer; every field narrows the result.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor_username: Option<String>,
    /// One kind of event, as the screen's picker offers them.
    pub action: Option<AuditAction>,
    /// Events whose code starts so, for scripts and tests (`customer.`).
    pub action_prefix: Option<String>,
    pub target_kind: Option<String>,
    pub target_id: Option<i32>,
    pub from: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// Newest events first.
pub async fn list(
    db: &Db,
    session: &Session,
    filter: &AuditFilter,
    page: PageRequest,
) -> Result<Rows<AuditEntry>, ServiceError> {
    authorize(db.conn(), session, Permission::Administration).await?;
    let mut query = audit_event::Entity::find();
    if let Some(actor) = &filter.actor_username {
        query = query.filter(audit_event::Column::ActorUsername.eq(actor.trim().to_lowercase()));
    }
    if let Some(action) = filter.action {
        query = query.filter(audit_event::Column::Action.eq(action.code()));
    }
    if let Some(prefix) = &filter.action_prefix {
        query = query.filter(audit_event::Column::Action.starts_with(prefix.trim()));
    }
    if let Some(kind) = &filter.target_kind {
        query = query.filter(audit_event::Column::TargetKind.eq(kind.as_str()));
    }
    if let Some(id) = filter.target_id {
        query = query.filter(audit_event::Column::TargetId.eq(id));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_event::Column::OccurredAt.gte(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(audit_event::Column::OccurredAt.lt(until));
    }
    let rows = query
        .order_by_desc(audit_event::Column::Seq)
        .offset(page.offset)
        .limit(page.fetch_limit())
        .all(db.conn())
        .await?;
    Ok(Rows::from_rows(rows, &page).map(AuditEntry::from))
}

/// One event as the audit log viewer shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_username: String,
    pub action: String,
    pub target_kind: String,
    pub target_id: Option<i32>,
    pub details: String,
}

impl From<audit_event::Model> for AuditEntry {
    fn from(event: audit_event::Model) -> Self {
        Self {
            seq: event.seq,
            occurred_at: event.occurred_at,
            actor_username: event.actor_username,
            action: event.action,
            target_kind: event.target_kind,
            target_id: event.target_id,
            details: event.details,
        }
    }
}
