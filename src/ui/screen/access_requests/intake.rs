//! Logging a request as it arrived: by which channel, on which day, and who it says the
//! requester is; the customer is found with the customers screen's search and shown beside
//! what the request says, so the identity check is a comparison on one screen.

use crate::i18n::I18n;
use crate::ui::screen::{Context, Reply, Screen, Update, reply};
use iced::widget::{button, column, pick_list, row, text};
use iced::{Element, Length};
use register::domain::Field;
use register::domain::access_request::{AccessRequestInput, Channel};
use register::domain::consultation::Why;
use register::domain::subject::Subject;
use register::domain::{FieldError, FieldErrors, Problem};
use register::format;
use register::service::ServiceResult;
use register::service::access_request::AccessRequest;
use register::service::customer::{Customer, CustomerQuery};
use register::service::vouchers::KeptVouchers;
use register::service::{access_request, customer};

use super::compare::{self, Said};
use super::finder::{self, Finder};
use crate::ui::theme::muted;
use crate::ui::widget::{Choice, bold, country_picker, error_banner, input, labelled, title};

/// The field that has the keyboard as the intake opens: who the request is from.
pub const FIRST: &str = "requester-name";

#[derive(Debug)]
pub struct State {
    input: AccessRequestInput,
    /// How the request came, as staff chose it: none is assumed.
    channel: Option<Channel>,
    finder: Finder,
    chosen: Option<Chosen>,
    errors: FieldErrors,
    busy: bool,
}

impl Default for State {
    fn default() -> Self {
        Self {
            input: AccessRequestInput {
                received_on: format::date_only(format::today()),
                ..AccessRequestInput::default()
            },
            channel: None,
            finder: Finder::default(),
            chosen: None,
            errors: FieldErrors::default(),
            busy: false,
        }
    }
}

/// Whom the request was matched to as it is logged.
#[derive(Debug)]
enum Chosen {
    Customer(Box<ServiceResult<Customer>>),
    /// An erased customer's kept vouchers.
    Vouchers(KeptVouchers),
}

#[derive(Debug, Clone)]
pub enum Message {
    Channel(Choice<Channel>),
    ReceivedOn(String),
    Name(String),
    Email(String),
    Phone(String),
    Street(String),
    PostalCode(String),
    City(String),
    Country(String),
    Finder(finder::Message),
    Choose(Subject),
    Chosen(ServiceResult<Customer>),
    Unchoose,
    Log,
    Logged(ServiceResult<AccessRequest>),
}

/// A service call the intake needs.
#[derive(Debug, Clone)]
pub enum Job {
    Search(u64, CustomerQuery),
    Open(i32),
    Log(AccessRequestInput),
}

/// What the intake tells the request screen.
#[derive(Debug)]
pub enum Event {
    Logged(Box<AccessRequest>),
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Event;
    type Context = Context;

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            use Message as M;
            let (db, session) = (&c.db, &c.session);
            match job {
                Job::Search(generation, query) => M::Finder(finder::Message::Found(
                    generation,
                    finder::find(db, session, &query).await,
                )),
                Job::Open(id) => {
                    let why = Why::data_protection_request();
                    M::Chosen(customer::get(db, session, id, &why).await)
                }
                Job::Log(input) => M::Logged(access_request::log(db, session, &input).await),
            }
        })
    }

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Channel(choice) => self.channel = Some(choice.value),
            Message::ReceivedOn(value) => self.input.received_on = value,
            Message::Name(value) => self.input.requester_name = value,
            Message::Email(value) => self.input.requester_email = value,
            Message::Phone(value) => self.input.requester_phone = value,
            Message::Street(value) => self.input.requester_address.street = value,
            Message::PostalCode(value) => self.input.requester_address.postal_code = value,
            Message::City(value) => self.input.requester_address.city = value,
            Message::Country(code) => self.input.requester_address.country = code,
            Message::Finder(message) => {
                if let Some((generation, query)) = self.finder.update(message) {
                    return Job::Search(generation, query).into();
                }
            }
            Message::Choose(Subject::Customer(id)) => return Job::Open(id).into(),
            Message::Choose(Subject::Erased(number)) => {
                if let Some(kept) = self.finder.kept(number) {
                    self.input.customer_id = None;
                    self.input.erased_customer_number = Some(number);
                    self.chosen = Some(Chosen::Vouchers(kept.clone()));
                }
            }
            Message::Chosen(customer) => {
                self.input.customer_id = customer.as_ref().ok().map(|c| c.id);
                self.input.erased_customer_number = None;
                self.chosen = Some(Chosen::Customer(Box::new(customer)));
            }
            Message::Unchoose => {
                self.input.customer_id = None;
                self.input.erased_customer_number = None;
                self.chosen = None;
            }
            Message::Log if !self.busy => {
                let Some(channel) = self.channel else {
                    // Said at the channel, with whatever else the form lacks.
                    let mut errors =
                        vec![FieldError::new(Field::RequestChannel, Problem::Required)];
                    errors.extend(
                        self.input
                            .validate(format::today())
                            .err()
                            .unwrap_or_default(),
                    );
                    self.errors = FieldErrors::from(errors.as_slice());
                    return Update::none();
                };
                self.busy = true;
                self.errors = FieldErrors::default();
                let input = AccessRequestInput {
                    channel,
                    ..self.input.clone()
                };
                return Job::Log(input).into();
            }
            Message::Log => {}
            Message::Logged(Ok(request)) => return Update::event(Event::Logged(Box::new(request))),
            Message::Logged(Err(failure)) => {
                self.busy = false;
                self.errors = FieldErrors::from(failure.field_errors());
            }
        }
        Update::none()
    }
}

impl State {
    /// Whether anything was typed or chosen that leaving would throw away.
    pub fn has_input(&self) -> bool {
        let input = &self.input;
        self.channel.is_some()
            || self.chosen.is_some()
            || [
                &input.requester_name,
                &input.requester_email,
                &input.requester_phone,
                &input.requester_address.street,
                &input.requester_address.postal_code,
                &input.requester_address.city,
            ]
            .iter()
            .any(|text| !text.trim().is_empty())
    }

    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let channels: Vec<Choice<Channel>> = Channel::ALL
            .iter()
            .map(|&c| Choice::new(c, super::channel_name(c, i18n)))
            .collect();
        let channel = channels
            .iter()
            .find(|c| Some(c.value) == self.channel)
            .cloned();
        let field = |label: String,
                     id: &'static str,
                     value: &'a str,
                     on: fn(String) -> Message,
                     field: Field| {
            labelled(
                label,
                input(id, value, on).on_submit(Message::Log),
                i18n.problem_at(&self.errors, field),
            )
        };
        let said = column![
            text(i18n.t("requests-said")).font(bold()),
            row![
                labelled(
                    i18n.t("requests-channel"),
                    pick_list(channels, channel, Message::Channel)
                        .placeholder(i18n.t("requests-channel-choose"))
                        .padding(8)
                        .width(Length::Fill),
                    i18n.problem_at(&self.errors, Field::RequestChannel),
                ),
                field(
                    i18n.field(Field::ReceivedOn),
                    "received-on",
                    &self.input.received_on,
                    Message::ReceivedOn,
                    Field::ReceivedOn,
                ),
            ]
            .spacing(12),
            field(
                i18n.field(Field::RequesterName),
                FIRST,
                &self.input.requester_name,
                Message::Name,
                Field::RequesterName,
            ),
            row![
                field(
                    i18n.field(Field::Email),
                    "requester-email",
                    &self.input.requester_email,
                    Message::Email,
                    Field::Email,
                ),
                field(
                    i18n.field(Field::Phone),
                    "requester-phone",
                    &self.input.requester_phone,
                    Message::Phone,
                    Field::Phone,
                ),
            ]
            .spacing(12),
            field(
                i18n.t("requests-address"),
                "requester-address",
                &self.input.requester_address.street,
                Message::Street,
                Field::StreetAddress,
            ),
            row![
                field(
                    i18n.field(Field::PostalCode),
                    "requester-postal-code",
                    &self.input.requester_address.postal_code,
                    Message::PostalCode,
                    Field::PostalCode,
                ),
                field(
                    i18n.field(Field::City),
                    "requester-city",
                    &self.input.requester_address.city,
                    Message::City,
                    Field::City,
                ),
                labelled(
                    i18n.field(Field::Country),
                    country_picker(
                        i18n,
                        &self.input.requester_address.country,
                        Message::Country
                    ),
                    i18n.problem_at(&self.errors, Field::Country),
                ),
            ]
            .spacing(12),
        ]
        .spacing(10)
        .width(Length::Fill);
        let register = column![
            text(i18n.t("requests-in-register")).font(bold()),
            self.register_side(i18n)
        ]
        .spacing(10)
        .width(Length::Fill);
        column![
            title(i18n.t("requests-new")),
            text(i18n.t("requests-new-intro")).style(muted),
            row![said, register].spacing(24),
            button(text(i18n.t("requests-log")))
                .on_press_maybe((!self.busy).then_some(Message::Log)),
        ]
        .spacing(14)
        .into()
    }

    /// The customer search, then the chosen customer beside what the request says.
    fn register_side<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        if let Some(chosen) = &self.chosen {
            let other = button(text(i18n.t("requests-choose-other")))
                .style(button::secondary)
                .on_press(Message::Unchoose);
            return match chosen {
                Chosen::Customer(chosen) => match chosen.as_ref() {
                    Ok(customer) => {
                        column![compare::view(&self.said(i18n), Some(customer), i18n), other]
                            .spacing(8)
                            .into()
                    }
                    Err(failure) => error_banner(i18n.error(failure)),
                },
                Chosen::Vouchers(kept) => column![
                    text(finder::vouchers_line(kept, i18n)).size(14),
                    text(i18n.t("requests-kept-vouchers-hint"))
                        .size(13)
                        .style(muted),
                    other,
                ]
                .spacing(8)
                .into(),
            };
        }
        column![
            self.finder.view(i18n, Message::Finder, Message::Choose),
            text(i18n.t("requests-search-hint")).size(13).style(muted),
        ]
        .spacing(6)
        .width(Length::Fill)
        .into()
    }

    fn said(&self, i18n: &I18n) -> Said {
        Said {
            name: self.input.requester_name.clone(),
            email: self.input.requester_email.clone(),
            phone: self.input.requester_phone.clone(),
            address: {
                let address = &self.input.requester_address;
                register::domain::postal_address::one_line(
                    Some(&address.street),
                    Some(&address.postal_code),
                    Some(&address.city),
                    Some(&address.country),
                    |code| i18n.words().country(code),
                )
                .unwrap_or_default()
            },
        }
    }
}

crate::ui::screen::one_job_updates!(State, Job);
