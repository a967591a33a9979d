//! Test support: a fresh register on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL
//! (one schema per test, dropped afterwards), with a logged-in session for every role.

pub mod backups;
pub mod documents;
pub mod file_times;
pub mod orders;
pub mod requests;
pub mod shopify;
pub mod translation;

use std::sync::atomic::{AtomicU32, Ordering};

use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::domain::Role;
use register::domain::consultation::{Purpose, Why};
use register::domain::customer::CustomerInput;
use register::domain::staff::StaffInput;
use register::service::{Session, auth, customer, staff};
use sea_orm::{ConnectionTrait, Database};

pub const PASSWORD: &str = "oikein pitkä salasana";

pub enum Backend {
    Sqlite(tempfile::TempDir),
    Postgres { admin_url: String, schema: String },
}

pub struct TestDb {
    pub db: Db,
    pub backend: Backend,
}

/// Generates, for each named `async fn(Db)`, a module with a `sqlite` and a `postgres` test.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let test_db = $crate::TestDb::sqlite().await;
                    super::$name(test_db.db.clone()).await;
                    test_db.finish().await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let Some(test_db) = $crate::TestDb::postgres().await else {
                        return;
                    };
                    super::$name(test_db.db.clone()).await;
                    test_db.finish().await;
                }
            }
        )+
    };
}

static SCHEMA_COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let location = DatabaseLocation::Sqlite(dir.path().join("register.sqlite3"));
        let db = db::connect(&location).await.expect("SQLite register opens");
        Self {
            db,
            backend: Backend::Sqlite(dir),
        }
    }

    /// `None` (the test is skipped) when TEST_DATABASE_URL is unset, except in CI, where the
    /// PostgreSQL half of the suite must run.
    pub async fn postgres() -> Option<Self> {
        let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must run the service tests on PostgreSQL: set TEST_DATABASE_URL"
            );
            eprintln!("TEST_DATABASE_URL is not set: skipping the PostgreSQL run");
            return None;
        };
        let schema = format!(
            "t_{}_{}_{}",
            std::process::id(),
            SCHEMA_COUNTER.fetch_add(1, Ordering::Relaxed),
            chrono::Utc::now().timestamp_micros()
        );
        let admin = Database::connect(&admin_url)
            .await
            .expect("PostgreSQL reachable");
        admin
            .execute_unprepared(&format!("CREATE SCHEMA {schema}"))
            .await
            .expect("test schema created");
        admin.close().await.expect("closes");
        let separator = if admin_url.contains('?') { '&' } else { '?' };
        let url = format!("{admin_url}{separator}options=-c%20search_path%3D{schema}");
        let db = db::connect(&DatabaseLocation::Postgres(url))
            .await
            .expect("PostgreSQL register opens");
        Some(Self {
            db,
            backend: Backend::Postgres { admin_url, schema },
        })
    }

    /// Opens the same register again, as another process would.
    pub async fn reopen(&self) -> Result<Db, sea_orm::DbErr> {
        let location = match &self.backend {
            Backend::Sqlite(dir) => DatabaseLocation::Sqlite(dir.path().join("register.sqlite3")),
            Backend::Postgres { admin_url, schema } => {
                let separator = if admin_url.contains('?') { '&' } else { '?' };
                DatabaseLocation::Postgres(format!(
                    "{admin_url}{separator}options=-c%20search_path%3D{schema}"
                ))
            }
        };
        db::connect(&location).await
    }

    pub async fn finish(self) {
        self.db.close().await.expect("closes");
        if let Backend::Postgres { admin_url, schema } = self.backend {
            let admin = Database::connect(&admin_url)
                .await
                .expect("PostgreSQL reachable");
            admin
                .execute_unprepared(&format!("DROP SCHEMA {schema} CASCADE"))
                .await
                .expect("test schema dropped");
            admin.close().await.expect("closes");
        }
    }
}

/// One logged-in session per role, the admin being the register's first account.
pub struct Staff {
    pub admin: Session,
    pub customer_service: Session,
    pub marketing: Session,
    pub fulfilment: Session,
}

impl Staff {
    pub fn session(&self, role: Role) -> &Session {
        match role {
            Role::Admin => &self.admin,
            Role::CustomerService => &self.customer_service,
            Role::Marketing => &self.marketing,
            Role::Fulfilment => &self.fulfilment,
        }
    }
}

pub fn staff_input(username: &str, role: Role) -> StaffInput {
    StaffInput {
        username: username.to_owned(),
        display_name: format!("Test {username}"),
        role: role.as_str().to_owned(),
        password: PASSWORD.to_owned(),
    }
}

/// A Finnish postal address as the request intake takes it.
pub fn address(
    street: &str,
    postal_code: &str,
    city: &str,
) -> register::domain::postal_address::PostalAddressInput {
    register::domain::postal_address::PostalAddressInput {
        street: street.into(),
        postal_code: postal_code.into(),
        city: city.into(),
        country: "FI".into(),
    }
}

/// The one-time password the admin gives the tests' accounts, which their owners replace with
/// [`PASSWORD`] at the first login.
pub const ONE_TIME_PASSWORD: &str = "kertakäyttöinen salasana";

/// An account an admin made, whose owner has logged in once and chosen [`PASSWORD`].
pub async fn create_staff(
    db: &Db,
    admin: &Session,
    username: &str,
    role: Role,
) -> staff::StaffAccount {
    let input = StaffInput {
        password: ONE_TIME_PASSWORD.to_owned(),
        ..staff_input(username, role)
    };
    let account = staff::create(db, admin, &input)
        .await
        .expect("staff account created");
    auth::login_with_new_password(db, username, ONE_TIME_PASSWORD, PASSWORD)
        .await
        .expect("its owner chooses their own password");
    account
}

pub async fn first_admin(db: &Db) -> Session {
    staff::create_first_admin(db, &staff_input("paakayttaja", Role::Admin))
        .await
        .expect("first admin created")
}

/// The first admin of a register whose settings are ready for customer documents: the shop's
/// details filled in, the accountant named and the notice published (`documents::ready`).
pub async fn ready_admin(db: &Db) -> Session {
    let admin = first_admin(db).await;
    documents::ready(db, &admin).await;
    admin
}

/// A session for every role, on a register whose settings are ready for customer documents.
pub async fn staff(db: &Db) -> Staff {
    let admin = ready_admin(db).await;
    let mut sessions = Vec::new();
    for (username, role) in [
        ("asiakaspalvelu", Role::CustomerService),
        ("markkinointi", Role::Marketing),
        ("lahettamo", Role::Fulfilment),
    ] {
        create_staff(db, &admin, username, role).await;
        sessions.push(auth::login(db, username, PASSWORD).await.expect("logs in"));
    }
    let [customer_service, marketing, fulfilment]: [Session; 3] =
        sessions.try_into().expect("three sessions");
    Staff {
        admin,
        customer_service,
        marketing,
        fulfilment,
    }
}

/// Why a test opens a customer: customer service, as staff would choose it.
pub fn why() -> Why {
    Why::new(Purpose::CustomerService).expect("customer service needs no words")
}

pub fn aino() -> CustomerInput {
    CustomerInput {
        first_name: "Aino".into(),
        last_name: "Häkkinen".into(),
        email: "aino.hakkinen@example.com".into(),
        phone: "040 765 4321".into(),
        street_address: "Kangaskuja 3 B 12".into(),
        postal_code: "40100".into(),
        city: "Jyväskylä".into(),
        country: "FI".into(),
        newsletter: true,
        webshop_username: "ainoh".into(),
        company_name: String::new(),
        vat_id: String::new(),
    }
}

pub fn sören() -> CustomerInput {
    CustomerInput {
        first_name: "Sören".into(),
        last_name: "Åkerlund".into(),
        email: "soren.akerlund@example.net".into(),
        phone: "+358 50 123 4567".into(),
        street_address: "Storagatan 5".into(),
        postal_code: "22100".into(),
        city: "Mariehamn".into(),
        country: "AX".into(),
        newsletter: false,
        webshop_username: String::new(),
        company_name: "Sömnad Åberg Ab".into(),
        vat_id: "FI26313574".into(),
    }
}

pub async fn create_customer(
    db: &Db,
    session: &Session,
    input: &CustomerInput,
) -> customer::Customer {
    customer::create(db, session, input)
        .await
        .expect("customer created")
}

/// The newsletter recipients export as text.
pub async fn newsletter_csv(db: &Db, session: &Session) -> String {
    let mut csv = Vec::new();
    register::service::marketing::newsletter_recipients_csv(db, session, &mut csv)
        .await
        .expect("export");
    String::from_utf8(csv).expect("UTF-8")
}

/// The audit events whose action starts with `prefix`, newest first (the first 100).
pub async fn audit_events(
    db: &Db,
    admin: &Session,
    prefix: &str,
) -> Vec<register::service::audit::AuditEntry> {
    let filter = register::service::audit::AuditFilter {
        action_prefix: Some(prefix.to_owned()),
        ..Default::default()
    };
    register::service::audit::list(
        db,
        admin,
        &filter,
        register::service::PageRequest::first(100),
    )
    .await
    .expect("audit log")
    .items
}
