//! The processing description and the privacy notice written from it: every Art. 13 and 14
//! item in all three languages read back from the PDF, the same words in the notice and the
//! extract, published versions, and the settings' version check.

use crate::samples::{keep, text_of};
use register::db::Db;
use register::document::Section;
use register::document::Words;
use register::domain::processing::{
    Change, LegalBasis, NoticeVersion, ProcessingDescription, Purpose, RecipientCategory,
    RecipientRole, Slot,
};
use register::domain::readiness::Gap;
use register::domain::{Lang, Problem};
use register::notice::{self, Edition, Notice};
use register::service::notice::Which;
use register::service::{
    ServiceError, Session, extract, notice as notices, order, processing, settings,
};
use sea_orm::ConnectionTrait;
use testing::{aino, create_customer, first_admin};

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn current(db: &Db, admin: &Session, lang: Lang) -> Notice {
    notices::document(db, admin, lang, Which::Current)
        .await
        .expect("the notice is written")
}

/// Saves the description as an admin edited it.
async fn save(db: &Db, admin: &Session, edit: impl FnOnce(&mut ProcessingDescription)) {
    let current = processing::get(db, admin).await.expect("reads");
    let mut description = current.description;
    testing::documents::name_everyone(&mut description);
    edit(&mut description);
    processing::update(db, admin, current.version, &description)
        .await
        .expect("saved");
}

/// The first admin, with the shop's details filled in and the defaults' accountant named.
async fn shop_admin(db: &Db) -> Session {
    let admin = first_admin(db).await;
    testing::documents::fill_in(db, &admin).await;
    admin
}

async fn the_notice_gives_every_article_13_item_and_each_purpose_with_its_basis(db: Db) {
    let admin = shop_admin(&db).await;
    let description = processing::get(&db, &admin)
        .await
        .expect("reads")
        .description;
    for (lang, authority, hash, any_channel, shop) in [
        (
            Lang::Fi,
            "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki",
            "suolattuna tiivisteenä",
            "Allekirjoitusta ei tarvita.",
            "Hämeenkatu 12, 33100 Tampere • 03 1234 5678",
        ),
        (
            Lang::Sv,
            "Dataombudsmannens byrå, PB 800, 00531 Helsingfors",
            "saltat hashvärde",
            "Ingen underskrift behövs.",
            "Hämeenkatu 12, 33100 Tampere • 03 1234 5678",
        ),
        (
            Lang::En,
            "Office of the Data Protection Ombudsman, P.O. Box 800, 00531 Helsinki",
            "salted hash",
            "No signature is needed.",
            "Hämeenkatu 12, 33100 Tampere • +358 3 1234 5678",
        ),
    ] {
        let written = current(&db, &admin, lang).await;
        let pdf = notice::pdf(&written).expect("rendered");
        keep(
            &format!("notice-{}-{}.pdf", db.backend_name(), lang.id()),
            &pdf,
        );
        let text = text_of(&pdf);
        let terms = Words::new(lang);
        let controller = written.sections[0].text();
        assert!(
            words(&controller).contains(&words(&shop.replace(" • ", "\n• "))),
            "{lang}: the shop's address and phone: {controller}"
        );
        // Art. 13(1)(a)-(f), 13(2)(a)-(f), 14(1)(d) and 14(2)(f), in that order.
        let headings = [
            "info-controller-heading",
            "info-purposes-heading",
            "info-categories-heading",
            "info-recipients-heading",
            "info-transfers-heading",
            "info-retention-heading",
            "info-rights-heading",
            "info-complaint-heading",
            "info-requirement-heading",
            "info-source-heading",
            "info-automated-heading",
        ]
        .map(|key| terms.t(key));
        let mut from = 0;
        for heading in &headings {
            let at = text[from..]
                .find(heading.as_str())
                .unwrap_or_else(|| panic!("{lang}: {heading:?} missing or out of order:\n{text}"));
            from += at + heading.len();
        }
        for purpose in &description.purposes {
            let name = terms.t(&format!("purpose-{}", purpose.purpose.key()));
            let basis = terms.t(&format!("basis-{}", purpose.basis.key()));
            assert!(
                text.contains(&words(&name)) && text.contains(&words(&basis)),
                "{lang}: {name:?} with {basis:?} missing:\n{text}"
            );
            if let Some(interest) = purpose.interest() {
                assert!(
                    text.contains(&words(interest.get(lang))),
                    "{lang}: {interest:?}"
                );
            }
        }
        for expected in [
            authority,
            hash,
            any_channel,
            "2631357-4",
            "asiakaspalvelu@ompelijanparatiisi.fi",
            "Posti Oy",
            "Shopify International Limited",
            "1336/1997",
        ] {
            assert!(
                text.contains(expected),
                "{lang}: {expected:?} missing:\n{text}"
            );
        }
        for leaked in [
            "info-",
            "purpose-",
            "basis-",
            "recipient-",
            "safeguard-",
            "year-end-",
        ] {
            assert!(
                !text.contains(leaked),
                "{lang}: a message id in the text:\n{text}"
            );
        }
    }
}

async fn the_notice_for_the_webshop_is_markdown_and_html_of_the_same_text(db: Db) {
    let admin = shop_admin(&db).await;
    let written = current(&db, &admin, Lang::Sv).await;
    let markdown = notice::markdown(&written);
    assert!(
        markdown.starts_with("# Dataskyddsbeskrivning\n"),
        "{markdown}"
    );
    assert!(markdown.contains("\n## Mottagare\n"), "{markdown}");
    assert!(
        markdown.contains("\n- Posti Oy (transportföretag): "),
        "{markdown}"
    );
    let html = notice::html(&written);
    assert!(html.starts_with("<article lang=\"sv\">"), "{html}");
    assert!(html.contains("<h2>Dina rättigheter</h2>"), "{html}");
    assert!(html.contains("<li>Posti Oy (transportföretag): "), "{html}");
}

async fn changing_a_recipient_changes_the_notice_and_the_next_extract(db: Db) {
    let admin = shop_admin(&db).await;
    let customer = create_customer(&db, &admin, &aino()).await;
    save(&db, &admin, |description| {
        let paytrail = description
            .recipients
            .iter_mut()
            .find(|r| r.category == RecipientCategory::PaymentProvider)
            .expect("a payment provider by default");
        paytrail.name = "Klarna Bank AB".into();
    })
    .await;
    let text = text_of(&notice::pdf(&current(&db, &admin, Lang::Fi).await).expect("pdf"));
    assert!(text.contains("Klarna Bank AB (maksunvälittäjä)"), "{text}");
    assert!(!text.contains("Paytrail"), "{text}");
    notices::publish(&db, &admin).await.expect("published");
    let paid =
        testing::orders::order_input("OP-9", 3, vec![testing::orders::line("Lanka", 1, 450)]);
    order::create(&db, &admin, customer.id, &paid)
        .await
        .expect("a paid order");
    let extract = extract::generate(&db, &admin, customer.id, Lang::Fi, None)
        .await
        .expect("extract");
    let recipients = extract
        .information
        .iter()
        .map(Section::text)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        recipients.contains("Klarna Bank AB (maksunvälittäjä)"),
        "{recipients}"
    );
    assert!(!recipients.contains("Paytrail"), "{recipients}");
}

/// The sections both documents give, by heading.
fn shared(sections: &[Section], heading: &str) -> Section {
    sections
        .iter()
        .find(|s| s.heading == heading)
        .cloned()
        .unwrap_or_else(|| panic!("{heading} missing"))
}

async fn the_notice_and_the_extract_use_the_same_words(db: Db) {
    let admin = shop_admin(&db).await;
    let customer = create_customer(&db, &admin, &aino()).await;
    for (number, method) in [
        ("OP-1", "Posti - Pakettiautomaatti"),
        ("OP-2", "Matkahuolto - Lähellä-paketti"),
        ("OP-3", "Nouto myymälästä"),
    ] {
        let mut input =
            testing::orders::order_input(number, 3, vec![testing::orders::line("Lanka", 1, 450)]);
        input.carrier = method.into();
        order::create(&db, &admin, customer.id, &input)
            .await
            .expect("order");
    }
    notices::publish(&db, &admin).await.expect("published");
    for lang in Lang::DOCUMENT {
        let terms = Words::new(lang);
        let written = current(&db, &admin, lang).await;
        let extract = extract::generate(&db, &admin, customer.id, lang, None)
            .await
            .expect("extract");
        for heading in [
            "info-purposes-heading",
            "info-categories-heading",
            "info-transfers-heading",
            "info-retention-heading",
            "info-rights-heading",
            "info-complaint-heading",
            "info-source-heading",
            "info-automated-heading",
        ] {
            let heading = terms.t(heading);
            assert_eq!(
                shared(&extract.information, &heading),
                shared(&written.sections, &heading),
                "{lang}: {heading}"
            );
        }
        assert_eq!(extract.carriers, ["Posti Oy", "Oy Matkahuolto Ab"]);
        // The extract names the recipients this customer's data went to, in the notice's words.
        let heading = terms.t("info-recipients-heading");
        let notice_lines = shared(&written.sections, &heading).text();
        let extract_recipients = shared(&extract.information, &heading);
        for block in &extract_recipients.blocks {
            if let register::document::Block::Items(items) = block {
                for item in items {
                    assert!(notice_lines.contains(item.as_str()), "{lang}: {item}");
                }
            }
        }
    }
}

async fn an_extract_names_only_the_recipients_that_received_the_customers_data(db: Db) {
    let admin = shop_admin(&db).await;
    notices::publish(&db, &admin).await.expect("published");
    let customer = create_customer(&db, &admin, &testing::sören()).await;
    let recipients = async || {
        let extract = extract::generate(&db, &admin, customer.id, Lang::En, None)
            .await
            .expect("extract");
        let text = text_of(&register::extract::pdf::render(&extract).expect("pdf"));
        (shared(&extract.information, "Recipients").text(), text)
    };
    let (none, pdf) = recipients().await;
    for absent in [
        "Paytrail",
        "Mailchimp",
        "Tilitoimisto",
        "Posti",
        "the public",
    ] {
        assert!(!none.contains(absent), "{absent}: {none}");
        assert!(!pdf.contains(absent), "{absent} in the PDF");
    }
    assert!(
        none.contains("Shopify International Limited (webshop platform)"),
        "{none}"
    );
    // Sören's address is his company's: the letter is marked personal above it.
    assert!(pdf.contains("PERSONAL Sören"), "{pdf}");

    let mut received =
        testing::orders::order_input("OP-1", 3, vec![testing::orders::line("Lanka", 1, 450)]);
    received.status = register::domain::order::OrderStatus::Received;
    received.carrier = "Matkahuolto - Lähellä-paketti".into();
    order::create(&db, &admin, customer.id, &received)
        .await
        .expect("an unpaid order");
    let (unpaid, _) = recipients().await;
    assert!(!unpaid.contains("Paytrail"), "not paid yet: {unpaid}");
    assert!(
        unpaid.contains("Tilitoimisto Kuusi Oy (accounting firm)"),
        "{unpaid}"
    );
    assert!(unpaid.contains("Oy Matkahuolto Ab (carrier)"), "{unpaid}");

    let paid =
        testing::orders::order_input("OP-2", 2, vec![testing::orders::line("Lanka", 1, 450)]);
    order::create(&db, &admin, customer.id, &paid)
        .await
        .expect("a paid order");
    register::service::review::create(
        &db,
        &admin,
        customer.id,
        &register::domain::review::ReviewInput {
            product: "Lanka".into(),
            rating: 5,
            text: "Hyvä lanka.".into(),
        },
    )
    .await
    .expect("a review");
    let (all, pdf) = recipients().await;
    assert!(all.contains("Paytrail Oyj (payment provider)"), "{all}");
    assert!(
        all.contains("Your published product reviews are shown to everyone on the webshop's product pages (the public)."),
        "{all}"
    );
    assert!(!all.contains("Mailchimp"), "never subscribed: {all}");
    assert!(pdf.contains("Paytrail Oyj (payment provider)"), "{pdf}");
}

async fn an_extract_names_only_the_carriers_the_customers_orders_went_to(db: Db) {
    let admin = shop_admin(&db).await;
    let customer = create_customer(&db, &admin, &aino()).await;
    for (number, method) in [("OP-1", "Nouto myymälästä"), ("OP-2", "DHL Express")] {
        let mut input =
            testing::orders::order_input(number, 3, vec![testing::orders::line("Lanka", 1, 450)]);
        input.carrier = method.into();
        order::create(&db, &admin, customer.id, &input)
            .await
            .expect("order");
    }
    notices::publish(&db, &admin).await.expect("published");
    let extract = extract::generate(&db, &admin, customer.id, Lang::En, None)
        .await
        .expect("extract");
    assert_eq!(extract.carriers, ["DHL Express"]);
    let recipients = shared(&extract.information, "Recipients").text();
    assert!(recipients.contains("DHL Express (carrier)"), "{recipients}");
    assert!(!recipients.contains("Posti"), "{recipients}");
    assert!(recipients.contains("Shopify International Limited (webshop platform)"));
    let unknown = processing::unknown_shipping_methods(&db, &admin)
        .await
        .expect("listed");
    assert_eq!(unknown, ["DHL Express"]);
}

async fn publishing_numbers_the_versions_and_the_settings_show_what_changed(db: Db) {
    let admin = first_admin(&db).await;
    let refused = notices::publish(&db, &admin).await;
    assert!(
        matches!(&refused, Err(ServiceError::DocumentNotReady(gaps)) if gaps.len() == 5),
        "the shop's address, phone and accountant come first: {refused:?}"
    );
    testing::documents::fill_in_organisation(&db, &admin).await;
    let refused = notices::publish(&db, &admin).await;
    assert!(
        matches!(&refused, Err(ServiceError::DocumentNotReady(gaps))
            if gaps == &[Gap::RecipientName(RecipientCategory::Accountant)]),
        "no processor goes unnamed: {refused:?}"
    );
    save(&db, &admin, |_| {}).await;
    let first = notices::publish(&db, &admin).await.expect("published");
    assert_eq!(first.version, 1);
    let state = notices::state(&db, &admin).await.expect("state");
    assert!(!state.unpublished() && state.changes.is_empty());
    let again = notices::publish(&db, &admin).await;
    assert!(
        matches!(again, Err(ServiceError::NoticeUnchanged)),
        "{again:?}"
    );
    let published = current(&db, &admin, Lang::Fi).await;
    assert!(matches!(
        published.edition,
        Edition::Published { version: 1, .. }
    ));

    save(&db, &admin, |description| {
        description.retention.idle_months = 24;
        let marketing = description
            .purposes
            .iter_mut()
            .find(|p| p.purpose == Purpose::DirectMarketing)
            .expect("listed");
        marketing.basis = LegalBasis::Consent;
    })
    .await;
    let state = notices::state(&db, &admin).await.expect("state");
    assert_eq!(
        state.changes,
        [
            Change::Basis {
                purpose: Purpose::DirectMarketing,
                before: LegalBasis::LegitimateInterest,
                after: LegalBasis::Consent,
            },
            Change::IdleMonths {
                before: 36,
                after: 24
            },
        ]
    );
    let draft = current(&db, &admin, Lang::Fi).await;
    assert!(matches!(draft.edition, Edition::Draft { .. }), "{draft:?}");
    let second = notices::publish(&db, &admin).await.expect("published");
    assert_eq!(second.version, 2);
    let versions: Vec<i32> = notices::versions(&db, &admin)
        .await
        .expect("listed")
        .iter()
        .map(|v| v.version)
        .collect();
    assert_eq!(versions, [2, 1]);
    let old = notices::document(&db, &admin, Lang::Fi, Which::Version(1))
        .await
        .expect("kept");
    let old_text = old.sections.iter().map(Section::text).collect::<String>();
    assert!(old_text.contains("36 kuukauteen"), "{old_text}");
    let new = current(&db, &admin, Lang::Fi).await;
    let new_text = new.sections.iter().map(Section::text).collect::<String>();
    assert!(new_text.contains("24 kuukauteen"), "{new_text}");
}

async fn a_published_notice_cannot_be_changed_in_the_database(db: Db) {
    let admin = shop_admin(&db).await;
    save(&db, &admin, |_| {}).await;
    notices::publish(&db, &admin).await.expect("published");
    let raw = db.raw_connection_for_tests();
    for statement in [
        "UPDATE privacy_notices SET published_by = 'someone else'",
        "DELETE FROM privacy_notices",
    ] {
        assert!(
            raw.execute_unprepared(statement).await.is_err(),
            "{statement}"
        );
    }
}

async fn an_extract_names_the_notice_in_force_on_its_date(db: Db) {
    let admin = shop_admin(&db).await;
    let customer = create_customer(&db, &admin, &aino()).await;
    testing::documents::fill_in(&db, &admin).await;
    let before = extract::generate(&db, &admin, customer.id, Lang::Fi, None).await;
    assert!(
        matches!(&before, Err(ServiceError::DocumentNotReady(gaps)) if gaps == &[Gap::NoticeNotPublished]),
        "{before:?}"
    );
    let published = notices::publish(&db, &admin).await.expect("published");
    let after = extract::generate(&db, &admin, customer.id, Lang::Fi, None)
        .await
        .expect("extract");
    assert_eq!(
        after.notice,
        NoticeVersion {
            version: 1,
            published_on: published.published_on,
            address: "https://ompelijanparatiisi.fi/tietosuoja".into(),
        }
    );
    let json: serde_json::Value =
        serde_json::from_slice(&after.to_json().expect("json")).expect("reads back");
    assert_eq!(json["notice"]["version"], 1);
    assert_eq!(
        json["notice"]["address"],
        "https://ompelijanparatiisi.fi/tietosuoja"
    );
    let text = text_of(&register::extract::pdf::render(&after).expect("pdf"));
    assert!(
        text.contains(
            "Voimassa oleva tietosuojaseloste: versio 1, julkaistu \
             {}, luettavissa osoitteessa https://ompelijanparatiisi.fi/tietosuoja."
                .replace("{}", &register::format::date_only(published.published_on))
                .as_str()
        ),
        "{text}"
    );
}

async fn two_admins_cannot_overwrite_each_others_settings(db: Db) {
    let admin = shop_admin(&db).await;
    let read_by_both = processing::get(&db, &admin).await.expect("reads");
    let mut first = read_by_both.description.clone();
    first.retention.idle_months = 24;
    processing::update(&db, &admin, read_by_both.version, &first)
        .await
        .expect("the first save goes through");
    let mut second = read_by_both.description.clone();
    second.retention.request_years = 5;
    let refused = processing::update(&db, &admin, read_by_both.version, &second).await;
    assert!(
        matches!(refused, Err(ServiceError::Conflict(_))),
        "{refused:?}"
    );
    let stored = processing::get(&db, &admin)
        .await
        .expect("reads")
        .description;
    assert_eq!(
        (stored.retention.idle_months, stored.retention.request_years),
        (24, 3)
    );

    let organisation = settings::get(&db, &admin).await.expect("reads");
    let mut input = organisation.to_input();
    input.city = "Jyväskylä".into();
    settings::update(&db, &admin, organisation.version, &input)
        .await
        .expect("saved");
    input.city = "Tampere".into();
    let refused = settings::update(&db, &admin, organisation.version, &input).await;
    assert!(
        matches!(refused, Err(ServiceError::Conflict(_))),
        "{refused:?}"
    );
    let stored = settings::get(&db, &admin).await.expect("reads");
    assert_eq!(stored.city, "Jyväskylä");
}

async fn a_description_with_problems_is_refused_with_each_problem_in_its_place(db: Db) {
    let admin = shop_admin(&db).await;
    let current = processing::get(&db, &admin).await.expect("reads");
    let mut description = current.description;
    let reporting = description
        .purposes
        .iter_mut()
        .find(|p| p.purpose == Purpose::Reporting)
        .expect("listed");
    reporting.legitimate_interest.sv.clear();
    description
        .recipients
        .push(register::domain::processing::Recipient {
            key: 99,
            name: "Cloud Oy".into(),
            category: RecipientCategory::ItServices,
            role: RecipientRole::Processor,
            transfers: vec![register::domain::processing::Transfer {
                country: "DE".into(),
                safeguard: register::domain::processing::Safeguard::StandardContractualClauses,
            }],
        });
    let index = description.recipients.len() - 1;
    let refused = processing::update(&db, &admin, current.version, &description)
        .await
        .expect_err("refused");
    let places: Vec<(Slot, Problem)> = refused
        .processing_problems()
        .iter()
        .map(|p| (p.slot, p.problem.clone()))
        .collect();
    assert_eq!(
        places,
        [
            (
                Slot::LegitimateInterest(Purpose::Reporting, Lang::Sv),
                Problem::Required
            ),
            (Slot::TransferCountry(index, 0), Problem::NotAThirdCountry),
        ]
    );
    assert_eq!(
        processing::get(&db, &admin).await.expect("reads").version,
        1,
        "nothing saved after the accountant was named"
    );
}

async fn the_voucher_purge_counts_from_the_financial_year_end_in_helsinki_time(db: Db) {
    use register::domain::consent::ErasureReason;
    use register::domain::processing::YearEnd;
    use register::service::erasure;
    let admin = shop_admin(&db).await;
    let customer = create_customer(&db, &admin, &aino()).await;
    // 1 January 2020 at 00.30 in Helsinki: an order of the year 2020.
    let mut new_year =
        testing::orders::order_input("OP-2020", 0, vec![testing::orders::line("Lanka", 1, 450)]);
    new_year.placed_at = "2019-12-31T22:30:00Z".parse().expect("a time");
    order::create(&db, &admin, customer.id, &new_year)
        .await
        .expect("order");
    erasure::erase(&db, &admin, customer.id, ErasureReason::RetentionEnded)
        .await
        .expect("erased");
    let date = |text: &str| text.parse::<chrono::NaiveDate>().expect("a date");
    let kept = erasure::purge_expired_vouchers(&db, &admin, date("2026-12-31"))
        .await
        .expect("purge");
    assert_eq!(kept, 0, "2020's vouchers are kept to the end of 2026");
    let purged = erasure::purge_expired_vouchers(&db, &admin, date("2027-01-01"))
        .await
        .expect("purge");
    assert_eq!(purged, 1);

    // A financial year from July to June: an order of August 2020 belongs to the year that
    // ended on 30 June 2021, and is kept to the end of 2027.
    save(&db, &admin, |description| {
        description.retention.financial_year_end = YearEnd { day: 30, month: 6 };
    })
    .await;
    let other = create_customer(&db, &admin, &testing::sören()).await;
    let mut august =
        testing::orders::order_input("OP-AUG", 0, vec![testing::orders::line("Lanka", 1, 450)]);
    august.placed_at = "2020-08-01T09:00:00Z".parse().expect("a time");
    order::create(&db, &admin, other.id, &august)
        .await
        .expect("order");
    erasure::erase(&db, &admin, other.id, ErasureReason::RetentionEnded)
        .await
        .expect("erased");
    let kept = erasure::purge_expired_vouchers(&db, &admin, date("2027-06-01"))
        .await
        .expect("purge");
    assert_eq!(kept, 0, "the financial year ended in 2021");
    let purged = erasure::purge_expired_vouchers(&db, &admin, date("2028-01-01"))
        .await
        .expect("purge");
    assert_eq!(purged, 1);
}

async fn the_retention_review_starts_from_the_idle_months_in_the_settings(db: Db) {
    let admin = shop_admin(&db).await;
    let policy = register::service::retention::policy(&db, &admin)
        .await
        .expect("reads");
    assert_eq!(policy.idle_months, 36);
    save(&db, &admin, |description| {
        description.retention.idle_months = 18
    })
    .await;
    let policy = register::service::retention::policy(&db, &admin)
        .await
        .expect("reads");
    assert_eq!(policy.idle_months, 18);
}

on_both_databases!(
    the_notice_gives_every_article_13_item_and_each_purpose_with_its_basis,
    the_notice_for_the_webshop_is_markdown_and_html_of_the_same_text,
    changing_a_recipient_changes_the_notice_and_the_next_extract,
    the_notice_and_the_extract_use_the_same_words,
    an_extract_names_only_the_carriers_the_customers_orders_went_to,
    an_extract_names_only_the_recipients_that_received_the_customers_data,
    publishing_numbers_the_versions_and_the_settings_show_what_changed,
    a_published_notice_cannot_be_changed_in_the_database,
    an_extract_names_the_notice_in_force_on_its_date,
    two_admins_cannot_overwrite_each_others_settings,
    a_description_with_problems_is_refused_with_each_problem_in_its_place,
    the_voucher_purge_counts_from_the_financial_year_end_in_helsinki_time,
    the_retention_review_starts_from_the_idle_months_in_the_settings,
);
