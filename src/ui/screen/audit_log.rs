//! The audit log for admins: newest events first, filtered by who, what and whom, and a check
//! of the whole hash chain.

use crate::i18n::I18n;
use iced::widget::{button, column, pick_list, row, scrollable, text, text_input};
use iced::{Element, Length};
use register::domain::consultation::Purpose;
use register::domain::{AuditAction, AuditTarget};
use register::format;
use register::service::ServiceResult;
use register::service::audit::{self, AuditEntry, AuditFilter, BrokenReason, Verification};
use register::service::{PageRequest, Rows};
use std::convert::Infallible;

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::paged::{Paged, Turn};
use crate::ui::widget::{Choice, bold, error_banner, notice, title};

const PAGE_SIZE: u64 = 100;

#[derive(Debug)]
pub struct State {
    actor: String,
    /// The kind of event shown; all when none is picked.
    action: Option<AuditAction>,
    customer: String,
    rows: Paged<AuditEntry>,
    verification: Option<ServiceResult<Verification>>,
    verifying: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Actor(String),
    Action(Choice<Option<AuditAction>>),
    Customer(String),
    Turn(Turn),
    Loaded(u64, ServiceResult<Rows<AuditEntry>>),
    Verify,
    Verified(ServiceResult<Verification>),
}

#[derive(Debug)]
pub enum Job {
    Search(u64, AuditFilter, PageRequest),
    Verify,
}

impl Default for State {
    fn default() -> Self {
        Self {
            actor: String::new(),
            action: None,
            customer: String::new(),
            rows: Paged::new(PAGE_SIZE),
            verification: None,
            verifying: false,
        }
    }
}

impl State {
    pub fn refresh(&mut self) -> Job {
        let request = self.rows.request();
        self.search(request)
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Job {
        let text = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        let filter = AuditFilter {
            actor_username: text(&self.actor),
            action: self.action,
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
        Job::Search(generation, filter, page)
    }

    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
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
                pick_list(
                    action_choices(i18n),
                    Some(Choice::new(self.action, action_name(self.action, i18n))),
                    Message::Action,
                )
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
            let kind = i18n
                .optional(&format!(
                    "audit-target-{}",
                    event.target_kind.replace('_', "-")
                ))
                .unwrap_or_else(|| event.target_kind.clone());
            let target = match event.target_id {
                // The shop's own settings are one row: its number says nothing.
                Some(_) if event.target_kind == AuditTarget::Organisation.as_str() => kind,
                Some(id) => format!("{kind} {id}"),
                None => kind,
            };
            let details = details_text(&event.details, i18n);
            row![
                text(event.seq.to_string()).width(Length::FillPortion(1)),
                text(format::date_time(event.occurred_at)).width(Length::FillPortion(3)),
                text(event.actor_username.clone()).width(Length::FillPortion(2)),
                text(i18n.action(&event.action)).width(Length::FillPortion(3)),
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
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        let filter_changed = match message {
            Message::Actor(value) => {
                self.actor = value;
                true
            }
            Message::Action(choice) => {
                self.action = choice.value;
                true
            }
            Message::Customer(value) => {
                self.customer = value;
                true
            }
            Message::Turn(turn) => {
                return match self.rows.turn(turn) {
                    Some(request) => self.search(request).into(),
                    None => Update::none(),
                };
            }
            Message::Loaded(generation, reply) => {
                self.rows.accept(generation, reply);
                false
            }
            Message::Verify => {
                self.verifying = true;
                return Job::Verify.into();
            }
            Message::Verified(result) => {
                self.verifying = false;
                self.verification = Some(result);
                false
            }
        };
        if filter_changed {
            let request = self.rows.restart();
            self.search(request).into()
        } else {
            Update::none()
        }
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Search(generation, filter, page) => Message::Loaded(
                    generation,
                    audit::list(&c.db, &c.session, &filter, page).await,
                ),
                Job::Verify => Message::Verified(audit::verify(&c.db, &c.session).await),
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

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

/// Every kind of event, by its words in the staff's language, after "all events".
fn action_choices(i18n: &I18n) -> Vec<Choice<Option<AuditAction>>> {
    let mut actions: Vec<Choice<Option<AuditAction>>> = AuditAction::ALL
        .iter()
        .map(|action| Choice::new(Some(*action), action_name(Some(*action), i18n)))
        .collect();
    actions.sort_by(|a, b| a.label.cmp(&b.label));
    std::iter::once(Choice::new(None, action_name(None, i18n)))
        .chain(actions)
        .collect()
}

fn action_name(action: Option<AuditAction>, i18n: &I18n) -> String {
    match action {
        Some(action) => i18n.action(action.code()),
        None => i18n.t("filter-all-actions"),
    }
}

/// `{"fields":["email","phone"]}` as `kentät: sähköposti, puhelin`: each detail by its name in the
/// staff's language where it has one, as recorded where not.
fn details_text(details: &str, i18n: &I18n) -> String {
    match serde_json::from_str::<serde_json::Value>(details) {
        Ok(serde_json::Value::Object(map)) => map
            .iter()
            // A detail recorded as empty says nothing.
            .filter(|(_, value)| !value.is_null())
            .map(|(key, value)| {
                let name = i18n
                    .optional(&format!("audit-detail-{}", key.replace('_', "-")))
                    .unwrap_or_else(|| key.clone());
                let value = match (key.as_str(), value.as_str()) {
                    // The fields changed, by the names the forms give them.
                    ("fields", None) => value
                        .as_array()
                        .map(|names| {
                            names
                                .iter()
                                .map(|name| {
                                    let name = plain(name);
                                    i18n.optional(&format!("field-{}", name.replace('_', "-")))
                                        .map(|label| label.to_lowercase())
                                        .unwrap_or(name)
                                })
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                        .unwrap_or_else(|| plain(value)),
                    // A purpose in the words the customer's extract gives it.
                    ("purpose", Some(code)) => Purpose::parse(code)
                        .map(|purpose| {
                            let key = purpose.as_str().replace('_', "-");
                            i18n.words().t(&format!("consultation-purpose-{key}"))
                        })
                        .unwrap_or_else(|| code.to_owned()),
                    _ => plain(value),
                };
                format!("{name}: {value}")
            })
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

#[cfg(test)]
mod tests {
    use super::details_text;
    use crate::i18n::I18n;
    use register::domain::Lang;

    #[test]
    fn details_read_as_plain_text_in_the_staffs_language() {
        let fi = I18n::new(Lang::Fi);
        assert_eq!(
            details_text(r#"{"fields":["email","phone","street_address"]}"#, &fi),
            "kentät: sähköposti, puhelin, katuosoite",
            "the fields by the names the forms give them"
        );
        assert_eq!(
            details_text(r#"{"fields":["no_such_field"]}"#, &fi),
            "kentät: no_such_field"
        );
        assert_eq!(
            details_text(r#"{"customers":3,"orders":9}"#, &fi),
            "asiakkaita: 3; tilauksia: 9"
        );
        assert_eq!(
            details_text(r#"{"through_seq":7}"#, &fi),
            "through_seq: 7",
            "a detail without words is shown as recorded"
        );
        assert_eq!(
            details_text(
                r#"{"purpose":"customer_service","purpose_words":null}"#,
                &fi
            ),
            "tarkoitus: asiakaspalvelu",
            "a purpose in words, an empty detail left out"
        );
        assert_eq!(details_text("null", &fi), "");
    }
}

crate::ui::screen::one_job_updates!(State, Job);
