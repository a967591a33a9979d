use super::*;
use crate::domain::Field;

fn source() -> NoticeSource {
    NoticeSource {
        controller: Controller {
            name: "Ompelijan paratiisi".into(),
            business_id: "2631357-4".into(),
            email: "asiakaspalvelu@ompelijanparatiisi.fi".into(),
            ..Controller::default()
        },
        processing: described(),
    }
}

/// The defaults with the accountant named: a description with nothing left to fill in.
fn described() -> ProcessingDescription {
    let mut description = ProcessingDescription::default();
    for recipient in &mut description.recipients {
        if recipient.name.is_empty() {
            recipient.name = "Tilitoimisto Esimerkki Oy".into();
        }
    }
    description
}

fn slots(description: &ProcessingDescription) -> Vec<Slot> {
    description.problems().into_iter().map(|p| p.slot).collect()
}

#[test]
fn the_defaults_describe_every_purpose_and_leave_only_the_accountant_to_name() {
    let mut description = ProcessingDescription::default();
    let accountant = description
        .recipients
        .iter()
        .position(|r| r.category == RecipientCategory::Accountant)
        .expect("the defaults list an accountant");
    assert_eq!(slots(&description), [Slot::RecipientName(accountant)]);
    description.recipients[accountant].name = "Tilitoimisto Esimerkki Oy".into();
    assert_eq!(description.problems(), []);
    let purposes: Vec<Purpose> = description.purposes.iter().map(|p| p.purpose).collect();
    assert_eq!(purposes, Purpose::ALL);
    assert_eq!(
        description.handover("Nouto myymälästä"),
        Some(Handover::Pickup)
    );
    let posti = description.handover(" posti - pakettiautomaatti ");
    assert_eq!(
        posti.and_then(|h| match h {
            Handover::Carrier(key) => description.carrier(key).map(|c| c.name.as_str()),
            Handover::Pickup => None,
        }),
        Some("Posti Oy")
    );
}

#[test]
fn a_legitimate_interest_must_be_written_out_in_every_language() {
    let mut description = described();
    let newsletter = description
        .purposes
        .iter_mut()
        .find(|p| p.purpose == Purpose::Newsletter)
        .expect("listed");
    newsletter.basis = LegalBasis::LegitimateInterest;
    newsletter.legitimate_interest = Localised::new("Uutiskirje", "", "  ");
    assert_eq!(
        slots(&description),
        [
            Slot::LegitimateInterest(Purpose::Newsletter, Lang::Sv),
            Slot::LegitimateInterest(Purpose::Newsletter, Lang::En)
        ]
    );
}

#[test]
fn recipients_transfers_and_shipping_methods_are_checked_where_they_are() {
    let mut description = described();
    description.recipients[1].name = " posti oy".into();
    description.recipients[2].transfers[0].country = "SE".into();
    description.recipients[2].transfers[1].country = "USA".into();
    description.shipping_methods[1].method = "POSTI - pakettiautomaatti".into();
    description.shipping_methods[2].handover = Handover::Carrier(3);
    let problems = description.problems();
    let expected = [
        (Slot::RecipientName(1), Problem::AlreadyInUse),
        (Slot::TransferCountry(2, 0), Problem::NotAThirdCountry),
        (Slot::TransferCountry(2, 1), Problem::NotACountryCode),
        (Slot::ShippingMethod(1), Problem::AlreadyInUse),
        (Slot::ShippingHandover(2), Problem::Required),
    ];
    assert_eq!(
        problems,
        expected.map(|(slot, problem)| SlotProblem::new(slot, problem))
    );
}

#[test]
fn a_purpose_left_out_is_a_problem() {
    let mut description = described();
    description.purposes.pop();
    assert_eq!(slots(&description), [Slot::Purposes]);
}

#[test]
fn the_same_settings_have_no_changes() {
    assert_eq!(changes(&source(), &source()), []);
}

#[test]
fn changes_name_what_changed() {
    let before = source();
    let mut after = source();
    after.controller.email = "tietosuoja@ompelijanparatiisi.fi".into();
    let marketing = after
        .processing
        .purposes
        .iter_mut()
        .find(|p| p.purpose == Purpose::DirectMarketing)
        .expect("listed");
    marketing.basis = LegalBasis::Consent;
    after
        .processing
        .recipients
        .retain(|r| r.name != "Paytrail Oyj");
    after.processing.recipients[0].name = "Posti Group Oyj".into();
    after.processing.recipients.push(Recipient {
        key: after.processing.next_recipient_key(),
        name: "Klarna Bank AB".into(),
        category: RecipientCategory::PaymentProvider,
        role: RecipientRole::Controller,
        transfers: vec![],
    });
    after.processing.shipping_methods.pop();
    after.processing.retention.idle_months = 24;
    let named = |name: &str, category| Named {
        name: name.into(),
        category,
    };
    assert_eq!(
        changes(&before, &after),
        [
            Change::Controller(Field::Email),
            Change::Basis {
                purpose: Purpose::DirectMarketing,
                before: LegalBasis::LegitimateInterest,
                after: LegalBasis::Consent
            },
            Change::RecipientChanged(named("Posti Group Oyj", RecipientCategory::Carrier)),
            Change::RecipientRemoved(named("Paytrail Oyj", RecipientCategory::PaymentProvider)),
            Change::RecipientAdded(named("Klarna Bank AB", RecipientCategory::PaymentProvider)),
            Change::ShippingMethodRemoved("Nouto myymälästä".into()),
            Change::IdleMonths {
                before: 36,
                after: 24
            },
        ]
    );
}
