//! Finding the customer a request is about, with the customers screen's own search: by name,
//! email, phone or customer number.

use iced::widget::{button, column, text, text_input};
use iced::{Element, Length};
use register::i18n::I18n;
use register::service::PageRequest;
use register::service::customer::{CustomerQuery, CustomerSort, CustomerSummary};

use crate::ui::outcome::Outcome;
use crate::ui::theme::muted;
use crate::ui::widgets::error_banner;

/// How many matches the search shows.
const MATCHES: u64 = 8;

#[derive(Debug, Default)]
pub struct Finder {
    search: String,
    generation: u64,
    matches: Option<Outcome<Vec<CustomerSummary>>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Found(u64, Outcome<Vec<CustomerSummary>>),
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

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        i18n: &I18n,
        on_message: impl Fn(Message) -> M + 'a,
        choose: impl Fn(i32) -> M,
    ) -> Element<'a, M> {
        let mut finder = column![
            text_input(&i18n.t("requests-search"), &self.search)
                .id("request-customer-search")
                .on_input(move |value| on_message(Message::Search(value)))
                .padding(8),
        ]
        .spacing(6);
        match &self.matches {
            None => {}
            Some(Err(failure)) => finder = finder.push(error_banner(i18n.error(failure))),
            Some(Ok(found)) if found.is_empty() => {
                finder = finder.push(text(i18n.t("requests-no-match")).style(muted));
            }
            Some(Ok(found)) => {
                for customer in found {
                    let line = format!(
                        "{} {} · {} · {} · {}",
                        customer.first_name,
                        customer.last_name,
                        customer.email.clone().unwrap_or_default(),
                        customer.city.clone().unwrap_or_default(),
                        i18n.t_with("requests-customer-number", &[("id", customer.id.into())]),
                    );
                    finder = finder.push(
                        button(text(line).size(14))
                            .style(button::text)
                            .width(Length::Fill)
                            .on_press(choose(customer.id)),
                    );
                }
            }
        }
        finder.into()
    }
}
