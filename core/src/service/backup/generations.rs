//! The backups kept in the backup folder: the newest of each of the last days and of the last
//! months the settings give (days and months in Finland); older ones are removed when a new one
//! has been written. Only files named as this module names them are ever touched.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, NaiveDateTime, Utc};

use crate::format::date_in_finland;

const PREFIX: &str = "asiakasrekisteri-";
const SUFFIX: &str = ".arb";
const STAMP: &str = "%Y%m%d-%H%M%SZ";

/// A backup's name in the folder, from the moment it was taken (UTC, to the second).
pub fn file_name(taken_at: DateTime<Utc>) -> String {
    format!("{PREFIX}{}{SUFFIX}", taken_at.format(STAMP))
}

/// The moment in a name [`file_name`] made; `None` for any other file.
pub fn taken_at(name: &str) -> Option<DateTime<Utc>> {
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(stamp, STAMP)
        .ok()
        .map(|naive| naive.and_utc())
}

/// The backups in `folder`, newest first.
pub fn in_folder(folder: &Path) -> std::io::Result<Vec<(PathBuf, DateTime<Utc>)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let name = entry.file_name();
        if let Some(at) = name.to_str().and_then(taken_at) {
            found.push((entry.path(), at));
        }
    }
    found.sort_by_key(|(_, at)| std::cmp::Reverse(*at));
    Ok(found)
}

/// Which of `backups` (newest first) go: all but the newest of each of the `daily` latest
/// days and of the `monthly` latest months that have a backup. The newest always stays.
pub fn beyond_kept(backups: &[(PathBuf, DateTime<Utc>)], daily: u32, monthly: u32) -> Vec<PathBuf> {
    let mut days = BTreeSet::new();
    let mut months = BTreeSet::new();
    let mut remove = Vec::new();
    for (index, (path, at)) in backups.iter().enumerate() {
        let local = date_in_finland(*at);
        let day = local;
        let month = (local.year(), local.month());
        let mut kept = index == 0;
        if !days.contains(&day) && days.len() < daily as usize {
            days.insert(day);
            kept = true;
        }
        if !months.contains(&month) && months.len() < monthly as usize {
            months.insert(month);
            kept = true;
        }
        if !kept {
            remove.push(path.clone());
        }
    }
    remove
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0)
            .single()
            .expect("date")
    }

    fn backups(times: &[DateTime<Utc>]) -> Vec<(PathBuf, DateTime<Utc>)> {
        let mut list: Vec<_> = times
            .iter()
            .map(|t| (PathBuf::from(file_name(*t)), *t))
            .collect();
        list.sort_by_key(|(_, at)| std::cmp::Reverse(*at));
        list
    }

    #[test]
    fn a_name_gives_back_its_moment_and_other_files_are_not_backups() {
        let moment = at(2026, 11, 30, 1);
        assert_eq!(taken_at(&file_name(moment)), Some(moment));
        assert_eq!(taken_at("asiakasrekisteri-kopio.arb"), None);
        assert_eq!(taken_at("erasure-ledger.jsonl"), None);
    }

    #[test]
    fn the_newest_of_each_kept_day_and_month_stay_and_the_rest_go() {
        // Two a day for ten days in November, and one on the first of three earlier months.
        let mut times: Vec<_> = (1..=10)
            .flat_map(|d| {
                [
                    at(2026, 11, 20 + d.min(10), 8),
                    at(2026, 11, 20 + d.min(10), 14),
                ]
            })
            .collect();
        times.dedup();
        times.extend([at(2026, 8, 1, 8), at(2026, 9, 1, 8), at(2026, 10, 1, 8)]);
        let list = backups(&times);
        let removed: BTreeSet<PathBuf> = beyond_kept(&list, 3, 2).into_iter().collect();
        let kept: Vec<DateTime<Utc>> = list
            .iter()
            .filter(|(path, _)| !removed.contains(path))
            .map(|(_, t)| *t)
            .collect();
        // Three days' newest (30th, 29th, 28th of November), and the newest of October as
        // the second month (November's newest is already kept).
        assert_eq!(
            kept,
            [
                at(2026, 11, 30, 14),
                at(2026, 11, 29, 14),
                at(2026, 11, 28, 14),
                at(2026, 10, 1, 8),
            ]
        );
    }

    #[test]
    fn the_newest_backup_stays_even_when_nothing_is_to_be_kept() {
        let list = backups(&[at(2026, 11, 30, 8), at(2026, 11, 29, 8)]);
        assert_eq!(beyond_kept(&list, 0, 0), [list[1].0.clone()]);
    }

    #[test]
    fn a_day_is_a_day_in_finland() {
        // 23.30 UTC on the 29th is already the 30th in Helsinki: one day, the later one stays.
        let list = backups(&[at(2026, 11, 29, 23), at(2026, 11, 30, 8)]);
        assert_eq!(beyond_kept(&list, 1, 0), [list[1].0.clone()]);
    }
}
