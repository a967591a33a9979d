//! Before a request is answered with "nothing held": what the register finds with the
//! request's details, each customer to be matched or ruled out, and the answer sent only when
//! staff confirm that none of them is the requester.

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};
use register::domain::subject::Subject;
use register::service::ServiceResult;
use register::service::customer::CustomerSummary;

use super::super::finder::customer_line;
use super::Message;
use crate::i18n::I18n;
use crate::ui::theme::muted;
use crate::ui::widget::{bold, error_banner};

/// The search's result (None while it runs) and the answer's two buttons.
pub(super) fn view<'a>(
    candidates: Option<&ServiceResult<Vec<CustomerSummary>>>,
    idle: bool,
    i18n: &I18n,
) -> Element<'a, Message> {
    let mut block = column![
        text(i18n.t("requests-nothing-held-title")).font(bold()),
        text(i18n.t("requests-nothing-held-searched"))
            .size(13)
            .style(muted),
    ]
    .spacing(8);
    let mut confirm = None;
    match candidates {
        None => block = block.push(text(i18n.t("loading")).style(muted)),
        Some(Err(failure)) => block = block.push(error_banner(i18n.error(failure))),
        Some(Ok(found)) if found.is_empty() => {
            block = block.push(text(i18n.t("requests-nothing-held-none-found")));
            confirm = Some("requests-nothing-held-send");
        }
        Some(Ok(found)) => {
            block = block.push(text(i18n.t("requests-nothing-held-found")));
            for customer in found {
                block = block.push(
                    row![
                        text(customer_line(customer, i18n))
                            .size(14)
                            .width(Length::Fill),
                        button(text(i18n.t("requests-this-is-the-requester")).size(13))
                            .style(button::secondary)
                            .on_press_maybe(
                                idle.then_some(Message::Choose(Subject::Customer(customer.id))),
                            ),
                    ]
                    .spacing(8)
                    .align_y(iced::Center),
                );
            }
            confirm = Some("requests-nothing-held-none-is");
        }
    }
    let mut buttons = row![].spacing(8);
    if let Some(label) = confirm {
        buttons = buttons.push(
            button(text(i18n.t(label)))
                .style(button::danger)
                .on_press_maybe(idle.then_some(Message::ConfirmNothingHeld)),
        );
    }
    buttons = buttons.push(
        button(text(i18n.t("cancel")))
            .style(button::secondary)
            .on_press_maybe(idle.then_some(Message::CancelNothingHeld)),
    );
    container(block.push(buttons))
        .padding(12)
        .style(container::bordered_box)
        .width(Length::Fill)
        .into()
}
