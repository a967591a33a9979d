//! The customer list: search as you type, sort, and page through any number of customers.
//! Only one page is ever held; a reply to an older search is dropped when a newer one is out.

use crate::i18n::I18n;
use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use iced::widget::{button, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Element, Length};
use register::domain::consultation::{Purpose, Why};
use register::domain::{Field, FieldError, Phone, Problem};
use register::service::customer::{self, CustomerQuery, CustomerSort, CustomerSummary};
use register::service::{PageRequest, Rows};
use register::service::{ServiceError, ServiceResult};

use crate::ui::theme::muted;
use crate::ui::widget::paged::{Paged, Turn};
use crate::ui::widget::{Choice, bold, error_banner, notice, title};
use register::service::erasure::{Erasure, LedgerState};

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

    /// The purpose picker above the list: what staff open customers for this session.
    fn purpose_picker<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let choices: Vec<Choice<Purpose>> = Purpose::CHOSEN
            .into_iter()
            .map(|p| Choice::new(p, i18n.t(&format!("purpose-choice-{}", p.as_str()))))
            .collect();
        let chosen = choices
            .iter()
            .find(|c| Some(c.value) == self.purpose)
            .cloned();
        let mut line = row![
            text(i18n.field(Field::ConsultationPurpose)),
            pick_list(choices, chosen, Message::Purpose)
                .placeholder(i18n.t("purpose-choose"))
                .padding(6),
        ]
        .spacing(10)
        .align_y(iced::Center);
        if self.purpose == Some(Purpose::Other) {
            line = line.push(
                text_input(&i18n.t("purpose-words-placeholder"), &self.purpose_words)
                    .id("purpose-words")
                    .on_input(Message::PurposeWords)
                    .padding(6)
                    .width(Length::Fixed(320.0)),
            );
        }
        let mut block = column![line].spacing(4);
        if let Some(problem) = &self.purpose_problem {
            let said = match (problem, self.purpose) {
                (Problem::Required, Some(Purpose::Other)) => i18n.t("purpose-words-required"),
                (Problem::Required, _) => i18n.t("purpose-required"),
                _ => i18n.problem(problem),
            };
            block = block.push(text(said).size(13).style(text::danger));
        } else {
            block = block.push(text(i18n.t("purpose-why-asked")).size(13).style(muted));
        }
        block.into()
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

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let choices = sort_choices(i18n);
        let selected = choices.iter().find(|c| c.sort == self.sort).cloned();
        let heading = row![
            title(i18n.t("customers-title")),
            text(
                self.total
                    .map(|count| {
                        let shown = i18n.count(count);
                        i18n.t_with(
                            "customers-count",
                            &[("count", count.into()), ("shown", shown.into())],
                        )
                    })
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
        let shows = show_choices(i18n, self.to_check);
        let shown = shows.iter().find(|c| c.show == self.show).cloned();
        let search: Element<'a, Message> = match self.show {
            Show::All => text_input(&i18n.t("search-placeholder"), &self.query)
                .id(SEARCH)
                .on_input(Message::Query)
                .on_submit(Message::OpenSelected)
                .padding(8)
                .into(),
            Show::ToCheck => container(text(i18n.t("customers-to-check-help")).style(muted))
                .width(Length::Fill)
                .padding(8)
                .into(),
        };
        let mut tools = row![search, pick_list(shows, shown, Message::Show).padding(8)].spacing(10);
        if self.show == Show::All {
            tools = tools.push(pick_list(choices, selected, Message::Sort).padding(8));
        }
        let mut content = column![heading, tools, self.purpose_picker(i18n)].spacing(14);
        if let Some(erasure) = &self.erased {
            content = content.push(erased_notice(erasure, i18n));
        }
        if let Some(failure) = self.failure.as_ref().or(self.rows.failure()) {
            content = content.push(error_banner(i18n.error(failure)));
        }
        content = content.push(self.rows(i18n));
        content = content.push(self.rows.pager(i18n, Message::Turn));
        content.padding(20).into()
    }

    fn rows<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let Some(items) = self.rows.items() else {
            return text(i18n.t("loading")).into();
        };
        if items.is_empty() {
            let key = if self.show == Show::ToCheck {
                "no-customers-to-check"
            } else if self.query.trim().is_empty() {
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
        let rows = items.iter().map(|customer| {
            // An imported customer may lack one of the names until staff add it.
            let person = [customer.last_name.as_str(), customer.first_name.as_str()]
                .into_iter()
                .filter(|name| !name.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let name = match &customer.company_name {
                Some(company) => format!("{person} ({company})"),
                None => person,
            };
            let name = if customer.to_check {
                format!("{name} – {}", i18n.t("to-check-mark"))
            } else {
                name
            };
            let style = if Some(customer.id) == self.selected_id() {
                button::secondary
            } else {
                button::text
            };
            button(row![
                cell(text(name), 3),
                cell(text(customer.email.clone().unwrap_or_default()), 3),
                cell(
                    text(
                        customer
                            .phone
                            .as_deref()
                            .map(Phone::display)
                            .unwrap_or_default()
                    ),
                    2
                ),
                cell(text(customer.city.clone().unwrap_or_default()), 2),
            ])
            .style(style)
            .width(Length::Fill)
            .on_press(Message::Open(customer.id))
            .into()
        });
        column![
            header,
            scrollable(column(rows).spacing(2))
                .id(ROWS)
                .height(Length::Fill)
        ]
        .spacing(6)
        .into()
    }
}

fn cell<'a>(content: text::Text<'a>, portion: u16) -> Element<'a, Message> {
    container(content.wrapping(text::Wrapping::None))
        .width(Length::FillPortion(portion))
        .clip(true)
        .into()
}

fn show_choices(i18n: &I18n, to_check: Option<u64>) -> Vec<ShowChoice> {
    let to_check = to_check.map(|count| i18n.count(count)).unwrap_or_default();
    vec![
        ShowChoice {
            show: Show::All,
            label: i18n.t("show-all-customers"),
        },
        ShowChoice {
            show: Show::ToCheck,
            label: i18n.t_with("show-to-check", &[("count", to_check.into())]),
        },
    ]
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

/// What an erasure did; and, should its line not have reached the erasure ledger, that a
/// restore of an earlier backup would not do it again until it does.
fn erased_notice<'a>(erasure: &Erasure, i18n: &I18n) -> Element<'a, Message> {
    let done = i18n.t_with(
        "customer-erased",
        &[("orders", erasure.orders_anonymised.into())],
    );
    match &erasure.ledger {
        LedgerState::Pending(reason) => error_banner(format!(
            "{done}\n{}",
            i18n.t_with(
                "erasure-ledger-pending",
                &[("reason", reason.clone().into())]
            )
        )),
        LedgerState::Written | LedgerState::NotKept => notice(done),
    }
}

crate::ui::screen::one_job_updates!(State, Job);
