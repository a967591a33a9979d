//! All orders, newest first, for fulfilment: filter by number and status, open one to see its
//! lines, carrier and delivery address.

use crate::i18n::I18n;
use iced::widget::{button, column, container, pick_list, row, rule, scrollable, text, text_input};
use iced::{Element, Length};
use register::domain::Field;
use register::domain::order::OrderStatus;
use register::format;
use register::service::order::{self, Order, OrderQuery, OrderSummary};
use register::service::{PageRequest, Rows};
use register::service::{ServiceError, ServiceResult};
use std::convert::Infallible;

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::paged::{Paged, Turn};
use crate::ui::widget::{bold, error_banner, title};

const PAGE_SIZE: u64 = 50;

/// The search field, which has the keyboard as the screen opens.
const SEARCH: &str = "order-search";

#[derive(Debug)]
pub struct State {
    number: String,
    status: Option<OrderStatus>,
    rows: Paged<OrderSummary>,
    open: Option<Order>,
    failure: Option<ServiceError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Number(String),
    Status(StatusChoice),
    Turn(Turn),
    Loaded(u64, ServiceResult<Rows<OrderSummary>>),
    Open(i32),
    Opened(ServiceResult<Box<Order>>),
    Close,
}

#[derive(Debug)]
pub enum Job {
    Search(u64, OrderQuery),
    Open(i32),
}

/// A status filter as the picker shows it; `None` is every status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChoice {
    status: Option<OrderStatus>,
    label: String,
}

impl std::fmt::Display for StatusChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl Default for State {
    fn default() -> Self {
        Self {
            number: String::new(),
            status: None,
            rows: Paged::new(PAGE_SIZE),
            open: None,
            failure: None,
        }
    }
}

impl State {
    pub fn refresh(&mut self) -> Job {
        let request = self.rows.request();
        self.search(request)
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Job {
        Job::Search(
            generation,
            OrderQuery {
                number: self.number.clone(),
                status: self.status,
                page,
            },
        )
    }

    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        if let Some(order) = &self.open {
            return order_view(order, i18n);
        }
        let choices = status_choices(i18n);
        let selected = choices.iter().find(|c| c.status == self.status).cloned();
        let mut content = column![
            title(i18n.t("orders-title")),
            row![
                text_input(&i18n.t("order-search-placeholder"), &self.number)
                    .id(SEARCH)
                    .on_input(Message::Number)
                    .padding(8),
                pick_list(choices, selected, Message::Status).padding(8),
            ]
            .spacing(10),
        ]
        .spacing(14);
        if let Some(failure) = self.failure.as_ref().or(self.rows.failure()) {
            content = content.push(error_banner(i18n.error(failure)));
        }
        content = content.push(self.rows(i18n));
        content
            .push(self.rows.pager(i18n, Message::Turn))
            .padding(20)
            .into()
    }

    fn rows<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let Some(items) = self.rows.items() else {
            return text(i18n.t("loading")).into();
        };
        if items.is_empty() {
            return text(i18n.t("no-orders")).style(muted).into();
        }
        let header = row![
            text(i18n.field(Field::OrderNumber))
                .font(bold())
                .width(Length::FillPortion(2)),
            text(i18n.t("order-placed"))
                .font(bold())
                .width(Length::FillPortion(2)),
            text(i18n.t("order-status"))
                .font(bold())
                .width(Length::FillPortion(2)),
            text(i18n.field(Field::DeliveryName))
                .font(bold())
                .width(Length::FillPortion(3)),
            text(i18n.field(Field::Carrier))
                .font(bold())
                .width(Length::FillPortion(2)),
            text(i18n.t("order-total"))
                .font(bold())
                .width(Length::FillPortion(2)),
        ]
        .padding([0, 8]);
        let rows = items.iter().map(|order| {
            let number = if order.to_check {
                format!("{} – {}", order.order_number, i18n.t("to-check-mark"))
            } else {
                order.order_number.clone()
            };
            button(row![
                text(number).width(Length::FillPortion(2)),
                text(format::date_time(order.placed_at)).width(Length::FillPortion(2)),
                text(status_label(order.status, i18n)).width(Length::FillPortion(2)),
                text(order.delivery_name.clone().unwrap_or_default()).width(Length::FillPortion(3)),
                text(order.carrier.clone().unwrap_or_default()).width(Length::FillPortion(2)),
                text(order.total.to_string()).width(Length::FillPortion(2)),
            ])
            .style(button::text)
            .width(Length::Fill)
            .on_press(Message::Open(order.id))
            .into()
        });
        column![
            header,
            scrollable(column(rows).spacing(2)).height(Length::Fill)
        ]
        .spacing(6)
        .into()
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Number(number) => {
                self.number = number;
                let request = self.rows.restart();
                return self.search(request).into();
            }
            Message::Status(choice) => {
                self.status = choice.status;
                let request = self.rows.restart();
                return self.search(request).into();
            }
            Message::Turn(turn) => {
                if let Some(request) = self.rows.turn(turn) {
                    return self.search(request).into();
                }
            }
            Message::Loaded(generation, reply) => self.rows.accept(generation, reply),
            Message::Open(id) => return Job::Open(id).into(),
            Message::Opened(Ok(order)) => {
                self.open = Some(*order);
                self.failure = None;
            }
            Message::Opened(Err(failure)) => self.failure = Some(failure),
            Message::Close => self.open = None,
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Search(generation, query) => {
                    Message::Loaded(generation, order::list(&c.db, &c.session, &query).await)
                }
                Job::Open(id) => {
                    Message::Opened(order::get(&c.db, &c.session, id).await.map(Box::new))
                }
            }
        })
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        let mut state = Box::<Self>::default();
        let job = state.refresh();
        (state, vec![job])
    }

    fn escape(&mut self) -> Update<Self> {
        self.open = None;
        Update::none()
    }

    fn focus(&self) -> Option<&'static str> {
        Some(SEARCH)
    }

    fn search_field(&self) -> Option<&'static str> {
        Some(SEARCH)
    }

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

/// One order in full, as the customer's order history and the fulfilment list both show it.
pub fn order_card<'a, M: 'a>(order: &Order, i18n: &I18n) -> Element<'a, M> {
    let address = [
        order.delivery_name.clone(),
        order.delivery_street_address.clone(),
        Some(
            format!(
                "{} {}",
                order.delivery_postal_code.clone().unwrap_or_default(),
                order.delivery_city.clone().unwrap_or_default()
            )
            .trim()
            .to_owned(),
        ),
        order
            .delivery_country
            .as_deref()
            .map(|code| i18n.words().country(code)),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let lines = order.lines.iter().map(|line| {
        row![
            text(line.product.clone()).width(Length::FillPortion(5)),
            text(format!("{} ×", line.quantity)).width(Length::FillPortion(1)),
            text(line.unit_price.to_string()).width(Length::FillPortion(2)),
            text(amount(line.amount(), i18n)).width(Length::FillPortion(2)),
        ]
        .into()
    });
    container(
        column![
            row![
                text(order.order_number.clone()).font(bold()),
                text(format::date_time(order.placed_at)).style(muted),
                text(status_label(order.status, i18n)),
                iced::widget::space::horizontal(),
                text(amount(order.total(), i18n)).font(bold()),
            ]
            .spacing(12),
            text(format!(
                "{}: {} · {}",
                i18n.field(Field::Carrier),
                order.carrier.clone().unwrap_or_default(),
                address
            ))
            .size(14),
            to_check(order, i18n),
            rule::horizontal(1),
            column(lines).spacing(2),
        ]
        .spacing(6),
    )
    .padding(10)
    .style(container::bordered_box)
    .into()
}

/// What an import kept as written in the delivery address, each value with why it does not
/// validate; nothing for an order that validates.
fn to_check<'a, M: 'a>(order: &Order, i18n: &I18n) -> Element<'a, M> {
    if !order.to_check {
        return column![].into();
    }
    let mut lines = vec![i18n.t("order-to-check")];
    lines.extend(order.problems().iter().map(|error| i18n.field_error(error)));
    error_banner(lines.join("\n"))
}

fn order_view<'a>(order: &Order, i18n: &I18n) -> Element<'a, Message> {
    column![
        button(text(i18n.t("back-to-orders")))
            .style(button::text)
            .on_press(Message::Close),
        scrollable(order_card(order, i18n)).height(Length::Fill),
    ]
    .spacing(14)
    .padding(20)
    .into()
}

pub fn status_label(status: OrderStatus, i18n: &I18n) -> String {
    i18n.words().t(&format!("order-status-{}", status.as_str()))
}

fn status_choices(i18n: &I18n) -> Vec<StatusChoice> {
    std::iter::once(None)
        .chain(OrderStatus::ALL.into_iter().map(Some))
        .map(|status| StatusChoice {
            status,
            label: match status {
                Some(status) => status_label(status, i18n),
                None => i18n.t("all-statuses"),
            },
        })
        .collect()
}

/// An amount, or a word for one that does not fit (only a value stored past validation).
fn amount(amount: Option<register::domain::Money>, i18n: &I18n) -> String {
    amount.map_or_else(|| i18n.t("order-amount-overflow"), |a| a.to_string())
}

crate::ui::screen::one_job_updates!(State, Job);
