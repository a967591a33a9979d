//! One customer: every field of the privacy notice, the order history and the reviews, and
//! editing with optimistic locking. When someone else saved first, the edit is kept and can be
//! carried over to the newer version.

mod view;

use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use iced::futures::StreamExt;
use register::domain::FieldErrors;
use register::domain::consultation::Why;
use register::domain::customer::CustomerInput;
use register::service::customer::{self, Customer};
use register::service::erasure::Erasure;
use register::service::order::{self, Order};
use register::service::review::{self, Review};
use register::service::{PageRequest, Rows};
use register::service::{ServiceError, ServiceResult};

use super::form::{self, Form};
use super::privacy;
use crate::ui::widget::paged::{Paged, Turn};

/// Orders on one page of the orders tab: each is a card with its lines.
const ORDERS_PAGE_SIZE: u64 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Details,
    Orders,
    Reviews,
    Privacy,
}

impl Tab {
    /// The id of the tab's scrollable.
    pub fn scroll_id(self) -> &'static str {
        match self {
            Tab::Details => "customer-details",
            Tab::Orders => "customer-orders",
            Tab::Reviews => "customer-reviews",
            Tab::Privacy => "customer-privacy",
        }
    }
}

#[derive(Debug)]
struct Edit {
    form: Form,
    /// The stored values the edit started from, to carry the edit over after a conflict.
    base: CustomerInput,
    version: i32,
    conflict: bool,
    saving: bool,
    /// Leaving was asked for with changes typed: whether to throw them away is asked first.
    asking_discard: bool,
}

impl Edit {
    /// Whether anything was typed since the edit began.
    fn changed(&self) -> bool {
        self.form.input != self.base
    }
}

#[derive(Debug)]
pub struct State {
    id: i32,
    /// Why the customer was opened: every read of them records it.
    why: Why,
    customer: Option<Customer>,
    tab: Tab,
    edit: Option<Edit>,
    saved: bool,
    failure: Option<ServiceError>,
    /// `None` until the orders tab is first opened.
    orders: Option<Paged<Order>>,
    reviews: Option<Vec<Review>>,
    privacy: Option<privacy::State>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ServiceResult<Box<Customer>>),
    Tab(Tab),
    Edit,
    Form(form::Message),
    Cancel,
    Saved(ServiceResult<Box<Customer>>),
    LoadLatest,
    OrdersLoaded(u64, ServiceResult<Rows<Order>>),
    OrdersTurn(Turn),
    ReviewsLoaded(ServiceResult<Vec<Review>>),
    Privacy(privacy::Message),
    Back,
    /// The changes typed are thrown away, as asked.
    Discard,
    /// The edit goes on: leaving is not wanted after all.
    KeepEditing,
}

#[derive(Debug)]
pub enum Job {
    Load(i32, Why),
    Save {
        id: i32,
        version: i32,
        input: Box<CustomerInput>,
    },
    LoadOrders(i32, u64, PageRequest),
    LoadReviews(i32),
    Privacy(privacy::Job),
}

/// What the details tell the customers screen.
#[derive(Debug)]
pub enum Event {
    Back,
    Erased(Erasure),
}

impl State {
    /// The customer `id` opened for `why`, which the read records.
    pub fn new(id: i32, why: Why) -> (Self, Job) {
        let state = Self {
            id,
            why,
            customer: None,
            tab: Tab::Details,
            edit: None,
            saved: false,
            failure: None,
            orders: None,
            reviews: None,
            privacy: None,
        };
        let load = Job::Load(id, state.why.clone());
        (state, load)
    }

    /// A customer that was just created opens straight away, already loaded: staff registered
    /// them, which is serving the customer.
    /// The tab shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Whether the customer's form is open for editing.
    pub fn editing(&self) -> bool {
        self.edit.is_some()
    }

    pub fn with_customer(customer: Customer) -> Self {
        let (mut state, _) = Self::new(customer.id, Why::customer_service());
        state.customer = Some(customer);
        state.saved = true;
        state
    }
}

/// Carries out the work the customer asks for. Going back and the end of an erasure are the
/// customers screen's to handle: it shows the list again.
impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Loaded(Ok(latest)) => {
                if let Some(edit) = &mut self.edit {
                    edit.form
                        .rebase(&edit.base, form::for_editing(latest.to_input()));
                    edit.base = form::for_editing(latest.to_input());
                    edit.version = latest.version;
                    edit.conflict = false;
                }
                self.customer = Some(*latest);
                self.failure = None;
            }
            Message::Loaded(Err(failure)) => self.failure = Some(failure),
            Message::Tab(tab) => {
                self.tab = tab;
                match tab {
                    // Loaded the first time the tab opens, and again if that load failed.
                    Tab::Orders if self.orders.as_ref().is_none_or(|o| o.items().is_none()) => {
                        let orders = self
                            .orders
                            .get_or_insert_with(|| Paged::new(ORDERS_PAGE_SIZE));
                        let (generation, page) = orders.request();
                        return Job::LoadOrders(self.id, generation, page).into();
                    }
                    Tab::Reviews if self.reviews.is_none() => {
                        return Job::LoadReviews(self.id).into();
                    }
                    Tab::Privacy if self.privacy.is_none() => {
                        let (state, job) = privacy::State::new(self.id);
                        self.privacy = Some(state);
                        return Job::Privacy(job).into();
                    }
                    _ => {}
                }
            }
            Message::Edit => {
                if let Some(customer) = &self.customer {
                    self.saved = false;
                    let mut form = Form::new(form::for_editing(customer.to_input()));
                    // A customer kept to check shows at once what to correct.
                    form.errors = FieldErrors::from(customer.problems().as_slice());
                    self.edit = Some(Edit {
                        form,
                        base: form::for_editing(customer.to_input()),
                        version: customer.version,
                        conflict: false,
                        saving: false,
                        asking_discard: false,
                    });
                }
            }
            Message::Form(message) => {
                if let Some(edit) = &mut self.edit
                    && edit.form.update(message)
                    && !edit.saving
                    && !edit.conflict
                {
                    // Nothing typed, nothing to save: no change is recorded that did not happen.
                    if !edit.changed() {
                        self.edit = None;
                        return Update::none();
                    }
                    edit.saving = true;
                    self.failure = None;
                    return Job::Save {
                        id: self.id,
                        version: edit.version,
                        input: Box::new(edit.form.input.clone()),
                    }
                    .into();
                }
            }
            Message::Cancel | Message::Back if self.edit.is_some() => {
                if let Some(edit) = &mut self.edit {
                    if edit.changed() {
                        edit.asking_discard = true;
                    } else {
                        self.edit = None;
                    }
                }
            }
            // Escape on the erasure's question closes the question, not the customer.
            Message::Back
                if self.tab == Tab::Privacy
                    && self
                        .privacy
                        .as_ref()
                        .is_some_and(privacy::State::confirming) =>
            {
                return self.update(Message::Privacy(privacy::Message::CancelErase));
            }
            Message::Discard => self.edit = None,
            Message::KeepEditing => {
                if let Some(edit) = &mut self.edit {
                    edit.asking_discard = false;
                }
            }
            Message::Cancel => {}
            Message::Back => return Update::event(Event::Back),
            Message::Saved(Ok(customer)) => {
                self.edit = None;
                self.customer = Some(*customer);
                self.saved = true;
            }
            Message::Saved(Err(failure)) => {
                if let Some(edit) = &mut self.edit {
                    edit.saving = false;
                    edit.form.errors = FieldErrors::from(failure.field_errors());
                    edit.conflict = matches!(failure, ServiceError::Conflict(_));
                    if edit.form.errors.is_empty() && !edit.conflict {
                        self.failure = Some(failure);
                    }
                }
            }
            Message::LoadLatest => return Job::Load(self.id, self.why.clone()).into(),
            Message::Privacy(message) => {
                if let Some(privacy) = &mut self.privacy {
                    let update = privacy.update(message);
                    let mut jobs: Vec<Job> = update.jobs.into_iter().map(Job::Privacy).collect();
                    return match update.event {
                        // The customer's flags changed: they are read again, for the same
                        // purpose they were opened for.
                        Some(privacy::Event::Changed(id)) => {
                            jobs.push(Job::Load(id, self.why.clone()));
                            Update::jobs(jobs)
                        }
                        Some(privacy::Event::Erased(erasure)) => Update {
                            jobs,
                            event: Some(Event::Erased(erasure)),
                        },
                        None => Update::jobs(jobs),
                    };
                }
            }
            Message::OrdersLoaded(generation, reply) => {
                if let Some(orders) = &mut self.orders {
                    orders.accept(generation, reply);
                }
            }
            Message::OrdersTurn(turn) => {
                if let Some((generation, page)) = self.orders.as_mut().and_then(|o| o.turn(turn)) {
                    return Job::LoadOrders(self.id, generation, page).into();
                }
            }
            Message::ReviewsLoaded(Ok(reviews)) => self.reviews = Some(reviews),
            Message::ReviewsLoaded(Err(failure)) => self.failure = Some(failure),
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        let Context { db, session, .. } = c.clone();
        match job {
            Job::Privacy(job) => privacy::State::run(job, c).map(Message::Privacy).boxed(),
            Job::Load(id, why) => reply(async move {
                Message::Loaded(customer::get(&db, &session, id, &why).await.map(Box::new))
            }),
            Job::Save { id, version, input } => reply(async move {
                let saved = customer::update(&db, &session, id, version, &input).await;
                Message::Saved(saved.map(Box::new))
            }),
            Job::LoadOrders(id, generation, page) => reply(async move {
                let page = order::page_for_customer(&db, &session, id, page).await;
                Message::OrdersLoaded(generation, page)
            }),
            Job::LoadReviews(id) => reply(async move {
                Message::ReviewsLoaded(review::list_for_customer(&db, &session, id).await)
            }),
        }
    }
}

crate::ui::screen::one_job_updates!(State, Job);
