//! All reviews, newest first, with hiding and showing for the roles that moderate.

use crate::i18n::I18n;
use iced::widget::{button, column, container, pick_list, row, scrollable, text};
use iced::{Element, Length};
use register::domain::Permission;
use register::format;
use register::service::review::{self, Review, ReviewQuery, Visibility};
use register::service::{PageRequest, Rows};
use register::service::{ServiceError, ServiceResult};
use std::convert::Infallible;

use crate::ui::screen::{Context, Destination, Reply, Screen, Update, reply};
use crate::ui::theme::muted;
use crate::ui::widget::paged::{Paged, Turn};
use crate::ui::widget::{bold, error_banner, title};

const PAGE_SIZE: u64 = 30;

#[derive(Debug)]
pub struct State {
    visibility: Visibility,
    rows: Paged<Review>,
    failure: Option<ServiceError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Visibility(VisibilityChoice),
    Turn(Turn),
    Loaded(u64, ServiceResult<Rows<Review>>),
    SetVisible(i32, bool),
    Moderated(ServiceResult<Review>),
}

#[derive(Debug)]
pub enum Job {
    Search(u64, ReviewQuery),
    SetVisible(i32, bool),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibilityChoice {
    visibility: Visibility,
    label: String,
}

impl std::fmt::Display for VisibilityChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl Default for State {
    fn default() -> Self {
        Self {
            visibility: Visibility::All,
            rows: Paged::new(PAGE_SIZE),
            failure: None,
        }
    }
}

impl State {
    pub fn refresh(&mut self) -> Job {
        let request = self.rows.request();
        self.search(request)
    }

    fn search(&self, (generation, page): (u64, PageRequest)) -> Job {
        Job::Search(
            generation,
            ReviewQuery {
                visibility: self.visibility,
                page,
            },
        )
    }

    fn content<'a>(&'a self, i18n: &I18n, can_moderate: bool) -> Element<'a, Message> {
        let choices = visibility_choices(i18n);
        let selected = choices
            .iter()
            .find(|c| c.visibility == self.visibility)
            .cloned();
        let mut content = column![
            row![
                title(i18n.t("reviews-title")),
                iced::widget::space::horizontal(),
                pick_list(choices, selected, Message::Visibility).padding(8),
            ]
            .align_y(iced::Center),
        ]
        .spacing(14);
        if let Some(failure) = self.failure.as_ref().or(self.rows.failure()) {
            content = content.push(error_banner(i18n.error(failure)));
        }
        let body: Element<'a, Message> = match self.rows.items() {
            None => text(i18n.t("loading")).into(),
            Some([]) => text(i18n.t("no-reviews")).style(muted).into(),
            Some(items) => scrollable(
                column(items.iter().map(|review| {
                    let action =
                        can_moderate.then(|| Message::SetVisible(review.id, !review.visible));
                    review_card(review, i18n, action)
                }))
                .spacing(10),
            )
            .height(Length::Fill)
            .into(),
        };
        content
            .push(body)
            .push(self.rows.pager(i18n, Message::Turn))
            .padding(20)
            .into()
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::Visibility(choice) => {
                self.visibility = choice.visibility;
                let request = self.rows.restart();
                return self.search(request).into();
            }
            Message::Turn(turn) => {
                if let Some(request) = self.rows.turn(turn) {
                    return self.search(request).into();
                }
            }
            Message::Loaded(generation, reply) => self.rows.accept(generation, reply),
            Message::SetVisible(id, visible) => return Job::SetVisible(id, visible).into(),
            Message::Moderated(Ok(changed)) => {
                self.failure = None;
                if let Some(items) = self.rows.items_mut()
                    && let Some(slot) = items.iter_mut().find(|r| r.id == changed.id)
                {
                    *slot = changed;
                }
            }
            Message::Moderated(Err(failure)) => self.failure = Some(failure),
        }
        Update::none()
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        reply(async move {
            match job {
                Job::Search(generation, query) => {
                    Message::Loaded(generation, review::list(&c.db, &c.session, &query).await)
                }
                Job::SetVisible(id, visible) => {
                    Message::Moderated(review::set_visible(&c.db, &c.session, id, visible).await)
                }
            }
        })
    }
}

impl Destination for State {
    fn open(_: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        let mut state = Box::<Self>::default();
        let job = state.refresh();
        (state, vec![job])
    }

    fn view<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Message> {
        let can_moderate = context.session.role().allows(Permission::ModerateReviews);
        self.content(i18n, can_moderate)
    }
}

/// One review; `toggle` adds the hide or show button for moderators.
pub fn review_card<'a, M: Clone + 'a>(
    review: &Review,
    i18n: &I18n,
    toggle: Option<M>,
) -> Element<'a, M> {
    let rating = usize::from(review.rating.min(5));
    let stars = "★".repeat(rating) + &"☆".repeat(5 - rating);
    let visibility = i18n.t(if review.visible {
        "review-visible"
    } else {
        "review-hidden"
    });
    let mut heading = row![
        text(review.product.clone()).font(bold()),
        text(stars),
        text(format::date(review.created_at)).style(muted),
        text(visibility).style(muted),
        iced::widget::space::horizontal(),
    ]
    .spacing(12)
    .align_y(iced::Center);
    if let Some(toggle) = toggle {
        let label = if review.visible {
            "hide-review"
        } else {
            "show-review"
        };
        heading = heading.push(
            button(text(i18n.t(label)))
                .style(button::secondary)
                .on_press(toggle),
        );
    }
    container(column![heading, text(review.text.clone())].spacing(6))
        .padding(10)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

fn visibility_choices(i18n: &I18n) -> Vec<VisibilityChoice> {
    [
        (Visibility::All, "reviews-all"),
        (Visibility::Visible, "reviews-visible"),
        (Visibility::Hidden, "reviews-hidden"),
    ]
    .into_iter()
    .map(|(visibility, key)| VisibilityChoice {
        visibility,
        label: i18n.t(key),
    })
    .collect()
}

crate::ui::screen::one_job_updates!(State, Job);
