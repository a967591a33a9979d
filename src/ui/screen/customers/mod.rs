//! The customers screen: the searchable list, one customer's details, and a new customer. The
//! list is kept while staff look at other screens, and found as it was typed.

pub mod detail;
pub mod form;
pub mod list;
pub mod new;
pub mod privacy;

use std::convert::Infallible;

use iced::Element;
use iced::futures::StreamExt;

use crate::i18n::I18n;
use crate::ui::screen::{Context, Destination, Reply, Screen, Update};
use crate::ui::shortcut::Shortcut;

#[derive(Debug, Default)]
pub struct State {
    list: list::State,
    showing: Showing,
}

/// Which part of the screen is shown.
#[derive(Debug, Default)]
enum Showing {
    #[default]
    List,
    Customer(Box<detail::State>),
    New(Box<new::State>),
}

#[derive(Debug, Clone)]
pub enum Message {
    List(list::Message),
    Customer(detail::Message),
    New(new::Message),
}

#[derive(Debug)]
pub enum Job {
    List(list::Job),
    Customer(detail::Job),
    New(new::Job),
}

impl State {
    fn follow_list(&mut self, update: Update<list::State>) -> Update<Self> {
        let mut jobs: Vec<Job> = update.jobs.into_iter().map(Job::List).collect();
        match update.event {
            None => {}
            Some(list::Event::Open(id, why)) => {
                let (state, job) = detail::State::new(id, why);
                self.showing = Showing::Customer(Box::new(state));
                jobs.push(Job::Customer(job));
            }
            Some(list::Event::New) => self.showing = Showing::New(Box::new(new::State::new())),
        }
        Update::jobs(jobs)
    }

    fn follow_detail(&mut self, update: Update<detail::State>) -> Update<Self> {
        let jobs: Vec<Job> = update.jobs.into_iter().map(Job::Customer).collect();
        match update.event {
            None => Update::jobs(jobs),
            Some(detail::Event::Back) => {
                self.showing = Showing::List;
                // Names may have changed while the customer was open.
                Update::jobs(vec![Job::List(self.list.refresh())])
            }
            Some(detail::Event::Erased(erasure)) => {
                self.list.erased(erasure);
                self.show_list()
            }
        }
    }

    fn follow_new(&mut self, update: Update<new::State>) -> Update<Self> {
        let jobs: Vec<Job> = update.jobs.into_iter().map(Job::New).collect();
        match update.event {
            None => Update::jobs(jobs),
            Some(new::Event::Created(customer)) => {
                self.showing = Showing::Customer(Box::new(detail::State::with_customer(*customer)));
                self.refresh()
            }
            Some(new::Event::Cancel) => {
                self.showing = Showing::List;
                Update::jobs(jobs)
            }
        }
    }

    /// The list again, searched afresh and the register counted.
    fn show_list(&mut self) -> Update<Self> {
        self.showing = Showing::List;
        self.refresh()
    }

    /// The list searched afresh and the register counted, for when a customer was added or
    /// erased.
    fn refresh(&mut self) -> Update<Self> {
        Update::jobs(vec![
            Job::List(self.list.refresh()),
            Job::List(list::Job::Count),
        ])
    }
}

impl Screen for State {
    type Message = Message;
    type Job = Job;
    type Event = Infallible;
    type Context = Context;

    fn update(&mut self, message: Message) -> Update<Self> {
        match message {
            Message::List(message) => {
                let update = self.list.update(message);
                self.follow_list(update)
            }
            Message::Customer(message) => {
                // A reply for a customer that has since been closed has nobody to read it.
                let Showing::Customer(customer) = &mut self.showing else {
                    return Update::none();
                };
                let update = customer.update(message);
                self.follow_detail(update)
            }
            Message::New(message) => {
                let Showing::New(new) = &mut self.showing else {
                    return Update::none();
                };
                let update = new.update(message);
                self.follow_new(update)
            }
        }
    }

    fn run(job: Job, c: Context) -> Reply<Message> {
        match job {
            Job::List(job) => list::State::run(job, c).map(Message::List).boxed(),
            Job::Customer(job) => detail::State::run(job, c).map(Message::Customer).boxed(),
            Job::New(job) => new::State::run(job, c).map(Message::New).boxed(),
        }
    }
}

impl Destination for State {
    const KEPT: bool = true;

    /// The list searched afresh, or, if a customer or a new one was open, found as it was
    /// left: what was typed there is kept.
    fn open(kept: Option<Box<Self>>) -> (Box<Self>, Vec<Job>) {
        match kept {
            Some(state) if !matches!(state.showing, Showing::List) => (state, Vec::new()),
            kept => {
                let mut state = kept.unwrap_or_default();
                let update = state.show_list();
                (state, update.jobs)
            }
        }
    }

    fn escape(&mut self) -> Update<Self> {
        match &mut self.showing {
            Showing::List => Update::none(),
            Showing::Customer(customer) => {
                let update = customer.update(detail::Message::Back);
                self.follow_detail(update)
            }
            Showing::New(new) => {
                let update = new.update(new::Message::Cancel);
                self.follow_new(update)
            }
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Update<Self> {
        let submit = || form::Message::Submit;
        match (&mut self.showing, shortcut) {
            (Showing::List, Shortcut::New) => {
                let update = self.list.update(list::Message::New);
                self.follow_list(update)
            }
            (Showing::New(new), Shortcut::Save) => {
                let update = new.update(new::Message::Form(submit()));
                self.follow_new(update)
            }
            (Showing::Customer(customer), Shortcut::Save) if customer.editing() => {
                let update = customer.update(detail::Message::Form(submit()));
                self.follow_detail(update)
            }
            (Showing::List, Shortcut::NextRow) => {
                let update = self.list.update(list::Message::Step(1));
                self.follow_list(update)
            }
            (Showing::List, Shortcut::PreviousRow) => {
                let update = self.list.update(list::Message::Step(-1));
                self.follow_list(update)
            }
            // To the search from a customer looked at; a form open stays open.
            (Showing::Customer(customer), Shortcut::Find) if !customer.editing() => {
                let update = customer.update(detail::Message::Back);
                self.follow_detail(update)
            }
            _ => Update::none(),
        }
    }

    fn focus(&self) -> Option<&'static str> {
        match &self.showing {
            Showing::List => Some(list::SEARCH),
            Showing::New(_) => Some(form::FIRST),
            Showing::Customer(customer) => customer.editing().then_some(form::FIRST),
        }
    }

    fn scroll(&self) -> Option<(&'static str, f32)> {
        match &self.showing {
            Showing::List => Some((list::ROWS, self.list.scroll_share())),
            Showing::Customer(customer) => Some((customer.tab().scroll_id(), 0.0)),
            Showing::New(_) => None,
        }
    }

    fn search_field(&self) -> Option<&'static str> {
        matches!(self.showing, Showing::List).then_some(list::SEARCH)
    }

    fn view<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Message> {
        match &self.showing {
            Showing::List => self.list.view(i18n).map(Message::List),
            Showing::Customer(customer) => customer
                .view(i18n, context.session.role())
                .map(Message::Customer),
            Showing::New(new) => new.view(i18n).map(Message::New),
        }
    }
}
