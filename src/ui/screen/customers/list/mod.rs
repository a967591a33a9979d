//! The customer list: search as you type, sort, and page through any number of customers.
//! Only one page is ever held; a reply to an older search is dropped when a newer one is out.
//! The state and what each message does are here; how it is drawn is in `view`.

mod view;

use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use register::domain::consultation::{Purpose, Why};
use register::domain::{Field, FieldError, Problem};
use register::service::customer::{self, CustomerQuery, CustomerSort, CustomerSummary};
use register::service::{PageRequest, Rows};
use register::service::{ServiceError, ServiceResult};

use crate::ui::widget::Choice;
use crate::ui::widget::paged::{Paged, Turn};
use register::service::erasure::Erasure;

pub const PAGE_SIZE: u64 = 50;

/// The search field, which has the keyboard as the list opens.
pub const SEARCH: &str = "customer-search";
/// The rows' scrollable, which follows the row chosen with the keyboard.
pub const ROWS: &str = "customer-rows";

#[derive(Debug)]
pub struct State {
    query: String,
    sort: CustomerSort,
    show: Show,
    rows: Paged<CustomerSummary>,
    total: Option<u64>,
    to_check: Option<u64>,
    failure: Option<ServiceError>,
    /// The customer just erased, said above the list until staff search again.
    erased: Option<Erasure>,
    /// Why staff open customers (C-579/21), chosen once and kept for the session.
    purpose: Option<Purpose>,
    /// The few words of an "other" purpose.
    purpose_words: String,
    /// A customer was clicked before a purpose was chosen (or "other" without its words).
    purpose_problem: Option<Problem>,
    /// The row ↓ and ↑ have chosen on the page, which Enter in the search opens.
    selected: usize,
}

/// Which customers the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    #[default]
    All,
    /// Those an import kept with values that do not validate, for staff to correct.
    ToCheck,
}

impl Default for State {
    fn default() -> Self {
        Self {
            query: String::new(),
            sort: CustomerSort::default(),
            show: Show::All,
            rows: Paged::new(PAGE_SIZE),
            total: None,
            to_check: None,
            failure: None,
            erased: None,
            purpose: None,
            purpose_words: String::new(),
            purpose_problem: None,
            selected: 0,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Query(String),
    Sort(SortChoice),
    Show(ShowChoice),
    Turn(Turn),
    Open(i32),
    Purpose(Choice<Purpose>),
    PurposeWords(String),
    New,
    /// ↓ or ↑: the row chosen moves by one.
    Step(isize),
    /// Enter in the search: the row chosen is opened.
    OpenSelected,
    Loaded(u64, ServiceResult<Rows<CustomerSummary>>),
    Counted(ServiceResult<(u64, u64)>),
}

#[derive(Debug)]
pub enum Job {
    Search(u64, CustomerQuery),
    ToCheck(u64, PageRequest),
    /// The register's customers and those of them to check.
    Count,
}

/// What the list tells the customers screen.
#[derive(Debug)]
pub enum Event {
    Open(i32, Why),
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

/// The filter as the list's picker shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShowChoice {
    pub show: Show,
    label: String,
}

impl std::fmt::Display for ShowChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl State {
    /// The customer of the row chosen with the keyboard.
    fn selected_id(&self) -> Option<i32> {
        self.rows.items()?.get(self.selected).map(|c| c.id)
    }

    /// Where the rows should be scrolled to keep the chosen one in view, as a share of their
    /// length.
    pub fn scroll_share(&self) -> f32 {
        let count = self.rows.items().map_or(0, <[_]>::len);
        if count < 2 {
            return 0.0;
        }
        self.selected as f32 / (count - 1) as f32
    }

    /// The first search, to run when the list is first shown.
    pub fn refresh(&mut self) -> Job {
        let request = self.rows.request();
        self.search(request)
    }

    /// Says what the erasure of a customer just done did.
    pub fn erased(&mut self, erasure: Erasure) {
        self.erased = Some(erasure);
    }

    /// The purpose chosen for opening customers, or what is missing from it.
    fn why(&self) -> Result<Why, FieldError> {
        match self.purpose {
            None => Err(FieldError::new(
                Field::ConsultationPurpose,
                Problem::Required,
            )),
            Some(Purpose::Other) => Why::other(&self.purpose_words),
            Some(purpose) => Why::new(purpose),
        }
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Job {
        if self.show == Show::ToCheck {
            return Job::ToCheck(generation, page);
        }
        Job::Search(
            generation,
            CustomerQuery {
                text: self.query.clone(),
                sort: self.sort,
                page,
            },
        )
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Query(query) => {
                self.erased = None;
                self.query = query;
                let request = self.rows.restart();
                return self.search(request).into();
            }
            Message::Sort(choice) => {
                self.sort = choice.sort;
                let request = self.rows.restart();
                return self.search(request).into();
            }
            Message::Show(choice) => {
                self.show = choice.show;
                let request = self.rows.restart();
                return self.search(request).into();
            }
            Message::Turn(turn) => {
                if let Some(request) = self.rows.turn(turn) {
                    return self.search(request).into();
                }
            }
            Message::Open(id) => match self.why() {
                Ok(why) => {
                    self.purpose_problem = None;
                    return Update::event(Event::Open(id, why));
                }
                Err(error) => self.purpose_problem = Some(error.problem),
            },
            Message::Purpose(choice) => {
                self.purpose = Some(choice.value);
                self.purpose_problem = None;
            }
            Message::PurposeWords(words) => {
                self.purpose_words = words;
                self.purpose_problem = None;
            }
            Message::New => return Update::event(Event::New),
            Message::Loaded(generation, reply) => {
                self.rows.accept(generation, reply);
                self.selected = 0;
            }
            Message::Step(step) => {
                let count = self.rows.items().map_or(0, <[_]>::len);
                self.selected = self
                    .selected
                    .saturating_add_signed(step)
                    .min(count.saturating_sub(1));
            }
            Message::OpenSelected => {
                if let Some(id) = self.selected_id() {
                    return self.update(Message::Open(id));
                }
            }
            Message::Counted(Ok((total, to_check))) => {
                self.total = Some(total);
                self.to_check = Some(to_check);
            }
            Message::Counted(Err(failure)) => self.failure = Some(failure),
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            let (db, session) = (&c.db, &c.session);
            match job {
                Job::Search(generation, query) => {
                    Message::Loaded(generation, customer::search(db, session, &query).await)
                }
                Job::ToCheck(generation, page) => {
                    Message::Loaded(generation, customer::to_check(db, session, &page).await)
                }
                Job::Count => {
                    let counts = async {
                        let total = customer::count(db, session).await?;
                        Ok((total, customer::count_to_check(db, session).await?))
                    };
                    Message::Counted(counts.await)
                }
            }
        })
    }
}

crate::ui::screen::one_job_updates!(State, Job);
