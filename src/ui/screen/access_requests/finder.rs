//! Finding whom a request is about, with the customers screen's own search (by name, email,
//! phone or customer number), and the order vouchers the register keeps of an erased customer,
//! found by an order number, a webshop customer number or an email address.

use crate::i18n::I18n;
use iced::widget::{button, column, text, text_input};
use iced::{Element, Length};
use register::db::Db;
use register::domain::subject::Subject;
use register::format;
use register::service::PageRequest;
use register::service::ServiceResult;
use register::service::customer::{CustomerQuery, CustomerSort, CustomerSummary};
use register::service::vouchers::{self, KeptVouchers};
use register::service::{Session, customer};

use crate::ui::theme::muted;
use crate::ui::widget::error_banner;

/// How many matches the search shows.
const MATCHES: u64 = 8;

/// What a search found: customers in the register, and erased customers' kept vouchers.
#[derive(Debug, Clone, Default)]
pub struct Matches {
    pub customers: Vec<CustomerSummary>,
    pub vouchers: Vec<KeptVouchers>,
}

#[derive(Debug, Default)]
pub struct Finder {
    search: String,
    generation: u64,
    matches: Option<ServiceResult<Matches>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Found(u64, ServiceResult<Matches>),
}

impl Finder {
    /// The search to run for what was typed, if any.
    pub fn update(&mut self, message: Message) -> Option<(u64, CustomerQuery)> {
        match message {
            Message::Search(value) => {
                self.search = value;
                self.generation += 1;
                if self.search.trim().is_empty() {
                    self.matches = None;
                    return None;
                }
                Some((
                    self.generation,
                    CustomerQuery {
                        text: self.search.clone(),
                        sort: CustomerSort::Name,
                        page: PageRequest::first(MATCHES),
                    },
                ))
            }
            Message::Found(generation, found) => {
                // Only the answer to the latest typing counts.
                if generation == self.generation {
                    self.matches = Some(found);
                }
                None
            }
        }
    }

    /// The kept vouchers of the erased customer `number` among the matches shown.
    pub fn kept(&self, number: i32) -> Option<&KeptVouchers> {
        match &self.matches {
            Some(Ok(found)) => found.vouchers.iter().find(|k| k.customer_number == number),
            _ => None,
        }
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        i18n: &I18n,
        on_message: impl Fn(Message) -> M + 'a,
        choose: impl Fn(Subject) -> M,
    ) -> Element<'a, M> {
        let mut finder = column![
            text_input(&i18n.t("requests-search"), &self.search)
                .id("request-customer-search")
                .on_input(move |value| on_message(Message::Search(value)))
                .padding(8),
        ]
        .spacing(6);
        let pick = |line: String, subject| {
            button(text(line).size(14))
                .style(button::text)
                .width(Length::Fill)
                .on_press(choose(subject))
        };
        match &self.matches {
            None => {}
            Some(Err(failure)) => finder = finder.push(error_banner(i18n.error(failure))),
            Some(Ok(found)) if found.customers.is_empty() && found.vouchers.is_empty() => {
                finder = finder.push(text(i18n.t("requests-no-match")).style(muted));
            }
            Some(Ok(found)) => {
                for customer in &found.customers {
                    let line = customer_line(customer, i18n);
                    finder = finder.push(pick(line, Subject::Customer(customer.id)));
                }
                for kept in &found.vouchers {
                    finder = finder.push(pick(
                        vouchers_line(kept, i18n),
                        Subject::Erased(kept.customer_number),
                    ));
                }
            }
        }
        finder.into()
    }
}

/// "Aino Häkkinen · aino@example.com · Jyväskylä · Customer number 7".
pub fn customer_line(customer: &CustomerSummary, i18n: &I18n) -> String {
    format!(
        "{} {} · {} · {} · {}",
        customer.first_name,
        customer.last_name,
        customer.email.clone().unwrap_or_default(),
        customer.city.clone().unwrap_or_default(),
        i18n.t_with("requests-customer-number", &[("id", customer.id.into())]),
    )
}

/// "Erased customer 42 (erased 3.5.2026) · kept vouchers OP-100542, OP-100601".
pub fn vouchers_line(kept: &KeptVouchers, i18n: &I18n) -> String {
    i18n.t_with(
        "requests-kept-vouchers",
        &[
            ("id", kept.customer_number.into()),
            ("erased", format::date(kept.erased_at).into()),
            ("orders", kept.order_numbers.join(", ").into()),
        ],
    )
}

/// The customers screen's search, with the customer whose number was typed, if any, first,
/// and the kept vouchers of any erased customer that the text finds.
pub(super) async fn find(
    db: &Db,
    session: &Session,
    query: &customer::CustomerQuery,
) -> ServiceResult<Matches> {
    let mut customers: Vec<_> = customer::by_number(db, session, &query.text)
        .await?
        .into_iter()
        .collect();
    let number = customers.first().map(|c| c.id);
    let page = customer::search(db, session, query).await?;
    customers.extend(page.items.into_iter().filter(|c| Some(c.id) != number));
    let vouchers = vouchers::find(db, session, &query.text).await?;
    Ok(Matches {
        customers,
        vouchers,
    })
}
