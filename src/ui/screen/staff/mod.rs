//! Staff accounts, for admins: create, change role, reset a password, deactivate and unlock.

mod view;

use crate::i18n::I18n;
use std::convert::Infallible;

use iced::Element;
use register::domain::FieldErrors;
use register::domain::staff::StaffInput;
use register::domain::{Password, Role};
use register::service::staff::{self, StaffAccount};
use register::service::{ServiceError, ServiceResult};

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleChoice {
    role: Role,
    label: String,
}

impl std::fmt::Display for RoleChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl RoleChoice {
    pub fn new(role: Role, i18n: &I18n) -> Self {
        Self {
            role,
            label: i18n.role(role),
        }
    }
}

fn role_choices(i18n: &I18n) -> Vec<RoleChoice> {
    Role::ALL
        .into_iter()
        .map(|role| RoleChoice {
            role,
            label: i18n.role(role),
        })
        .collect()
}

#[derive(Debug)]
struct NewAccount {
    username: String,
    display_name: String,
    role: Role,
    errors: FieldErrors,
    busy: bool,
}

impl Default for NewAccount {
    fn default() -> Self {
        Self {
            username: String::new(),
            display_name: String::new(),
            role: Role::CustomerService,
            errors: FieldErrors::default(),
            busy: false,
        }
    }
}

/// A one-time password the app made for an account, shown once for the admin to pass on.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Issued {
    staff_id: i32,
    name: String,
    password: String,
    /// Made by a reset (shown at the account) rather than with a new account (at its form).
    reset: bool,
}

#[derive(Debug, Default)]
pub struct State {
    accounts: Option<Vec<StaffAccount>>,
    new: NewAccount,
    /// The account whose password reset waits for the admin to confirm it.
    reset: Option<i32>,
    issued: Option<Issued>,
    /// A role picked for an account, waiting for the admin to confirm it.
    role_change: Option<(i32, Role)>,
    failure: Option<ServiceError>,
    done: Option<Said>,
}

/// What the screen says it has done.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said {
    Key(&'static str),
    /// Whose role is now which.
    RoleChanged {
        name: String,
        role: Role,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ServiceResult<Vec<StaffAccount>>),
    Username(String),
    DisplayName(String),
    Role(RoleChoice),
    Create,
    Created(ServiceResult<(StaffAccount, String)>),
    ChangeRole(i32, RoleChoice),
    ConfirmRole,
    CancelRole,
    RoleChanged(ServiceResult<StaffAccount>),
    SetActive(i32, bool),
    Unlock(i32),
    StartReset(i32),
    ConfirmReset,
    CancelReset,
    Changed(&'static str, ServiceResult<StaffAccount>),
    ResetDone(i32, ServiceResult<String>),
}

#[derive(Debug)]
pub enum Job {
    Load,
    Create(StaffInput),
    SetRole(i32, Role),
    SetActive(i32, bool),
    Unlock(i32),
    ResetPassword(i32),
}

impl State {
    /// The account as the service returned it after a change.
    fn replace(&mut self, changed: StaffAccount) {
        if let Some(slot) = self
            .accounts
            .as_mut()
            .and_then(|accounts| accounts.iter_mut().find(|a| a.id == changed.id))
        {
            *slot = changed;
        }
    }

    fn clear_messages(&mut self) {
        self.failure = None;
        self.done = None;
        self.issued = None;
    }

    fn name_of(&self, staff_id: i32) -> String {
        self.accounts
            .iter()
            .flatten()
            .find(|account| account.id == staff_id)
            .map(|account| account.display_name.clone())
            .unwrap_or_default()
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Loaded(Ok(accounts)) => self.accounts = Some(accounts),
            Message::Loaded(Err(failure)) => self.failure = Some(failure),
            Message::Username(value) => self.new.username = value,
            Message::DisplayName(value) => self.new.display_name = value,
            Message::Role(choice) => self.new.role = choice.role,
            Message::Create if !self.new.busy => {
                self.new.busy = true;
                self.clear_messages();
                // The app makes the password; the admin passes it on and its owner replaces
                // it at the first login.
                return Job::Create(StaffInput {
                    username: self.new.username.clone(),
                    display_name: self.new.display_name.clone(),
                    role: self.new.role.as_str().to_owned(),
                    password: Password::one_time().expose().to_owned(),
                })
                .into();
            }
            Message::Create => {}
            Message::Created(Ok((account, password))) => {
                self.new = NewAccount::default();
                self.issued = Some(Issued {
                    staff_id: account.id,
                    name: account.display_name,
                    password,
                    reset: false,
                });
                return Job::Load.into();
            }
            Message::Created(Err(failure)) => {
                self.new.busy = false;
                self.new.errors = FieldErrors::from(failure.field_errors());
                if self.new.errors.is_empty() {
                    self.failure = Some(failure);
                }
            }
            Message::ChangeRole(id, choice) => {
                self.clear_messages();
                self.role_change = Some((id, choice.role));
            }
            Message::ConfirmRole => {
                if let Some((id, role)) = self.role_change.take() {
                    return Job::SetRole(id, role).into();
                }
            }
            Message::CancelRole => self.role_change = None,
            Message::RoleChanged(Ok(changed)) => {
                self.done = Some(Said::RoleChanged {
                    name: changed.display_name.clone(),
                    role: changed.role,
                });
                self.replace(changed);
            }
            Message::RoleChanged(Err(failure)) => self.failure = Some(failure),
            Message::SetActive(id, active) => {
                self.clear_messages();
                return Job::SetActive(id, active).into();
            }
            Message::Unlock(id) => {
                self.clear_messages();
                return Job::Unlock(id).into();
            }
            Message::StartReset(staff_id) => {
                self.clear_messages();
                self.reset = Some(staff_id);
            }
            Message::ConfirmReset => {
                if let Some(id) = self.reset.take() {
                    return Job::ResetPassword(id).into();
                }
            }
            Message::CancelReset => self.reset = None,
            Message::Changed(done, Ok(changed)) => {
                self.done = Some(Said::Key(done));
                self.replace(changed);
            }
            Message::Changed(_, Err(failure)) => self.failure = Some(failure),
            Message::ResetDone(staff_id, Ok(password)) => {
                self.issued = Some(Issued {
                    staff_id,
                    name: self.name_of(staff_id),
                    password,
                    reset: true,
                });
            }
            Message::ResetDone(_, Err(failure)) => self.failure = Some(failure),
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            let (db, session) = (&c.db, &c.session);
            match job {
                Job::Load => Message::Loaded(staff::list(db, session).await),
                Job::Create(input) => Message::Created(
                    staff::create(db, session, &input)
                        .await
                        .map(|account| (account, input.password)),
                ),
                Job::SetRole(id, role) => {
                    Message::RoleChanged(staff::set_role(db, session, id, role).await)
                }
                Job::SetActive(id, active) => Message::Changed(
                    if active {
                        "staff-reactivated"
                    } else {
                        "staff-deactivated"
                    },
                    staff::set_active(db, session, id, active).await,
                ),
                Job::Unlock(id) => {
                    Message::Changed("staff-unlocked", staff::unlock(db, session, id).await)
                }
                Job::ResetPassword(id) => {
                    let password = Password::one_time().expose().to_owned();
                    let reset = staff::reset_password(db, session, id, &password).await;
                    Message::ResetDone(id, reset.map(|()| password))
                }
            }
        })
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        (Box::default(), vec![Job::Load])
    }

    fn view<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Message> {
        self.content(i18n, &context.session)
    }
}

crate::ui::screen::one_job_updates!(State, Job);
