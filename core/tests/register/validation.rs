//! Every validated field, fed a bad value, gives a typed error that names that field.

use register::domain::customer::CustomerInput;
use register::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use register::domain::organisation::OrganisationInput;
use register::domain::review::ReviewInput;
use register::domain::staff::StaffInput;
use register::domain::{Field, FieldError, Money};

fn customer() -> CustomerInput {
    CustomerInput {
        first_name: "Väinö".into(),
        last_name: "Östman".into(),
        email: "vaino@example.org".into(),
        phone: "044 123 4567".into(),
        street_address: "Köpmansgatan 1".into(),
        postal_code: "65100".into(),
        city: "Vaasa".into(),
        country: "FI".into(),
        newsletter: false,
        webshop_username: "vaino".into(),
        company_name: "Puvustamo Ässä Oy".into(),
        vat_id: "FI26313574".into(),
    }
}

fn order() -> OrderInput {
    OrderInput {
        order_number: "OP-1".into(),
        placed_at: chrono::Utc::now(),
        status: OrderStatus::Paid,
        carrier: "Posti".into(),
        delivery_name: "Väinö Östman".into(),
        delivery_street_address: "Köpmansgatan 1".into(),
        delivery_postal_code: "65100".into(),
        delivery_city: "Vaasa".into(),
        delivery_country: "FI".into(),
        lines: vec![OrderLineInput {
            product: "Lanka".into(),
            quantity: 1,
            unit_price: Money::from_cents(295),
            vat_rate_basis_points: 2550,
        }],
    }
}

fn organisation() -> OrganisationInput {
    OrganisationInput {
        controller_name: "Ompelijan paratiisi".into(),
        business_id: "2631357-4".into(),
        contact_person: "Pauliina Korhonen".into(),
        email: "asiakaspalvelu@ompelijanparatiisi.fi".into(),
        street_address: "Kauppakatu 1".into(),
        postal_code: "40100".into(),
        city: "Jyväskylä".into(),
        phone: "014 123 456".into(),
        notice_address: "https://ompelijanparatiisi.fi/tietosuoja".into(),
    }
}

fn staff() -> StaffInput {
    StaffInput {
        username: "maija".into(),
        display_name: "Maija Mäkelä".into(),
        role: "marketing".into(),
        password: "tarpeeksi pitkä".into(),
    }
}

fn review() -> ReviewInput {
    ReviewInput {
        product: "Lanka".into(),
        rating: 5,
        text: "Hyvä".into(),
    }
}

/// Spoils one field of an otherwise valid input.
type Spoil<T> = Box<dyn Fn(&mut T)>;

/// Each spoiled input must fail naming exactly the spoiled field.
fn each_names_its_field<T, V>(
    valid: fn() -> T,
    validate: fn(&T) -> Result<V, Vec<FieldError>>,
    cases: Vec<(Field, Spoil<T>)>,
) {
    for (field, spoil) in cases {
        let mut input = valid();
        spoil(&mut input);
        let named: Vec<Field> = validate(&input)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(named, [field], "{field}");
    }
}

#[test]
fn the_valid_inputs_are_valid() {
    assert!(customer().validate().is_ok());
    assert!(order().validate().is_ok());
    assert!(organisation().validate().is_ok());
    assert!(staff().validate().is_ok());
    assert!(review().validate().is_ok());
}

#[test]
fn every_customer_field_names_itself() {
    let long = "x".repeat(250);
    let cases: Vec<(Field, Spoil<CustomerInput>)> = vec![
        (Field::FirstName, Box::new(|c| c.first_name = String::new())),
        (Field::LastName, Box::new(|c| c.last_name = "\u{7}".into())),
        (
            Field::Email,
            Box::new(|c| c.email = "vaino(at)example.org".into()),
        ),
        (Field::Phone, Box::new(|c| c.phone = "123".into())),
        (
            Field::StreetAddress,
            Box::new(move |c| c.street_address = long.clone()),
        ),
        (
            Field::PostalCode,
            Box::new(|c| c.postal_code = "6510".into()),
        ),
        (Field::City, Box::new(|c| c.city = "Vaa\u{0}sa".into())),
        (Field::Country, Box::new(|c| c.country = "FIN".into())),
        (
            Field::WebshopUsername,
            Box::new(|c| c.webshop_username = "\t\u{1b}x".into()),
        ),
        (
            Field::CompanyName,
            Box::new(|c| c.company_name = String::new()),
        ),
        (Field::VatId, Box::new(|c| c.vat_id = "FI26313575".into())),
    ];
    each_names_its_field(customer, CustomerInput::validate, cases);
}

#[test]
fn every_order_field_names_itself() {
    let cases: Vec<(Field, Spoil<OrderInput>)> = vec![
        (
            Field::OrderNumber,
            Box::new(|o| o.order_number = " ".into()),
        ),
        (
            Field::Carrier,
            Box::new(|o| o.carrier = "Pos\u{0}ti".into()),
        ),
        (
            Field::DeliveryName,
            Box::new(|o| o.delivery_name = "\u{7}".into()),
        ),
        (
            Field::PostalCode,
            Box::new(|o| o.delivery_postal_code = "ABCDE".into()),
        ),
        (
            Field::Country,
            Box::new(|o| o.delivery_country = "123".into()),
        ),
        (Field::OrderLines, Box::new(|o| o.lines.clear())),
        (
            Field::Product,
            Box::new(|o| o.lines[0].product = String::new()),
        ),
        (Field::Quantity, Box::new(|o| o.lines[0].quantity = -1)),
        (
            Field::UnitPrice,
            Box::new(|o| o.lines[0].unit_price = Money::from_cents(-1)),
        ),
        (
            Field::VatRate,
            Box::new(|o| o.lines[0].vat_rate_basis_points = 10_001),
        ),
    ];
    each_names_its_field(order, OrderInput::validate, cases);
}

#[test]
fn every_organisation_field_names_itself() {
    let cases: Vec<(Field, Spoil<OrganisationInput>)> = vec![
        (
            Field::ControllerName,
            Box::new(|o| o.controller_name = String::new()),
        ),
        (
            Field::BusinessId,
            Box::new(|o| o.business_id = "2631357-3".into()),
        ),
        (
            Field::ContactPerson,
            Box::new(|o| o.contact_person = " ".into()),
        ),
        (Field::Email, Box::new(|o| o.email = String::new())),
        (Field::PostalCode, Box::new(|o| o.postal_code = "1".into())),
        (Field::Phone, Box::new(|o| o.phone = "soita".into())),
    ];
    each_names_its_field(organisation, OrganisationInput::validate, cases);
}

#[test]
fn every_staff_field_names_itself() {
    let cases: Vec<(Field, Spoil<StaffInput>)> = vec![
        (Field::Username, Box::new(|s| s.username = "mä".into())),
        (
            Field::DisplayName,
            Box::new(|s| s.display_name = String::new()),
        ),
        (Field::Role, Box::new(|s| s.role = "root".into())),
        (Field::Password, Box::new(|s| s.password = "lyhyt".into())),
    ];
    each_names_its_field(staff, StaffInput::validate, cases);
}

#[test]
fn every_review_field_names_itself() {
    let cases: Vec<(Field, Spoil<ReviewInput>)> = vec![
        (Field::Product, Box::new(|r| r.product = String::new())),
        (Field::Rating, Box::new(|r| r.rating = 0)),
        (Field::ReviewText, Box::new(|r| r.text = "  ".into())),
    ];
    each_names_its_field(review, ReviewInput::validate, cases);
}
