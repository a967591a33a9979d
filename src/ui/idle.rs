//! When the session locks itself: after the set time without a key press, a click or a scroll.
//! Time is measured on both clocks: the monotonic one does not advance while a laptop sleeps,
//! so on waking only the wall clock shows how long nobody was there.

use std::time::{Duration, Instant, SystemTime};

/// A moment on both clocks.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    pub monotonic: Instant,
    pub wall: SystemTime,
}

impl Moment {
    pub fn now() -> Self {
        Self {
            monotonic: Instant::now(),
            wall: SystemTime::now(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Idle {
    limit: Duration,
    last_activity: Moment,
}

impl Idle {
    pub fn new(limit: Duration) -> Self {
        Self {
            limit,
            last_activity: Moment::now(),
        }
    }

    pub fn limit(&self) -> Duration {
        self.limit
    }

    /// Whether, at `now`, the time without activity has reached the limit on either clock. A
    /// wall clock set back counts as no time passed.
    pub fn expired(&self, now: Moment) -> bool {
        let monotonic = now
            .monotonic
            .saturating_duration_since(self.last_activity.monotonic);
        let wall = now
            .wall
            .duration_since(self.last_activity.wall)
            .unwrap_or_default();
        monotonic.max(wall) >= self.limit
    }

    /// Someone is there at `now`.
    pub fn activity(&mut self, now: Moment) {
        self.last_activity = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sleep_that_stops_the_monotonic_clock_still_counts() {
        let idle = Idle::new(Duration::from_secs(600));
        let start = idle.last_activity;
        let woken = Moment {
            monotonic: start.monotonic + Duration::from_secs(2),
            wall: start.wall + Duration::from_secs(3 * 3600),
        };
        assert!(idle.expired(woken));
    }

    #[test]
    fn a_wall_clock_set_back_does_not_hide_the_time_passed() {
        let idle = Idle::new(Duration::from_secs(600));
        let start = idle.last_activity;
        let later = Moment {
            monotonic: start.monotonic + Duration::from_secs(601),
            wall: start.wall - Duration::from_secs(3600),
        };
        assert!(idle.expired(later));
        let soon = Moment {
            monotonic: start.monotonic + Duration::from_secs(5),
            wall: start.wall + Duration::from_secs(5),
        };
        assert!(!idle.expired(soon));
    }
}
