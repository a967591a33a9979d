//! Notes taken in memory and written in the background, one writer task per open register:
//! the first note starts a window, every note of the window is written together when it ends,
//! and a flush writes at once. What a note is and how it is written is the service's (the
//! lists shown to staff, `service/listing_trail.rs`); the queue only keeps them until they are
//! in. Notes that could not be written (the database busy past its timeout) wait for the next
//! window.

use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use super::Db;

/// A note, as the queue keeps it: the service knows what it holds.
pub(crate) type Note = Box<dyn Any + Send>;

/// Writes the notes of one window on the register it is given; returns those it could not.
pub(crate) type Writer =
    Arc<dyn Fn(Db, Vec<Note>) -> Pin<Box<dyn Future<Output = Vec<Note>> + Send>> + Send + Sync>;

enum Command {
    Note(Note),
    Flush(oneshot::Sender<()>),
}

#[derive(Debug)]
pub(crate) struct Queue {
    sender: mpsc::UnboundedSender<Command>,
}

impl Queue {
    /// Starts the writer on `db`, which must not hold this queue itself: the writer ends when
    /// the last handle of the register that holds the queue is gone.
    pub(super) fn start(db: Db, window: Duration, writer: Writer) -> Self {
        let (sender, receiver) = mpsc::unbounded_channel();
        tokio::spawn(write_loop(db, window, writer, receiver));
        Self { sender }
    }

    /// Hands `note` to the writer; gives it back if the writer has ended.
    pub(crate) fn note(&self, note: Note) -> Result<(), Note> {
        match self.sender.send(Command::Note(note)) {
            Ok(()) => Ok(()),
            Err(mpsc::error::SendError(Command::Note(note))) => Err(note),
            Err(_) => Ok(()),
        }
    }

    /// Returns when every note handed over so far is written (or could not be).
    pub(crate) async fn flush(&self) {
        let (done, written) = oneshot::channel();
        if self.sender.send(Command::Flush(done)).is_ok() {
            let _ = written.await;
        }
    }
}

/// Waits for a first note, gathers for a window, writes; a flush writes at once.
async fn write_loop(
    db: Db,
    window: Duration,
    writer: Writer,
    mut receiver: mpsc::UnboundedReceiver<Command>,
) {
    let mut pending: Vec<Note> = Vec::new();
    while let Some(first) = receiver.recv().await {
        let mut flushed = Vec::new();
        match first {
            Command::Note(note) => pending.push(note),
            Command::Flush(done) => flushed.push(done),
        }
        let deadline = tokio::time::Instant::now() + window;
        let mut open = true;
        while flushed.is_empty() {
            match tokio::time::timeout_at(deadline, receiver.recv()).await {
                Ok(Some(Command::Note(note))) => pending.push(note),
                Ok(Some(Command::Flush(done))) => flushed.push(done),
                Ok(None) => {
                    open = false;
                    break;
                }
                Err(_) => break,
            }
        }
        if !pending.is_empty() {
            pending = writer(db.clone(), std::mem::take(&mut pending)).await;
        }
        for done in flushed {
            let _ = done.send(());
        }
        if !open {
            break;
        }
    }
}
