//! The settings, for admins: the controller's details and the processing description that the
//! privacy notice and every register extract are written from. Above both, what has changed
//! since the privacy notice was last published.

pub mod controller;
pub mod description;

use crate::i18n::I18n;
use iced::widget::{button, column, container, mouse_area, row, scrollable, stack, text};
use iced::{Element, Length, Padding, Task, mouse};
use register::db::Db;
use register::domain::organisation::OrganisationInput;
use register::domain::processing::ProcessingDescription;
use register::service::notice::{self, NoticeState};
use register::service::{Session, processing, settings};

use crate::ui::notice::changes;
use crate::ui::outcome::{Outcome, outcome};
use crate::ui::screen::{Context, Screen};
use crate::ui::theme::{self, muted};
use crate::ui::widgets::title;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Controller,
    Processing,
}

#[derive(Debug, Default)]
pub struct State {
    tab: Tab,
    controller: controller::State,
    processing: description::State,
    notice: Option<Outcome<Box<NoticeState>>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Controller(controller::Message),
    Processing(description::Message),
    Notice(Outcome<Box<NoticeState>>),
}

#[derive(Default)]
pub enum Action {
    #[default]
    None,
    /// Everything the screen shows, read when it opens.
    Load,
    SaveController(i32, Box<OrganisationInput>),
    SaveProcessing(i32, Box<ProcessingDescription>),
    /// A save went through: what differs from the published notice may have changed.
    RefreshNotice,
}

impl State {
    pub fn view<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let tab = |tab: Tab, label: &str| {
            button(text(i18n.t(label)))
                .style(if self.tab == tab {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::Tab(tab))
        };
        let mut content = column![
            title(i18n.t("settings-title")),
            text(i18n.t("settings-intro")).style(muted),
        ]
        .spacing(14)
        .max_width(900);
        if let Some(notice) = &self.notice {
            content = content.push(changes::view(notice, i18n));
        }
        content = content.push(
            row![
                tab(Tab::Controller, "settings-tab-controller"),
                tab(Tab::Processing, "settings-tab-processing"),
            ]
            .spacing(6),
        );
        content = content.push(match self.tab {
            Tab::Controller => self.controller.view(i18n).map(Message::Controller),
            Tab::Processing => self.processing.view(i18n).map(Message::Processing),
        });
        match self.tab {
            Tab::Controller => scrollable(content.padding(20)).height(Length::Fill).into(),
            // The save bar floats over the bottom of the long form, kept in view; the form
            // scrolls under it, so its last inputs can still be brought above the bar.
            Tab::Processing => {
                let page = scrollable(content.padding(Padding {
                    bottom: 90.0,
                    ..Padding::new(20.0)
                }))
                .height(Length::Fill);
                let bar = mouse_area(
                    container(self.processing.save_bar(i18n).map(Message::Processing))
                        .padding([12, 20])
                        .width(Length::Fill)
                        .style(theme::bar),
                )
                .interaction(mouse::Interaction::Idle);
                stack![
                    page,
                    container(bar).height(Length::Fill).align_y(iced::Bottom)
                ]
                .into()
            }
        }
    }
}

impl Screen for State {
    type Message = Message;
    type Action = Action;

    fn open(_: Option<Box<Self>>) -> (Box<Self>, Action) {
        (Box::default(), Action::Load)
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Tab(tab) => self.tab = tab,
            Message::Controller(message) => match self.controller.update(message) {
                controller::Action::None => {}
                controller::Action::Save(version, input) => {
                    return Action::SaveController(version, input);
                }
                controller::Action::Saved => return Action::RefreshNotice,
            },
            Message::Processing(message) => match self.processing.update(message) {
                description::Action::None => {}
                description::Action::Save(version, description) => {
                    return Action::SaveProcessing(version, description);
                }
                description::Action::Saved => return Action::RefreshNotice,
            },
            Message::Notice(state) => self.notice = Some(state),
        }
        Action::None
    }

    fn perform(action: Action, context: &Context) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Load => Task::batch([
                context.run(load_controller),
                context.run(load_processing),
                context.run(load_unknown_methods),
                context.run(load_notice),
            ]),
            Action::SaveController(version, input) => {
                context.run(move |db, session| save_controller(db, session, version, *input))
            }
            Action::SaveProcessing(version, description) => {
                context.run(move |db, session| save_processing(db, session, version, *description))
            }
            Action::RefreshNotice => context.run(load_notice),
        }
    }

    fn page<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.view(i18n)
    }
}

pub async fn load_controller(db: Db, session: Session) -> Message {
    let loaded = outcome(settings::get(&db, &session).await.map(Box::new));
    Message::Controller(controller::Message::Loaded(loaded))
}

pub async fn load_processing(db: Db, session: Session) -> Message {
    let loaded = outcome(processing::get(&db, &session).await.map(Box::new));
    Message::Processing(description::Message::Loaded(loaded))
}

pub async fn load_unknown_methods(db: Db, session: Session) -> Message {
    let methods = outcome(processing::unknown_shipping_methods(&db, &session).await);
    Message::Processing(description::Message::UnknownMethods(methods))
}

pub async fn load_notice(db: Db, session: Session) -> Message {
    Message::Notice(outcome(notice::state(&db, &session).await.map(Box::new)))
}

pub async fn save_controller(
    db: Db,
    session: Session,
    version: i32,
    input: OrganisationInput,
) -> Message {
    let saved = settings::update(&db, &session, version, &input).await;
    Message::Controller(controller::Message::Saved(outcome(saved.map(Box::new))))
}

pub async fn save_processing(
    db: Db,
    session: Session,
    version: i32,
    description: ProcessingDescription,
) -> Message {
    let saved = processing::update(&db, &session, version, &description).await;
    Message::Processing(description::Message::Saved(outcome(saved.map(Box::new))))
}
