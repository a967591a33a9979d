//! The screens of the main window, in the order of the navigation bar: one line each, with the
//! permission that shows it and the label of its button. Everything the app needs to open a
//! screen, route its messages, and show it is made from this table.

use crate::i18n::I18n;
use iced::{Element, Task};
use register::domain::Permission;

use super::{AppRequest, Context, Destination, Screen, Update, focus};
use crate::ui::screen::access_requests;
use crate::ui::screen::audit_log;
use crate::ui::screen::backups;
use crate::ui::screen::customers;
use crate::ui::screen::import;
use crate::ui::screen::marketing;
use crate::ui::screen::notice;
use crate::ui::screen::orders;
use crate::ui::screen::retention;
use crate::ui::screen::reviews;
use crate::ui::screen::settings;
use crate::ui::screen::staff;
use crate::ui::shortcut::Shortcut;

/// The tasks of a destination's update; it has no news for the app.
fn perform<S: Destination>(update: Update<S>, context: &Context) -> Task<S::Message> {
    match update.event {
        Some(never) => match never {},
        None => S::perform(update.jobs, context),
    }
}

/// A change on a screen, with the keyboard given to the field that should have it when what
/// the screen shows has changed (a form opened, or the list back), and a scrollable shown anew
/// at its top.
fn changed<S: Destination>(
    state: &mut S,
    change: impl FnOnce(&mut S) -> Update<S>,
    context: &Context,
) -> Task<S::Message> {
    let (focused, scrolled) = (state.focus(), state.scroll());
    let update = change(state);
    let mut tasks = vec![perform(update, context)];
    match state.focus() {
        Some(id) if Some(id) != focused => tasks.push(focus(id)),
        _ => {}
    }
    match state.scroll() {
        Some((id, share)) if Some((id, share)) != scrolled => {
            tasks.push(iced::widget::operation::snap_to(
                id,
                iced::widget::operation::RelativeOffset { x: 0.0, y: share },
            ));
        }
        _ => {}
    }
    Task::batch(tasks)
}

macro_rules! screens {
    ($($field:ident: $name:ident($module:ident), $permission:ident, $label:literal;)+) => {
        /// The places the navigation leads to, each shown only to roles that may use it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Nav {
            $($name),+
        }

        impl Nav {
            pub const ALL: &[Nav] = &[$(Nav::$name),+];

            pub fn permission(self) -> Permission {
                match self {
                    $(Nav::$name => Permission::$permission),+
                }
            }

            pub fn label(self) -> &'static str {
                match self {
                    $(Nav::$name => $label),+
                }
            }
        }

        /// A message for one of the screens.
        #[derive(Debug, Clone)]
        pub enum Message {
            $($name(Box<<$module::State as Screen>::Message>)),+
        }

        $(impl From<<$module::State as Screen>::Message> for Message {
            fn from(message: <$module::State as Screen>::Message) -> Self {
                Message::$name(Box::new(message))
            }
        })+

        /// The screen shown, and the kept ones.
        #[derive(Default)]
        pub struct Screens {
            current: Option<Nav>,
            $($field: Option<Box<$module::State>>),+
        }

        impl Screens {
            pub fn current(&self) -> Option<Nav> {
                self.current
            }

            /// Opens `nav`, leaving the screen shown (dropped unless it is kept).
            pub fn go(&mut self, nav: Nav, context: &Context) -> Task<Message> {
                match self.current {
                    $(Some(Nav::$name) if !<$module::State as Destination>::KEPT => self.$field = None,)+
                    _ => {}
                }
                self.current = Some(nav);
                match nav {
                    $(Nav::$name => {
                        let (state, jobs) = <$module::State as Destination>::open(self.$field.take());
                        let field = state.focus();
                        self.$field = Some(state);
                        let task = <$module::State as Screen>::perform(jobs, context);
                        let task = match field {
                            Some(id) => Task::batch([task, focus(id)]),
                            None => task,
                        };
                        task.map(|message| Message::$name(Box::new(message)))
                    })+
                }
            }

            /// Gives a message to its screen. A reply for a screen that has since been closed
            /// has nobody left to read it.
            pub fn update(&mut self, message: Message, context: &Context) -> Task<Message> {
                match message {
                    $(Message::$name(message) => match &mut self.$field {
                        Some(state) => {
                            changed(&mut **state, |state| state.update(*message), context)
                                .map(|message| Message::$name(Box::new(message)))
                        }
                        None => Task::none(),
                    }),+
                }
            }

            pub fn escape(&mut self, context: &Context) -> Task<Message> {
                match self.current {
                    $(Some(Nav::$name) => match &mut self.$field {
                        Some(state) => {
                            changed(&mut **state, |state| state.escape(), context)
                                .map(|message| Message::$name(Box::new(message)))
                        }
                        None => Task::none(),
                    },)+
                    None => Task::none(),
                }
            }

            /// What the screen shown asks of the app, if anything.
            pub fn take_request(&mut self) -> Option<AppRequest> {
                match self.current {
                    $(Some(Nav::$name) => self.$field.as_mut().and_then(|state| state.app_request()),)+
                    None => None,
                }
            }

            /// The keyboard back to the field that should have it, after something over the
            /// screen took it (Escape also leaves a text field).
            pub fn refocus(&self) -> Task<Message> {
                let field = match self.current {
                    $(Some(Nav::$name) => self.$field.as_ref().and_then(|state| state.focus()),)+
                    None => None,
                };
                field.map(focus).unwrap_or_else(Task::none)
            }

            /// A shortcut for the screen shown; Ctrl+F then gives the keyboard to its search.
            pub fn shortcut(&mut self, shortcut: Shortcut, context: &Context) -> Task<Message> {
                match self.current {
                    $(Some(Nav::$name) => match &mut self.$field {
                        Some(state) => {
                            let task = changed(&mut **state, |state| state.shortcut(shortcut), context);
                            let search = (shortcut == Shortcut::Find)
                                .then(|| state.search_field())
                                .flatten();
                            match search {
                                Some(id) => Task::batch([task, focus(id)]),
                                None => task,
                            }
                            .map(|message| Message::$name(Box::new(message)))
                        }
                        None => Task::none(),
                    },)+
                    None => Task::none(),
                }
            }

            pub fn view<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Message> {
                match self.current {
                    $(Some(Nav::$name) => match &self.$field {
                        Some(state) => Destination::view(&**state, i18n, context)
                            .map(|message| Message::$name(Box::new(message))),
                        None => iced::widget::column![].into(),
                    },)+
                    None => iced::widget::column![].into(),
                }
            }
        }
    };
}

screens! {
    customers: Customers(customers), CustomerData, "nav-customers";
    orders: Orders(orders), OrdersAndDelivery, "nav-orders";
    reviews: Reviews(reviews), ViewReviews, "nav-reviews";
    access_requests: AccessRequests(access_requests), AccessRequests, "nav-requests";
    import: Import(import), CustomerData, "nav-import";
    marketing: Marketing(marketing), NewsletterExport, "nav-marketing";
    retention: Retention(retention), EraseCustomer, "nav-retention";
    staff: Staff(staff), Administration, "nav-staff";
    settings: Settings(settings), Administration, "nav-settings";
    backups: Backups(backups), Administration, "nav-backups";
    notice: Notice(notice), Administration, "nav-notice";
    audit_log: AuditLog(audit_log), Administration, "nav-audit";
}
