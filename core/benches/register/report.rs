//! The printed table: the app's figures, the raw floor beside them, and their ratio.

use crate::cases::Figure;
use std::time::Duration;

use crate::common::millis;

pub fn print(database: &str, size: u64, figures: &[Figure]) {
    println!();
    println!("{database}, {size} customers (milliseconds; n = samples)");
    println!(
        "{:<36} {:>4} {:>8} {:>8} {:>8} {:>8} {:>7} {:>8}",
        "", "n", "app p50", "app p95", "raw p50", "raw p95", "ratio", "target"
    );
    for figure in figures {
        let mut app = figure.app.clone();
        let mut raw = figure.raw.clone();
        app.sort();
        raw.sort();
        let (app50, app95) = (percentile(&app, 0.5), percentile(&app, 0.95));
        let (raw50, raw95) = (percentile(&raw, 0.5), percentile(&raw, 0.95));
        let ratio = millis(app50) / millis(raw50).max(0.001);
        let target = figure
            .target
            .map(|t| {
                let verdict = if app95 <= t { "ok" } else { "MISSED" };
                format!("<{:.0} {verdict}", millis(t))
            })
            .unwrap_or_default();
        println!(
            "{:<36} {:>4} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>6.1}x {:>8}",
            figure.name,
            app.len(),
            millis(app50),
            millis(app95),
            millis(raw50),
            millis(raw95),
            ratio,
            target
        );
    }
}

/// The value below which `share` (0–1) of the sorted samples fall.
pub fn percentile(sorted: &[Duration], share: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = (share * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}
