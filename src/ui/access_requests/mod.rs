//! Access requests: the list of requests with who each waits for and the days left, the
//! intake of a new one, and one request from its check to its answer. The screen names the
//! work it needs as jobs, which [`run`] carries out.

mod compare;
pub mod detail;
mod finder;
pub mod intake;

use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::{button, checkbox, column, row, scrollable, text};
use iced::{Element, Length, Task};
use register::db::Db;
use register::domain::access_request::{
    AccessRequestStatus, Channel, IdentityCheck, Urgency, Waiting,
};
use register::domain::consultation::Why;
use register::domain::{Field, FieldError, Problem};
use register::format;
use register::i18n::I18n;
use register::save::{self, Saved};
use register::service::access_request::{self, AccessRequest, AccessRequestQuery};
use register::service::{PageRequest, Rows, ServiceError, Session, customer, vouchers};

use super::dialog;
use super::outcome::{Outcome, outcome};
use super::paged::{Paged, Turn};
use super::screen::{Context, Screen};
use super::theme::{self, muted};
use super::widgets::{bold, error_banner, title};

const PAGE_SIZE: u64 = 50;

#[derive(Debug)]
pub struct State {
    open_only: bool,
    rows: Paged<AccessRequest>,
    view: View,
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
    Loaded(u64, Outcome<Rows<AccessRequest>>),
    New,
    Open(AccessRequest),
    Back,
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
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        match &self.view {
            View::List => self.list(i18n),
            View::Intake(intake) => column![
                button(text(i18n.t("requests-back")))
                    .style(button::text)
                    .on_press(Message::Back),
                intake.view(i18n).map(Message::Intake),
            ]
            .spacing(8)
            .padding(20)
            .into(),
            View::Detail(detail) => detail.view(i18n).map(Message::Detail),
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
    type Action = Vec<Job>;

    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        let mut state = Box::<Self>::default();
        let jobs = state.refresh();
        (state, jobs)
    }

    fn update(&mut self, message: Message) -> Vec<Job> {
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
            Message::Back | Message::Detail(detail::Message::Back) => {
                self.view = View::List;
                return self.refresh();
            }
            Message::Intake(message) => {
                let View::Intake(intake) = &mut self.view else {
                    return Vec::new();
                };
                match intake.update(message) {
                    intake::Action::None => {}
                    intake::Action::Run(job) => return vec![Job::Intake(job)],
                    intake::Action::Logged(request) => return self.show(*request),
                }
            }
            Message::Detail(message) => {
                if let View::Detail(detail) = &mut self.view {
                    return detail
                        .update(message)
                        .into_iter()
                        .map(|job| Job::Detail(Box::new(job)))
                        .collect();
                }
            }
        }
        Vec::new()
    }

    fn escape(&mut self) -> Vec<Job> {
        match self.view {
            View::List => Vec::new(),
            _ => self.update(Message::Back),
        }
    }

    fn perform(jobs: Vec<Job>, context: &Context) -> Task<Message> {
        Task::batch(
            jobs.into_iter()
                .map(|job| context.run(move |db, session| run(db, session, job))),
        )
    }

    fn page<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.view(i18n)
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
    register::i18n::capitalised(&i18n.t(&format!(
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

/// Carries out one job and gives the screen its reply. File dialogs are jobs too, so the app
/// runs every one the same way; tests answer the dialogs themselves.
pub async fn run(db: Db, session: Session, job: Job) -> Message {
    match job {
        Job::Search(generation, query) => Message::Loaded(
            generation,
            outcome(access_request::list(&db, &session, &query).await),
        ),
        Job::Intake(job) => Message::Intake(run_intake(&db, &session, job).await),
        Job::Detail(job) => Message::Detail(run_detail(&db, &session, *job).await),
    }
}

async fn run_intake(db: &Db, session: &Session, job: intake::Job) -> intake::Message {
    use intake::Message as M;
    match job {
        intake::Job::Search(generation, query) => M::Finder(finder::Message::Found(
            generation,
            find(db, session, &query).await,
        )),
        intake::Job::Open(id) => M::Chosen(outcome(
            customer::get(db, session, id, &Why::data_protection_request()).await,
        )),
        intake::Job::Log(input) => {
            M::Logged(outcome(access_request::log(db, session, &input).await))
        }
    }
}

async fn run_detail(db: &Db, session: &Session, job: detail::Job) -> detail::Message {
    use detail::{Job as J, Message as M};
    let changed = |done, result| M::Changed(done, outcome(result));
    let with_letter = |done, result: Result<(AccessRequest, _), _>| {
        M::Changed(done, outcome(result.map(|(request, _)| request)))
    };
    match job {
        J::Reload(id) => M::Reloaded(outcome(access_request::get(db, session, id).await)),
        J::Customer(id) => M::Customer(outcome(
            customer::get(db, session, id, &Why::data_protection_request()).await,
        )),
        J::Documents(id) => M::Documents(outcome(access_request::documents(db, session, id).await)),
        J::Systems(id) => M::Systems(outcome(access_request::systems(db, session, id).await)),
        J::RecordSystem(r, key, searched, note) => changed(
            "requests-system-saved",
            access_request::record_system(db, session, r.id, r.version, key, searched, &note).await,
        ),
        J::Search(generation, query) => M::Finder(finder::Message::Found(
            generation,
            find(db, session, &query).await,
        )),
        J::Match(r, customer) => changed(
            "requests-matched",
            access_request::match_customer(db, session, r.id, r.version, customer).await,
        ),
        J::MatchVouchers(r, number) => changed(
            "requests-matched",
            access_request::match_vouchers(db, session, r.id, r.version, number).await,
        ),
        J::Check(r, check, note) => changed(
            "requests-check-saved",
            access_request::set_identity_check(db, session, r.id, r.version, check, &note).await,
        ),
        J::Waiting(r, waiting) => changed(
            "requests-waiting-saved",
            access_request::set_waiting(db, session, r.id, r.version, waiting).await,
        ),
        J::Delivery(r, delivery) => changed(
            "requests-delivery-saved",
            access_request::set_delivery(db, session, r.id, r.version, Some(delivery)).await,
        ),
        J::AskIdentification(r, needed, lang) => with_letter(
            "requests-identification-sent",
            access_request::ask_for_identification(
                db,
                session,
                r.id,
                r.version,
                &needed,
                lang,
                format::today(),
            )
            .await,
        ),
        J::Verify(r) => changed(
            "requests-verified",
            access_request::mark_verified(db, session, r.id, r.version).await,
        ),
        J::PickLetter => M::LetterPicked(dialog::open_file().await),
        J::AttachLetter(r, name, content) => changed(
            "requests-letter-attached",
            access_request::attach_letter(db, session, r.id, r.version, &name, content).await,
        ),
        J::OpenLetter(id) => M::LetterOpened(open_letter(db, session, id).await),
        J::ChooseExtractPath(name) => {
            M::ExtractPath(dialog::save_file("PDF", &["pdf"], &name).await)
        }
        J::SaveExtract(r, lang, path) => {
            M::ExtractSaved(save_extract(db, session, r, lang, path).await)
        }
        J::NothingHeld(r, lang) => with_letter(
            "requests-nothing-held-sent",
            access_request::answer_nothing_held(db, session, r.id, r.version, lang).await,
        ),
        J::Extend(r, reason, lang) => with_letter(
            "requests-extended",
            access_request::extend(db, session, r.id, r.version, &reason, lang, format::today())
                .await,
        ),
        J::Reject(r, reason, lang) => with_letter(
            "requests-rejected",
            access_request::reject(db, session, r.id, r.version, &reason, lang).await,
        ),
        J::ChooseDocumentPath(id, name) => {
            let extension = if name.ends_with(".json") {
                "json"
            } else {
                "pdf"
            };
            M::DocumentPath(id, dialog::save_file(extension, &[extension], &name).await)
        }
        J::SaveDocument(id, path) => M::DocumentSaved(save_document(db, session, id, path).await),
    }
}

/// The customers screen's search, with the customer whose number was typed, if any, first,
/// and the kept vouchers of any erased customer that the text finds.
async fn find(
    db: &Db,
    session: &Session,
    query: &customer::CustomerQuery,
) -> Outcome<finder::Matches> {
    let mut customers: Vec<_> = customer::by_number(db, session, &query.text)
        .await
        .map_err(Arc::new)?
        .into_iter()
        .collect();
    let number = customers.first().map(|c| c.id);
    let page = customer::search(db, session, query)
        .await
        .map_err(Arc::new)?;
    customers.extend(page.items.into_iter().filter(|c| Some(c.id) != number));
    let vouchers = vouchers::find(db, session, &query.text)
        .await
        .map_err(Arc::new)?;
    Ok(finder::Matches {
        customers,
        vouchers,
    })
}

/// Opens the letter or email the request came in, in the system's viewer.
async fn open_letter(db: &Db, session: &Session, id: i32) -> Outcome<PathBuf> {
    let letter = access_request::letter(db, session, id)
        .await
        .map_err(Arc::new)?;
    dialog::open_in_viewer(&letter.file_name, &letter.content)
        .map_err(|reason| Arc::new(ServiceError::FileWrite(reason)))
}

/// Writes a kept document to `path`, byte for byte as it was sent.
async fn save_document(db: &Db, session: &Session, id: i32, path: PathBuf) -> Outcome<PathBuf> {
    let document = access_request::document(db, session, id)
        .await
        .map_err(Arc::new)?;
    save::write(&path, &document.content, save::Existing::Replace)
        .map_err(save::SaveError::into_service_error)?;
    Ok(path)
}

/// Saves the extract with its JSON copy and covering letter beside it, answering the request.
async fn save_extract(
    db: &Db,
    session: &Session,
    request: AccessRequest,
    lang: register::domain::Lang,
    path: PathBuf,
) -> Outcome<Saved> {
    let Some(subject) = request.subject() else {
        return outcome(Err(ServiceError::invalid(FieldError::new(
            Field::MatchedCustomer,
            Problem::Required,
        ))));
    };
    let target = save::Target {
        subject,
        lang,
        request: Some(&request),
        pdf: &path,
        json: None,
        existing: save::Existing::Replace,
    };
    save::extract(db, session, target)
        .await
        .map_err(save::SaveError::into_service_error)
}
