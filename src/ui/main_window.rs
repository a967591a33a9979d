//! The main window once someone has logged in: the header with who is signed in, the
//! navigation, the notices of the login, the screen shown, and the lock over it all.

use std::time::Duration;

use iced::widget::{button, column, container, pick_list, row, rule, stack, text};
use iced::{Element, Length, Task};
use register::domain::Lang;

use super::app::message::Message;
use super::login_notices::Notices;
use super::own_password;
use super::screen::table::{Nav, Screens};
use super::screen::{AppRequest, Context, Screen, lock};
use super::shortcut::{self, Shortcut};
use super::theme::muted;
use super::widget::{bold, hint, over_the_screen};
use crate::i18n::I18n;

pub(super) struct Main {
    pub(super) context: Context,
    pub(super) screens: Screens,
    /// What the register did by itself at the login, above every screen until closed.
    pub(super) notices: Notices,
    /// While locked the screen stays as it was, hidden behind the password prompt.
    pub(super) lock: Option<lock::State>,
    /// The list of keyboard shortcuts is shown over the screen (F1).
    pub(super) help: bool,
    /// The staff member changing their own password, over the screen.
    pub(super) own_password: Option<own_password::State>,
    /// Their password was just changed: said under the header.
    pub(super) password_changed: bool,
    /// The desktop cannot show a file dialog: files are saved in this folder, as said above
    /// every screen.
    pub(super) no_dialogs: Option<std::path::PathBuf>,
}

/// What the main window asks of the app after a message.
pub(super) enum Next {
    /// Go on, with this work.
    Stay(Task<Message>),
    /// Staff chose to log out.
    LogOut,
    /// What the screen shown asks of the app.
    Request(AppRequest),
}

impl Main {
    /// What the message leads to.
    pub(super) fn update(&mut self, message: Message) -> Next {
        match self.follow(message) {
            None => Next::LogOut,
            Some(task) => match self.screens.take_request() {
                Some(request) => Next::Request(request),
                None => Next::Stay(task),
            },
        }
    }

    /// The task the message leads to, or `None` when staff chose to log out.
    fn follow(&mut self, message: Message) -> Option<Task<Message>> {
        if let Message::Notices(message) = message {
            let update = self.notices.update(message);
            return Some(Notices::perform(update.jobs, &self.context).map(Message::Notices));
        }
        if let Some(lock) = &mut self.lock {
            let Message::Lock(message) = message else {
                // Replies to calls made before the lock still land in the hidden screen.
                return Some(self.update_screen(message));
            };
            let update = lock.update(message);
            return match update.event {
                Some(lock::Event::Unlocked(session)) => {
                    self.context.session = session;
                    self.lock = None;
                    Some(Task::none())
                }
                Some(lock::Event::LogOut) => None,
                None => {
                    Some(lock::State::perform(update.jobs, &self.context.db).map(Message::Lock))
                }
            };
        }
        Some(match message {
            Message::Nav(nav) => self.go(nav),
            // Escape closes the help first, the screen's own question or form next.
            Message::Escape(_) if self.help => {
                self.help = false;
                self.screens.refocus().map(Message::Screen)
            }
            Message::Escape(_) if self.own_password.is_some() => {
                self.own_password = None;
                self.screens.refocus().map(Message::Screen)
            }
            Message::ChangePassword => {
                self.help = false;
                self.password_changed = false;
                self.own_password = Some(own_password::State::default());
                crate::ui::screen::focus(own_password::CURRENT)
            }
            Message::OwnPassword(message) => self.own_password(message),
            Message::Escape(_) => self.screens.escape(&self.context).map(Message::Screen),
            Message::Shortcut(shortcut, _) => self.shortcut(shortcut),
            other => self.update_screen(other),
        })
    }

    fn own_password(&mut self, message: own_password::Message) -> Task<Message> {
        let Some(panel) = &mut self.own_password else {
            return Task::none();
        };
        let update = panel.update(message);
        match update.event {
            Some(event) => {
                self.password_changed = event == own_password::Event::Changed;
                self.own_password = None;
                self.screens.refocus().map(Message::Screen)
            }
            None => {
                own_password::State::perform(update.jobs, &self.context).map(Message::OwnPassword)
            }
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if shortcut == Shortcut::Help {
            self.help = !self.help;
            return self.screens.refocus().map(Message::Screen);
        }
        self.help = false;
        let step = match shortcut {
            Shortcut::Previous => -1,
            Shortcut::Next => 1,
            other => {
                return self
                    .screens
                    .shortcut(other, &self.context)
                    .map(Message::Screen);
            }
        };
        // The screens this role has, in the navigation's order, round from the last to the
        // first.
        let role = self.context.session.role();
        let shown: Vec<Nav> = Nav::ALL
            .iter()
            .copied()
            .filter(|nav| role.allows(nav.permission()))
            .collect();
        let Some(at) = shown
            .iter()
            .position(|nav| Some(*nav) == self.screens.current())
        else {
            return Task::none();
        };
        let count = shown.len() as isize;
        let next = (at as isize + step).rem_euclid(count) as usize;
        self.go(shown[next])
    }

    fn update_screen(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Screen(message) => self
                .screens
                .update(message, &self.context)
                .map(Message::Screen),
            _ => Task::none(),
        }
    }

    pub(super) fn go(&mut self, nav: Nav) -> Task<Message> {
        self.screens.go(nav, &self.context).map(Message::Screen)
    }

    pub(super) fn view<'a>(&'a self, i18n: &'a I18n, idle_limit: Duration) -> Element<'a, Message> {
        if let Some(lock) = &self.lock {
            return lock
                .view(i18n, &self.context.session, idle_limit.as_secs() / 60)
                .map(Message::Lock);
        }
        let session = &self.context.session;
        let role = session.role();
        let current = self.screens.current();
        let mut nav = row![].spacing(6).align_y(iced::Center);
        for &item in Nav::ALL.iter().filter(|nav| role.allows(nav.permission())) {
            let style = if Some(item) == current {
                button::primary
            } else {
                button::text
            };
            nav = nav.push(
                button(text(i18n.t(item.label())))
                    .style(style)
                    .on_press(Message::Nav(item)),
            );
        }
        let who = i18n.t_with(
            "signed-in-as",
            &[
                ("name", session.display_name().to_owned().into()),
                ("role", i18n.role(role).into()),
            ],
        );
        let header = column![
            row![
                text("Asiakasrekisteri").font(bold()).size(18),
                iced::widget::space::horizontal(),
                text(who).style(muted).wrapping(text::Wrapping::None),
                pick_list(Lang::STAFF, Some(i18n.lang()), Message::Lang).text_size(14),
                button(text(i18n.t("own-password-open")).wrapping(text::Wrapping::None))
                    .style(button::secondary)
                    .on_press(Message::ChangePassword),
                button(text(i18n.t("logout")).wrapping(text::Wrapping::None))
                    .style(button::secondary)
                    .on_press(Message::LogOut),
            ]
            .spacing(16)
            .align_y(iced::Center),
            // On a narrow window the navigation goes on to a second line.
            nav.wrap().vertical_spacing(6),
        ]
        .spacing(8)
        .padding([10, 20]);
        let page = self.screens.view(i18n, &self.context).map(Message::Screen);
        let mut window = column![header, rule::horizontal(1)];
        if self.password_changed {
            window = window.push(
                container(text(i18n.t("own-password-changed")).style(text::success))
                    .padding([6, 20]),
            );
        }
        if let Some(folder) = &self.no_dialogs {
            window = window.push(
                container(hint(i18n.t_with(
                    "no-file-dialog",
                    &[("folder", folder.display().to_string().into())],
                )))
                .padding([6, 20]),
            );
        }
        if !self.notices.is_empty() {
            window = window.push(self.notices.view(i18n).map(Message::Notices));
        }
        let window = window.push(page);
        if let Some(panel) = &self.own_password {
            return stack![window, panel.view(i18n).map(Message::OwnPassword)].into();
        }
        if self.help {
            return stack![window, help_view(i18n)].into();
        }
        window.into()
    }
}

/// The keyboard's shortcuts, over the screen until F1 or Escape.
fn help_view<'a>(i18n: &I18n) -> Element<'a, Message> {
    let mut keys = column![text(i18n.t("shortcut-title")).font(bold()).size(18)].spacing(8);
    for (combination, what) in shortcut::help() {
        keys = keys.push(
            row![
                text(combination).font(bold()).width(Length::Fixed(170.0)),
                text(i18n.t(what)),
            ]
            .spacing(12),
        );
    }
    over_the_screen(
        keys.push(text(i18n.t("shortcut-close")).size(13).style(muted)),
        640.0,
    )
}
