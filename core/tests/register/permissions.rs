//! the README's role table, proved pair by pair: for every role and every permission, each
//! service call guarded by that permission is allowed or refused exactly as the table says.

use register::backup_file::Passphrase;
use register::db::Db;
use register::domain::access_request::AccessRequestInput;
use register::domain::consent::ErasureReason;
use register::domain::order::{OrderInput, OrderLineInput, OrderStatus};
use register::domain::review::ReviewInput;
use register::domain::{Money, Permission, Role};
use register::i18n::Lang;
use register::save::{Existing, SaveError};
use register::service::access_request::{self, AccessRequestQuery};
use register::service::audit::AuditFilter;
use register::service::backup::{self, BackupSettingsInput};
use register::service::customer::{CustomerQuery, CustomerSort};
use register::service::order::OrderQuery;
use register::service::review::{ReviewQuery, Visibility};
use register::service::{
    PageRequest, ServiceError, Session, audit, customer, demo_data, order, report, review,
    settings, staff,
};
use register::service::{erasure, extract, marketing, notice, processing, retention};
use testing::{aino, create_customer, staff_input};

/// the README's role table, written out independently of `Role::allows`.
fn design_table(role: Role, permission: Permission) -> bool {
    use Permission::*;
    let row: [bool; 4] = match permission {
        CustomerData => [true, true, false, false],
        OrdersAndDelivery => [true, true, false, true],
        ViewReviews => [true, true, true, false],
        ModerateReviews => [true, true, false, false],
        AccessRequests => [true, true, false, false],
        NewsletterExport => [true, false, true, false],
        AggregateReports => [true, true, true, true],
        EraseCustomer => [true, false, false, false],
        Administration => [true, false, false, false],
    };
    let column = match role {
        Role::Admin => 0,
        Role::CustomerService => 1,
        Role::Marketing => 2,
        Role::Fulfilment => 3,
    };
    row[column]
}

#[test]
fn role_allows_matches_the_design_table_for_every_pair() {
    for role in Role::ALL {
        for permission in Permission::ALL {
            assert_eq!(
                role.allows(permission),
                design_table(role, permission),
                "{role} / {permission:?}"
            );
        }
    }
}

/// One guarded service call.
#[derive(Debug, Clone, Copy)]
enum Probe {
    OpenCustomer,
    SearchCustomers,
    CountCustomers,
    CreateCustomer,
    UpdateCustomer,
    CreateOrder,
    CreateReview,
    CustomerOrders,
    AllOrders,
    OpenOrder,
    CustomerReviews,
    AllReviews,
    HideReview,
    Report,
    ListStaff,
    CreateStaff,
    ResetPassword,
    UpdateSettings,
    ReadAuditLog,
    VerifyAuditLog,
    DemoData,
    LogAccessRequest,
    ListAccessRequests,
    GenerateExtract,
    ExportNewsletter,
    RetentionReview,
    EraseCustomer,
    Disclosures,
    ImportCustomers,
    ReadProcessing,
    UpdateProcessing,
    UnknownShippingMethods,
    NoticeState,
    PublishNotice,
    NoticeVersions,
    WriteNotice,
    RetentionPolicy,
    PurgeVouchers,
    RequestDocuments,
    TakeBackup,
    BackupSettings,
    SaveBackupSettings,
    ReplayErasureLedger,
    AnswerNothingHeld,
    PurgeRequests,
    FindVouchers,
    ExtractByOrder,
    RequestSystems,
    RecordSystem,
}

impl Probe {
    const ALL: [Probe; 49] = [
        Probe::OpenCustomer,
        Probe::SearchCustomers,
        Probe::CountCustomers,
        Probe::CreateCustomer,
        Probe::UpdateCustomer,
        Probe::CreateOrder,
        Probe::CreateReview,
        Probe::CustomerOrders,
        Probe::AllOrders,
        Probe::OpenOrder,
        Probe::CustomerReviews,
        Probe::AllReviews,
        Probe::HideReview,
        Probe::Report,
        Probe::ListStaff,
        Probe::CreateStaff,
        Probe::ResetPassword,
        Probe::UpdateSettings,
        Probe::ReadAuditLog,
        Probe::VerifyAuditLog,
        Probe::DemoData,
        Probe::LogAccessRequest,
        Probe::ListAccessRequests,
        Probe::GenerateExtract,
        Probe::ExportNewsletter,
        Probe::RetentionReview,
        Probe::EraseCustomer,
        Probe::Disclosures,
        Probe::ImportCustomers,
        Probe::ReadProcessing,
        Probe::UpdateProcessing,
        Probe::UnknownShippingMethods,
        Probe::NoticeState,
        Probe::PublishNotice,
        Probe::NoticeVersions,
        Probe::WriteNotice,
        Probe::RetentionPolicy,
        Probe::PurgeVouchers,
        Probe::RequestDocuments,
        Probe::AnswerNothingHeld,
        Probe::PurgeRequests,
        Probe::TakeBackup,
        Probe::BackupSettings,
        Probe::SaveBackupSettings,
        Probe::ReplayErasureLedger,
        Probe::FindVouchers,
        Probe::ExtractByOrder,
        Probe::RequestSystems,
        Probe::RecordSystem,
    ];

    fn permission(self) -> Permission {
        use Probe::*;
        match self {
            OpenCustomer | SearchCustomers | CountCustomers | CreateCustomer | UpdateCustomer
            | CreateOrder | CreateReview | ImportCustomers => Permission::CustomerData,
            CustomerOrders | AllOrders | OpenOrder | Disclosures => Permission::OrdersAndDelivery,
            CustomerReviews | AllReviews => Permission::ViewReviews,
            HideReview => Permission::ModerateReviews,
            Report => Permission::AggregateReports,
            ListStaff
            | CreateStaff
            | ResetPassword
            | UpdateSettings
            | ReadAuditLog
            | VerifyAuditLog
            | DemoData
            | ReadProcessing
            | UpdateProcessing
            | UnknownShippingMethods
            | NoticeState
            | PublishNotice
            | NoticeVersions
            | WriteNotice
            | TakeBackup
            | BackupSettings
            | SaveBackupSettings => Permission::Administration,
            LogAccessRequest | ListAccessRequests | GenerateExtract | RequestDocuments
            | AnswerNothingHeld | FindVouchers | ExtractByOrder | RequestSystems | RecordSystem => {
                Permission::AccessRequests
            }
            ExportNewsletter => Permission::NewsletterExport,
            RetentionReview | EraseCustomer | RetentionPolicy | PurgeVouchers | PurgeRequests
            | ReplayErasureLedger => Permission::EraseCustomer,
        }
    }
}

struct Fixture {
    customer_id: i32,
    order_id: i32,
    review_id: i32,
    other_staff_id: i32,
    admin: Session,
}

async fn run(
    db: &Db,
    fixture: &Fixture,
    session: &Session,
    probe: Probe,
    n: usize,
) -> Result<(), ServiceError> {
    let id = fixture.customer_id;
    let page = PageRequest::first(20);
    match probe {
        Probe::OpenCustomer => customer::get(db, session, id, &testing::why())
            .await
            .map(drop),
        Probe::SearchCustomers => {
            let query = CustomerQuery {
                text: "häkk".into(),
                sort: CustomerSort::Name,
                page,
            };
            customer::search(db, session, &query).await.map(drop)
        }
        Probe::CountCustomers => customer::count(db, session).await.map(drop),
        Probe::CreateCustomer => {
            let input = register::domain::customer::CustomerInput {
                webshop_username: format!("probe{n}"),
                ..aino()
            };
            customer::create(db, session, &input).await.map(drop)
        }
        Probe::UpdateCustomer => {
            let current = customer::get(db, &fixture.admin, id, &testing::why()).await?;
            let mut input = current.to_input();
            input.city = format!("Tampere {n}");
            customer::update(db, session, id, current.version, &input)
                .await
                .map(drop)
        }
        Probe::CreateOrder => order::create(db, session, id, &order_input(n))
            .await
            .map(drop),
        Probe::CreateReview => {
            let input = ReviewInput {
                product: "Nuppineulat".into(),
                rating: 4,
                text: "Teräviä.".into(),
            };
            review::create(db, session, id, &input).await.map(drop)
        }
        Probe::CustomerOrders => order::page_for_customer(db, session, id, page.clone())
            .await
            .map(drop),
        Probe::AllOrders => {
            let query = OrderQuery {
                number: String::new(),
                status: None,
                page,
            };
            order::list(db, session, &query).await.map(drop)
        }
        Probe::OpenOrder => order::get(db, session, fixture.order_id).await.map(drop),
        Probe::CustomerReviews => review::list_for_customer(db, session, id).await.map(drop),
        Probe::AllReviews => {
            let query = ReviewQuery {
                visibility: Visibility::All,
                page,
            };
            review::list(db, session, &query).await.map(drop)
        }
        Probe::HideReview => review::set_visible(db, session, fixture.review_id, false)
            .await
            .map(drop),
        Probe::Report => report::summary(db, session).await.map(drop),
        Probe::ListStaff => staff::list(db, session).await.map(drop),
        Probe::CreateStaff => staff::create(
            db,
            session,
            &staff_input(&format!("uusi{n}"), Role::Marketing),
        )
        .await
        .map(drop),
        Probe::ResetPassword => {
            staff::reset_password(db, session, fixture.other_staff_id, "toinen pitkä salasana")
                .await
        }
        Probe::UpdateSettings => {
            let current = settings::get(db, session).await?;
            let mut input = current.to_input();
            input.city = format!("Jyväskylä {n}");
            settings::update(db, session, current.version, &input)
                .await
                .map(drop)
        }
        Probe::ReadProcessing => processing::get(db, session).await.map(drop),
        Probe::UpdateProcessing => {
            let current = processing::get(db, &fixture.admin).await?;
            let mut description = current.description;
            description.retention.idle_months = 12 + (n % 100) as u32;
            processing::update(db, session, current.version, &description)
                .await
                .map(drop)
        }
        Probe::UnknownShippingMethods => processing::unknown_shipping_methods(db, session)
            .await
            .map(drop),
        Probe::NoticeState => notice::state(db, session).await.map(drop),
        Probe::PublishNotice => {
            // Something new to publish each time, saved by the admin.
            let current = processing::get(db, &fixture.admin).await?;
            let mut description = current.description;
            description.retention.request_years = 1 + (n % 20) as u32;
            processing::update(db, &fixture.admin, current.version, &description).await?;
            notice::publish(db, session).await.map(drop)
        }
        Probe::NoticeVersions => notice::versions(db, session).await.map(drop),
        Probe::WriteNotice => notice::document(db, session, Lang::Sv, notice::Which::Current)
            .await
            .map(drop),
        Probe::RetentionPolicy => retention::policy(db, session).await.map(drop),
        Probe::RequestDocuments => access_request::documents(db, session, 1).await.map(drop),
        Probe::AnswerNothingHeld => {
            // Each attempt answers a request of its own, logged by the admin.
            let input = AccessRequestInput {
                requester_name: "Tuntematon".into(),
                received_on: chrono::Utc::now().format("%d.%m.%Y").to_string(),
                ..AccessRequestInput::default()
            };
            let request = access_request::log(db, &fixture.admin, &input).await?;
            let request = testing::requests::searched_everywhere(db, &fixture.admin, request).await;
            access_request::answer_nothing_held(db, session, request.id, request.version, Lang::Fi)
                .await
                .map(drop)
        }
        Probe::PurgeRequests => {
            access_request::purge_expired(db, session, chrono::Utc::now().date_naive())
                .await
                .map(drop)
        }
        Probe::PurgeVouchers => {
            erasure::purge_expired_vouchers(db, session, chrono::Utc::now().date_naive())
                .await
                .map(drop)
        }
        Probe::TakeBackup => {
            let dir = tempfile::tempdir().expect("dir");
            let out = dir.path().join(format!("varmuuskopio-{n}.arb"));
            let passphrase = Passphrase::new("neula ja lanka kesällä".into()).expect("long");
            match backup::take(db, session, &out, Some(&passphrase), Existing::Keep).await {
                Ok(_) => Ok(()),
                // Allowed, and then told that PostgreSQL takes its own backups.
                Err(SaveError::Service(error))
                    if matches!(*error, ServiceError::BackupOnPostgres) =>
                {
                    Ok(())
                }
                Err(SaveError::Service(error)) => match &*error {
                    ServiceError::Forbidden(permission) => {
                        Err(ServiceError::Forbidden(*permission))
                    }
                    other => panic!("backup failed: {other}"),
                },
                Err(other) => panic!("backup failed: {other}"),
            }
        }
        Probe::BackupSettings => backup::settings(db, session).await.map(drop),
        Probe::SaveBackupSettings => {
            let current = backup::settings(db, &fixture.admin).await?;
            let input = BackupSettingsInput {
                folder: None,
                keep_daily: 7,
                keep_monthly: 12,
                warn_after_days: 7,
            };
            backup::save_settings(db, session, &input, current.version)
                .await
                .map(drop)
        }
        Probe::ReplayErasureLedger => {
            let dir = tempfile::tempdir().expect("dir");
            let ledger = dir.path().join("erasure-ledger.jsonl");
            std::fs::write(&ledger, "").expect("an empty ledger");
            backup::replay_ledger(db, session, &ledger, None)
                .await
                .map(drop)
        }
        Probe::ReadAuditLog => audit::list(db, session, &AuditFilter::default(), page)
            .await
            .map(drop),
        Probe::VerifyAuditLog => audit::verify(db, session).await.map(drop),
        Probe::DemoData => demo_data::generate(
            db,
            session,
            &demo_data::DemoPlan {
                customers: 1,
                seed: n as u64,
                heavy_every: None,
            },
            &mut |_| {},
        )
        .await
        .map(drop),
        Probe::LogAccessRequest => {
            let input = AccessRequestInput {
                requester_name: "Aino Häkkinen".into(),
                received_on: chrono::Utc::now().format("%d.%m.%Y").to_string(),
                customer_id: Some(id),
                ..AccessRequestInput::default()
            };
            access_request::log(db, session, &input).await.map(drop)
        }
        Probe::ListAccessRequests => {
            let query = AccessRequestQuery {
                open_only: true,
                page,
            };
            access_request::list(db, session, &query).await.map(drop)
        }
        Probe::GenerateExtract => extract::generate(db, session, id, Lang::Fi, None)
            .await
            .map(drop),
        Probe::RequestSystems => access_request::systems(db, session, 1).await.map(drop),
        Probe::RecordSystem => {
            let input = AccessRequestInput {
                requester_name: "Tuntematon".into(),
                received_on: chrono::Utc::now().format("%d.%m.%Y").to_string(),
                ..AccessRequestInput::default()
            };
            let request = access_request::log(db, &fixture.admin, &input).await?;
            access_request::record_system(
                db,
                session,
                request.id,
                request.version,
                register::domain::other_systems::EMAIL,
                Some(register::domain::other_systems::Searched::NothingFound),
                "",
            )
            .await
            .map(drop)
        }
        Probe::FindVouchers => register::service::vouchers::find(db, session, "OP-1")
            .await
            .map(drop),
        Probe::ExtractByOrder => {
            let number = order::get(db, &fixture.admin, fixture.order_id)
                .await?
                .order_number;
            extract::subject_by_order(db, session, &number)
                .await
                .map(drop)
        }
        Probe::ExportNewsletter => {
            marketing::newsletter_recipients_csv(db, session, &mut Vec::new())
                .await
                .map(drop)
        }
        Probe::RetentionReview => retention::candidates(db, session, 36, chrono::Utc::now(), page)
            .await
            .map(drop),
        Probe::Disclosures => order::disclosures(db, session, id).await.map(drop),
        Probe::ImportCustomers => {
            let csv = testing::shopify::file(&[format!(
                "{n},Aino,Häkkinen,tuonti{n}@example.com,no,,,,,,FI,,,,no,0,0,,no,,x"
            )]);
            register::service::import::shopify_customers(db, session, &csv, false, &|_, _| {})
                .await
                .map(drop)
        }
        Probe::EraseCustomer => {
            // Each allowed attempt erases a customer of its own.
            let input = register::domain::customer::CustomerInput {
                webshop_username: format!("erase{n}"),
                ..aino()
            };
            let victim = customer::create(db, &fixture.admin, &input).await?;
            erasure::erase(db, session, victim.id, ErasureReason::Other)
                .await
                .map(drop)
        }
    }
}

fn order_input(n: usize) -> OrderInput {
    OrderInput {
        order_number: format!("PUH-{n}"),
        placed_at: chrono::Utc::now(),
        status: OrderStatus::Received,
        carrier: "Posti".into(),
        delivery_name: "Aino Häkkinen".into(),
        delivery_street_address: "Kangaskuja 3 B 12".into(),
        delivery_postal_code: "40100".into(),
        delivery_city: "Jyväskylä".into(),
        delivery_country: "FI".into(),
        lines: vec![OrderLineInput {
            product: "Vetoketju".into(),
            quantity: 2,
            unit_price: Money::from_cents(195),
            vat_rate_basis_points: 2550,
        }],
    }
}

async fn every_guarded_call_follows_the_design_table(db: Db) {
    let staff = testing::staff(&db).await;
    let created = create_customer(&db, &staff.admin, &aino()).await;
    let review = review::create(
        &db,
        &staff.admin,
        created.id,
        &ReviewInput {
            product: "Kangassakset".into(),
            rating: 5,
            text: "Leikkaavat hyvin.".into(),
        },
    )
    .await
    .expect("review");
    let placed = order::create(&db, &staff.admin, created.id, &order_input(0))
        .await
        .expect("order");
    let fixture = Fixture {
        customer_id: created.id,
        order_id: placed.id,
        review_id: review.id,
        other_staff_id: staff.marketing.staff_id(),
        admin: staff.admin.clone(),
    };
    let mut n = 1;
    let mut covered = std::collections::HashSet::new();
    for probe in Probe::ALL {
        for role in Role::ALL {
            n += 1;
            covered.insert(probe.permission());
            let result = run(&db, &fixture, staff.session(role), probe, n).await;
            if design_table(role, probe.permission()) {
                assert!(
                    result.is_ok(),
                    "{role} must be allowed {probe:?}: {result:?}"
                );
            } else {
                assert!(
                    matches!(result, Err(ServiceError::Forbidden(p)) if p == probe.permission()),
                    "{role} must be refused {probe:?}: {result:?}"
                );
            }
        }
    }
    for permission in Permission::ALL {
        assert!(covered.contains(&permission), "no probe for {permission:?}");
    }
}

on_both_databases!(every_guarded_call_follows_the_design_table);
