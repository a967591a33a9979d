//! What the benchmarks share: a register with its first administrator, and timing figures.

use std::time::{Duration, Instant};

use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::domain::staff::StaffInput;
use register::service::{Session, auth, staff};

pub const ADMIN: &str = "mittaaja";
pub const PASSWORD: &str = "mittaus-salasana-pitka";

/// Connects (creating and migrating as needed) and logs in the benchmark's administrator,
/// creating it in an empty register.
pub async fn open(location: &DatabaseLocation) -> Result<(Db, Session), String> {
    let db = db::connect(location).await.map_err(|e| e.to_string())?;
    if !staff::has_staff(&db).await.map_err(|e| e.to_string())? {
        let input = StaffInput {
            username: ADMIN.into(),
            display_name: "Mittaaja".into(),
            role: "admin".into(),
            password: PASSWORD.into(),
        };
        staff::create_first_admin(&db, &input)
            .await
            .map_err(|e| e.to_string())?;
    }
    let session = auth::login(&db, ADMIN, PASSWORD)
        .await
        .map_err(|e| e.to_string())?;
    Ok((db, session))
}

/// Runs `work` and returns how long it took with its result.
pub async fn timed<T>(work: impl Future<Output = T>) -> (Duration, T) {
    let start = Instant::now();
    let result = work.await;
    (start.elapsed(), result)
}

pub fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
