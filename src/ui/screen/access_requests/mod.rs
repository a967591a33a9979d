//! Access requests: the list of requests with who each waits for and the days left, the
//! intake of a new one, and one request from its check to its answer. The screen names the
//! work it needs as jobs, which [`run`] carries out.

mod compare;
pub mod detail;
mod finder;
pub mod intake;

use crate::i18n::I18n;
use iced::futures::StreamExt;
use iced::widget::{button, checkbox, column, container, row, scrollable, text};
use iced::{Element, Length};
use register::domain::access_request::{
    AccessRequestStatus, Channel, IdentityCheck, Urgency, Waiting,
};
use register::format;
use register::service::ServiceResult;
use register::service::access_request::{AccessRequest, AccessRequestQuery};
use register::service::{PageRequest, Rows};
use std::convert::Infallible;

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::shortcut::Shortcut;
use crate::ui::theme::{self, muted};
use crate::ui::widget::paged::{Paged, Turn};
use crate::ui::widget::{bold, discard_question, error_banner, title};

const PAGE_SIZE: u64 = 50;

#[derive(Debug)]
pub struct State {
    open_only: bool,
    rows: Paged<AccessRequest>,
    view: View,
    /// Leaving the intake was asked for with something typed: whether to throw it away is
    /// asked first.
    asking_discard: bool,
}

#[derive(Debug)]
enum View {
    List,
    Intake(Box<intake::State>),
    Detail(Box<detail::State>),
}

#[derive(Debug, Clone)]
pub enum Message {
    OpenOnly(bool),
    Turn(Turn),
    Loaded(u64, ServiceResult<Rows<AccessRequest>>),
    New,
    Open(AccessRequest),
    Back,
    /// What was typed at the intake is thrown away, as asked.
    Discard,
    /// The intake goes on: leaving is not wanted after all.
    KeepEditing,
    Intake(intake::Message),
    Detail(detail::Message),
}

/// The work the screen needs done, for [`run`].
#[derive(Debug, Clone)]
pub enum Job {
    Search(u64, AccessRequestQuery),
    Intake(intake::Job),
    Detail(Box<detail::Job>),
}

impl Default for State {
    fn default() -> Self {
        Self {
            open_only: true,
            rows: Paged::new(PAGE_SIZE),
            view: View::List,
            asking_discard: false,
        }
    }
}

impl State {
    pub fn refresh(&mut self) -> Vec<Job> {
        let request = self.rows.request();
        vec![self.search(request)]
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Job {
        Job::Search(
            generation,
            AccessRequestQuery {
                open_only: self.open_only,
                page,
            },
        )
    }

    fn show(&mut self, request: AccessRequest) -> Vec<Job> {
        let (detail, jobs) = detail::State::new(request);
        self.view = View::Detail(Box::new(detail));
        jobs.into_iter()
            .map(|job| Job::Detail(Box::new(job)))
            .collect()
    }

    /// Escape: back to the list from a request or the intake.
    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        match &self.view {
            View::List => self.list(i18n),
            View::Intake(intake) => {
                let mut content = column![
                    button(text(i18n.t("requests-back")))
                        .style(button::text)
                        .on_press(Message::Back),
                ];
                if self.asking_discard {
                    content = content.push(discard_question(
                        i18n,
                        Message::Discard,
                        Message::KeepEditing,
                    ));
                }
                content
                    .push(intake.view(i18n).map(Message::Intake))
                    .spacing(8)
                    .padding(20)
                    .into()
            }
            View::Detail(detail) => {
                let request = detail.view(i18n).map(Message::Detail);
                if !self.asking_discard {
                    return request;
                }
                column![
                    container(discard_question(
                        i18n,
                        Message::Discard,
                        Message::KeepEditing,
                    ))
                    .padding([10, 20]),
                    request,
                ]
                .into()
            }
        }
    }

    fn list<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let today = format::today();
        let mut content = column![
            row![
                title(i18n.t("requests-title")),
                iced::widget::space::horizontal(),
                checkbox(self.open_only)
                    .label(i18n.t("requests-open-only"))
                    .on_toggle(Message::OpenOnly),
                button(text(i18n.t("requests-new"))).on_press(Message::New),
            ]
            .spacing(16)
            .align_y(iced::Center),
        ]
        .spacing(14);
        if let Some(failure) = self.rows.failure() {
            content = content.push(error_banner(i18n.error(failure)));
        }
        let columns = [
            (2, i18n.t("requests-reference")),
            (3, i18n.t("requests-requester")),
            (2, i18n.t("requests-channel")),
            (2, i18n.t("requests-received")),
            (2, i18n.t("requests-due")),
            (2, i18n.t("requests-days-left")),
            (3, i18n.t("requests-waiting")),
        ];
        let header = row(columns.iter().map(|(portion, label)| {
            text(label.clone())
                .font(bold())
                .width(Length::FillPortion(*portion))
                .into()
        }))
        .padding([0, 8])
        .spacing(8);
        let rows: Element<'a, Message> = match self.rows.items() {
            None => text(i18n.t("loading")).into(),
            Some([]) => text(i18n.t("no-requests")).style(muted).into(),
            Some(items) => scrollable(column(items.iter().map(|request| {
                let cells = [
                    request.reference.clone(),
                    request.requester_name.clone(),
                    channel_name(request.channel, i18n),
                    format::date_only(request.received_on),
                    format::date_only(request.due_on),
                ];
                let mut line =
                    row(cells
                        .into_iter()
                        .zip(columns.iter())
                        .map(|(value, (portion, _))| {
                            text(value).width(Length::FillPortion(*portion)).into()
                        }))
                    .spacing(8);
                line = line
                    .push(days_left(request, today, i18n).width(Length::FillPortion(2)))
                    .push(
                        text(waiting_label(request.waiting(), i18n)).width(Length::FillPortion(3)),
                    );
                button(line)
                    .style(button::text)
                    .width(Length::Fill)
                    .on_press(Message::Open(request.clone()))
                    .into()
            })))
            .height(Length::Fill)
            .into(),
        };
        content
            .push(header)
            .push(rows)
            .push(self.rows.pager(i18n, Message::Turn))
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
        Update::jobs(self.follow(message))
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        match job {
            Job::Search(generation, query) => reply(async move {
                Message::Loaded(
                    generation,
                    register::service::access_request::list(&c.db, &c.session, &query).await,
                )
            }),
            Job::Intake(job) => intake::State::run(job, c).map(Message::Intake).boxed(),
            Job::Detail(job) => detail::State::run(*job, c).map(Message::Detail).boxed(),
        }
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        let mut state = Box::<Self>::default();
        let jobs = state.refresh();
        (state, jobs)
    }

    fn escape(&mut self) -> Update<Self> {
        match self.view {
            View::List => Update::none(),
            _ => self.update(Message::Back),
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Update<Self> {
        match (&self.view, shortcut) {
            (View::List, Shortcut::New) => self.update(Message::New),
            _ => Update::none(),
        }
    }

    fn focus(&self) -> Option<&'static str> {
        matches!(self.view, View::Intake(_)).then_some(intake::FIRST)
    }

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

impl State {
    /// The jobs a message leads to.
    fn follow(&mut self, message: Message) -> Vec<Job> {
        match message {
            Message::OpenOnly(value) => {
                self.open_only = value;
                let request = self.rows.restart();
                return vec![self.search(request)];
            }
            Message::Turn(turn) => {
                if let Some(request) = self.rows.turn(turn) {
                    return vec![self.search(request)];
                }
            }
            Message::Loaded(generation, reply) => self.rows.accept(generation, reply),
            Message::New => self.view = View::Intake(Box::default()),
            Message::Open(request) => return self.show(request),
            Message::Back if matches!(&self.view, View::Intake(intake) if intake.has_input()) => {
                self.asking_discard = true;
            }
            // A reason, a note or what is asked for typed on a request and not yet used.
            Message::Back | Message::Detail(detail::Message::Back) if matches!(&self.view, View::Detail(detail) if detail.has_unsaved()) =>
            {
                self.asking_discard = true;
            }
            Message::Back | Message::Discard | Message::Detail(detail::Message::Back) => {
                self.asking_discard = false;
                self.view = View::List;
                return self.refresh();
            }
            Message::KeepEditing => self.asking_discard = false,
            Message::Intake(message) => {
                let View::Intake(intake) = &mut self.view else {
                    return Vec::new();
                };
                let update = intake.update(message);
                let mut jobs: Vec<Job> = update.jobs.into_iter().map(Job::Intake).collect();
                if let Some(intake::Event::Logged(request)) = update.event {
                    jobs.extend(self.show(*request));
                }
                return jobs;
            }
            Message::Detail(message) => {
                if let View::Detail(detail) = &mut self.view {
                    return detail
                        .update(message)
                        .jobs
                        .into_iter()
                        .map(|job| Job::Detail(Box::new(job)))
                        .collect();
                }
            }
        }
        Vec::new()
    }
}

/// "12 pv", or how late in the colour of an overdue request; nothing for a closed one.
fn days_left<'a>(request: &AccessRequest, today: chrono::NaiveDate, i18n: &I18n) -> text::Text<'a> {
    if !request.status.is_open() {
        return text(status_label(request.status, i18n)).style(muted);
    }
    let days = request.days_left(today);
    let label = if days < 0 {
        i18n.t_with("requests-days-late", &[("days", (-days).into())])
    } else {
        i18n.t_with("requests-days", &[("days", days.into())])
    };
    match request.urgency(today) {
        Urgency::Overdue => text(label).font(bold()).style(theme::overdue),
        Urgency::DueSoon => text(label).font(bold()).style(theme::due_soon),
        Urgency::OnTime | Urgency::Closed => text(label),
    }
}

pub(super) fn urgency_badge<'a>(urgency: Urgency, i18n: &I18n) -> text::Text<'a> {
    match urgency {
        Urgency::Overdue => text(i18n.t("requests-overdue"))
            .font(bold())
            .style(theme::overdue),
        Urgency::DueSoon => text(i18n.t("requests-due-soon"))
            .font(bold())
            .style(theme::due_soon),
        Urgency::OnTime | Urgency::Closed => text(""),
    }
}

pub(super) fn status_label(status: AccessRequestStatus, i18n: &I18n) -> String {
    i18n.t(&format!(
        "request-status-{}",
        status.as_str().replace('_', "-")
    ))
}

pub(super) fn channel_name(channel: Channel, i18n: &I18n) -> String {
    register::fluent::capitalised(&i18n.words().t(&format!(
        "request-channel-{}",
        channel.as_str().replace('_', "-")
    )))
}

pub(super) fn check_name(check: IdentityCheck, i18n: &I18n) -> String {
    i18n.t(&format!(
        "identity-check-{}",
        check.as_str().replace('_', "-")
    ))
}

fn waiting_label(waiting: Waiting, i18n: &I18n) -> String {
    i18n.t(match waiting {
        Waiting::Check => "requests-waiting-check",
        Waiting::Requester => "requests-waiting-requester",
        Waiting::Answer => "requests-waiting-answer",
        Waiting::Nobody => "requests-waiting-nobody",
    })
}
