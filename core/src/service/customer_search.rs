//! Finding one page of customers as staff type, as fast at a million customers as at a
//! hundred.
//!
//! A search matches the start of the name in either order, of the email address or of the phone
//! number, or a whole order number. Each of those has an index in byte order, so a typed prefix
//! is an index range. The results are shown in name order (or newest first), which no single
//! index of a key gives, so each key is taken separately and the few rows found are merged:
//!
//! - a key matching at most [`FEW`] customers is read from its own index, which also holds the
//!   name order, and sorted; reading a few thousand index entries costs a millisecond;
//! - keys matching more are dense enough that walking the list in order, checking every key on
//!   the way, fills a page after a few thousand entries: one walk serves all of them;
//! - in name order the surname key is already an index range in list order.
//!
//! Pages are found by seeking from the neighbouring page's first or last row, never by
//! skipping rows, so the last page costs what the first does.

use sea_orm::sea_query::{Alias, Asterisk, Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait, Select,
};

use futures_util::future::try_join_all;
use unicode_normalization::UnicodeNormalization;

use super::ServiceError;
use super::customer::CustomerSort;
use super::key_range::{prefix, prefix_unindexed, unindexed};
use super::page::{PageKey, PageRequest, Rows, Seek};
use crate::entity::{customer, order};

/// A key matching more customers than this is walked in list order instead of sorted. Sorting
/// 10,000 index entries takes about 1.5 ms; a key matching more than 1 % of a million customers
/// fills a page within a few thousand entries of the walk, unless its matches crowd into one
/// stretch of the alphabet (see the README's performance notes).
const FEW: u64 = 10_000;

/// One page of the customers matching `text` (all customers when it is empty). The services
/// call this after checking the session; it is public for the benchmark's raw comparison.
pub async fn page(
    conn: &impl ConnectionTrait,
    text: &str,
    sort: CustomerSort,
    request: &PageRequest,
) -> Result<Rows<customer::Model>, ServiceError> {
    page_with_threshold(conn, text, sort, request, FEW).await
}

/// [`page`] with another line between keys that are sorted and keys that are walked, so that
/// tests reach both roads without a million customers.
#[doc(hidden)]
pub async fn page_with_threshold(
    conn: &impl ConnectionTrait,
    text: &str,
    sort: CustomerSort,
    request: &PageRequest,
    few: u64,
) -> Result<Rows<customer::Model>, ServiceError> {
    let direction = Direction::of(sort, &request.seek);
    let anchor = match &request.seek {
        Seek::After(key) | Seek::Before(key) => Some(key),
        Seek::Offset => None,
    };
    // Without an anchor the page is found by skipping `offset` rows, which only the first
    // page and callers outside the list screens do.
    let skip = if anchor.is_none() { request.offset } else { 0 };
    let limit = request.fetch_limit();
    let keys = match Keys::typed(text) {
        None => {
            direction
                .walk(Condition::all(), anchor, skip + limit, conn)
                .await?
        }
        Some(typed) => matching(conn, &typed, direction, anchor, skip + limit, few).await?,
    };
    let keys = keys
        .get(usize::try_from(skip).unwrap_or(usize::MAX)..)
        .unwrap_or_default();
    let mut rows = rows_in_order(conn, keys).await?;
    if direction.backward {
        if rows.len() < limit as usize {
            // Fewer rows before this page than a page holds: show the top of the list instead.
            let first = PageRequest::new(0, request.limit);
            return Box::pin(page_with_threshold(conn, text, sort, &first, few)).await;
        }
        rows.truncate(request.limit as usize);
        rows.reverse();
        let mut page = Rows::from_rows(rows, request);
        page.has_more = true;
        page.keys = direction.keys_of(&page.items);
        return Ok(page);
    }
    let mut page = Rows::from_rows(rows, request);
    page.keys = direction.keys_of(&page.items);
    Ok(page)
}

/// The typed text as the start of each search key.
struct Keys {
    name: String,
    email: String,
    phone: Option<String>,
    order_numbers: [String; 2],
}

impl Keys {
    fn typed(text: &str) -> Option<Self> {
        // "Häkkinen, Aino", as the list shows the name, is the surname and the first name.
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|word| !word.is_empty())
            .collect();
        if words.is_empty() {
            return None;
        }
        let trimmed = text.trim();
        // Stored names are composed (NFC); a Mac may send "ä" as "a" and a combining mark.
        let name = words.join(" ").nfc().collect::<String>().to_lowercase();
        Some(Self {
            email: trimmed.to_lowercase(),
            phone: phone_prefix(trimmed),
            // Shopify names its orders "#1001"; staff type the number with or without the sign.
            order_numbers: [
                trimmed.to_uppercase(),
                format!("#{}", trimmed.trim_start_matches('#')),
            ],
            name,
        })
    }
}

/// Which way the rows are read: the list's own order, or backwards for a previous page.
#[derive(Debug, Clone, Copy)]
struct Direction {
    sort: CustomerSort,
    backward: bool,
}

impl Direction {
    fn of(sort: CustomerSort, seek: &Seek) -> Self {
        Self {
            sort,
            backward: matches!(seek, Seek::Before(_)),
        }
    }

    /// Whether the rows are read in ascending order of their sort columns.
    fn ascending(self) -> bool {
        match self.sort {
            CustomerSort::Name => !self.backward,
            CustomerSort::Newest => self.backward,
        }
    }

    fn order(self) -> Order {
        if self.ascending() {
            Order::Asc
        } else {
            Order::Desc
        }
    }

    /// The rows past the anchor, in reading order.
    fn past(self, anchor: &PageKey) -> Condition {
        let columns = (
            Expr::col(customer::Column::ReversedNameKey),
            Expr::col(customer::Column::Id),
        );
        self.past_by(anchor, columns)
    }

    /// The same, written so that no index can serve it (see [`Direction::sorted`]).
    fn past_unindexed(self, anchor: &PageKey) -> Condition {
        let columns = (
            unindexed(customer::Column::ReversedNameKey),
            Expr::col(customer::Column::Id).add(0),
        );
        self.past_by(anchor, columns)
    }

    /// Compares the sort columns, as given, with the anchor's.
    fn past_by(self, anchor: &PageKey, (sort_text, id): (Expr, Expr)) -> Condition {
        let (left, right) = match self.sort {
            CustomerSort::Name => (
                Expr::tuple([sort_text, id]),
                Expr::tuple([Expr::val(anchor.sort_text.clone()), Expr::val(anchor.id)]),
            ),
            CustomerSort::Newest => (id, Expr::val(anchor.id)),
        };
        Condition::all().add(if self.ascending() {
            left.gt(right)
        } else {
            left.lt(right)
        })
    }

    fn keyed(self) -> Select<customer::Entity> {
        customer::Entity::find()
            .select_only()
            .column(customer::Column::ReversedNameKey)
            .column(customer::Column::Id)
    }

    /// The page's keys read in list order, stopping after `limit`: for conditions that many
    /// rows meet, or that the list's index serves itself.
    async fn walk(
        self,
        condition: Condition,
        anchor: Option<&PageKey>,
        limit: u64,
        conn: &impl ConnectionTrait,
    ) -> Result<Vec<Key>, ServiceError> {
        let mut select = self.keyed().filter(condition);
        if let Some(anchor) = anchor {
            select = select.filter(self.past(anchor));
        }
        select = match self.sort {
            CustomerSort::Name => select.order_by(customer::Column::ReversedNameKey, self.order()),
            CustomerSort::Newest => select,
        };
        let select = select
            .order_by(customer::Column::Id, self.order())
            .limit(limit);
        Ok(select.into_tuple::<Key>().all(conn).await?)
    }

    /// The page's keys among the few rows a condition selects, sorted: written so that the
    /// database reads them through the condition's own index rather than walking the list.
    async fn sorted(
        self,
        condition: Condition,
        anchor: Option<&PageKey>,
        limit: u64,
        conn: &impl ConnectionTrait,
    ) -> Result<Vec<Key>, ServiceError> {
        let mut select = self.keyed().filter(condition);
        if let Some(anchor) = anchor {
            select = select.filter(self.past_unindexed(anchor));
        }
        let mut query = select.into_query();
        if self.sort == CustomerSort::Name {
            query.order_by_expr(unindexed(customer::Column::ReversedNameKey), self.order());
        }
        query
            .order_by_expr(Expr::col(customer::Column::Id).add(0), self.order())
            .limit(limit);
        let statement = conn.get_database_backend().build(&query);
        let rows = conn.query_all_raw(statement).await?;
        rows.iter()
            .map(|row| Ok(row.try_get_many_by_index::<Key>()?))
            .collect()
    }

    fn keys_of(self, rows: &[customer::Model]) -> Option<(PageKey, PageKey)> {
        let key = |row: &customer::Model| PageKey {
            sort_text: match self.sort {
                CustomerSort::Name => row.reversed_name_key.clone(),
                CustomerSort::Newest => String::new(),
            },
            id: row.id,
        };
        Some((key(rows.first()?), key(rows.last()?)))
    }

    /// Merges keys found separately into one page in reading order.
    fn merge(self, mut keys: Vec<Key>, limit: u64) -> Vec<Key> {
        match self.sort {
            CustomerSort::Name => keys.sort(),
            CustomerSort::Newest => keys.sort_by_key(|(_, id)| *id),
        }
        keys.dedup_by_key(|(_, id)| *id);
        if !self.ascending() {
            keys.reverse();
        }
        keys.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        keys
    }
}

/// The sort text and id of one row.
type Key = (String, i32);

/// The keys of the rows matching any key's prefix. Statements that do not wait for another's
/// answer are sent at once, each on a connection of its own, so that the database's workers
/// (PostgreSQL's backends, SQLite's readers) run them side by side: first the walk of the
/// surname range, the order numbers and the count of each other key; then the sorted reads of
/// the keys found few and one walk for those found many.
async fn matching(
    conn: &impl ConnectionTrait,
    typed: &Keys,
    direction: Direction,
    anchor: Option<&PageKey>,
    limit: u64,
    few: u64,
) -> Result<Vec<Key>, ServiceError> {
    let mut by_index = vec![
        (customer::Column::NameKey, typed.name.as_str()),
        (customer::Column::EmailKey, typed.email.as_str()),
    ];
    if let Some(phone) = &typed.phone {
        by_index.push((customer::Column::Phone, phone.as_str()));
    }
    if direction.sort == CustomerSort::Newest {
        by_index.push((customer::Column::ReversedNameKey, &typed.name));
    }
    let by_surname = async {
        match direction.sort {
            CustomerSort::Name => {
                let surname = prefix(customer::Column::ReversedNameKey, &typed.name);
                direction.walk(surname, anchor, limit, conn).await
            }
            CustomerSort::Newest => Ok(Vec::new()),
        }
    };
    let counts = try_join_all(
        by_index
            .iter()
            .map(|(column, start)| count_up_to(conn, prefix(*column, start), few + 1)),
    );
    let with_order = Query::select()
        .column(order::Column::CustomerId)
        .from(order::Entity)
        .and_where(Expr::col(order::Column::OrderNumber).is_in(typed.order_numbers.clone()))
        .and_where(Expr::col(order::Column::CustomerId).is_not_null())
        .to_owned();
    let by_order = Condition::all().add(customer::Column::Id.in_subquery(with_order));
    let by_order = direction.sorted(by_order, anchor, limit, conn);
    let (mut found, counts, by_order) = tokio::try_join!(by_surname, counts, by_order)?;
    found.extend(by_order);

    let mut dense = Condition::any();
    let mut sparse = Vec::new();
    for (&(column, start), count) in by_index.iter().zip(counts) {
        if count > few {
            dense = dense.add(prefix_unindexed(column, start));
        } else {
            sparse.push(prefix(column, start));
        }
    }
    let walked = async {
        if dense.is_empty() {
            Ok(Vec::new())
        } else {
            direction.walk(dense, anchor, limit, conn).await
        }
    };
    let sorted = try_join_all(
        sparse
            .into_iter()
            .map(|condition| direction.sorted(condition, anchor, limit, conn)),
    );
    let (walked, sorted) = tokio::try_join!(walked, sorted)?;
    found.extend(walked);
    found.extend(sorted.into_iter().flatten());
    Ok(direction.merge(found, limit))
}

/// The whole rows of the page's keys, in the keys' order.
async fn rows_in_order(
    conn: &impl ConnectionTrait,
    keys: &[Key],
) -> Result<Vec<customer::Model>, ServiceError> {
    let ids: Vec<i32> = keys.iter().map(|(_, id)| *id).collect();
    let mut rows = customer::Entity::find()
        .filter(customer::Column::Id.is_in(ids.clone()))
        .all(conn)
        .await?;
    rows.sort_by_key(|row| ids.iter().position(|id| *id == row.id));
    Ok(rows)
}

/// How many rows meet `condition`, counting no further than `cap`.
async fn count_up_to(
    conn: &impl ConnectionTrait,
    condition: Condition,
    cap: u64,
) -> Result<u64, ServiceError> {
    let matches: SelectStatement = Query::select()
        .expr(Expr::val(1))
        .from(customer::Entity)
        .cond_where(condition)
        .limit(cap)
        .to_owned();
    let count = Query::select()
        .expr(Expr::col(Asterisk).count())
        .from_subquery(matches, Alias::new("matches"))
        .to_owned();
    let statement = conn.get_database_backend().build(&count);
    let row = conn
        .query_one_raw(statement)
        .await?
        .ok_or_else(|| ServiceError::UnexpectedData("no count".into()))?;
    Ok(u64::try_from(row.try_get_by_index::<i64>(0)?).unwrap_or(0))
}

/// A typed phone number as the start of an E.164 number: "040 12" becomes "+3584012".
fn phone_prefix(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let only_phone_characters = text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if digits.len() < 3 || !only_phone_characters {
        return None;
    }
    Some(if text.starts_with('+') {
        format!("+{digits}")
    } else if let Some(international) = digits.strip_prefix("00") {
        format!("+{international}")
    } else if let Some(national) = digits.strip_prefix('0') {
        format!("+358{national}")
    } else {
        format!("+{digits}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_phone_spellings_become_e164_prefixes() {
        assert_eq!(phone_prefix("040 12"), Some("+3584012".into()));
        assert_eq!(phone_prefix("+46 70"), Some("+4670".into()));
        assert_eq!(phone_prefix("00358 40"), Some("+35840".into()));
        assert_eq!(phone_prefix("Aino"), None);
        assert_eq!(phone_prefix("04"), None);
    }

    #[test]
    fn typed_text_becomes_every_key_prefix() {
        let typed = Keys::typed("  Aino   Vir ").unwrap_or_else(|| panic!("typed"));
        assert_eq!(typed.name, "aino vir");
        assert_eq!(typed.phone, None);
        assert!(Keys::typed("   ").is_none());
        let number = Keys::typed("1001").unwrap_or_else(|| panic!("typed"));
        assert_eq!(number.order_numbers, ["1001".to_string(), "#1001".into()]);
    }
}
