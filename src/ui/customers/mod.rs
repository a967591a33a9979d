//! The customers screen: the searchable list, one customer's details, and a new customer. The
//! list is kept while staff look at other screens, and found as it was typed.

pub mod detail;
pub mod form;
pub mod list;
pub mod new;
pub mod privacy;

use crate::i18n::I18n;
use iced::{Element, Task};
use register::domain::customer::CustomerInput;
use register::service::PageRequest;
use register::service::customer::CustomerQuery;

use super::screen::{Context, Screen};

#[derive(Debug, Default)]
pub struct State {
    list: list::State,
    page: Page,
}

#[derive(Debug, Default)]
enum Page {
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

#[derive(Default)]
pub enum Action {
    #[default]
    None,
    Search(u64, CustomerQuery),
    ToCheck(u64, PageRequest),
    Count,
    Customer(detail::Action),
    Create(Box<CustomerInput>),
    All(Vec<Action>),
}

impl State {
    fn follow_list(&mut self, action: list::Action) -> Action {
        match action {
            list::Action::None => Action::None,
            list::Action::Search(generation, query) => Action::Search(generation, query),
            list::Action::ToCheck(generation, page) => Action::ToCheck(generation, page),
            list::Action::Open(id, why) => {
                let (state, action) = detail::State::new(id, why);
                self.page = Page::Customer(Box::new(state));
                Action::Customer(action)
            }
            list::Action::New => {
                self.page = Page::New(Box::new(new::State::new()));
                Action::None
            }
        }
    }

    fn follow_detail(&mut self, action: detail::Action) -> Action {
        match action {
            detail::Action::Back => {
                self.page = Page::List;
                // Names may have changed while the customer was open.
                let search = self.list.refresh();
                self.follow_list(search)
            }
            detail::Action::Privacy(privacy::Action::Erased(erasure)) => {
                self.list.erased(erasure);
                self.show_list()
            }
            action => Action::Customer(action),
        }
    }

    /// The list again, searched afresh and the register counted.
    fn show_list(&mut self) -> Action {
        self.page = Page::List;
        self.refresh()
    }

    /// The list searched afresh and the register counted, for when a customer was added or
    /// erased.
    fn refresh(&mut self) -> Action {
        let search = self.list.refresh();
        Action::All(vec![self.follow_list(search), Action::Count])
    }
}

impl Screen for State {
    type Message = Message;
    type Action = Action;
    const KEPT: bool = true;

    fn open(kept: Option<Box<Self>>) -> (Box<Self>, Action) {
        let mut state = kept.unwrap_or_default();
        let action = state.show_list();
        (state, action)
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::List(message) => {
                let action = self.list.update(message);
                self.follow_list(action)
            }
            Message::Customer(message) => {
                // A reply for a customer that has since been closed has nobody to read it.
                let Page::Customer(customer) = &mut self.page else {
                    return Action::None;
                };
                let action = customer.update(message);
                self.follow_detail(action)
            }
            Message::New(message) => {
                let Page::New(new) = &mut self.page else {
                    return Action::None;
                };
                match new.update(message) {
                    new::Action::None => Action::None,
                    new::Action::Create(input) => Action::Create(input),
                    new::Action::Created(customer) => {
                        self.page =
                            Page::Customer(Box::new(detail::State::with_customer(*customer)));
                        self.refresh()
                    }
                    new::Action::Cancel => {
                        self.page = Page::List;
                        Action::None
                    }
                }
            }
        }
    }

    fn escape(&mut self) -> Action {
        match &mut self.page {
            Page::List => Action::None,
            Page::Customer(customer) => {
                let action = customer.update(detail::Message::Back);
                self.follow_detail(action)
            }
            Page::New(_) => {
                self.page = Page::List;
                Action::None
            }
        }
    }

    fn perform(action: Action, context: &Context) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Search(generation, query) => context
                .run(move |db, session| list::search(db, session, generation, query))
                .map(Message::List),
            Action::ToCheck(generation, page) => context
                .run(move |db, session| list::to_check(db, session, generation, page))
                .map(Message::List),
            Action::Count => context.run(list::count).map(Message::List),
            Action::Customer(action) => detail::perform(action, context).map(Message::Customer),
            Action::Create(input) => context
                .run(move |db, session| new::create(db, session, *input))
                .map(Message::New),
            Action::All(actions) => Task::batch(
                actions
                    .into_iter()
                    .map(|action| Self::perform(action, context)),
            ),
        }
    }

    fn page<'a>(&'a self, i18n: &'a I18n, context: &'a Context) -> Element<'a, Message> {
        match &self.page {
            Page::List => self.list.view(i18n).map(Message::List),
            Page::Customer(customer) => customer
                .view(i18n, context.session.role())
                .map(Message::Customer),
            Page::New(new) => new.view(i18n).map(Message::New),
        }
    }
}
