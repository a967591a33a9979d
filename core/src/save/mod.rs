//! Writing what the services produce to files: the register extract that answers a request,
//! with its covering letter; the privacy notice; and any file written whole or not at all.
//! Above the services: the documents themselves are built in `extract`, `notice` and `letter`,
//! which know nothing of the database.

mod extract;
mod file;
pub mod file_name;
mod notice;

pub use extract::{Saved, Target, save as extract};
pub use file::{Existing, SaveError, refuse_existing, write, write_streamed};
pub use notice::save as notice;
