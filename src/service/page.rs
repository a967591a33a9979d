/// Which slice of a long list to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub offset: u64,
    pub limit: u64,
}

/// The most rows one page may hold, whatever the caller asks for.
pub const MAX_PAGE_SIZE: u64 = 500;

impl PageRequest {
    pub fn new(offset: u64, limit: u64) -> Self {
        Self {
            offset,
            limit: limit.clamp(1, MAX_PAGE_SIZE),
        }
    }

    pub fn first(limit: u64) -> Self {
        Self::new(0, limit)
    }

    /// One more row than the page holds: its presence tells whether another page follows.
    pub(crate) fn fetch_limit(self) -> u64 {
        self.limit.clamp(1, MAX_PAGE_SIZE) + 1
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub offset: u64,
    pub has_more: bool,
}

impl<T> Page<T> {
    pub(crate) fn from_rows(mut rows: Vec<T>, request: PageRequest) -> Self {
        let limit = usize::try_from(request.limit.clamp(1, MAX_PAGE_SIZE)).unwrap_or(usize::MAX);
        let has_more = rows.len() > limit;
        rows.truncate(limit);
        Self {
            items: rows,
            offset: request.offset,
            has_more,
        }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            offset: self.offset,
            has_more: self.has_more,
        }
    }
}
