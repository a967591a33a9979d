//! A customer's details as staff see them: the tabs, the details, the edit form, the orders
//! and reviews.

use crate::i18n::I18n;
use crate::ui::screen::orders::order_card;
use crate::ui::screen::reviews::review_card;
use crate::ui::theme::muted;
use crate::ui::widget::paged::Paged;
use crate::ui::widget::{discard_question, error_banner, notice, title};
use iced::widget::{button, column, row, scrollable, text};
use iced::{Element, Length};
use register::domain::{Field, Permission, Phone, Role};
use register::format;
use register::service::customer::Customer;
use register::service::order::Order;
use register::service::review::Review;

use super::{Edit, Message, State, Tab};
use crate::ui::screen::customers::form;

impl State {
    pub fn view<'a>(&'a self, i18n: &I18n, role: Role) -> Element<'a, Message> {
        let mut content = column![
            button(text(i18n.t("back-to-list")))
                .style(button::text)
                .on_press(Message::Back)
        ]
        .spacing(14);
        let Some(customer) = &self.customer else {
            if let Some(failure) = &self.failure {
                content = content.push(error_banner(i18n.error(failure)));
            } else {
                content = content.push(text(i18n.t("loading")));
            }
            return content.padding(20).into();
        };
        content = content.push(title(format!(
            "{} {}",
            customer.first_name, customer.last_name
        )));
        content = content.push(self.tabs(i18n, role));
        if let Some(failure) = &self.failure {
            content = content.push(error_banner(i18n.error(failure)));
        }
        if self.saved {
            content = content.push(notice(i18n.t("saved")));
        }
        if customer.to_check && self.edit.is_none() {
            content = content.push(to_check_banner(customer, i18n));
        }
        let body = match self.tab {
            Tab::Details => match &self.edit {
                Some(edit) => self.edit_view(edit, i18n),
                None => details(customer, i18n),
            },
            Tab::Orders => orders_view(self.orders.as_ref(), i18n),
            Tab::Reviews => reviews_view(self.reviews.as_deref(), i18n),
            Tab::Privacy => match &self.privacy {
                Some(privacy) => privacy
                    .view(customer, i18n, role.allows(Permission::EraseCustomer))
                    .map(Message::Privacy),
                None => text(i18n.t("loading")).into(),
            },
        };
        // Each tab's scrollable has its own id: a tab opened starts at its top, not where
        // another was left (see `Destination::scroll`).
        content = content.push(
            scrollable(body)
                .id(self.tab.scroll_id())
                .height(Length::Fill),
        );
        // The form's buttons stay in view below it, however far the form runs.
        if let (Tab::Details, Some(edit)) = (self.tab, &self.edit) {
            content = content.push(edit_actions(edit, i18n));
        }
        content.padding(20).into()
    }

    fn tabs<'a>(&'a self, i18n: &I18n, role: Role) -> Element<'a, Message> {
        let tab = |tab: Tab, key: &str| {
            let style = if self.tab == tab {
                button::primary
            } else {
                button::secondary
            };
            button(text(i18n.t(key)))
                .style(style)
                .on_press(Message::Tab(tab))
        };
        let mut tabs = row![tab(Tab::Details, "tab-details")].spacing(6);
        if role.allows(Permission::OrdersAndDelivery) {
            tabs = tabs.push(tab(Tab::Orders, "tab-orders"));
        }
        if role.allows(Permission::ViewReviews) {
            tabs = tabs.push(tab(Tab::Reviews, "tab-reviews"));
        }
        tabs = tabs.push(tab(Tab::Privacy, "tab-privacy"));
        if self.tab == Tab::Details && self.edit.is_none() {
            tabs = tabs.push(iced::widget::space::horizontal());
            tabs = tabs.push(button(text(i18n.t("edit"))).on_press(Message::Edit));
        }
        tabs.into()
    }

    fn edit_view<'a>(&'a self, edit: &'a Edit, i18n: &I18n) -> Element<'a, Message> {
        let mut column = column![].spacing(14).max_width(760);
        if edit.asking_discard {
            column = column.push(discard_question(
                i18n,
                Message::Discard,
                Message::KeepEditing,
            ));
        }
        if edit.conflict {
            column = column.push(error_banner(i18n.t("conflict")));
            column =
                column.push(button(text(i18n.t("reload-latest"))).on_press(Message::LoadLatest));
        } else if !edit.form.errors.is_empty() {
            column = column.push(error_banner(i18n.t("fix-fields")));
        }
        column.push(edit.form.view(i18n).map(Message::Form)).into()
    }
}

/// Saving or leaving the customer's form.
fn edit_actions<'a>(edit: &Edit, i18n: &I18n) -> Element<'a, Message> {
    let save_label = if edit.saving { "saving" } else { "save" };
    row![
        button(text(i18n.t(save_label))).on_press_maybe(
            (!edit.saving && !edit.conflict).then_some(Message::Form(form::Message::Submit))
        ),
        button(text(i18n.t("cancel")))
            .style(button::secondary)
            .on_press(Message::Cancel),
    ]
    .spacing(10)
    .into()
}

/// What an import kept as written, each value with why it does not validate.
fn to_check_banner<'a>(customer: &Customer, i18n: &I18n) -> Element<'a, Message> {
    let problems = customer.problems();
    // Every value validates when the customer was made from an order's billing details.
    let heading = if problems.is_empty() {
        "customer-to-check-from-order"
    } else {
        "customer-to-check"
    };
    let mut lines = vec![i18n.t(heading)];
    lines.extend(problems.iter().map(|error| i18n.field_error(error)));
    error_banner(lines.join("\n"))
}

fn details<'a>(customer: &Customer, i18n: &I18n) -> Element<'a, Message> {
    let line = |label: String, value: String| -> Element<'a, Message> {
        row![
            text(label).width(Length::Fixed(330.0)).style(muted),
            text(value).width(Length::Fill)
        ]
        .spacing(12)
        .into()
    };
    let field =
        |f: Field, value: &Option<String>| line(i18n.field(f), value.clone().unwrap_or_default());
    let yes_no = |value: bool| i18n.t(if value { "yes" } else { "no" });
    let password = if customer.webshop_password_stored {
        "password-stored"
    } else {
        "password-none"
    };
    let last_login = customer.last_webshop_login_at.map(format::date_time);
    column![
        line(i18n.t("customer-number"), customer.id.to_string()),
        line(i18n.field(Field::FirstName), customer.first_name.clone()),
        line(i18n.field(Field::LastName), customer.last_name.clone()),
        field(Field::Email, &customer.email),
        field(Field::Phone, &customer.phone.as_deref().map(Phone::display)),
        field(Field::StreetAddress, &customer.street_address),
        field(Field::PostalCode, &customer.postal_code),
        field(Field::City, &customer.city),
        line(
            i18n.field(Field::Country),
            i18n.words().country(&customer.country)
        ),
        line(i18n.t("field-newsletter"), yes_no(customer.newsletter)),
        line(
            i18n.t("field-marketing-refused"),
            yes_no(customer.marketing_refused)
        ),
        line(
            i18n.t("field-webshop-customer-id"),
            customer.webshop_customer_id.clone().unwrap_or_default()
        ),
        field(Field::WebshopUsername, &customer.webshop_username),
        line(
            i18n.t("field-last-webshop-login"),
            last_login.unwrap_or_default()
        ),
        line(i18n.t("field-webshop-password"), i18n.t(password)),
        field(Field::CompanyName, &customer.company_name),
        field(Field::VatId, &customer.vat_id),
        line(i18n.t("created-at"), format::date_time(customer.created_at)),
        line(i18n.t("updated-at"), format::date_time(customer.updated_at)),
    ]
    .spacing(8)
    .into()
}

fn orders_view<'a>(orders: Option<&Paged<Order>>, i18n: &I18n) -> Element<'a, Message> {
    let Some(orders) = orders else {
        return text(i18n.t("loading")).into();
    };
    if let Some(failure) = orders.failure() {
        return error_banner(i18n.error(failure));
    }
    let Some(items) = orders.items() else {
        return text(i18n.t("loading")).into();
    };
    if items.is_empty() {
        return text(i18n.t("no-orders")).style(muted).into();
    }
    // The pager comes first: twenty order cards reach well below the window's edge.
    column![orders.pager(i18n, Message::OrdersTurn)]
        .extend(items.iter().map(|order| order_card(order, i18n)))
        .spacing(10)
        .into()
}

fn reviews_view<'a>(reviews: Option<&[Review]>, i18n: &I18n) -> Element<'a, Message> {
    let Some(reviews) = reviews else {
        return text(i18n.t("loading")).into();
    };
    if reviews.is_empty() {
        return text(i18n.t("no-reviews")).style(muted).into();
    }
    column(reviews.iter().map(|review| review_card(review, i18n, None)))
        .spacing(10)
        .into()
}
