//! Access requests: log a letter, check it, and answer it with a saved register extract, or
//! reject it or extend its deadline. Overdue and nearly due requests stand out.

use std::path::PathBuf;

use iced::widget::{
    button, checkbox, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Color, Element, Length};

use crate::db::Db;
use crate::domain::Field;
use crate::domain::access_request::{AccessRequestInput, AccessRequestStatus, Urgency};
use crate::extract::save::{self, SaveError, Saved};
use crate::format;
use crate::i18n::{I18n, Lang};
use crate::service::access_request::{self, AccessRequest, AccessRequestQuery, Checklist};
use crate::service::{Page, PageRequest, Session};

use super::form::{Failure, FieldErrors, Outcome, outcome};
use super::paged::{Paged, Turn};
use super::widgets::{bold, error_banner, input, labelled, muted, notice, title};

const PAGE_SIZE: u64 = 50;

#[derive(Debug)]
pub struct State {
    open_only: bool,
    rows: Paged<AccessRequest>,
    new: NewRequest,
    detail: Option<Detail>,
}

#[derive(Debug, Default)]
struct NewRequest {
    requester_name: String,
    received_on: String,
    customer: String,
    errors: FieldErrors,
    busy: bool,
}

#[derive(Debug)]
struct Detail {
    request: AccessRequest,
    checklist: Checklist,
    customer: String,
    reason: String,
    lang: Lang,
    errors: FieldErrors,
    failure: Option<Trouble>,
    done: Option<String>,
    busy: bool,
}

/// What went wrong with the open request: a refused service call, or a file that could not
/// be written.
#[derive(Debug, Clone)]
enum Trouble {
    Service(Failure),
    File(String),
}

impl Trouble {
    fn message(&self, i18n: &I18n) -> String {
        match self {
            Trouble::Service(failure) => i18n.error(failure),
            Trouble::File(reason) => {
                i18n.t_with("error-file", &[("reason", reason.clone().into())])
            }
        }
    }
}

impl Detail {
    fn new(request: AccessRequest) -> Self {
        Self {
            checklist: Checklist {
                signed: request.signed,
                identity_verified: request.identity_verified,
                identity_method: request.identity_method.clone().unwrap_or_default(),
            },
            customer: request
                .customer_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            request,
            reason: String::new(),
            lang: Lang::Fi,
            errors: FieldErrors::default(),
            failure: None,
            done: None,
            busy: false,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    OpenOnly(bool),
    Turn(Turn),
    Loaded(u64, Outcome<Page<AccessRequest>>),
    RequesterName(String),
    ReceivedOn(String),
    Customer(String),
    Log,
    Logged(Outcome<AccessRequest>),
    Open(AccessRequest),
    Back,
    Signed(bool),
    IdentityVerified(bool),
    IdentityMethod(String),
    SaveChecklist,
    MatchCustomer(String),
    SaveMatch,
    Verify,
    Reason(String),
    Reject,
    Extend,
    PickLetter,
    LetterPicked(Option<(String, Vec<u8>)>),
    ExtractLang(Lang),
    SaveExtract,
    ExtractPath(Option<PathBuf>),
    ExtractSaved(Result<Saved, SaveError>),
    Changed(&'static str, Outcome<AccessRequest>),
    Reloaded(Saved, Outcome<AccessRequest>),
}

/// What the screen asks the app to run.
pub enum Action {
    None,
    Search(u64, AccessRequestQuery),
    Log(AccessRequestInput),
    Change(Box<Change>),
    PickLetter,
    ChooseExtractPath(String),
    SaveExtract(Box<AccessRequest>, Lang, PathBuf),
    Reload(i32, Saved),
}

/// One change to the open request, made by the service.
pub enum Change {
    Checklist(AccessRequest, Checklist),
    Match(AccessRequest, i32),
    Verify(AccessRequest),
    Reject(AccessRequest, String),
    Extend(AccessRequest, String),
    AttachLetter(AccessRequest, String, Vec<u8>),
}

impl Default for State {
    fn default() -> Self {
        Self {
            open_only: true,
            rows: Paged::new(PAGE_SIZE),
            new: NewRequest {
                received_on: format::date_only(format::today()),
                ..NewRequest::default()
            },
            detail: None,
        }
    }
}

impl State {
    pub fn refresh(&mut self) -> Action {
        let request = self.rows.request();
        self.search(request)
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Action {
        Action::Search(
            generation,
            AccessRequestQuery {
                open_only: self.open_only,
                page,
            },
        )
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::OpenOnly(value) => {
                self.open_only = value;
                let request = self.rows.restart();
                return self.search(request);
            }
            Message::Turn(turn) => {
                if let Some(request) = self.rows.turn(turn) {
                    return self.search(request);
                }
            }
            Message::Loaded(generation, reply) => self.rows.accept(generation, reply),
            Message::RequesterName(value) => self.new.requester_name = value,
            Message::ReceivedOn(value) => self.new.received_on = value,
            Message::Customer(value) => self.new.customer = value,
            Message::Log if !self.new.busy => {
                let customer_id = match parse_customer(&self.new.customer) {
                    Ok(id) => id,
                    Err(errors) => {
                        self.new.errors = errors;
                        return Action::None;
                    }
                };
                self.new.busy = true;
                return Action::Log(AccessRequestInput {
                    requester_name: self.new.requester_name.clone(),
                    received_on: self.new.received_on.clone(),
                    customer_id,
                });
            }
            Message::Log => {}
            Message::Logged(Ok(request)) => {
                self.new = NewRequest {
                    received_on: self.new.received_on.clone(),
                    ..NewRequest::default()
                };
                self.detail = Some(Detail::new(request));
                return self.refresh();
            }
            Message::Logged(Err(failure)) => {
                self.new.busy = false;
                self.new.errors = FieldErrors::from_failure(&failure);
            }
            Message::Open(request) => self.detail = Some(Detail::new(request)),
            Message::Back => {
                self.detail = None;
                return self.refresh();
            }
            other => return self.update_detail(other),
        }
        Action::None
    }

    fn update_detail(&mut self, message: Message) -> Action {
        let Some(detail) = &mut self.detail else {
            return Action::None;
        };
        let request = detail.request.clone();
        let start = |detail: &mut Detail| {
            detail.busy = true;
            detail.failure = None;
            detail.done = None;
            detail.errors = FieldErrors::default();
        };
        match message {
            Message::Signed(value) => detail.checklist.signed = value,
            Message::IdentityVerified(value) => detail.checklist.identity_verified = value,
            Message::IdentityMethod(value) => detail.checklist.identity_method = value,
            Message::MatchCustomer(value) => detail.customer = value,
            Message::Reason(value) => detail.reason = value,
            Message::ExtractLang(lang) => detail.lang = lang,
            Message::SaveChecklist => {
                start(detail);
                return Action::Change(Box::new(Change::Checklist(
                    request,
                    detail.checklist.clone(),
                )));
            }
            Message::SaveMatch => match parse_customer(&detail.customer) {
                Ok(Some(id)) => {
                    start(detail);
                    return Action::Change(Box::new(Change::Match(request, id)));
                }
                Ok(None) => {
                    detail.errors = FieldErrors::new(vec![crate::domain::FieldError::new(
                        Field::MatchedCustomer,
                        crate::domain::Problem::Required,
                    )])
                }
                Err(errors) => detail.errors = errors,
            },
            Message::Verify => {
                start(detail);
                return Action::Change(Box::new(Change::Verify(request)));
            }
            Message::Reject => {
                start(detail);
                return Action::Change(Box::new(Change::Reject(request, detail.reason.clone())));
            }
            Message::Extend => {
                start(detail);
                return Action::Change(Box::new(Change::Extend(request, detail.reason.clone())));
            }
            Message::PickLetter => return Action::PickLetter,
            Message::LetterPicked(Some((name, content))) => {
                start(detail);
                return Action::Change(Box::new(Change::AttachLetter(request, name, content)));
            }
            Message::SaveExtract => {
                return Action::ChooseExtractPath(format!(
                    "rekisteriote-{}.pdf",
                    request.reference
                ));
            }
            Message::ExtractPath(Some(path)) => {
                start(detail);
                return Action::SaveExtract(Box::new(request), detail.lang, path);
            }
            Message::LetterPicked(None) | Message::ExtractPath(None) => {}
            Message::ExtractSaved(result) => match result {
                Ok(saved) => return Action::Reload(request.id, saved),
                Err(SaveError::Service(failure)) => {
                    detail.busy = false;
                    detail.failure = Some(Trouble::Service(failure));
                }
                Err(SaveError::File(reason)) => {
                    detail.busy = false;
                    detail.failure = Some(Trouble::File(reason));
                }
            },
            Message::Reloaded(saved, result) => {
                detail.busy = false;
                match result {
                    Ok(updated) => {
                        *detail = Detail {
                            done: Some(format!(
                                "{} (SHA-256 {})",
                                saved.path.display(),
                                saved.sha256
                            )),
                            lang: detail.lang,
                            ..Detail::new(updated)
                        };
                    }
                    Err(failure) => detail.failure = Some(Trouble::Service(failure)),
                }
            }
            Message::Changed(done, result) => {
                detail.busy = false;
                match result {
                    Ok(updated) => {
                        *detail = Detail {
                            done: Some(done.to_owned()),
                            lang: detail.lang,
                            ..Detail::new(updated)
                        };
                    }
                    Err(failure) => {
                        detail.errors = FieldErrors::from_failure(&failure);
                        if detail.errors.is_empty() {
                            detail.failure = Some(Trouble::Service(failure));
                        }
                    }
                }
            }
            _ => {}
        }
        Action::None
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        match &self.detail {
            Some(detail) => detail_view(detail, i18n),
            None => self.list_view(i18n),
        }
    }

    fn list_view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let today = format::today();
        let mut content = column![
            row![
                title(i18n.t("requests-title")),
                iced::widget::space::horizontal(),
                checkbox(self.open_only)
                    .label(i18n.t("requests-open-only"))
                    .on_toggle(Message::OpenOnly),
            ]
            .align_y(iced::Center),
            self.new_form(i18n),
        ]
        .spacing(14);
        if let Some(failure) = self.rows.failure() {
            content = content.push(error_banner(i18n.error(failure)));
        }
        let rows: Element<'a, Message> = match self.rows.items() {
            None => text(i18n.t("loading")).into(),
            Some([]) => text(i18n.t("no-requests")).style(muted).into(),
            Some(items) => scrollable(column(items.iter().map(|request| {
                let urgency = request.urgency(today);
                button(
                    row![
                        text(request.reference.clone())
                            .font(bold())
                            .width(Length::FillPortion(2)),
                        text(request.requester_name.clone()).width(Length::FillPortion(3)),
                        text(format::date_only(request.received_on)).width(Length::FillPortion(2)),
                        text(format::date_only(request.due_on)).width(Length::FillPortion(2)),
                        text(status_label(request.status, i18n)).width(Length::FillPortion(2)),
                        urgency_badge(urgency, i18n).width(Length::FillPortion(2)),
                    ]
                    .spacing(8),
                )
                .style(button::text)
                .width(Length::Fill)
                .on_press(Message::Open(request.clone()))
                .into()
            })))
            .height(Length::Fill)
            .into(),
        };
        content
            .push(
                row![
                    text(i18n.t("requests-reference"))
                        .font(bold())
                        .width(Length::FillPortion(2)),
                    text(i18n.field(Field::RequesterName))
                        .font(bold())
                        .width(Length::FillPortion(3)),
                    text(i18n.field(Field::ReceivedOn))
                        .font(bold())
                        .width(Length::FillPortion(2)),
                    text(i18n.t("requests-due"))
                        .font(bold())
                        .width(Length::FillPortion(2)),
                    text(i18n.t("order-status"))
                        .font(bold())
                        .width(Length::FillPortion(2)),
                    text("").width(Length::FillPortion(2)),
                ]
                .padding([0, 8])
                .spacing(8),
            )
            .push(rows)
            .push(self.rows.pager(i18n, Message::Turn))
            .padding(20)
            .into()
    }

    fn new_form<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let new = &self.new;
        container(
            column![
                text(i18n.t("requests-new")).font(bold()),
                row![
                    labelled(
                        i18n.field(Field::RequesterName),
                        input(
                            "requester-name",
                            &new.requester_name,
                            Message::RequesterName
                        )
                        .on_submit(Message::Log),
                        new.errors.message(Field::RequesterName, i18n),
                    ),
                    labelled(
                        i18n.field(Field::ReceivedOn),
                        input("received-on", &new.received_on, Message::ReceivedOn)
                            .on_submit(Message::Log),
                        new.errors.message(Field::ReceivedOn, i18n),
                    ),
                    labelled(
                        i18n.t("requests-customer-number"),
                        input("request-customer", &new.customer, Message::Customer)
                            .on_submit(Message::Log),
                        new.errors.message(Field::MatchedCustomer, i18n),
                    ),
                ]
                .spacing(12),
                button(text(i18n.t("requests-log")))
                    .on_press_maybe((!new.busy).then_some(Message::Log)),
            ]
            .spacing(10),
        )
        .padding(12)
        .style(container::rounded_box)
        .into()
    }
}

fn detail_view<'a>(detail: &'a Detail, i18n: &I18n) -> Element<'a, Message> {
    let request = &detail.request;
    let today = format::today();
    let mut content = column![
        button(text(i18n.t("requests-back")))
            .style(button::text)
            .on_press(Message::Back),
        row![
            title(format!(
                "{} · {}",
                request.reference, request.requester_name
            )),
            urgency_badge(request.urgency(today), i18n),
        ]
        .spacing(12)
        .align_y(iced::Center),
        text(i18n.t_with(
            "requests-summary",
            &[
                ("received", format::date_only(request.received_on).into()),
                ("due", format::date_only(request.due_on).into()),
                ("status", status_label(request.status, i18n).into()),
                ("by", request.logged_by.clone().into()),
            ],
        )),
    ]
    .spacing(12)
    .max_width(820);
    if let Some(reason) = &request.extension_reason {
        content = content
            .push(text(format!("{}: {reason}", i18n.field(Field::ExtensionReason))).style(muted));
    }
    if let Some(reason) = &request.rejection_reason {
        content = content
            .push(text(format!("{}: {reason}", i18n.field(Field::RejectionReason))).style(muted));
    }
    if let Some(sha) = &request.extract_sha256 {
        content = content.push(text(
            i18n.t_with(
                "requests-answered-with",
                &[
                    ("sha", sha.clone().into()),
                    (
                        "by",
                        request
                            .extract_generated_by
                            .clone()
                            .unwrap_or_default()
                            .into(),
                    ),
                ],
            ),
        ));
    }
    if let Some(trouble) = &detail.failure {
        content = content.push(error_banner(trouble.message(i18n)));
    }
    if let Some(done) = &detail.done {
        content = content.push(notice(
            i18n.t_with("requests-done", &[("what", done.clone().into())]),
        ));
    }
    let open = request.status.is_open();
    let idle = !detail.busy;
    if open {
        content = content
            .push(text(i18n.t("requests-checklist")).font(bold()))
            .push(
                row![
                    labelled(
                        i18n.t("requests-customer-number"),
                        input("match-customer", &detail.customer, Message::MatchCustomer)
                            .on_submit(Message::SaveMatch),
                        detail.errors.message(Field::MatchedCustomer, i18n),
                    ),
                    button(text(i18n.t("requests-match")))
                        .on_press_maybe(idle.then_some(Message::SaveMatch)),
                ]
                .spacing(8)
                .align_y(iced::Bottom),
            )
            .push(
                checkbox(detail.checklist.signed)
                    .label(i18n.field(Field::Signed))
                    .on_toggle(Message::Signed),
            )
            .push(
                checkbox(detail.checklist.identity_verified)
                    .label(i18n.field(Field::IdentityVerified))
                    .on_toggle(Message::IdentityVerified),
            )
            .push(labelled(
                i18n.field(Field::IdentityMethod),
                input(
                    "identity-method",
                    &detail.checklist.identity_method,
                    Message::IdentityMethod,
                )
                .on_submit(Message::SaveChecklist),
                detail
                    .errors
                    .message(Field::IdentityMethod, i18n)
                    .or(detail.errors.message(Field::Signed, i18n))
                    .or(detail.errors.message(Field::IdentityVerified, i18n)),
            ))
            .push(
                row![
                    button(text(i18n.t("requests-save-checklist")))
                        .style(button::secondary)
                        .on_press_maybe(idle.then_some(Message::SaveChecklist)),
                    button(text(i18n.t("requests-attach-letter")))
                        .style(button::secondary)
                        .on_press_maybe(idle.then_some(Message::PickLetter)),
                    text(request.letter_file_name.clone().map_or_else(
                        || i18n.t("requests-no-letter"),
                        |name| format!(
                            "{name} · SHA-256 {}",
                            request.letter_sha256.clone().unwrap_or_default()
                        ),
                    ))
                    .size(13)
                    .style(muted),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
    }
    match request.status {
        AccessRequestStatus::Received => {
            content = content.push(
                button(text(i18n.t("requests-verify")))
                    .on_press_maybe(idle.then_some(Message::Verify)),
            );
        }
        AccessRequestStatus::Verified => {
            content = content.push(
                row![
                    text(i18n.t("requests-extract-language")),
                    pick_list(Lang::DOCUMENT, Some(detail.lang), Message::ExtractLang),
                    button(text(i18n.t("requests-save-extract")))
                        .on_press_maybe(idle.then_some(Message::SaveExtract)),
                ]
                .spacing(10)
                .align_y(iced::Center),
            );
        }
        AccessRequestStatus::Answered | AccessRequestStatus::Rejected => {}
    }
    if open {
        content = content.push(labelled(
            i18n.t("requests-reason"),
            text_input("", &detail.reason)
                .id("request-reason")
                .on_input(Message::Reason)
                .padding(8),
            detail
                .errors
                .message(Field::RejectionReason, i18n)
                .or(detail.errors.message(Field::ExtensionReason, i18n)),
        ));
        let mut actions = row![
            button(text(i18n.t("requests-reject")))
                .style(button::danger)
                .on_press_maybe(idle.then_some(Message::Reject))
        ]
        .spacing(8);
        if !request.extended {
            actions = actions.push(
                button(text(i18n.t("requests-extend")))
                    .style(button::secondary)
                    .on_press_maybe(idle.then_some(Message::Extend)),
            );
        }
        content = content.push(actions);
    }
    scrollable(content.padding(20)).height(Length::Fill).into()
}

fn urgency_badge<'a>(urgency: Urgency, i18n: &I18n) -> text::Text<'a> {
    let (key, color) = match urgency {
        Urgency::Overdue => ("requests-overdue", Color::from_rgb8(0xb0, 0x1c, 0x1c)),
        Urgency::DueSoon => ("requests-due-soon", Color::from_rgb8(0x9a, 0x5b, 0x00)),
        Urgency::OnTime | Urgency::Closed => return text(""),
    };
    text(i18n.t(key)).font(bold()).color(color)
}

fn status_label(status: AccessRequestStatus, i18n: &I18n) -> String {
    i18n.t(&format!("request-status-{}", status.as_str()))
}

/// A customer number typed into a form; blank means none.
fn parse_customer(input: &str) -> Result<Option<i32>, FieldErrors> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value.parse::<i32>().map(Some).map_err(|_| {
        FieldErrors::new(vec![crate::domain::FieldError::new(
            Field::MatchedCustomer,
            crate::domain::Problem::OutOfRange {
                min: 1,
                max: i64::from(i32::MAX),
            },
        )])
    })
}

pub async fn search(
    db: Db,
    session: Session,
    generation: u64,
    query: AccessRequestQuery,
) -> Message {
    Message::Loaded(
        generation,
        outcome(access_request::list(&db, &session, &query).await),
    )
}

pub async fn log(db: Db, session: Session, input: AccessRequestInput) -> Message {
    Message::Logged(outcome(access_request::log(&db, &session, &input).await))
}

/// Runs one change to the open request and reports it with `done`, the message key to show.
pub async fn change(db: Db, session: Session, change: Change) -> Message {
    let (done, result) = match change {
        Change::Checklist(r, checklist) => (
            "requests-checklist-saved",
            access_request::set_checklist(&db, &session, r.id, r.version, &checklist).await,
        ),
        Change::Match(r, customer) => (
            "requests-matched",
            access_request::match_customer(&db, &session, r.id, r.version, customer).await,
        ),
        Change::Verify(r) => (
            "requests-verified",
            access_request::mark_verified(&db, &session, r.id, r.version).await,
        ),
        Change::Reject(r, reason) => (
            "requests-rejected",
            access_request::reject(&db, &session, r.id, r.version, &reason).await,
        ),
        Change::Extend(r, reason) => (
            "requests-extended",
            access_request::extend(&db, &session, r.id, r.version, &reason).await,
        ),
        Change::AttachLetter(r, name, content) => (
            "requests-letter-attached",
            access_request::attach_letter(&db, &session, r.id, r.version, &name, content).await,
        ),
    };
    Message::Changed(done, outcome(result))
}

/// The scanned letter, chosen in the platform's open dialog.
pub async fn pick_letter() -> Message {
    let Some(file) = rfd::AsyncFileDialog::new()
        .add_filter("PDF, JPEG, PNG", &["pdf", "jpg", "jpeg", "png"])
        .pick_file()
        .await
    else {
        return Message::LetterPicked(None);
    };
    let content = file.read().await;
    Message::LetterPicked(Some((file.file_name(), content)))
}

/// Where to save the extract, chosen in the platform's save dialog.
pub async fn choose_extract_path(suggested: String) -> Message {
    let file = rfd::AsyncFileDialog::new()
        .add_filter("PDF", &["pdf"])
        .set_file_name(suggested)
        .save_file()
        .await;
    Message::ExtractPath(file.map(|f| f.path().to_owned()))
}

/// Saves the extract (with its JSON copy beside it) and marks the request answered.
pub async fn save_extract(
    db: Db,
    session: Session,
    request: AccessRequest,
    lang: Lang,
    path: PathBuf,
) -> Message {
    let json = path.with_extension("json");
    let target = save::Target {
        customer_id: request.customer_id.unwrap_or_default(),
        lang,
        request: Some(&request),
        pdf: &path,
        json: Some(&json),
    };
    Message::ExtractSaved(save::save(&db, &session, target).await)
}

/// The request as stored after an extract was saved for it: answered now.
pub async fn reload(db: Db, session: Session, id: i32, saved: Saved) -> Message {
    Message::Reloaded(saved, outcome(access_request::get(&db, &session, id).await))
}
