//! One request: what it says beside the register, the identity check that fits its channel,
//! the letter or email it came in, and its outcome with the letter that goes out. Every
//! document sent is listed and can be saved again exactly as it was sent. The state and what
//! each message does are here; how it is drawn is in `view`.

mod nothing_held;
mod systems;
mod view;

mod run;

use crate::ui::widget::Done;
use register::service::{ServiceError, ServiceResult};
use std::collections::BTreeMap;
use std::path::PathBuf;

use register::domain::FieldErrors;
use register::domain::Lang;
use register::domain::access_request::{Delivery, IdentityCheck};
use register::domain::other_systems::{Searched, SystemCheck};
use register::domain::subject::Subject;
use register::save::Saved;
use register::service::access_request::{AccessRequest, StoredDocument};
use register::service::customer::{Customer, CustomerQuery, CustomerSummary};

use super::finder::{self, Finder};
use crate::ui::widget::Choice;

#[derive(Debug)]
pub struct State {
    request: AccessRequest,
    customer: Option<ServiceResult<Customer>>,
    documents: Option<ServiceResult<Vec<StoredDocument>>>,
    systems: Option<ServiceResult<Vec<SystemCheck>>>,
    /// What staff are recording for each system, by its key, before it is saved.
    system_drafts: BTreeMap<u32, (Option<Searched>, String)>,
    /// The system whose save the field errors are about.
    error_system: Option<u32>,
    check: Option<IdentityCheck>,
    note: String,
    finder: Option<Finder>,
    reason: String,
    /// What the requester is asked for to confirm their identity (Art. 12(6)).
    needed: String,
    /// Before answering that nothing is held: the customers the register finds with the
    /// request's details, for staff to match or rule out (None: not being answered so).
    ruling_out: Option<Option<ServiceResult<Vec<CustomerSummary>>>>,
    lang: Lang,
    errors: FieldErrors,
    failure: Option<ServiceError>,
    done: Option<Done>,
    /// The part of the request whose button was pressed last: its outcome is shown there,
    /// beside the button, not at the top of a long page.
    at: Part,
    busy: bool,
}

/// The parts of a request's page, each with its own buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Match,
    Identity,
    Letter,
    Systems,
    Answer,
    Documents,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Customer(ServiceResult<Customer>),
    Documents(ServiceResult<Vec<StoredDocument>>),
    Systems(ServiceResult<Vec<SystemCheck>>),
    SystemSearched(u32, Choice<Searched>),
    SystemNote(u32, String),
    SaveSystem(u32),
    Check(Choice<Option<IdentityCheck>>),
    Note(String),
    SaveCheck,
    Waiting(bool),
    Needed(String),
    AskIdentification,
    Delivery(Choice<Delivery>),
    Verify,
    ChangeMatch,
    Finder(finder::Message),
    Choose(Subject),
    NotInRegister,
    PickLetter,
    LetterPicked(Option<(String, Vec<u8>)>),
    OpenLetter,
    LetterOpened(ServiceResult<PathBuf>),
    Lang(Lang),
    SaveExtract,
    ExtractPath(Option<PathBuf>),
    ExtractSaved(ServiceResult<Saved>),
    /// "Nothing held" pressed: the register is searched with the request's details first.
    NothingHeld,
    Candidates(ServiceResult<Vec<CustomerSummary>>),
    /// None of the customers found is the requester: the answer goes.
    ConfirmNothingHeld,
    CancelNothingHeld,
    Reason(String),
    Extend,
    Reject,
    SaveDocument(i32, String),
    DocumentPath(i32, Option<PathBuf>),
    DocumentSaved(ServiceResult<PathBuf>),
    /// A change went through (or not); the key of what to say when it did.
    Changed(&'static str, ServiceResult<AccessRequest>),
    /// The request read again after an extract answered it.
    Reloaded(ServiceResult<AccessRequest>),
}

/// A service call, or a file dialog, the request needs.
#[derive(Debug, Clone)]
pub enum Job {
    Reload(i32),
    Customer(i32),
    Documents(i32),
    Systems(i32),
    RecordSystem(AccessRequest, u32, Option<Searched>, String),
    Search(u64, CustomerQuery),
    Match(AccessRequest, Option<i32>),
    MatchVouchers(AccessRequest, i32),
    Check(AccessRequest, Option<IdentityCheck>, String),
    /// The identity check chosen on screen, saved and then marked verified: one press.
    CheckAndVerify(AccessRequest, Option<IdentityCheck>, String),
    Waiting(AccessRequest, bool),
    AskIdentification(AccessRequest, String, Lang),
    Delivery(AccessRequest, Delivery),
    Verify(AccessRequest),
    PickLetter,
    AttachLetter(AccessRequest, String, Vec<u8>),
    OpenLetter(i32),
    ChooseExtractPath(String),
    SaveExtract(AccessRequest, Lang, PathBuf),
    Candidates(i32),
    /// The answer, with the customers staff ruled out.
    NothingHeld(AccessRequest, Lang, Vec<i32>),
    Extend(AccessRequest, String, Lang),
    Reject(AccessRequest, String, Lang),
    ChooseDocumentPath(i32, String),
    SaveDocument(i32, PathBuf),
}

impl State {
    /// The request opened, with what it needs loaded.
    pub fn new(request: AccessRequest) -> (Self, Vec<Job>) {
        let jobs = loads(&request);
        let state = Self {
            check: request.identity_check,
            note: request.identity_note.clone().unwrap_or_default(),
            customer: None,
            documents: None,
            systems: None,
            system_drafts: BTreeMap::new(),
            error_system: None,
            finder: None,
            reason: String::new(),
            needed: String::new(),
            ruling_out: None,
            lang: Lang::Fi,
            errors: FieldErrors::default(),
            failure: None,
            done: None,
            at: Part::Match,
            busy: false,
            request,
        };
        (state, jobs)
    }

    pub fn request(&self) -> &AccessRequest {
        &self.request
    }

    /// Whether something typed or picked here has not been used yet: a reason, what is asked
    /// for, an identity check or its note, a system's outcome or note.
    pub fn has_unsaved(&self) -> bool {
        let stored_note = self.request.identity_note.clone().unwrap_or_default();
        !self.reason.trim().is_empty()
            || !self.needed.trim().is_empty()
            || self.check != self.request.identity_check
            || self.note != stored_note
            || self
                .system_drafts
                .values()
                .any(|(searched, note)| searched.is_some() || !note.trim().is_empty())
    }

    fn start(&mut self, at: Part) {
        self.at = at;
        self.busy = true;
        self.failure = None;
        self.done = None;
        self.errors = FieldErrors::default();
        self.error_system = None;
    }

    /// The jobs a message leads to.
    fn follow(&mut self, message: Message) -> Vec<Job> {
        let request = self.request.clone();
        match message {
            Message::Customer(customer) => self.customer = Some(customer),
            Message::Documents(documents) => self.documents = Some(documents),
            Message::Systems(systems) => {
                // What was saved is shown as saved; a draft not yet saved stays as typed.
                if let Ok(checks) = &systems {
                    for check in checks {
                        if check.searched.is_some() {
                            self.system_drafts.remove(&check.system.key);
                        }
                    }
                }
                self.systems = Some(systems);
            }
            Message::SystemSearched(key, choice) => {
                self.system_drafts.entry(key).or_default().0 = Some(choice.value);
            }
            Message::SystemNote(key, note) => self.system_drafts.entry(key).or_default().1 = note,
            Message::Check(choice) => self.check = choice.value,
            Message::Note(note) => self.note = note,
            Message::Reason(reason) => self.reason = reason,
            Message::Needed(needed) => self.needed = needed,
            Message::Lang(lang) => self.lang = lang,
            Message::ChangeMatch => self.finder = Some(Finder::default()),
            Message::Candidates(found) => {
                if let Some(candidates) = &mut self.ruling_out {
                    *candidates = Some(found);
                }
            }
            Message::CancelNothingHeld => self.ruling_out = None,
            Message::Finder(message) => {
                if let Some(finder) = &mut self.finder
                    && let Some((generation, query)) = finder.update(message)
                {
                    return vec![Job::Search(generation, query)];
                }
            }
            Message::LetterPicked(None) | Message::ExtractPath(None) => {}
            Message::DocumentPath(_, None) => {}
            Message::LetterOpened(result) => match result {
                Ok(_) => {}
                Err(failure) => {
                    self.at = Part::Letter;
                    self.failure = Some(failure);
                }
            },
            Message::ExtractSaved(result) => {
                self.busy = false;
                match result {
                    Ok(saved) => {
                        let shown = |path: &Option<PathBuf>| {
                            path.as_ref()
                                .map(|p| p.display().to_string())
                                .unwrap_or_default()
                        };
                        self.done = Some(Done::Answered {
                            pdf: saved.path.display().to_string(),
                            sha256: saved.sha256.clone(),
                            json: shown(&saved.json),
                            letter: shown(&saved.covering_letter),
                        });
                        return vec![
                            Job::Reload(request.id),
                            Job::Documents(request.id),
                            Job::Systems(request.id),
                        ];
                    }
                    Err(failure) => {
                        self.errors = FieldErrors::from(failure.field_errors());
                        if self.errors.is_empty() {
                            self.failure = Some(failure);
                        }
                    }
                }
            }
            Message::DocumentSaved(result) => {
                self.busy = false;
                match result {
                    Ok(path) => self.done = Some(Done::Path(path.display().to_string())),
                    Err(failure) => self.failure = Some(failure),
                }
            }
            Message::Changed(done, result) => {
                self.busy = false;
                match result {
                    Ok(updated) => {
                        let customer_changed = updated.customer_id != request.customer_id;
                        // A check picked but not saved stays picked through other changes
                        // (a letter attached); a check the register changed is shown.
                        if (updated.identity_check, &updated.identity_note)
                            != (request.identity_check, &request.identity_note)
                        {
                            self.check = updated.identity_check;
                            self.note = updated.identity_note.clone().unwrap_or_default();
                        }
                        self.request = updated;
                        self.finder = None;
                        self.ruling_out = None;
                        self.reason.clear();
                        self.done = Some(Done::Key(done));
                        let mut jobs = vec![
                            Job::Documents(self.request.id),
                            Job::Systems(self.request.id),
                        ];
                        if customer_changed {
                            self.customer = None;
                            jobs.extend(self.request.customer_id.map(Job::Customer));
                        }
                        return jobs;
                    }
                    Err(failure) => {
                        self.errors = FieldErrors::from(failure.field_errors());
                        if self.errors.is_empty() {
                            self.failure = Some(failure);
                        }
                        // Part of a press may have gone through (a check saved, then the
                        // verification refused): the request is read again as it now is.
                        return vec![Job::Reload(request.id)];
                    }
                }
            }
            Message::Reloaded(result) => match result {
                Ok(updated) => self.request = updated,
                Err(failure) => {
                    self.at = Part::Documents;
                    self.failure = Some(failure);
                }
            },
            Message::Back => {}
            _ if self.busy => {}
            Message::SaveSystem(key) => {
                let (searched, note) = self.system_drafts.get(&key).cloned().unwrap_or_default();
                self.start(Part::Systems);
                self.error_system = Some(key);
                return vec![Job::RecordSystem(request, key, searched, note)];
            }
            Message::SaveCheck => {
                self.start(Part::Identity);
                return vec![Job::Check(request, self.check, self.note.clone())];
            }
            Message::Waiting(waiting) => {
                self.start(Part::Identity);
                return vec![Job::Waiting(request, waiting)];
            }
            Message::Delivery(choice) => {
                self.start(Part::Answer);
                return vec![Job::Delivery(request, choice.value)];
            }
            Message::AskIdentification => {
                self.start(Part::Identity);
                return vec![Job::AskIdentification(
                    request,
                    self.needed.clone(),
                    self.lang,
                )];
            }
            Message::Verify => {
                self.start(Part::Identity);
                // What the screen shows chosen is what is verified: a check picked but not
                // yet saved is saved first, in the same press.
                let stored_note = request.identity_note.clone().unwrap_or_default();
                if self.check != request.identity_check || self.note != stored_note {
                    return vec![Job::CheckAndVerify(request, self.check, self.note.clone())];
                }
                return vec![Job::Verify(request)];
            }
            Message::Choose(subject) => {
                self.start(Part::Match);
                return vec![match subject {
                    Subject::Customer(id) => Job::Match(request, Some(id)),
                    Subject::Erased(number) => Job::MatchVouchers(request, number),
                }];
            }
            Message::NotInRegister => {
                self.start(Part::Match);
                return vec![Job::Match(request, None)];
            }
            Message::PickLetter => return vec![Job::PickLetter],
            Message::LetterPicked(Some((name, content))) => {
                self.start(Part::Letter);
                return vec![Job::AttachLetter(request, name, content)];
            }
            Message::OpenLetter => return vec![Job::OpenLetter(request.id)],
            Message::SaveExtract => {
                return vec![Job::ChooseExtractPath(format!(
                    "rekisteriote-{}.pdf",
                    request.reference
                ))];
            }
            Message::ExtractPath(Some(path)) => {
                self.start(Part::Answer);
                return vec![Job::SaveExtract(request, self.lang, path)];
            }
            Message::NothingHeld => {
                self.at = Part::Answer;
                self.done = None;
                self.failure = None;
                self.ruling_out = Some(None);
                return vec![Job::Candidates(request.id)];
            }
            Message::ConfirmNothingHeld => {
                // Only the customers staff were shown are ruled out; the service searches
                // again and stops at anyone new.
                let Some(Some(Ok(candidates))) = &self.ruling_out else {
                    return Vec::new();
                };
                let ruled_out = candidates.iter().map(|c| c.id).collect();
                self.start(Part::Answer);
                return vec![Job::NothingHeld(request, self.lang, ruled_out)];
            }
            Message::Extend => {
                self.start(Part::Answer);
                return vec![Job::Extend(request, self.reason.clone(), self.lang)];
            }
            Message::Reject => {
                self.start(Part::Answer);
                return vec![Job::Reject(request, self.reason.clone(), self.lang)];
            }
            Message::SaveDocument(id, name) => return vec![Job::ChooseDocumentPath(id, name)],
            Message::DocumentPath(id, Some(path)) => {
                self.start(Part::Documents);
                return vec![Job::SaveDocument(id, path)];
            }
        }
        Vec::new()
    }
}

/// What an opened request loads: its customer, for the comparison, and its documents.
fn loads(request: &AccessRequest) -> Vec<Job> {
    let mut jobs = vec![Job::Documents(request.id), Job::Systems(request.id)];
    jobs.extend(request.customer_id.map(Job::Customer));
    jobs
}
