//! The privacy notice, for admins: what changed since the published version, publishing the
//! next one, a preview in each language, and the notice saved as PDF, Markdown or HTML.

pub mod changes;

use crate::ui::widget::Done;
use register::service::{ServiceError, ServiceResult};
use std::convert::Infallible;
use std::path::PathBuf;

use crate::i18n::I18n;
use iced::futures::stream::{self, StreamExt};
use iced::widget::{button, column, container, pick_list, row, scrollable, text};
use iced::{Element, Length};
use register::document::Block;
use register::domain::Lang;
use register::format;
use register::notice::Format;
use register::notice::Notice;
use register::save;
use register::service::notice::{self, NoticeState, Published, Which};

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::{bold, error_banner, notice as notice_banner, title};

#[derive(Debug, Default)]
pub struct State {
    notice: Option<ServiceResult<Box<NoticeState>>>,
    versions: Vec<Published>,
    lang: Lang,
    preview: Option<Notice>,
    busy: bool,
    failure: Option<ServiceError>,
    done: Option<Done>,
    /// The file being saved, while its path is asked.
    pending: Option<(Format, Which)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(ServiceResult<Box<NoticeState>>),
    Versions(ServiceResult<Vec<Published>>),
    Preview(ServiceResult<Box<Notice>>),
    Lang(Lang),
    Publish,
    Published(ServiceResult<Published>),
    Save(Format, Which),
    Path(Option<PathBuf>),
    Saved(ServiceResult<PathBuf>),
}

#[derive(Debug)]
pub enum Job {
    /// Where the notice stands, the published versions, and the preview in this language.
    Load(Lang),
    Preview(Lang),
    Publish,
    ChoosePath(Format, String),
    Save(Lang, Which, Format, PathBuf),
}

impl State {
    pub fn refresh(&mut self) -> Job {
        Job::Load(self.lang)
    }

    /// "tietosuojaseloste-v3-sv.pdf", or "-luonnos" for a draft.
    fn file_name(&self, format: Format, which: Which) -> String {
        let edition = match which {
            Which::Version(version) => format!("v{version}"),
            Which::Current => match self.state() {
                Some(state) if !state.unpublished() => state
                    .latest
                    .as_ref()
                    .map_or("luonnos".to_owned(), |l| format!("v{}", l.version)),
                _ => "luonnos".to_owned(),
            },
        };
        format!(
            "tietosuojaseloste-{edition}-{}.{}",
            self.lang.id(),
            format.extension()
        )
    }

    fn state(&self) -> Option<&NoticeState> {
        self.notice
            .as_ref()
            .and_then(|n| n.as_ref().ok())
            .map(|b| &**b)
    }

    fn content<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut content = column![
            title(i18n.t("notice-screen-title")),
            text(i18n.t("notice-screen-intro")).style(muted),
        ]
        .spacing(14)
        .max_width(900);
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if let Some(done) = &self.done {
            let message = match done {
                Done::Path(path) => {
                    i18n.t_with("notice-saved-to", &[("path", path.clone().into())])
                }
                other => other.said(i18n),
            };
            content = content.push(notice_banner(message));
        }
        if let Some(notice) = &self.notice {
            content = content.push(changes::view(notice, i18n));
        }
        if let Some(state) = self.state() {
            content = content.push(self.publishing(state, i18n));
        }
        content = content.push(self.files(i18n));
        if !self.versions.is_empty() {
            content = content.push(self.versions(i18n));
        }
        if let Some(preview) = &self.preview {
            content = content.push(preview_of(preview, i18n));
        }
        scrollable(content.padding(20)).height(Length::Fill).into()
    }

    fn publishing<'a>(&'a self, state: &NoticeState, i18n: &I18n) -> Element<'a, Message> {
        let next = state.latest.as_ref().map_or(1, |l| l.version + 1);
        let reason = if !state.description_saved {
            Some(i18n.t("notice-not-saved"))
        } else if !state.unpublished() {
            Some(i18n.t("notice-nothing-to-publish"))
        } else {
            None
        };
        let publish = button(text(
            i18n.t_with("notice-publish", &[("version", next.into())]),
        ))
        .on_press_maybe((reason.is_none() && !self.busy).then_some(Message::Publish));
        let mut block = column![publish].spacing(6);
        if let Some(reason) = reason {
            block = block.push(text(reason).size(14).style(muted));
        }
        block.into()
    }

    fn files<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let save = |format: Format, label: &str| {
            button(text(i18n.t(label)))
                .style(button::secondary)
                .on_press_maybe((!self.busy).then_some(Message::Save(format, Which::Current)))
        };
        row![
            text(i18n.t("notice-language")),
            pick_list(Lang::DOCUMENT, Some(self.lang), Message::Lang).text_size(14),
            save(Format::Pdf, "notice-save-pdf"),
            save(Format::Markdown, "notice-save-markdown"),
            save(Format::Html, "notice-save-html"),
        ]
        .spacing(10)
        .align_y(iced::Center)
        .into()
    }

    fn versions<'a>(&'a self, i18n: &I18n) -> Element<'a, Message> {
        let mut list = column![text(i18n.t("notice-versions")).font(bold())].spacing(6);
        for version in &self.versions {
            list = list.push(
                row![
                    text(i18n.t_with(
                        "notice-version-row",
                        &[
                            ("version", version.version.into()),
                            ("date", format::date_only(version.published_on).into()),
                            ("by", version.published_by.clone().into()),
                        ],
                    ))
                    .width(Length::Fill),
                    button(text("PDF").size(13))
                        .style(button::secondary)
                        .on_press_maybe((!self.busy).then_some(Message::Save(
                            Format::Pdf,
                            Which::Version(version.version)
                        ))),
                ]
                .spacing(10)
                .align_y(iced::Center),
            );
        }
        list.into()
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Loaded(state) => self.notice = Some(state),
            Message::Versions(Ok(versions)) => self.versions = versions,
            Message::Preview(Ok(notice)) => self.preview = Some(*notice),
            Message::Versions(Err(failure)) | Message::Preview(Err(failure)) => {
                self.failure = Some(failure)
            }
            Message::Lang(lang) => {
                self.lang = lang;
                return Job::Preview(lang).into();
            }
            Message::Publish if !self.busy => {
                self.busy = true;
                self.failure = None;
                self.done = None;
                return Job::Publish.into();
            }
            Message::Published(Ok(_)) => {
                self.busy = false;
                self.done = Some(Done::Key("notice-published"));
                return Job::Load(self.lang).into();
            }
            Message::Published(Err(failure)) | Message::Saved(Err(failure)) => {
                self.busy = false;
                self.failure = Some(failure);
            }
            Message::Save(format, which) if !self.busy => {
                self.pending = Some((format, which));
                self.failure = None;
                self.done = None;
                return Job::ChoosePath(format, self.file_name(format, which)).into();
            }
            Message::Path(Some(path)) => {
                if let Some((format, which)) = self.pending.take() {
                    self.busy = true;
                    return Job::Save(self.lang, which, format, path).into();
                }
            }
            Message::Path(None) => self.pending = None,
            Message::Saved(Ok(path)) => {
                self.busy = false;
                self.done = Some(Done::Path(path.display().to_string()));
            }
            Message::Publish | Message::Save(..) => {}
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        match job {
            Job::Load(lang) => {
                let (state, versions) = (c.clone(), c.clone());
                stream::select_all([
                    reply(async move {
                        let state = notice::state(&state.db, &state.session).await;
                        Message::Loaded(state.map(Box::new))
                    }),
                    reply(async move {
                        Message::Versions(notice::versions(&versions.db, &versions.session).await)
                    }),
                    preview(c, lang),
                ])
                .boxed()
            }
            Job::Preview(lang) => preview(c, lang),
            Job::Publish => {
                reply(async move { Message::Published(notice::publish(&c.db, &c.session).await) })
            }
            Job::ChoosePath(format, name) => reply(async move {
                let kind = match format {
                    Format::Pdf => "PDF",
                    Format::Markdown => "Markdown",
                    Format::Html => "HTML",
                };
                Message::Path(
                    c.dialogs
                        .save_file(kind, &[format.extension()], &name)
                        .await,
                )
            }),
            Job::Save(lang, which, format, path) => reply(async move {
                let saved = save::notice(
                    &c.db,
                    &c.session,
                    lang,
                    which,
                    &[(format, &path)],
                    save::Existing::Replace,
                )
                .await;
                Message::Saved(saved.map(|_| path).map_err(|e| e.into_service_error()))
            }),
        }
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        let mut state = Box::<Self>::default();
        let job = state.refresh();
        (state, vec![job])
    }

    fn view<'a>(&'a self, i18n: &'a I18n, _: &'a Context) -> Element<'a, Message> {
        self.content(i18n)
    }
}

/// The notice as the customer will read it, in the chosen language.
fn preview_of<'a>(notice: &Notice, i18n: &I18n) -> Element<'a, Message> {
    let mut page = column![
        text(i18n.t("notice-preview")).size(13).style(muted),
        text(notice.title.clone()).size(22).font(bold()),
        text(notice.subtitle.clone()),
        text(notice.edition_line.clone()).size(13).font(bold()),
    ]
    .spacing(8);
    for section in &notice.sections {
        page = page.push(text(section.heading.clone()).size(16).font(bold()));
        for block in &section.blocks {
            match block {
                Block::Paragraph(paragraph) => page = page.push(text(paragraph.clone()).size(14)),
                Block::Items(items) => {
                    for item in items {
                        page = page.push(text(format!("• {item}")).size(14));
                    }
                }
            }
        }
    }
    container(page)
        .padding(16)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

/// The notice in force, in `lang`, as it would be published.
fn preview(c: Context, lang: Lang) -> Reply<Message> {
    reply(async move {
        let document = notice::document(&c.db, &c.session, lang, Which::Current).await;
        Message::Preview(document.map(Box::new))
    })
}

crate::ui::screen::one_job_updates!(State, Job);
