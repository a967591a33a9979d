//! Long lists one page at a time. A page is found either by its offset or, where the list
//! supports it, by seeking from a neighbouring page's first or last row (keyset paging), which
//! costs the same on page 20,000 as on page 1.

/// Where a list is sorted: the sort column's text and the row id that breaks ties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageKey {
    pub sort_text: String,
    pub id: i32,
}

/// How to find the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Seek {
    /// By the offset alone.
    #[default]
    Offset,
    /// The rows right after this one: the next page.
    After(PageKey),
    /// The rows right before this one: the previous page.
    Before(PageKey),
}

/// Which slice of a long list to fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    /// Where the page starts, counted from the top: fetched by when `seek` is
    /// [`Seek::Offset`], otherwise only carried back for showing "rows 51–100".
    pub offset: u64,
    pub limit: u64,
    pub seek: Seek,
}

/// The most rows one page may hold, whatever the caller asks for.
pub const MAX_PAGE_SIZE: u64 = 500;

impl PageRequest {
    pub fn new(offset: u64, limit: u64) -> Self {
        Self {
            offset,
            limit: limit.clamp(1, MAX_PAGE_SIZE),
            seek: Seek::Offset,
        }
    }

    pub fn first(limit: u64) -> Self {
        Self::new(0, limit)
    }

    /// The page at `offset` found by seeking; lists without keyset paging use the offset.
    pub fn seeking(offset: u64, limit: u64, seek: Seek) -> Self {
        Self {
            seek,
            ..Self::new(offset, limit)
        }
    }

    /// One more row than the page holds: its presence tells whether another page follows.
    pub(crate) fn fetch_limit(&self) -> u64 {
        self.limit.clamp(1, MAX_PAGE_SIZE) + 1
    }

    fn rows(&self) -> usize {
        usize::try_from(self.limit.clamp(1, MAX_PAGE_SIZE)).unwrap_or(usize::MAX)
    }
}

/// One page of a list: its rows, where they start, and whether more follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rows<T> {
    pub items: Vec<T>,
    pub offset: u64,
    pub has_more: bool,
    /// The first and last rows' keys, for seeking the previous and next page; `None` for
    /// lists paged by offset only.
    pub keys: Option<(PageKey, PageKey)>,
}

impl<T> Rows<T> {
    pub(crate) fn from_rows(mut rows: Vec<T>, request: &PageRequest) -> Self {
        let has_more = rows.len() > request.rows();
        rows.truncate(request.rows());
        Self {
            items: rows,
            offset: request.offset,
            has_more,
            keys: None,
        }
    }

    pub fn map<U>(mut self, f: impl FnMut(T) -> U) -> Rows<U> {
        let items = std::mem::take(&mut self.items).into_iter().map(f).collect();
        self.keep_position(items)
    }

    /// The same place in the list with other items.
    pub(crate) fn keep_position<U>(self, items: Vec<U>) -> Rows<U> {
        Rows {
            items,
            offset: self.offset,
            has_more: self.has_more,
            keys: self.keys,
        }
    }
}
