//! A list shown one page at a time: where it is, the page on screen, and which request's reply
//! to accept. Replies to superseded requests are dropped, so fast typing never shows stale rows.
//! Where the service gives its pages' keys, the next and previous pages are sought from them
//! rather than counted from the top, so paging stays instant however deep the list goes.

use crate::i18n::I18n;
use iced::Element;
use iced::widget::{button, row, text};
use register::service::{PageRequest, Rows, Seek};
use register::service::{ServiceError, ServiceResult};

use crate::ui::theme::muted;

#[derive(Debug)]
pub struct Paged<T> {
    offset: u64,
    /// How the current page was found: asking again reloads it.
    seek: Seek,
    page_size: u64,
    page: Option<Rows<T>>,
    generation: u64,
    failure: Option<ServiceError>,
}

/// What the pager's buttons ask for.
#[derive(Debug, Clone, Copy)]
pub enum Turn {
    Previous,
    Next,
}

impl<T> Paged<T> {
    pub fn new(page_size: u64) -> Self {
        Self {
            offset: 0,
            seek: Seek::Offset,
            page_size,
            page: None,
            generation: 0,
            failure: None,
        }
    }

    /// Starts a new request for the current page; returns its number and the rows to fetch.
    pub fn request(&mut self) -> (u64, PageRequest) {
        self.generation += 1;
        (
            self.generation,
            PageRequest::seeking(self.offset, self.page_size, self.seek.clone()),
        )
    }

    /// Back to the first page, for a new search or filter.
    pub fn restart(&mut self) -> (u64, PageRequest) {
        self.offset = 0;
        self.seek = Seek::Offset;
        self.request()
    }

    /// Moves to the previous or next page if there is one.
    pub fn turn(&mut self, turn: Turn) -> Option<(u64, PageRequest)> {
        let keys = self.page.as_ref().and_then(|p| p.keys.clone());
        match turn {
            Turn::Previous if self.offset > 0 => {
                self.offset = self.offset.saturating_sub(self.page_size);
                self.seek = match keys {
                    Some((first, _)) if self.offset > 0 => Seek::Before(first),
                    _ => Seek::Offset,
                };
            }
            Turn::Next if self.page.as_ref().is_some_and(|p| p.has_more) => {
                self.offset += self.page_size;
                self.seek = keys.map_or(Seek::Offset, |(_, last)| Seek::After(last));
            }
            _ => return None,
        }
        Some(self.request())
    }

    /// Takes a reply if it answers the newest request.
    pub fn accept(&mut self, generation: u64, reply: ServiceResult<Rows<T>>) {
        if generation != self.generation {
            return;
        }
        match reply {
            Ok(page) => {
                // A service may answer with the top of the list instead of a previous page
                // that no longer has a full page before it.
                if page.offset != self.offset {
                    self.offset = page.offset;
                    self.seek = Seek::Offset;
                }
                self.page = Some(page);
                self.failure = None;
            }
            Err(failure) => self.failure = Some(failure),
        }
    }

    pub fn items(&self) -> Option<&[T]> {
        self.page.as_ref().map(|p| p.items.as_slice())
    }

    pub fn items_mut(&mut self) -> Option<&mut Vec<T>> {
        self.page.as_mut().map(|p| &mut p.items)
    }

    pub fn failure(&self) -> Option<&ServiceError> {
        self.failure.as_ref()
    }

    pub fn pager<'a, M: Clone + 'a>(&self, i18n: &I18n, on_turn: fn(Turn) -> M) -> Element<'a, M> {
        let shown = self.items().map_or(0, |items| items.len() as u64);
        let range = if shown == 0 {
            String::new()
        } else {
            i18n.t_with(
                "page-rows",
                &[
                    ("first", (self.offset + 1).to_string().into()),
                    ("last", (self.offset + shown).to_string().into()),
                ],
            )
        };
        let has_more = self.page.as_ref().is_some_and(|p| p.has_more);
        row![
            button(text(i18n.t("previous-page")))
                .style(button::secondary)
                .on_press_maybe((self.offset > 0).then(|| on_turn(Turn::Previous))),
            text(range).style(muted),
            button(text(i18n.t("next-page")))
                .style(button::secondary)
                .on_press_maybe(has_more.then(|| on_turn(Turn::Next))),
        ]
        .spacing(12)
        .align_y(iced::Center)
        .into()
    }
}
