//! What differs between the settings and the published privacy notice, in words.

use crate::i18n::I18n;
use iced::widget::{column, container, text};
use iced::{Element, Length};
use register::domain::processing::{Change, Named};
use register::format;
use register::service::ServiceResult;
use register::service::notice::NoticeState;

use crate::ui::screen::settings::description::category_name;
use crate::ui::widget::{bold, error_banner};

pub fn view<'a, M: 'a>(notice: &ServiceResult<Box<NoticeState>>, i18n: &I18n) -> Element<'a, M> {
    let state = match notice {
        Ok(state) => state,
        Err(failure) => return error_banner(i18n.error(failure)),
    };
    let body: Element<'a, M> = match &state.latest {
        None => text(i18n.t("changes-never")).into(),
        Some(latest) if state.changes.is_empty() => {
            text(i18n.t_with("changes-none", &[("version", latest.version.into())])).into()
        }
        Some(latest) => {
            let mut list = column![
                text(i18n.t_with(
                    "changes-title",
                    &[
                        ("version", latest.version.into()),
                        ("date", format::date_only(latest.published_on).into()),
                    ],
                ))
                .font(bold())
            ]
            .spacing(4);
            for change in &state.changes {
                list = list.push(text(format!("• {}", describe(change, i18n))).size(14));
            }
            list.into()
        }
    };
    container(body)
        .padding(10)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

/// One change as a line of the list.
pub fn describe(change: &Change, i18n: &I18n) -> String {
    let purpose =
        |p: &register::domain::processing::Purpose| i18n.words().t(&format!("purpose-{}", p.key()));
    let basis = |b: &register::domain::processing::LegalBasis| {
        i18n.words().t(&format!("basis-{}", b.key()))
    };
    let named = |n: &Named| {
        if n.name.is_empty() {
            category_name(n.category, i18n)
        } else {
            n.name.clone()
        }
    };
    match change {
        Change::Controller(field) => {
            i18n.t_with("change-controller", &[("field", i18n.field(*field).into())])
        }
        Change::Basis {
            purpose: p,
            before,
            after,
        } => i18n.t_with(
            "change-basis",
            &[
                ("purpose", purpose(p).into()),
                ("before", basis(before).into()),
                ("after", basis(after).into()),
            ],
        ),
        Change::LegitimateInterest(p) => {
            i18n.t_with("change-interest", &[("purpose", purpose(p).into())])
        }
        Change::PurposeAdded(p) => {
            i18n.t_with("change-purpose-added", &[("purpose", purpose(p).into())])
        }
        Change::RecipientAdded(n) => {
            i18n.t_with("change-recipient-added", &[("name", named(n).into())])
        }
        Change::RecipientRemoved(n) => {
            i18n.t_with("change-recipient-removed", &[("name", named(n).into())])
        }
        Change::RecipientChanged(n) => {
            i18n.t_with("change-recipient-changed", &[("name", named(n).into())])
        }
        Change::ShippingMethodAdded(m) => {
            i18n.t_with("change-shipping-added", &[("method", m.clone().into())])
        }
        Change::ShippingMethodRemoved(m) => {
            i18n.t_with("change-shipping-removed", &[("method", m.clone().into())])
        }
        Change::ShippingMethodChanged(m) => {
            i18n.t_with("change-shipping-changed", &[("method", m.clone().into())])
        }
        Change::IdleMonths { before, after } => i18n.t_with(
            "change-idle-months",
            &[("before", (*before).into()), ("after", (*after).into())],
        ),
        Change::FinancialYearEnd { before, after } => i18n.t_with(
            "change-year-end",
            &[
                ("before", before.display().into()),
                ("after", after.display().into()),
            ],
        ),
        Change::Years {
            period,
            before,
            after,
        } => i18n.t_with(
            &format!("change-years-{}", period.key()),
            &[("before", (*before).into()), ("after", (*after).into())],
        ),
        Change::AutomatedDecisions => i18n.t("change-automated"),
        Change::Cookies => i18n.t("change-cookies"),
    }
}
