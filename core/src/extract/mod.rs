//! The register extract ("rekisteriote"): everything the register holds about one customer and
//! the GDPR Art. 15 information, gathered into one plain struct. The PDF and the JSON copy both
//! render this struct, so they cannot disagree.

pub mod coverage;
pub mod history;
pub mod pdf;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::document::Section;
use crate::document::Words;
use crate::document::information::Information;
use crate::document::letterhead::Addressee;
use crate::domain::Lang;
use crate::domain::Money;
use crate::domain::consent::{ConsentKind, ErasureReason};
use crate::domain::customer::Customer;
use crate::domain::order::Order;
use crate::domain::organisation::Controller;
use crate::domain::processing::{CarriersUsed, Disclosed, NoticeVersion, ProcessingDescription};
use crate::domain::review::Review;
use history::{Consultation, ExtractConsent, ExtractRequest, History};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extract {
    pub language: Lang,
    pub reference: String,
    pub issued_on: NaiveDate,
    pub controller: Controller,
    /// Where the letter goes: printed where a window envelope shows it.
    pub recipient: Addressee,
    /// The customer's data in the register; None for an erased customer, of whom only the
    /// order vouchers are kept.
    pub customer: Option<CustomerData>,
    /// For an erased customer: the record of the erasure.
    pub erasure: Option<ErasureRecord>,
    pub orders: Vec<ExtractOrder>,
    pub reviews: Vec<ExtractReview>,
    /// Every newsletter and marketing choice, oldest first.
    pub consents: Vec<ExtractConsent>,
    /// The customer's access requests, this one among them.
    pub access_requests: Vec<ExtractRequest>,
    /// When the customer's data was viewed, changed or disclosed, and by which role.
    pub consultations: Vec<Consultation>,
    /// The carriers that received the delivery data of the customer's orders.
    pub carriers: Vec<String>,
    /// The Art. 15 information, in the extract's language, from the processing description.
    pub information: Vec<Section>,
    /// The privacy notice in force on the extract's date, and where it is published.
    pub notice: NoticeVersion,
    /// Written from a processing description no admin has confirmed: marked a draft on every
    /// page, not to be sent.
    pub draft: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerData {
    pub customer_number: i32,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub country: String,
    pub newsletter: bool,
    pub marketing_refused: bool,
    pub webshop_username: Option<String>,
    /// Only whether a hash is stored: the password itself is never held.
    pub webshop_password_stored_as_hash: bool,
    pub company_name: Option<String>,
    pub vat_id: Option<String>,
    pub webshop_customer_id: Option<String>,
    pub last_webshop_login_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What the register keeps of an erasure: when it was done and, while the audit trail still
/// holds it, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureRecord {
    /// The number the customer had, by which the vouchers and the log still name them.
    pub customer_number: i32,
    pub erased_at: DateTime<Utc>,
    /// In the extract's language; None once the log entry has gone.
    pub reason: Option<String>,
}

/// Whom the register's data is about, as the service gathered it.
pub enum Whose {
    Customer(Customer),
    /// An erased customer, of whom the vouchers are kept; the extract goes to the requester.
    Erased {
        customer_number: i32,
        erased_at: DateTime<Utc>,
        reason: Option<ErasureReason>,
        recipient: Addressee,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractOrder {
    pub order_number: String,
    pub placed_at: DateTime<Utc>,
    pub status: String,
    pub carrier: Option<String>,
    pub delivery_address: Vec<String>,
    pub lines: Vec<ExtractLine>,
    pub total_cents: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractLine {
    pub product: String,
    pub quantity: i32,
    pub unit_price_cents: Money,
    pub vat_rate_basis_points: i32,
    pub amount_cents: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractReview {
    pub product: String,
    pub rating: u8,
    pub text: String,
    pub written_at: DateTime<Utc>,
    pub visible: bool,
}

/// The register's data about one customer, as the service gathered it.
pub struct Sources {
    pub whose: Whose,
    pub orders: Vec<Order>,
    pub reviews: Vec<Review>,
    pub controller: Controller,
    pub processing: ProcessingDescription,
    pub notice: NoticeVersion,
    /// Whether the processing description is the defaults no admin has confirmed.
    pub draft: bool,
    pub history: History,
}

/// A stored order whose lines do not add up within an amount's range: only data that bypassed
/// validation can be so, and the extract is refused rather than printed with a wrong sum.
#[derive(Debug, thiserror::Error)]
#[error("order {0}: its lines add up to more than an amount can hold")]
pub struct TotalOverflow(pub String);

pub fn build(
    sources: Sources,
    lang: Lang,
    reference: String,
    issued_on: NaiveDate,
) -> Result<Extract, TotalOverflow> {
    let words = Words::new(lang);
    let Sources {
        whose,
        orders,
        reviews,
        controller,
        processing,
        notice,
        draft,
        history,
    } = sources;
    let used = CarriersUsed::from_methods(
        &processing,
        orders.iter().filter_map(|order| order.carrier.as_deref()),
    );
    let carriers = used.names(&processing);
    let subscribed = match &whose {
        Whose::Customer(customer) => customer.newsletter,
        Whose::Erased { .. } => false,
    };
    let disclosed = Disclosed {
        carriers: used,
        paid_orders: orders.iter().any(|order| order.status.was_paid()),
        orders: !orders.is_empty(),
        newsletter: subscribed
            || history
                .consents
                .iter()
                .any(|c| c.kind == ConsentKind::Newsletter && c.granted),
        published_reviews: reviews.iter().any(|review| review.visible),
    };
    let erased = matches!(whose, Whose::Erased { .. });
    let information =
        Information::new(&words, &controller, &processing).extract(&disclosed, erased);
    let (recipient, customer, erasure) = match whose {
        Whose::Customer(customer) => (
            Addressee {
                name: format!("{} {}", customer.first_name, customer.last_name),
                company: customer.company_name.clone(),
                street_address: customer.street_address.clone(),
                postal_code: customer.postal_code.clone(),
                city: customer.city.clone(),
                country: customer.country.clone(),
            },
            Some(customer_data(customer)),
            None,
        ),
        Whose::Erased {
            customer_number,
            erased_at,
            reason,
            recipient,
        } => (
            recipient,
            None,
            Some(ErasureRecord {
                customer_number,
                erased_at,
                reason: reason.map(|r| words.t(&format!("erasure-reason-{}", r.as_str()))),
            }),
        ),
    };
    Ok(Extract {
        language: lang,
        reference,
        issued_on,
        controller,
        recipient,
        customer,
        erasure,
        orders: orders
            .into_iter()
            .map(|order| extract_order(order, &words))
            .collect::<Result<_, _>>()?,
        reviews: reviews
            .into_iter()
            .map(|review| ExtractReview {
                product: review.product,
                rating: review.rating,
                text: review.text,
                written_at: review.created_at,
                visible: review.visible,
            })
            .collect(),
        consents: history::consents(history.consents, &words),
        access_requests: history::requests(history.requests, &words),
        consultations: history::consultations(history.consultations, &words),
        carriers,
        information,
        notice,
        draft,
    })
}

fn customer_data(customer: Customer) -> CustomerData {
    CustomerData {
        customer_number: customer.id,
        first_name: customer.first_name,
        last_name: customer.last_name,
        email: customer.email,
        phone: customer.phone,
        street_address: customer.street_address,
        postal_code: customer.postal_code,
        city: customer.city,
        country: customer.country,
        newsletter: customer.newsletter,
        marketing_refused: customer.marketing_refused,
        webshop_username: customer.webshop_username,
        webshop_password_stored_as_hash: customer.webshop_password_stored,
        company_name: customer.company_name,
        vat_id: customer.vat_id,
        webshop_customer_id: customer.webshop_customer_id,
        last_webshop_login_at: customer.last_webshop_login_at,
        created_at: customer.created_at,
        updated_at: customer.updated_at,
    }
}

fn extract_order(order: Order, words: &Words) -> Result<ExtractOrder, TotalOverflow> {
    let overflow = || TotalOverflow(order.order_number.clone());
    let total = order.total().ok_or_else(overflow)?;
    let amounts: Vec<Money> = order
        .lines
        .iter()
        .map(|line| line.amount().ok_or_else(overflow))
        .collect::<Result<_, _>>()?;
    let place = format!(
        "{} {}",
        order.delivery_postal_code.clone().unwrap_or_default(),
        order.delivery_city.clone().unwrap_or_default()
    );
    let delivery_address = [
        order.delivery_name,
        order.delivery_street_address,
        Some(place.trim().to_owned()),
        order.delivery_country,
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect();
    Ok(ExtractOrder {
        order_number: order.order_number,
        placed_at: order.placed_at,
        status: words.t(&format!("order-status-{}", order.status.as_str())),
        carrier: order.carrier,
        delivery_address,
        lines: order
            .lines
            .iter()
            .zip(amounts)
            .map(|(line, amount)| ExtractLine {
                product: line.product.clone(),
                quantity: line.quantity,
                unit_price_cents: line.unit_price,
                vat_rate_basis_points: line.vat_rate_basis_points,
                amount_cents: amount,
            })
            .collect(),
        total_cents: total,
    })
}

impl Extract {
    /// The machine-readable copy.
    pub fn to_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec_pretty(self)
    }
}
