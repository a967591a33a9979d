//! The audit log for admins: newest events first, filtered by who, what and whom, and a check
//! of the whole hash chain.

use crate::i18n::I18n;
use iced::widget::{button, column, row, scrollable, text, text_input};
use iced::{Element, Length, Task};
use register::db::Db;
use register::format;
use register::service::audit::{self, AuditEntry, AuditFilter, BrokenReason, Verification};
use register::service::{PageRequest, Rows, Session};

use super::outcome::{Outcome, outcome};
use super::paged::{Paged, Turn};
use super::screen::{Context, Screen};
use super::theme::muted;
use super::widgets::{bold, error_banner, notice, title};

const PAGE_SIZE: u64 = 100;

#[derive(Debug)]
pub struct State {
    actor: String,
    action: String,
    customer: String,
    rows: Paged<AuditEntry>,
    verification: Option<Outcome<Verification>>,
    verifying: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Actor(String),
    Action(String),
    Customer(String),
    Turn(Turn),
    Loaded(u64, Outcome<Rows<AuditEntry>>),
    Verify,
    Verified(Outcome<Verification>),
}

#[derive(Default)]
pub enum Action {
    #[default]
    None,
    Search(u64, AuditFilter, PageRequest),
    Verify,
}

impl Default for State {
    fn default() -> Self {
        Self {
            actor: String::new(),
            action: String::new(),
            customer: String::new(),
            rows: Paged::new(PAGE_SIZE),
            verification: None,
            verifying: false,
        }
    }
}

impl State {
    pub fn refresh(&mut self) -> Action {
        let request = self.rows.request();
        self.search(request)
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Action {
        let text = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        let filter = AuditFilter {
            actor_username: text(&self.actor),
            action_prefix: text(&self.action),
            // A number in the customer box narrows to that customer; anything else is ignored
            // rather than silently matching nothing.
            target_kind: self
                .customer
                .trim()
                .parse::<i32>()
                .ok()
                .map(|_| "customer".to_owned()),
            target_id: self.customer.trim().parse().ok(),
            ..AuditFilter::default()
        };
        Action::Search(generation, filter, page)
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut content = column![
            row![
                title(i18n.t("audit-title")),
                iced::widget::space::horizontal(),
                button(text(i18n.t(if self.verifying {
                    "verifying"
                } else {
                    "verify-chain"
                })))
                .on_press_maybe((!self.verifying).then_some(Message::Verify)),
            ]
            .align_y(iced::Center),
            row![
                text_input(&i18n.t("filter-actor"), &self.actor)
                    .id("filter-actor")
                    .on_input(Message::Actor)
                    .padding(8),
                text_input(&i18n.t("filter-action"), &self.action)
                    .id("filter-action")
                    .on_input(Message::Action)
                    .padding(8),
                text_input(&i18n.t("filter-customer"), &self.customer)
                    .id("filter-customer")
                    .on_input(Message::Customer)
                    .padding(8),
            ]
            .spacing(10),
        ]
        .spacing(14);
        match &self.verification {
            Some(Ok(verification)) => content = content.push(verification_view(verification, i18n)),
            Some(Err(failure)) => content = content.push(error_banner(i18n.error(failure))),
            None => {}
        }
        if let Some(failure) = self.rows.failure() {
            content = content.push(error_banner(i18n.error(failure)));
        }
        content
            .push(self.rows(i18n))
            .push(self.rows.pager(i18n, Message::Turn))
            .padding(20)
            .into()
    }

    fn rows<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let Some(items) = self.rows.items() else {
            return text(i18n.t("loading")).into();
        };
        if items.is_empty() {
            return text(i18n.t("no-events")).style(muted).into();
        }
        let header = row![
            text("#").font(bold()).width(Length::FillPortion(1)),
            text(i18n.t("event-time"))
                .font(bold())
                .width(Length::FillPortion(3)),
            text(i18n.t("event-actor"))
                .font(bold())
                .width(Length::FillPortion(2)),
            text(i18n.t("event-action"))
                .font(bold())
                .width(Length::FillPortion(3)),
            text(i18n.t("event-target"))
                .font(bold())
                .width(Length::FillPortion(2)),
            text(i18n.t("event-details"))
                .font(bold())
                .width(Length::FillPortion(3)),
        ];
        let rows = items.iter().map(|event| {
            let target = match event.target_id {
                Some(id) => format!("{} {id}", event.target_kind),
                None => event.target_kind.clone(),
            };
            let details = details_text(&event.details);
            row![
                text(event.seq.to_string()).width(Length::FillPortion(1)),
                text(format::date_time(event.occurred_at)).width(Length::FillPortion(3)),
                text(event.actor_username.clone()).width(Length::FillPortion(2)),
                column![
                    text(i18n.action(&event.action)),
                    text(event.action.clone()).size(12).style(muted),
                ]
                .width(Length::FillPortion(3)),
                text(target).width(Length::FillPortion(2)),
                text(details)
                    .size(13)
                    .wrapping(text::Wrapping::WordOrGlyph)
                    .width(Length::FillPortion(3)),
            ]
            .into()
        });
        column![
            header,
            scrollable(column(rows).spacing(4)).height(Length::Fill)
        ]
        .spacing(6)
        .into()
    }
}

impl Screen for State {
    type Message = Message;
    type Action = Action;

    fn open(_: Option<Box<Self>>) -> (Box<Self>, Action) {
        let mut state = Box::<Self>::default();
        let action = state.refresh();
        (state, action)
    }

    fn update(&mut self, message: Message) -> Action {
        let filter_changed = match message {
            Message::Actor(value) => {
                self.actor = value;
                true
            }
            Message::Action(value) => {
                self.action = value;
                true
            }
            Message::Customer(value) => {
                self.customer = value;
                true
            }
            Message::Turn(turn) => {
                return match self.rows.turn(turn) {
                    Some(request) => self.search(request),
                    None => Action::None,
                };
            }
            Message::Loaded(generation, reply) => {
                self.rows.accept(generation, reply);
                false
            }
            Message::Verify => {
                self.verifying = true;
                return Action::Verify;
            }
            Message::Verified(result) => {
                self.verifying = false;
                self.verification = Some(result);
                false
            }
        };
        if filter_changed {
            let request = self.rows.restart();
            self.search(request)
        } else {
            Action::None
        }
    }

    fn perform(action: Action, context: &Context) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Search(generation, filter, page) => {
                context.run(move |db, session| search(db, session, generation, filter, page))
            }
            Action::Verify => context.run(verify),
        }
    }

    fn page<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.view(i18n)
    }
}

/// `{"fields":["email","phone"]}` as `fields: email, phone`.
fn details_text(details: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(details) {
        Ok(serde_json::Value::Object(map)) => map
            .iter()
            .map(|(key, value)| format!("{key}: {}", plain(value)))
            .collect::<Vec<_>>()
            .join("; "),
        Ok(serde_json::Value::Null) => String::new(),
        _ => details.to_owned(),
    }
}

fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn verification_view<'a>(verification: &Verification, i18n: &I18n) -> Element<'a, Message> {
    let checked = ("count", verification.events_checked.to_string().into());
    match &verification.first_broken {
        None => {
            let mut said = i18n.t_with("chain-intact", &[checked]);
            if verification.purged_through > 0 {
                said.push(' ');
                said.push_str(&i18n.t_with(
                    "chain-purged",
                    &[("seq", verification.purged_through.to_string().into())],
                ));
            }
            notice(said)
        }
        Some(link) => {
            let reason = match link.reason {
                BrokenReason::ContentsChanged => "chain-contents-changed",
                BrokenReason::LinkBroken => "chain-link-broken",
                BrokenReason::Missing => "chain-missing",
                BrokenReason::Truncated => "chain-truncated",
                BrokenReason::PurgeNotRecorded => "chain-purge-not-recorded",
            };
            error_banner(i18n.t_with(
                "chain-broken",
                &[
                    ("seq", link.seq.to_string().into()),
                    ("reason", i18n.t(reason).into()),
                ],
            ))
        }
    }
}

pub async fn search(
    db: Db,
    session: Session,
    generation: u64,
    filter: AuditFilter,
    page: PageRequest,
) -> Message {
    Message::Loaded(
        generation,
        outcome(audit::list(&db, &session, &filter, page).await),
    )
}

pub async fn verify(db: Db, session: Session) -> Message {
    Message::Verified(outcome(audit::verify(&db, &session).await))
}

#[cfg(test)]
mod tests {
    use super::details_text;

    #[test]
    fn details_read_as_plain_text() {
        assert_eq!(
            details_text(r#"{"fields":["email","phone"]}"#),
            "fields: email, phone"
        );
        assert_eq!(
            details_text(r#"{"customers":3,"orders":9}"#),
            "customers: 3; orders: 9"
        );
        assert_eq!(details_text("null"), "");
    }
}
