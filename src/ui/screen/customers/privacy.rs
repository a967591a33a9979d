//! A customer's privacy tab: newsletter and direct-marketing consent with their history, and
//! ending the customer relationship (for admins), with a reason and a confirmation.

use crate::i18n::I18n;
use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use iced::futures::stream::{self, StreamExt};
use iced::widget::{button, column, container, pick_list, row, text};
use iced::{Element, Length};
use register::domain::consent::{ConsentKind, ConsentSource, ErasureReason};
use register::domain::{Field, FieldError, FieldErrors, Problem};
use register::format;
use register::service::consent::{self, ConsentEvent};
use register::service::customer::Customer;
use register::service::erasure::{self, Erasure};
use register::service::order;
use register::service::{ServiceError, ServiceResult};

use crate::ui::theme::muted;
use crate::ui::widget::{Choice, bold, erase_or_cancel, error_banner, notice};

#[derive(Debug)]
pub struct State {
    customer_id: i32,
    /// How the customer told the shop: chosen by staff for each change, never assumed.
    source: Option<ConsentSource>,
    history: Option<Vec<ConsentEvent>>,
    disclosures: Option<Vec<String>>,
    /// Why the customer is erased: chosen by staff, never assumed.
    reason: Option<ErasureReason>,
    /// What is missing at the pickers.
    errors: FieldErrors,
    confirming: bool,
    busy: bool,
    failure: Option<ServiceError>,
    done: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Source(Choice<ConsentSource>),
    Set(ConsentKind, bool),
    Changed(ServiceResult<()>),
    History(ServiceResult<Vec<ConsentEvent>>),
    Disclosures(ServiceResult<Vec<String>>),
    Reason(Choice<ErasureReason>),
    AskErase,
    CancelErase,
    ConfirmErase,
    Erased(ServiceResult<Erasure>),
}

#[derive(Debug)]
pub enum Job {
    /// The consent history and the carriers the customer's data went to, as the tab opens.
    Open(i32),
    /// The consent history again, after a change.
    History(i32),
    Consent(i32, ConsentKind, bool, ConsentSource),
    Erase(i32, ErasureReason),
}

/// What the tab tells the customer's details.
#[derive(Debug)]
pub enum Event {
    /// The customer's flags changed: the customer is read again.
    Changed(i32),
    /// The customer is erased: what the erasure did.
    Erased(Erasure),
}

impl State {
    pub fn new(customer_id: i32) -> (Self, Job) {
        let state = Self {
            customer_id,
            source: None,
            history: None,
            disclosures: None,
            reason: None,
            errors: FieldErrors::default(),
            confirming: false,
            busy: false,
            failure: None,
            done: None,
        };
        (state, Job::Open(customer_id))
    }

    /// Whether the erasure's question is open.
    pub fn confirming(&self) -> bool {
        self.confirming
    }

    /// Marks `field` as left unchosen.
    fn require(&mut self, field: Field) {
        self.errors.clear(field);
        self.errors.push(FieldError::new(field, Problem::Required));
    }

    pub fn view<'a>(
        &'a self,
        customer: &Customer,
        i18n: &I18n,
        can_erase: bool,
    ) -> Element<'a, Message> {
        let mut content = column![].spacing(12).max_width(760);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if let Some(done) = self.done {
            content = content.push(notice(i18n.t(done)));
        }
        let sources: Vec<Choice<ConsentSource>> = ConsentSource::ALL
            .into_iter()
            .filter(|s| *s != ConsentSource::Import)
            .map(|value| Choice {
                value,
                label: i18n.t(&format!("consent-source-{}", value.as_str())),
            })
            .collect();
        let selected = sources
            .iter()
            .find(|c| Some(c.value) == self.source)
            .cloned();
        let idle = !self.busy;
        let newsletter = if customer.newsletter {
            ("consent-newsletter-on", "consent-unsubscribe", false)
        } else {
            ("consent-newsletter-off", "consent-subscribe", true)
        };
        let refusal = if customer.marketing_refused {
            ("consent-refused", "consent-allow-marketing", false)
        } else {
            ("consent-not-refused", "consent-refuse-marketing", true)
        };
        content = content
            .push(text(i18n.t("consent-title")).font(bold()))
            .push(
                row![
                    text(i18n.t("consent-source")),
                    pick_list(sources, selected, Message::Source)
                        .placeholder(i18n.t("consent-source-choose"))
                        .text_size(14),
                ]
                .spacing(10)
                .align_y(iced::Center),
            );
        if let Some(problem) = i18n.problem_at(&self.errors, Field::ConsentSource) {
            content = content.push(text(problem).size(13).style(text::danger));
        }
        for (kind, (state, action, value)) in [
            (ConsentKind::Newsletter, newsletter),
            (ConsentKind::MarketingRefusal, refusal),
        ] {
            content = content.push(
                row![
                    text(i18n.t(state)).width(Length::Fill),
                    button(text(i18n.t(action)))
                        .style(button::secondary)
                        .on_press_maybe(idle.then_some(Message::Set(kind, value))),
                ]
                .spacing(10)
                .align_y(iced::Center),
            );
        }
        content = content.push(text(i18n.t("consent-history")).font(bold()));
        content = content.push(match &self.history {
            None => Element::from(text(i18n.t("loading"))),
            Some(history) if history.is_empty() => {
                text(i18n.t("consent-no-history")).style(muted).into()
            }
            Some(history) => column(history.iter().map(|event| {
                let what = match (event.kind, event.granted) {
                    (ConsentKind::Newsletter, true) => "consent-event-subscribed",
                    (ConsentKind::Newsletter, false) => "consent-event-unsubscribed",
                    (ConsentKind::MarketingRefusal, true) => "consent-event-refused",
                    (ConsentKind::MarketingRefusal, false) => "consent-event-allowed",
                };
                text(format!(
                    "{} · {} · {} · {}",
                    format::date_time(event.recorded_at),
                    i18n.t(what),
                    i18n.t(&format!("consent-source-{}", event.source)),
                    event.recorded_by
                ))
                .size(14)
                .into()
            }))
            .spacing(4)
            .into(),
        });
        content = content.push(text(i18n.t("disclosures-title")).font(bold()));
        content = content.push(match &self.disclosures {
            None => text(i18n.t("loading")),
            Some(carriers) if carriers.is_empty() => text(i18n.t("disclosures-none")).style(muted),
            Some(carriers) => text(i18n.t_with(
                "disclosures-list",
                &[("carriers", carriers.join(", ").into())],
            )),
        });
        if can_erase {
            content = content.push(self.erase_view(i18n));
        }
        content.into()
    }

    fn erase_view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let reasons: Vec<Choice<ErasureReason>> = ErasureReason::ALL
            .into_iter()
            .map(|value| Choice {
                value,
                label: i18n.t(&format!("erase-reason-{}", value.as_str())),
            })
            .collect();
        let selected = reasons
            .iter()
            .find(|c| Some(c.value) == self.reason)
            .cloned();
        let mut block = column![
            text(i18n.t("erase-title")).font(bold()),
            text(i18n.t("erase-explanation")).size(14),
            row![
                text(i18n.t("erase-reason")),
                pick_list(reasons, selected, Message::Reason)
                    .placeholder(i18n.t("erase-reason-choose"))
                    .text_size(14),
            ]
            .spacing(10)
            .align_y(iced::Center),
        ]
        .spacing(10);
        if let Some(problem) = i18n.problem_at(&self.errors, Field::ErasureReason) {
            block = block.push(text(problem).size(13).style(text::danger));
        }
        block = if self.confirming {
            block
                .push(error_banner(i18n.t("erase-confirm-question")))
                .push(erase_or_cancel(
                    i18n,
                    self.busy,
                    Message::ConfirmErase,
                    Message::CancelErase,
                ))
        } else {
            block.push(
                button(text(i18n.t("erase-start")))
                    .style(button::danger)
                    .on_press(Message::AskErase),
            )
        };
        container(block)
            .padding(12)
            .style(container::bordered_box)
            .into()
    }
}

/// Carries out the tab's work. A change of the customer's flags is read again by the customer
/// detail, and the end of an erasure is for the customers screen.
impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Source(choice) => {
                self.source = Some(choice.value);
                self.errors.clear(Field::ConsentSource);
            }
            Message::Set(kind, value) if !self.busy => {
                self.failure = None;
                self.done = None;
                let Some(source) = self.source else {
                    self.require(Field::ConsentSource);
                    return Update::none();
                };
                self.busy = true;
                return Job::Consent(self.customer_id, kind, value, source).into();
            }
            Message::Set(..) => {}
            Message::Changed(Ok(())) => {
                self.busy = false;
                self.done = Some("consent-saved");
                // The next change says again how the customer told us.
                self.source = None;
                return Update {
                    jobs: vec![Job::History(self.customer_id)],
                    event: Some(Event::Changed(self.customer_id)),
                };
            }
            Message::Changed(Err(failure)) | Message::Erased(Err(failure)) => {
                self.busy = false;
                self.confirming = false;
                self.failure = Some(failure);
            }
            Message::History(Ok(history)) => self.history = Some(history),
            Message::Disclosures(Ok(carriers)) => self.disclosures = Some(carriers),
            Message::History(Err(failure)) | Message::Disclosures(Err(failure)) => {
                self.failure = Some(failure)
            }
            Message::Reason(choice) => {
                self.reason = Some(choice.value);
                self.errors.clear(Field::ErasureReason);
            }
            Message::AskErase if self.reason.is_none() => self.require(Field::ErasureReason),
            Message::AskErase => self.confirming = true,
            Message::CancelErase => self.confirming = false,
            Message::ConfirmErase if !self.busy => {
                let Some(reason) = self.reason else {
                    self.confirming = false;
                    self.require(Field::ErasureReason);
                    return Update::none();
                };
                self.busy = true;
                return Job::Erase(self.customer_id, reason).into();
            }
            Message::ConfirmErase => {}
            Message::Erased(Ok(erasure)) => return Update::event(Event::Erased(erasure)),
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        let Context { db, session, .. } = c;
        match job {
            Job::Open(id) => {
                let (db_, session_) = (db.clone(), session.clone());
                stream::select(
                    reply(
                        async move { Message::History(consent::history(&db, &session, id).await) },
                    ),
                    reply(async move {
                        Message::Disclosures(order::disclosures(&db_, &session_, id).await)
                    }),
                )
                .boxed()
            }
            Job::History(id) => {
                reply(async move { Message::History(consent::history(&db, &session, id).await) })
            }
            Job::Consent(id, kind, value, source) => reply(async move {
                Message::Changed(match kind {
                    ConsentKind::Newsletter => {
                        consent::set_newsletter(&db, &session, id, value, source).await
                    }
                    ConsentKind::MarketingRefusal => {
                        consent::set_marketing_refusal(&db, &session, id, value, source).await
                    }
                })
            }),
            Job::Erase(id, reason) => {
                reply(
                    async move { Message::Erased(erasure::erase(&db, &session, id, reason).await) },
                )
            }
        }
    }
}

crate::ui::screen::one_job_updates!(State, Job);
