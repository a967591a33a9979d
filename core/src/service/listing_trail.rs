//! Lists that show personal data leave a trace in the audit trail: which staff member was shown
//! which customers, orders, reviews or requests, by their ids and never their data or the words
//! searched for. A page shown is noted in memory at once and written within a second, as one
//! event per staff member and kind of list for every page of that second: search as you type
//! never waits for a write per key press. Closing the register writes what is noted; should
//! the app be killed, the last second's notes are lost. The queue that keeps them until then
//! is the database's (`db/notes.rs`); what they mean and how they are written is here.

use crate::domain::AuditAction;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use super::ServiceError;
use super::audit::{self, Actor, Event};
use crate::db::Db;
use crate::db::notes::{Note, Writer};
use crate::entity::staff_user;

/// How long notes are gathered before they are written.
const WINDOW: Duration = Duration::from_secs(1);

/// What kind of list a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Listing {
    Customers,
    Orders,
    Reviews,
    AccessRequests,
}

impl Listing {
    fn action(self) -> AuditAction {
        match self {
            Listing::Customers => AuditAction::CustomerList,
            Listing::Orders => AuditAction::OrderList,
            Listing::Reviews => AuditAction::ReviewList,
            Listing::AccessRequests => AuditAction::AccessRequestList,
        }
    }
}

/// A page shown to a staff member.
struct Shown {
    actor: Actor,
    listing: Listing,
    ids: Vec<i32>,
}

/// Notes that `staff` was shown a page of these `ids`. An empty page shows nobody.
pub(crate) async fn shown(
    db: &Db,
    staff: &staff_user::Model,
    listing: Listing,
    ids: impl IntoIterator<Item = i32>,
) -> Result<(), ServiceError> {
    let ids: Vec<i32> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(());
    }
    let shown = Shown {
        actor: Actor::from(staff),
        listing,
        ids,
    };
    let unsent = match db.notes(WINDOW, writer) {
        Some(queue) => match queue.note(Box::new(shown)) {
            Ok(()) => return Ok(()),
            Err(note) => note,
        },
        None => Box::new(shown),
    };
    // No writer to hand it to (no runtime to run one in): written at once instead.
    write(db, &gather(&shown_notes(&[unsent]))).await
}

fn writer() -> Writer {
    Arc::new(|db, notes| {
        Box::pin(async move {
            let pending = gather(&shown_notes(&notes));
            match write(&db, &pending).await {
                Ok(()) => Vec::new(),
                Err(_) => notes,
            }
        })
    })
}

/// The notes the queue kept, as what they are: every note it holds is a page shown.
fn shown_notes(notes: &[Note]) -> Vec<&Shown> {
    notes
        .iter()
        .filter_map(|note| note.downcast_ref::<Shown>())
        .collect()
}

/// The pages of one staff member and one kind of list, gathered.
#[derive(Default)]
struct Gathered {
    actor: Option<Actor>,
    pages: u64,
    ids: BTreeSet<i32>,
}

type Pending = BTreeMap<(String, Listing), Gathered>;

fn gather(notes: &[&Shown]) -> Pending {
    let mut pending = Pending::new();
    for note in notes {
        let gathered = pending
            .entry((note.actor.username.clone(), note.listing))
            .or_default();
        gathered.pages += 1;
        gathered.ids.extend(note.ids.iter().copied());
        gathered.actor = Some(note.actor.clone());
    }
    pending
}

async fn write(db: &Db, pending: &Pending) -> Result<(), ServiceError> {
    let txn = db.begin_write().await?;
    for ((_, listing), gathered) in pending {
        let Some(actor) = &gathered.actor else {
            continue;
        };
        let ids: Vec<i32> = gathered.ids.iter().copied().collect();
        let event = Event::new(listing.action(), None)
            .with_details(json!({ "pages": gathered.pages, "ids": ids }));
        audit::append(&txn, actor, event).await?;
    }
    txn.commit().await?;
    Ok(())
}
