//! One customer: every field of the privacy notice, the order history and the reviews, and
//! editing with optimistic locking. When someone else saved first, the edit is kept and can be
//! carried over to the newer version.

use crate::i18n::I18n;
use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use iced::futures::StreamExt;
use iced::widget::{button, column, row, scrollable, text};
use iced::{Element, Length};
use register::domain::FieldErrors;
use register::domain::consultation::Why;
use register::domain::customer::CustomerInput;
use register::domain::{Field, Permission, Phone, Role};
use register::format;
use register::service::customer::{self, Customer};
use register::service::erasure::Erasure;
use register::service::order::{self, Order};
use register::service::review::{self, Review};
use register::service::{PageRequest, Rows};
use register::service::{ServiceError, ServiceResult};

use super::form::{self, Form};
use super::privacy;
use crate::ui::screen::orders::order_card;
use crate::ui::screen::reviews::review_card;
use crate::ui::theme::muted;
use crate::ui::widget::paged::{Paged, Turn};
use crate::ui::widget::{discard_question, error_banner, notice, title};

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
    pub fn with_customer(customer: Customer) -> Self {
        let (mut state, _) = Self::new(customer.id, Why::customer_service());
        state.customer = Some(customer);
        state.saved = true;
        state
    }

    pub fn view<'a>(&'a self, i18n: &I18n, role: Role) -> Element<'a, Message> {
        let mut content = column![
            button(text(i18n.t("back-to-list")))
                .style(button::text)
                .on_press(Message::Back)
        ]
        .spacing(14);
        let Some(customer) = &self.customer else {
            if let Some(failure) = &self.failure {
                content = content.push(error_banner(i18n.error(failure)));
            } else {
                content = content.push(text(i18n.t("loading")));
            }
            return content.padding(20).into();
        };
        content = content.push(title(format!(
            "{} {}",
            customer.first_name, customer.last_name
        )));
        content = content.push(self.tabs(i18n, role));
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if self.saved {
            content = content.push(notice(i18n.t("saved")));
        }
        if customer.to_check && self.edit.is_none() {
            content = content.push(to_check_banner(customer, i18n));
        }
        let body = match self.tab {
            Tab::Details => match &self.edit {
                Some(edit) => self.edit_view(edit, i18n),
                None => details(customer, i18n),
            },
            Tab::Orders => orders_view(self.orders.as_ref(), i18n),
            Tab::Reviews => reviews_view(self.reviews.as_deref(), i18n),
            Tab::Privacy => match &self.privacy {
                Some(privacy) => privacy
                    .view(customer, i18n, role.allows(Permission::EraseCustomer))
                    .map(Message::Privacy),
                None => text(i18n.t("loading")).into(),
            },
        };
        content
            .push(scrollable(body).height(Length::Fill))
            .padding(20)
            .into()
    }

    fn tabs<'a>(&'a self, i18n: &I18n, role: Role) -> Element<'a, Message> {
        let tab = |tab: Tab, key: &str| {
            let style = if self.tab == tab {
                button::primary
            } else {
                button::secondary
            };
            button(text(i18n.t(key)))
                .style(style)
                .on_press(Message::Tab(tab))
        };
        let mut tabs = row![tab(Tab::Details, "tab-details")].spacing(6);
        if role.allows(Permission::OrdersAndDelivery) {
            tabs = tabs.push(tab(Tab::Orders, "tab-orders"));
        }
        if role.allows(Permission::ViewReviews) {
            tabs = tabs.push(tab(Tab::Reviews, "tab-reviews"));
        }
        tabs = tabs.push(tab(Tab::Privacy, "tab-privacy"));
        if self.tab == Tab::Details && self.edit.is_none() {
            tabs = tabs.push(iced::widget::space::horizontal());
            tabs = tabs.push(button(text(i18n.t("edit"))).on_press(Message::Edit));
        }
        tabs.into()
    }

    fn edit_view<'a>(&'a self, edit: &'a Edit, i18n: &I18n) -> Element<'a, Message> {
        let mut column = column![].spacing(14).max_width(760);
        if edit.asking_discard {
            column = column.push(discard_question(
                i18n,
                Message::Discard,
                Message::KeepEditing,
            ));
        }
        if edit.conflict {
            column = column.push(error_banner(i18n.t("conflict")));
            column =
                column.push(button(text(i18n.t("reload-latest"))).on_press(Message::LoadLatest));
        } else if !edit.form.errors.is_empty() {
            column = column.push(error_banner(i18n.t("fix-fields")));
        }
        column = column.push(edit.form.view(i18n).map(Message::Form));
        let save_label = if edit.saving { "saving" } else { "save" };
        column
            .push(
                row![
                    button(text(i18n.t(save_label))).on_press_maybe(
                        (!edit.saving && !edit.conflict)
                            .then_some(Message::Form(form::Message::Submit))
                    ),
                    button(text(i18n.t("cancel")))
                        .style(button::secondary)
                        .on_press(Message::Cancel),
                ]
                .spacing(10),
            )
            .into()
    }
}

/// What an import kept as written, each value with why it does not validate.
fn to_check_banner<'a>(customer: &Customer, i18n: &I18n) -> Element<'a, Message> {
    let problems = customer.problems();
    // Every value validates when the customer was made from an order's billing details.
    let heading = if problems.is_empty() {
        "customer-to-check-from-order"
    } else {
        "customer-to-check"
    };
    let mut lines = vec![i18n.t(heading)];
    lines.extend(problems.iter().map(|error| i18n.field_error(error)));
    error_banner(lines.join("\n"))
}

fn details<'a>(customer: &Customer, i18n: &I18n) -> Element<'a, Message> {
    let line = |label: String, value: String| -> Element<'a, Message> {
        row![
            text(label).width(Length::Fixed(230.0)).style(muted),
            text(value).width(Length::Fill)
        ]
        .spacing(12)
        .into()
    };
    let field =
        |f: Field, value: &Option<String>| line(i18n.field(f), value.clone().unwrap_or_default());
    let yes_no = |value: bool| i18n.t(if value { "yes" } else { "no" });
    let password = if customer.webshop_password_stored {
        "password-stored"
    } else {
        "password-none"
    };
    let last_login = customer.last_webshop_login_at.map(format::date_time);
    column![
        line(i18n.t("customer-number"), customer.id.to_string()),
        line(i18n.field(Field::FirstName), customer.first_name.clone()),
        line(i18n.field(Field::LastName), customer.last_name.clone()),
        field(Field::Email, &customer.email),
        field(Field::Phone, &customer.phone.as_deref().map(Phone::display)),
        field(Field::StreetAddress, &customer.street_address),
        field(Field::PostalCode, &customer.postal_code),
        field(Field::City, &customer.city),
        line(
            i18n.field(Field::Country),
            i18n.words().country(&customer.country)
        ),
        line(i18n.t("field-newsletter"), yes_no(customer.newsletter)),
        line(
            i18n.t("field-marketing-refused"),
            yes_no(customer.marketing_refused)
        ),
        line(
            i18n.t("field-webshop-customer-id"),
            customer.webshop_customer_id.clone().unwrap_or_default()
        ),
        field(Field::WebshopUsername, &customer.webshop_username),
        line(
            i18n.t("field-last-webshop-login"),
            last_login.unwrap_or_default()
        ),
        line(i18n.t("field-webshop-password"), i18n.t(password)),
        field(Field::CompanyName, &customer.company_name),
        field(Field::VatId, &customer.vat_id),
        line(i18n.t("created-at"), format::date_time(customer.created_at)),
        line(i18n.t("updated-at"), format::date_time(customer.updated_at)),
    ]
    .spacing(8)
    .into()
}

fn orders_view<'a>(orders: Option<&Paged<Order>>, i18n: &I18n) -> Element<'a, Message> {
    let Some(orders) = orders else {
        return text(i18n.t("loading")).into();
    };
    if let Some(failure) = orders.failure() {
        return error_banner(i18n.error(failure));
    }
    let Some(items) = orders.items() else {
        return text(i18n.t("loading")).into();
    };
    if items.is_empty() {
        return text(i18n.t("no-orders")).style(muted).into();
    }
    // The pager comes first: twenty order cards reach well below the window's edge.
    column![orders.pager(i18n, Message::OrdersTurn)]
        .extend(items.iter().map(|order| order_card(order, i18n)))
        .spacing(10)
        .into()
}

fn reviews_view<'a>(reviews: Option<&[Review]>, i18n: &I18n) -> Element<'a, Message> {
    let Some(reviews) = reviews else {
        return text(i18n.t("loading")).into();
    };
    if reviews.is_empty() {
        return text(i18n.t("no-reviews")).style(muted).into();
    }
    column(reviews.iter().map(|review| review_card(review, i18n, None)))
        .spacing(10)
        .into()
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
                    edit.form.rebase(&edit.base, latest.to_input());
                    edit.base = latest.to_input();
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
                    let mut form = Form::new(customer.to_input());
                    // A customer kept to check shows at once what to correct.
                    form.errors = FieldErrors::from(customer.problems().as_slice());
                    self.edit = Some(Edit {
                        form,
                        base: customer.to_input(),
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
