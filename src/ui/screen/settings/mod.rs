//! The settings, for admins: the controller's details and the processing description that the
//! privacy notice and every register extract are written from. Above both, what has changed
//! since the privacy notice was last published.

pub mod controller;
pub mod description;

use crate::i18n::I18n;
use iced::futures::stream::{self, StreamExt};
use iced::widget::{button, column, container, mouse_area, row, scrollable, stack, text};
use iced::{Element, Length, Padding, mouse};
use register::db::Db;
use register::domain::organisation::OrganisationInput;
use register::domain::processing::ProcessingDescription;
use register::service::ServiceResult;
use register::service::notice::{self, NoticeState};
use register::service::{Session, processing, settings};
use std::convert::Infallible;

use crate::ui::screen::notice::changes;
use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::{self, muted};
use crate::ui::widget::title;

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
    notice: Option<ServiceResult<Box<NoticeState>>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Controller(controller::Message),
    Processing(description::Message),
    Notice(ServiceResult<Box<NoticeState>>),
}

#[derive(Debug)]
pub enum Job {
    /// Everything the screen shows, read when it opens.
    Load,
    SaveController(i32, Box<OrganisationInput>),
    SaveProcessing(i32, Box<ProcessingDescription>),
    /// A save went through: what differs from the published notice may have changed.
    RefreshNotice,
}

impl State {
    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
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
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Tab(tab) => self.tab = tab,
            Message::Controller(message) => match self.controller.update(message) {
                None => {}
                Some(controller::Event::Save(version, input)) => {
                    return Job::SaveController(version, input).into();
                }
                Some(controller::Event::Saved) => return Job::RefreshNotice.into(),
            },
            Message::Processing(message) => match self.processing.update(message) {
                None => {}
                Some(description::Event::Save(version, description)) => {
                    return Job::SaveProcessing(version, description).into();
                }
                Some(description::Event::Saved) => return Job::RefreshNotice.into(),
            },
            Message::Notice(state) => self.notice = Some(state),
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        let Context { db, session, .. } = c;
        match job {
            Job::Load => {
                let jobs = [
                    Load::Controller,
                    Load::Processing,
                    Load::Methods,
                    Load::Notice,
                ];
                stream::select_all(jobs.map(|what| load(what, db.clone(), session.clone()))).boxed()
            }
            Job::SaveController(version, input) => reply(async move {
                let saved = settings::update(&db, &session, version, &input).await;
                Message::Controller(controller::Message::Saved(saved.map(Box::new)))
            }),
            Job::SaveProcessing(version, description) => reply(async move {
                let saved = processing::update(&db, &session, version, &description).await;
                Message::Processing(description::Message::Saved(saved.map(Box::new)))
            }),
            Job::RefreshNotice => load(Load::Notice, db, session),
        }
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        (Box::default(), vec![Job::Load])
    }

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

/// What the screen reads.
#[derive(Clone, Copy)]
enum Load {
    Controller,
    Processing,
    /// Shipping methods the orders name that the processing description does not.
    Methods,
    Notice,
}

fn load(what: Load, db: Db, session: Session) -> Reply<Message> {
    reply(async move {
        match what {
            Load::Controller => {
                let loaded = settings::get(&db, &session).await.map(Box::new);
                Message::Controller(controller::Message::Loaded(loaded))
            }
            Load::Processing => {
                let loaded = processing::get(&db, &session).await.map(Box::new);
                Message::Processing(description::Message::Loaded(loaded))
            }
            Load::Methods => {
                let methods = processing::unknown_shipping_methods(&db, &session).await;
                Message::Processing(description::Message::UnknownMethods(methods))
            }
            Load::Notice => Message::Notice(notice::state(&db, &session).await.map(Box::new)),
        }
    })
}

crate::ui::screen::one_job_updates!(State, Job);
