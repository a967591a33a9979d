//! Lists that show personal data leave a trace in the audit trail: which staff member was shown
//! which customers, orders, reviews or requests, by their ids and never their data or the words
//! searched for. A page shown is noted in memory at once and written within a second, as one
//! event per staff member and kind of list for every page of that second: search as you type
//! never waits for a write per key press. Closing the register writes what is noted; should
//! the app be killed, the last second's notes are lost.

use crate::domain::AuditAction;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use serde_json::json;
use tokio::sync::{mpsc, oneshot};

use super::ServiceError;
use super::audit::{self, Actor, Event};
use crate::db::Db;
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

enum Command {
    Shown(Shown),
    Flush(oneshot::Sender<()>),
}

/// The register's writer of listing events: one per open register, started with its first
/// list shown.
#[derive(Debug)]
pub(crate) struct Trail {
    sender: mpsc::UnboundedSender<Command>,
}

impl Trail {
    /// Starts the writer on `db`, which must not hold this trail itself: the writer ends when
    /// the last handle of the register that holds the trail is gone.
    pub(crate) fn start(db: Db) -> Self {
        let (sender, receiver) = mpsc::unbounded_channel();
        tokio::spawn(write_loop(db, receiver));
        Self { sender }
    }
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
    let unsent = match db.listing_trail() {
        Some(trail) => match trail.sender.send(Command::Shown(shown)) {
            Ok(()) => return Ok(()),
            Err(mpsc::error::SendError(Command::Shown(shown))) => shown,
            Err(_) => return Ok(()),
        },
        None => shown,
    };
    // No writer to hand it to (no runtime to run one in): written at once instead.
    write(db, &gather(vec![unsent])).await
}

/// Writes every note taken so far; returns when they are in the audit trail.
pub(crate) async fn flush(db: &Db) {
    if let Some(trail) = db.started_listing_trail() {
        let (done, written) = oneshot::channel();
        if trail.sender.send(Command::Flush(done)).is_ok() {
            let _ = written.await;
        }
    }
}

/// The pages of one staff member and one kind of list, gathered.
#[derive(Default)]
struct Gathered {
    actor: Option<Actor>,
    pages: u64,
    ids: BTreeSet<i32>,
}

type Pending = BTreeMap<(String, Listing), Gathered>;

fn gather(notes: Vec<Shown>) -> Pending {
    let mut pending = Pending::new();
    for note in notes {
        add(&mut pending, note);
    }
    pending
}

fn add(pending: &mut Pending, note: Shown) {
    let gathered = pending
        .entry((note.actor.username.clone(), note.listing))
        .or_default();
    gathered.pages += 1;
    gathered.ids.extend(note.ids);
    gathered.actor = Some(note.actor);
}

/// Waits for a first note, gathers for a window, writes; a flush writes at once. Notes that
/// could not be written (the database busy past its timeout) are tried again with the next.
async fn write_loop(db: Db, mut receiver: mpsc::UnboundedReceiver<Command>) {
    let mut pending = Pending::new();
    while let Some(first) = receiver.recv().await {
        let mut flushed = Vec::new();
        match first {
            Command::Shown(note) => add(&mut pending, note),
            Command::Flush(done) => flushed.push(done),
        }
        let deadline = tokio::time::Instant::now() + WINDOW;
        let mut open = true;
        while flushed.is_empty() {
            match tokio::time::timeout_at(deadline, receiver.recv()).await {
                Ok(Some(Command::Shown(note))) => add(&mut pending, note),
                Ok(Some(Command::Flush(done))) => flushed.push(done),
                Ok(None) => {
                    open = false;
                    break;
                }
                Err(_) => break,
            }
        }
        if !pending.is_empty() && write(&db, &pending).await.is_ok() {
            pending.clear();
        }
        for done in flushed {
            let _ = done.send(());
        }
        if !open {
            break;
        }
    }
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
