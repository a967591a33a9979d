//! the README's role table, proved pair by pair: for every role and every permission, each
//! service call guarded by that permission is allowed or refused exactly as the table says.

mod api;
mod probes;

use register::db::Db;
use register::domain::consent::ErasureReason;
use register::domain::review::ReviewInput;
use register::domain::{Permission, Role};
use register::service::backup::{self, BackupSettingsInput};
use register::service::{ServiceError, Session, erasure, order, review, staff};
use testing::{aino, create_customer, staff_input};

use probes::{Ctx, Fixture, Guard, Probe};

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

async fn fixture(db: &Db, admin: &Session) -> Fixture {
    // An email of its own: the probes that create customers give them Aino's.
    let fixture_customer = register::domain::customer::CustomerInput {
        webshop_username: "kiintea".into(),
        email: "aino.kiintea@example.com".into(),
        ..aino()
    };
    let created = create_customer(db, admin, &fixture_customer).await;
    let review = review::create(
        db,
        admin,
        created.id,
        &ReviewInput {
            product: "Kangassakset".into(),
            rating: 5,
            text: "Leikkaavat hyvin.".into(),
        },
    )
    .await
    .expect("review");
    let order_line = || vec![testing::orders::line("Vetoketju", 2, 195)];
    let placed = order::create(
        db,
        admin,
        created.id,
        &testing::orders::order_input("PUH-0", 1, order_line()),
    )
    .await
    .expect("order");
    let other = staff::create(db, admin, &staff_input("kohde", Role::Marketing))
        .await
        .expect("an account to change");
    // The folder first, so that the erasure's ledger line is written there.
    let backup_folder = tempfile::tempdir().expect("a backup folder");
    let current = backup::settings(db, admin).await.expect("backup settings");
    let input = BackupSettingsInput {
        folder: Some(backup_folder.path().to_owned()),
        keep_daily: 7,
        keep_monthly: 12,
        warn_after_days: 7,
    };
    backup::save_settings(db, admin, &input, current.version)
        .await
        .expect("the backup folder set");
    let erased = create_customer(
        db,
        admin,
        &register::domain::customer::CustomerInput {
            webshop_username: "poistettu".into(),
            email: "poistettu@example.com".into(),
            ..aino()
        },
    )
    .await;
    order::create(
        db,
        admin,
        erased.id,
        &testing::orders::order_input("PUH-ERASED", 2, order_line()),
    )
    .await
    .expect("a voucher to keep");
    erasure::erase(db, admin, erased.id, ErasureReason::Other)
        .await
        .expect("erased");
    Fixture {
        admin: admin.clone(),
        customer_id: created.id,
        customer_email: created.email.clone().unwrap_or_default(),
        order_id: placed.id,
        review_id: review.id,
        other_staff_id: other.id,
        erased_number: erased.id,
        backup_folder,
    }
}

async fn every_service_call_follows_the_design_table(db: Db) {
    let staff = testing::staff(&db).await;
    let fixture = fixture(&db, &staff.admin).await;
    let mut n = 1;
    let mut covered = std::collections::HashSet::new();
    for probe in Probe::ALL {
        for role in Role::ALL {
            n += 1;
            let c = Ctx {
                db: &db,
                fixture: &fixture,
                session: staff.session(role),
                n,
            };
            let result = probe.run(&c).await;
            match probe.guard() {
                Guard::Needs(permission) => {
                    covered.insert(permission);
                    if design_table(role, permission) {
                        assert!(
                            result.is_ok(),
                            "{role} must be allowed {probe:?}: {result:?}"
                        );
                    } else {
                        assert!(
                            matches!(result, Err(ServiceError::Forbidden(p)) if p == permission),
                            "{role} must be refused {probe:?}: {result:?}"
                        );
                    }
                }
                Guard::AnyStaff => {
                    assert!(
                        result.is_ok(),
                        "{role} must be allowed {probe:?}: {result:?}"
                    )
                }
            }
        }
    }
    for permission in Permission::ALL {
        assert!(covered.contains(&permission), "no probe for {permission:?}");
    }
}

on_both_databases!(every_service_call_follows_the_design_table);
