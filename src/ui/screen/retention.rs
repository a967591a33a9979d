//! The retention review, for admins: customers idle for a long time, whose relationships can
//! be ended together with one confirmation.

use crate::i18n::I18n;
use chrono::Utc;
use iced::widget::{button, column, row, scrollable, text};
use iced::{Element, Length};
use register::domain::processing::{ProcessingDescription, Retention};
use register::format;
use register::service::customer::CustomerSummary;
use register::service::erasure::LedgerState;
use register::service::retention::{self, RetentionErasure};
use register::service::{PageRequest, Rows, access_request, erasure};
use register::service::{ServiceError, ServiceResult};
use std::convert::Infallible;

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::paged::{Paged, Turn};
use crate::ui::widget::{erase_or_cancel, error_banner, input, labelled, notice, title};

const PAGE_SIZE: u64 = 200;

#[derive(Debug)]
pub struct State {
    months: String,
    rows: Paged<CustomerSummary>,
    confirming: bool,
    busy: bool,
    failure: Option<ServiceError>,
    erased: Option<RetentionErasure>,
    purged: Option<u64>,
    requests_purged: Option<u64>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The idle period the settings give, which the review starts from.
    Policy(ServiceResult<Retention>),
    Months(String),
    Turn(Turn),
    Loaded(u64, ServiceResult<Rows<CustomerSummary>>),
    AskErase,
    CancelErase,
    ConfirmErase,
    Erased(ServiceResult<RetentionErasure>),
    Purge,
    Purged(ServiceResult<u64>),
    PurgeRequests,
    RequestsPurged(ServiceResult<u64>),
}

#[derive(Debug)]
pub enum Job {
    Policy,
    Search(u64, u32, PageRequest),
    Erase(Vec<i32>, u32),
    Purge,
    PurgeRequests,
}

impl Default for State {
    fn default() -> Self {
        Self {
            months: ProcessingDescription::default()
                .retention
                .idle_months
                .to_string(),
            rows: Paged::new(PAGE_SIZE),
            confirming: false,
            busy: false,
            failure: None,
            erased: None,
            purged: None,
            requests_purged: None,
        }
    }
}

impl State {
    /// What the screen does when it opens: reads the idle period from the settings.
    pub fn load(&mut self) -> Job {
        Job::Policy
    }

    pub fn refresh(&mut self) -> Update<Self> {
        let request = self.rows.restart();
        self.search(request)
    }

    fn months(&self) -> Option<u32> {
        self.months
            .trim()
            .parse()
            .ok()
            .filter(|m| (1..=600).contains(m))
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Update<Self> {
        match self.months() {
            Some(months) => Job::Search(generation, months, page).into(),
            None => Update::none(),
        }
    }

    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let months_error = self
            .months()
            .is_none()
            .then(|| i18n.problem(&register::domain::Problem::OutOfRange { min: 1, max: 600 }));
        let mut content = column![
            title(i18n.t("retention-title")),
            text(i18n.t("retention-explanation")).style(muted),
            labelled(
                i18n.t("retention-months"),
                input("retention-months", &self.months, Message::Months)
                    .width(Length::Fixed(120.0)),
                months_error,
            ),
        ]
        .spacing(14);
        if let Some(failure) = self.failure.as_ref().or(self.rows.failure()) {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if let Some(count) = self.purged {
            content = content.push(notice(
                i18n.t_with("retention-purged", &[("count", count.into())]),
            ));
        }
        if let Some(count) = self.requests_purged {
            content = content.push(notice(
                i18n.t_with("retention-requests-purged", &[("count", count.into())]),
            ));
        }
        if let Some(done) = &self.erased {
            let mut said = i18n.t_with("retention-erased", &[("count", done.erased.into())]);
            if done.no_longer_idle > 0 {
                let kept = i18n.t_with(
                    "retention-no-longer-idle",
                    &[("count", done.no_longer_idle.into())],
                );
                said = format!("{said} {kept}");
            }
            content = content.push(match &done.ledger {
                LedgerState::Pending(reason) => error_banner(format!(
                    "{said}\n{}",
                    i18n.t_with(
                        "erasure-ledger-pending",
                        &[("reason", reason.clone().into())]
                    )
                )),
                LedgerState::Written | LedgerState::NotKept => notice(said),
            });
        }
        let items = self.rows.items().unwrap_or_default();
        if self.rows.items().is_none() {
            content = content.push(text(i18n.t("loading")));
        } else if items.is_empty() {
            content = content.push(text(i18n.t("retention-none")).style(muted));
        } else {
            let count = items.len() as u64;
            content = content.push(if self.confirming {
                column![
                    error_banner(
                        i18n.t_with("retention-confirm-question", &[("count", count.into())])
                    ),
                    erase_or_cancel(i18n, self.busy, Message::ConfirmErase, Message::CancelErase),
                ]
                .spacing(8)
            } else {
                column![
                    button(text(
                        i18n.t_with("retention-erase", &[("count", count.into())])
                    ))
                    .style(button::danger)
                    .on_press(Message::AskErase)
                ]
            });
            content = content.push(
                scrollable(column(items.iter().map(|c| {
                    text(format!(
                        "{}, {} · {} · {}",
                        c.last_name,
                        c.first_name,
                        c.email.clone().unwrap_or_default(),
                        c.city.clone().unwrap_or_default()
                    ))
                    .into()
                })))
                .height(Length::Fill),
            );
        }
        content
            .push(self.rows.pager(i18n, Message::Turn))
            .push(
                row![
                    text(i18n.t("retention-vouchers"))
                        .style(muted)
                        .width(Length::Fill),
                    button(text(i18n.t("retention-purge")))
                        .style(button::secondary)
                        .on_press_maybe((!self.busy).then_some(Message::Purge)),
                ]
                .spacing(10)
                .align_y(iced::Center),
            )
            .push(
                row![
                    text(i18n.t("retention-requests"))
                        .style(muted)
                        .width(Length::Fill),
                    button(text(i18n.t("retention-purge-requests")))
                        .style(button::secondary)
                        .on_press_maybe((!self.busy).then_some(Message::PurgeRequests)),
                ]
                .spacing(10)
                .align_y(iced::Center),
            )
            .padding(20)
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
            Message::Policy(Ok(policy)) => {
                self.months = policy.idle_months.to_string();
                return self.refresh();
            }
            Message::Policy(Err(failure)) => self.failure = Some(failure),
            Message::Months(value) => {
                self.months = value;
                return self.refresh();
            }
            Message::Turn(turn) => {
                if let Some(request) = self.rows.turn(turn) {
                    return self.search(request);
                }
            }
            Message::Loaded(generation, reply) => self.rows.accept(generation, reply),
            Message::AskErase => self.confirming = true,
            Message::CancelErase => self.confirming = false,
            Message::ConfirmErase if !self.busy => {
                let ids: Vec<i32> = self
                    .rows
                    .items()
                    .unwrap_or_default()
                    .iter()
                    .map(|c| c.id)
                    .collect();
                if let (false, Some(months)) = (ids.is_empty(), self.months()) {
                    self.busy = true;
                    return Job::Erase(ids, months).into();
                }
            }
            Message::ConfirmErase => {}
            Message::Purge if !self.busy => {
                self.busy = true;
                return Job::Purge.into();
            }
            Message::Purge => {}
            Message::PurgeRequests if !self.busy => {
                self.busy = true;
                return Job::PurgeRequests.into();
            }
            Message::PurgeRequests => {}
            Message::RequestsPurged(result) => {
                self.busy = false;
                match result {
                    Ok(count) => self.requests_purged = Some(count),
                    Err(failure) => self.failure = Some(failure),
                }
            }
            Message::Purged(result) => {
                self.busy = false;
                match result {
                    Ok(count) => self.purged = Some(count),
                    Err(failure) => self.failure = Some(failure),
                }
            }
            Message::Erased(result) => {
                self.busy = false;
                self.confirming = false;
                match result {
                    Ok(count) => {
                        self.erased = Some(count);
                        return self.refresh();
                    }
                    Err(failure) => self.failure = Some(failure),
                }
            }
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            let (db, session) = (&c.db, &c.session);
            match job {
                Job::Policy => Message::Policy(retention::policy(db, session).await),
                Job::Search(generation, months, page) => Message::Loaded(
                    generation,
                    retention::candidates(db, session, months, Utc::now(), page).await,
                ),
                Job::Erase(ids, months) => Message::Erased(
                    retention::erase_idle(db, session, &ids, months, Utc::now()).await,
                ),
                Job::Purge => Message::Purged(
                    erasure::purge_expired_vouchers(db, session, format::today()).await,
                ),
                Job::PurgeRequests => Message::RequestsPurged(
                    access_request::purge_expired(db, session, format::today()).await,
                ),
            }
        })
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        let mut state = Box::<Self>::default();
        let job = state.load();
        (state, vec![job])
    }

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

crate::ui::screen::one_job_updates!(State, Job);
