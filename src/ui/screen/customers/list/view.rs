//! How the customer list is drawn: the heading and count, the search and its pickers, the
//! purpose staff open customers for, the rows and the pager.

use crate::i18n::I18n;
use iced::widget::{button, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Element, Length};
use register::domain::consultation::Purpose;
use register::domain::{Field, Phone, Problem};
use register::service::customer::CustomerSort;
use register::service::erasure::{Erasure, LedgerState};

use super::{Message, ROWS, SEARCH, Show, ShowChoice, SortChoice, State};
use crate::ui::theme::muted;
use crate::ui::widget::{Choice, bold, error_banner, notice, title};

impl State {
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
