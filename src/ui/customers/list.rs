//! The customer list: search as you type, sort, and page through any number of customers.
//! Only one page is ever held; a reply to an older search is dropped when a newer one is out.

use iced::widget::{button, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Element, Length};

use crate::db::Db;
use crate::service::customer::{self, CustomerQuery, CustomerSort, CustomerSummary};
use crate::service::{Page, PageRequest, Session};

use crate::ui::form::{Failure, Outcome, outcome};
use crate::ui::i18n::I18n;
use crate::ui::widgets::{bold, error_banner, muted, title};

pub const PAGE_SIZE: u64 = 50;

#[derive(Debug, Default)]
pub struct State {
    query: String,
    sort: CustomerSort,
    offset: u64,
    page: Option<Page<CustomerSummary>>,
    total: Option<u64>,
    /// Numbers each search; only the reply to the newest is shown.
    generation: u64,
    failure: Option<Failure>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Query(String),
    Sort(SortChoice),
    Previous,
    Next,
    Open(i32),
    New,
    Loaded(u64, Outcome<Page<CustomerSummary>>),
    Counted(Outcome<u64>),
}

pub enum Action {
    None,
    Search(u64, CustomerQuery),
    Open(i32),
    New,
}

/// The sort orders as the list's picker shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortChoice {
    pub sort: CustomerSort,
    label: String,
}

impl std::fmt::Display for SortChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl State {
    /// The first search, to run when the list is first shown.
    pub fn refresh(&mut self) -> Action {
        self.search()
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Query(query) => {
                self.query = query;
                self.offset = 0;
                return self.search();
            }
            Message::Sort(choice) => {
                self.sort = choice.sort;
                self.offset = 0;
                return self.search();
            }
            Message::Previous => {
                self.offset = self.offset.saturating_sub(PAGE_SIZE);
                return self.search();
            }
            Message::Next => {
                if self.page.as_ref().is_some_and(|p| p.has_more) {
                    self.offset += PAGE_SIZE;
                    return self.search();
                }
            }
            Message::Open(id) => return Action::Open(id),
            Message::New => return Action::New,
            Message::Loaded(generation, result) if generation == self.generation => match result {
                Ok(page) => {
                    self.page = Some(page);
                    self.failure = None;
                }
                Err(failure) => self.failure = Some(failure),
            },
            Message::Loaded(..) => {}
            Message::Counted(Ok(total)) => self.total = Some(total),
            Message::Counted(Err(failure)) => self.failure = Some(failure),
        }
        Action::None
    }

    fn search(&mut self) -> Action {
        self.generation += 1;
        Action::Search(
            self.generation,
            CustomerQuery {
                text: self.query.clone(),
                sort: self.sort,
                page: PageRequest::new(self.offset, PAGE_SIZE),
            },
        )
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let choices = sort_choices(i18n);
        let selected = choices.iter().find(|c| c.sort == self.sort).cloned();
        let heading = row![
            title(i18n.t("customers-title")),
            text(
                self.total
                    .map(|count| i18n.t_with("customers-count", &[("count", count.into())]))
                    .unwrap_or_default()
            )
            .style(muted),
            iced::widget::space::horizontal(),
            button(text(i18n.t("new-customer")))
                .padding([6, 14])
                .on_press(Message::New),
        ]
        .spacing(16)
        .align_y(iced::Center);
        let tools = row![
            text_input(&i18n.t("search-placeholder"), &self.query)
                .id("customer-search")
                .on_input(Message::Query)
                .padding(8),
            pick_list(choices, selected, Message::Sort).padding(8),
        ]
        .spacing(10);
        let mut content = column![heading, tools].spacing(14);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        content = content.push(self.rows(i18n));
        content = content.push(self.pager(i18n));
        content.padding(20).into()
    }

    fn rows<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let Some(page) = &self.page else {
            return text(i18n.t("loading")).into();
        };
        if page.items.is_empty() {
            let key = if self.query.trim().is_empty() {
                "no-customers"
            } else {
                "no-matches"
            };
            return text(i18n.t(key)).style(muted).into();
        }
        let header = row![
            cell(text(i18n.t("column-name")).font(bold()), 3),
            cell(text(i18n.t("column-email")).font(bold()), 3),
            cell(text(i18n.t("column-phone")).font(bold()), 2),
            cell(text(i18n.t("column-city")).font(bold()), 2),
        ]
        .padding([0, 8]);
        let rows = page.items.iter().map(|customer| {
            let name = match &customer.company_name {
                Some(company) => format!(
                    "{}, {} ({company})",
                    customer.last_name, customer.first_name
                ),
                None => format!("{}, {}", customer.last_name, customer.first_name),
            };
            button(row![
                cell(text(name), 3),
                cell(text(customer.email.clone().unwrap_or_default()), 3),
                cell(text(customer.phone.clone().unwrap_or_default()), 2),
                cell(text(customer.city.clone().unwrap_or_default()), 2),
            ])
            .style(button::text)
            .width(Length::Fill)
            .on_press(Message::Open(customer.id))
            .into()
        });
        column![
            header,
            scrollable(column(rows).spacing(2)).height(Length::Fill)
        ]
        .spacing(6)
        .into()
    }

    fn pager<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let shown = self.page.as_ref().map_or(0, |p| p.items.len() as u64);
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
                .on_press_maybe((self.offset > 0).then_some(Message::Previous)),
            text(range).style(muted),
            button(text(i18n.t("next-page")))
                .style(button::secondary)
                .on_press_maybe(has_more.then_some(Message::Next)),
        ]
        .spacing(12)
        .align_y(iced::Center)
        .into()
    }
}

fn cell<'a>(content: text::Text<'a>, portion: u16) -> Element<'a, Message> {
    container(content.wrapping(text::Wrapping::None))
        .width(Length::FillPortion(portion))
        .clip(true)
        .into()
}

fn sort_choices(i18n: &I18n) -> Vec<SortChoice> {
    vec![
        SortChoice {
            sort: CustomerSort::Name,
            label: i18n.t("sort-name"),
        },
        SortChoice {
            sort: CustomerSort::Newest,
            label: i18n.t("sort-newest"),
        },
    ]
}

pub async fn search(db: Db, session: Session, generation: u64, query: CustomerQuery) -> Message {
    Message::Loaded(
        generation,
        outcome(customer::search(&db, &session, &query).await),
    )
}

pub async fn count(db: Db, session: Session) -> Message {
    Message::Counted(outcome(customer::count(&db, &session).await))
}
