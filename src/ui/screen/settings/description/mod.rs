//! The processing description as a form: purposes and their legal bases, recipients and
//! transfers, the shipping methods' carriers, retention, automated decisions and cookies. What
//! the admin types stays in the form until it is saved; each problem shows beside its input.

mod view;

pub use view::category_name;

use register::domain::processing::{
    Handover, LegalBasis, Period, ProcessingDescription, Purpose, Recipient, RecipientCategory,
    RecipientRole, RetentionInput, Safeguard, ShippingMethod, Slot, SlotProblem, Transfer,
};
use register::domain::{Lang, Localised};
use register::service::processing::ProcessingSettings;
use register::service::{ServiceError, ServiceResult};

#[derive(Debug, Default)]
pub struct State {
    form: Option<Form>,
    /// Shipping methods on orders that the description does not know.
    unknown_methods: Vec<String>,
    problems: Vec<SlotProblem>,
    saving: bool,
    saved: bool,
    failure: Option<ServiceError>,
}

#[derive(Debug)]
struct Form {
    description: ProcessingDescription,
    retention: RetentionInput,
    version: i32,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ServiceResult<Box<ProcessingSettings>>),
    UnknownMethods(ServiceResult<Vec<String>>),
    Basis(Purpose, LegalBasis),
    Interest(Purpose, Lang, String),
    RecipientName(usize, String),
    RecipientCategory(usize, RecipientCategory),
    RecipientRole(usize, RecipientRole),
    AddRecipient,
    RemoveRecipient(usize),
    AddTransfer(usize),
    TransferCountry(usize, usize, String),
    TransferSafeguard(usize, usize, Safeguard),
    RemoveTransfer(usize, usize),
    ShippingMethod(usize, String),
    Handover(usize, Handover),
    AddShippingMethod(String),
    RemoveShippingMethod(usize),
    IdleMonths(String),
    FinancialYearEnd(String),
    Years(Period, String),
    NoAutomatedDecisions(bool),
    AutomatedDecisions(Lang, String),
    Cookies(Lang, String),
    Save,
    Saved(ServiceResult<Box<ProcessingSettings>>),
}

/// What the form tells the settings screen.
#[derive(Debug)]
pub enum Event {
    Save(i32, Box<ProcessingDescription>),
    Saved,
}

impl State {
    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Loaded(Ok(settings)) => self.show(*settings),
            Message::Loaded(Err(failure)) | Message::UnknownMethods(Err(failure)) => {
                self.failure = Some(failure)
            }
            Message::UnknownMethods(Ok(methods)) => self.unknown_methods = methods,
            Message::Save => return self.save(),
            Message::Saved(Ok(settings)) => {
                self.saving = false;
                self.saved = true;
                self.problems.clear();
                let known = &settings.description;
                self.unknown_methods
                    .retain(|method| known.handover(method).is_none());
                self.show(*settings);
                return Some(Event::Saved);
            }
            Message::Saved(Err(failure)) => {
                self.saving = false;
                self.problems = failure.processing_problems().to_vec();
                if self.problems.is_empty() {
                    self.failure = Some(failure);
                }
            }
            edit => {
                if let Some(form) = &mut self.form {
                    self.saved = false;
                    form.edit(edit);
                }
            }
        }
        None
    }

    fn show(&mut self, settings: ProcessingSettings) {
        self.form = Some(Form {
            retention: settings.description.retention.to_input(),
            description: settings.description,
            version: settings.version,
        });
    }

    /// Parses what was typed; the form keeps it all whether or not it can be saved.
    fn save(&mut self) -> Option<Event> {
        let Some(form) = &self.form else {
            return None;
        };
        if self.saving {
            return None;
        }
        let mut description = form.description.clone();
        let mut problems = match form.retention.parse() {
            Ok(retention) => {
                description.retention = retention;
                Vec::new()
            }
            Err(problems) => problems,
        };
        problems.extend(
            description
                .problems()
                .into_iter()
                .filter(|problem| !is_retention(problem.slot)),
        );
        self.problems = problems;
        self.failure = None;
        if !self.problems.is_empty() {
            return None;
        }
        self.saving = true;
        Some(Event::Save(form.version, Box::new(description)))
    }

    /// What is wrong at `slot`, if anything.
    fn problem(&self, slot: Slot) -> Option<&SlotProblem> {
        self.problems.iter().find(|problem| problem.slot == slot)
    }
}

/// The retention values are checked as typed, before the description holds them.
fn is_retention(slot: Slot) -> bool {
    matches!(
        slot,
        Slot::IdleMonths | Slot::FinancialYearEnd | Slot::Years(_)
    )
}

impl Form {
    fn edit(&mut self, message: Message) {
        let d = &mut self.description;
        match message {
            Message::Basis(purpose, basis) => {
                if let Some(p) = d.purposes.iter_mut().find(|p| p.purpose == purpose) {
                    p.basis = basis;
                }
            }
            Message::Interest(purpose, lang, text) => {
                if let Some(p) = d.purposes.iter_mut().find(|p| p.purpose == purpose) {
                    *p.legitimate_interest.get_mut(lang) = text;
                }
            }
            Message::RecipientName(i, name) => edit_at(&mut d.recipients, i, |r| r.name = name),
            Message::RecipientCategory(i, category) => {
                edit_at(&mut d.recipients, i, |r| r.category = category)
            }
            Message::RecipientRole(i, role) => edit_at(&mut d.recipients, i, |r| r.role = role),
            Message::AddRecipient => {
                let key = d.next_recipient_key();
                d.recipients.push(Recipient {
                    key,
                    name: String::new(),
                    category: RecipientCategory::Other,
                    role: RecipientRole::Processor,
                    transfers: Vec::new(),
                });
            }
            Message::RemoveRecipient(i) => {
                if i < d.recipients.len() {
                    d.recipients.remove(i);
                }
            }
            Message::AddTransfer(i) => edit_at(&mut d.recipients, i, |r| {
                r.transfers.push(Transfer {
                    country: String::new(),
                    safeguard: Safeguard::StandardContractualClauses,
                })
            }),
            Message::TransferCountry(i, t, country) => edit_at(&mut d.recipients, i, |r| {
                edit_at(&mut r.transfers, t, |transfer| transfer.country = country)
            }),
            Message::TransferSafeguard(i, t, safeguard) => edit_at(&mut d.recipients, i, |r| {
                edit_at(&mut r.transfers, t, |transfer| {
                    transfer.safeguard = safeguard
                })
            }),
            Message::RemoveTransfer(i, t) => edit_at(&mut d.recipients, i, |r| {
                if t < r.transfers.len() {
                    r.transfers.remove(t);
                }
            }),
            Message::ShippingMethod(i, method) => {
                edit_at(&mut d.shipping_methods, i, |s| s.method = method)
            }
            Message::Handover(i, handover) => {
                edit_at(&mut d.shipping_methods, i, |s| s.handover = handover)
            }
            Message::AddShippingMethod(method) => d.shipping_methods.push(ShippingMethod {
                method,
                handover: Handover::Pickup,
            }),
            Message::RemoveShippingMethod(i) => {
                if i < d.shipping_methods.len() {
                    d.shipping_methods.remove(i);
                }
            }
            Message::IdleMonths(text) => self.retention.idle_months = text,
            Message::FinancialYearEnd(text) => self.retention.financial_year_end = text,
            Message::Years(period, text) => *self.retention.years_mut(period) = text,
            Message::NoAutomatedDecisions(none) => {
                d.automated_decisions = if none {
                    None
                } else {
                    Some(Localised::default())
                };
            }
            Message::AutomatedDecisions(lang, text) => {
                if let Some(automated) = &mut d.automated_decisions {
                    *automated.get_mut(lang) = text;
                }
            }
            Message::Cookies(lang, text) => *d.cookies.get_mut(lang) = text,
            Message::Loaded(_) | Message::UnknownMethods(_) | Message::Save | Message::Saved(_) => {
            }
        }
    }
}

fn edit_at<T>(items: &mut [T], index: usize, edit: impl FnOnce(&mut T)) {
    if let Some(item) = items.get_mut(index) {
        edit(item);
    }
}
