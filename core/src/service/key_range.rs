//! Text keys that compare byte by byte (SQLite's BINARY, PostgreSQL's "C" collation), so that
//! "starts with" is an index range: from the typed text up to, not including, its successor.

use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, Condition};

/// Rows whose `column` starts with `start`, as an index range.
pub(crate) fn prefix<C: ColumnTrait + Copy>(column: C, start: &str) -> Condition {
    let mut condition = Condition::all().add(column.gte(start));
    if let Some(end) = successor(start) {
        condition = condition.add(column.lt(end));
    }
    condition
}

/// The same, written so that no index can serve it: checked on each row of a walk.
pub(crate) fn prefix_unindexed<C: ColumnTrait + Copy>(column: C, start: &str) -> Condition {
    let mut condition = Condition::all().add(unindexed(column).gte(start));
    if let Some(end) = successor(start) {
        condition = condition.add(unindexed(column).lt(end));
    }
    condition
}

/// The column's value through a function, which keeps the database from choosing the
/// column's index for the condition.
pub(crate) fn unindexed(column: impl ColumnTrait) -> Expr {
    Func::coalesce([Expr::col(column), Expr::val("")]).into()
}

/// The first text after every text that starts with `start`, in byte (code point) order:
/// the last character moved one up.
pub(crate) fn successor(start: &str) -> Option<String> {
    let mut chars: Vec<char> = start.chars().collect();
    while let Some(last) = chars.pop() {
        let mut next = u32::from(last) + 1;
        if (0xD800..0xE000).contains(&next) {
            next = 0xE000;
        }
        if let Some(next) = char::from_u32(next) {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_successor_bounds_every_text_with_the_prefix() {
        assert_eq!(successor("vir"), Some("vis".into()));
        assert_eq!(successor("jää"), Some("jäå".into()));
        assert_eq!(successor(""), None);
        let end = successor("a\u{10FFFF}").unwrap_or_default();
        assert_eq!(end, "b");
        for text in ["vir", "virtanen", "vir\u{10FFFF}x", "virzzz"] {
            assert!(text >= "vir" && text < successor("vir").unwrap_or_default().as_str());
        }
        assert!("vis" >= successor("vir").unwrap_or_default().as_str());
    }
}
