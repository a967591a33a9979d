//! The main window once someone has logged in: the header with who is signed in, the
//! navigation, the notices of the login, the screen shown, and the lock over it all.

use std::time::Duration;

use iced::widget::{button, column, pick_list, row, rule, text};
use iced::{Element, Task};
use register::domain::Lang;

use super::app::message::Message;
use super::login_notices::Notices;
use super::screen::table::{Nav, Screens};
use super::screen::{Context, Screen, lock};
use super::theme::muted;
use super::widget::bold;
use crate::i18n::I18n;

pub(super) struct Main {
    pub(super) context: Context,
    pub(super) screens: Screens,
    /// What the register did by itself at the login, above every screen until closed.
    pub(super) notices: Notices,
    /// While locked the screen stays as it was, hidden behind the password prompt.
    pub(super) lock: Option<lock::State>,
}

impl Main {
    /// The task the message leads to, or `None` when staff chose to log out.
    pub(super) fn update(&mut self, message: Message) -> Option<Task<Message>> {
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
            Message::Escape(_) => self.screens.escape(&self.context).map(Message::Screen),
            other => self.update_screen(other),
        })
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
        if !self.notices.is_empty() {
            window = window.push(self.notices.view(i18n).map(Message::Notices));
        }
        window.push(page).into()
    }
}
