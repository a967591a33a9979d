//! The command line: each command is a thin call into the services. Scripts depend on the
//! commands, their options and the exit codes (0 done, 1 failed, 2 usage), so they stay stable.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use register::audit_anchor;
use register::config::DatabaseLocation;
use register::db::{self, Db};
use register::deployment;
use register::domain::consent::ErasureReason;
use register::domain::staff::StaffInput;
use register::format;
use register::i18n::Lang;
use register::import::Source;
use register::notice::Edition;
use register::notice::Format;
use register::save;
use register::service::audit::BrokenReason;
use register::service::demo_data::DemoPlan;
use register::service::notice::{self, Which};
use register::service::{
    ServiceError, Session, access_request, auth, demo_data, erasure, extract, import, staff,
};

#[derive(Debug, Parser)]
#[command(
    name = "asiakasrekisteri",
    version,
    about = "Customer register of Ompelijan paratiisi"
)]
pub struct Cli {
    /// Database URL: sqlite://FILE or postgres://USER@HOST/DATABASE. Default: a SQLite file in
    /// the user's data directory.
    #[arg(
        long,
        global = true,
        env = "ASIAKASREKISTERI_DATABASE_URL",
        value_name = "URL"
    )]
    pub database: Option<String>,

    /// Act as this staff user; the password comes from ASIAKASREKISTERI_PASSWORD or a prompt.
    #[arg(long = "as", global = true, value_name = "USERNAME")]
    pub as_user: Option<String>,

    /// Lock the app after this many minutes without activity.
    #[arg(long, global = true, env = "ASIAKASREKISTERI_LOCK_AFTER", value_name = "MINUTES",
          default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=480))]
    pub lock_after: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database or bring its schema up to date; on PostgreSQL, also print the
    /// SQL that creates the role the workstations connect as.
    Init,
    /// Manage staff accounts.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// Add fictional customers with orders and reviews.
    DemoData {
        #[arg(long, default_value_t = 200)]
        customers: u64,
        /// The same seed gives the same customers.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Give one customer in this many 1,000 orders (a long-time business customer).
        #[arg(long)]
        heavy_every: Option<u64>,
    },
    /// Write a customer's register extract as PDF (and JSON), in answer to an access request.
    Extract {
        /// The customer number.
        #[arg(long, required_unless_present = "email", conflicts_with = "email")]
        customer: Option<i32>,
        /// The customer's email address, instead of the number.
        #[arg(long)]
        email: Option<String>,
        /// The extract's language: fi, sv or en.
        #[arg(long, value_parser = ["fi", "sv", "en"])]
        lang: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Also write the machine-readable copy.
        #[arg(long, value_name = "FILE.json")]
        json: Option<PathBuf>,
        /// The access request this answers; it is marked answered with the PDF's SHA-256.
        #[arg(long, value_name = "ID")]
        request: Option<i32>,
    },
    /// Write the privacy notice (tietosuojaseloste) from the settings: a PDF, and Markdown or
    /// HTML to paste into the webshop.
    Notice {
        /// The notice's language: fi, sv or en.
        #[arg(long, value_parser = ["fi", "sv", "en"])]
        lang: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_name = "FILE.md")]
        markdown: Option<PathBuf>,
        #[arg(long, value_name = "FILE.html")]
        html: Option<PathBuf>,
        /// Publish the settings as they stand as the next numbered version first.
        #[arg(long, conflicts_with = "version")]
        publish: bool,
        /// A published version, word for word as it was published.
        #[arg(long, value_name = "N")]
        version: Option<i32>,
    },
    /// Bring in data exported from the webshop.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// End a customer relationship: erase the person; the order vouchers bookkeeping requires
    /// stay, without name or address.
    Erase {
        #[arg(long)]
        customer: i32,
        /// customer-request, retention-ended or other
        #[arg(long, default_value = "customer-request", value_parser = ["customer-request", "retention-ended", "other"])]
        reason: String,
    },
    /// Check the audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Create a staff account. On a register with no staff it creates the first admin.
    Add {
        #[arg(long)]
        username: String,
        /// admin, customer-service, marketing or fulfilment
        #[arg(long)]
        role: String,
        /// The name shown in the app; the username if not given.
        #[arg(long)]
        display_name: Option<String>,
        /// Read the new account's password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Shopify's customers export (CSV). Re-importing updates instead of duplicating.
    ShopifyCustomers {
        file: PathBuf,
        /// Report what would change without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Shopify's orders export (CSV), after the customers.
    ShopifyOrders {
        file: PathBuf,
        /// Report what would change without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the hash chain and report the first broken link; check it against every
    /// head that earlier checks wrote to the anchor file outside the database, and write
    /// the head just checked there.
    Verify {
        /// The anchor file (default: one per register in the user's data folder). Keeping
        /// it, or a copy, off this computer catches even whoever can rewrite the database.
        #[arg(long)]
        anchor: Option<PathBuf>,
    },
}

const PASSWORD_VARIABLE: &str = "ASIAKASREKISTERI_PASSWORD";

/// Runs one command and returns what to print on success.
pub async fn run(cli: Cli, command: Command) -> Result<String, String> {
    let location = DatabaseLocation::resolve(cli.database.as_deref()).map_err(|e| e.to_string())?;
    let db = db::connect(&location)
        .await
        .map_err(|e| format!("cannot open the register at {}: {e}", location.describe()))?;
    let outcome = match command {
        Command::Init => {
            let ready = format!("The register at {} is ready.", location.describe());
            match deployment::app_role_sql(&db, deployment::APP_ROLE).await {
                Ok(Some(sql)) => Ok(format!(
                    "{ready}\nThe workstations should connect as a role that can only read \
                     and write the register's rows. To create it, run as this schema's owner:\n\n{sql}"
                )),
                Ok(None) => Ok(ready),
                Err(error) => Err(error.to_string()),
            }
        }
        Command::Staff {
            command:
                StaffCommand::Add {
                    username,
                    role,
                    display_name,
                    password_stdin,
                },
        } => {
            let input = StaffInput {
                display_name: display_name.unwrap_or_else(|| username.clone()),
                username,
                role,
                password: new_password(password_stdin)?,
            };
            add_staff(&db, cli.as_user.as_deref(), &input).await
        }
        Command::DemoData {
            customers,
            seed,
            heavy_every,
        } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            let plan = DemoPlan {
                customers,
                seed,
                heavy_every,
            };
            let summary = demo_data::generate(&db, &session, &plan, &mut |_| {})
                .await
                .map_err(|e| e.to_string())?;
            Ok(format!(
                "Added {} fictional customers with {} orders and {} reviews.",
                summary.customers, summary.orders, summary.reviews
            ))
        }
        Command::Extract {
            customer,
            email,
            lang,
            out,
            json,
            request,
        } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            let target = ExtractTarget {
                customer,
                email,
                lang: Lang::from_id(&lang).unwrap_or_default(),
                out,
                json,
                request,
            };
            write_extract(&db, &session, target).await
        }
        Command::Notice {
            lang,
            out,
            markdown,
            html,
            publish,
            version,
        } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            let target = NoticeTarget {
                lang: Lang::from_id(&lang).unwrap_or_default(),
                pdf: out,
                markdown,
                html,
                publish,
                version,
            };
            write_notice(&db, &session, target).await
        }
        Command::Import { command } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            let (file, dry_run, orders) = match command {
                ImportCommand::ShopifyCustomers { file, dry_run } => (file, dry_run, false),
                ImportCommand::ShopifyOrders { file, dry_run } => (file, dry_run, true),
            };
            let source = std::fs::File::open(&file)
                .and_then(Source::file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let report = if orders {
                import::shopify_orders(&db, &session, source, dry_run, &|_, _| {}).await
            } else {
                import::shopify_customers(&db, &session, source, dry_run, &|_, _| {}).await
            }
            .map_err(|e| e.to_string())?;
            Ok(import_summary(&report))
        }
        Command::Erase { customer, reason } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            let reason: ErasureReason = reason.parse()?;
            let erased = erasure::erase(&db, &session, customer, reason)
                .await
                .map_err(|e| e.to_string())?;
            Ok(format!(
                "Erased customer {customer}: {} orders kept as bookkeeping vouchers without name or address, {} reviews deleted.",
                erased.orders_anonymised, erased.reviews_deleted
            ))
        }
        Command::Audit {
            command: AuditCommand::Verify { anchor },
        } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            let path = match anchor {
                Some(path) => path,
                None => audit_anchor::default_path(&location).map_err(|e| e.to_string())?,
            };
            let anchored = audit_anchor::verify(&db, &session, &path)
                .await
                .map_err(|e| e.to_string())?;
            let verification = &anchored.verification;
            match &verification.first_broken {
                None if anchored.holds() => Ok(format!(
                    "The audit trail is intact: {} events checked.\n{}",
                    verification.events_checked,
                    anchor_report(&anchored)
                )),
                None => Err(anchor_report(&anchored)),
                Some(link) => Err(format!(
                    "the audit trail is broken at event {}: {}",
                    link.seq,
                    match link.reason {
                        BrokenReason::ContentsChanged => "its contents were changed",
                        BrokenReason::LinkBroken => "it does not follow the event before it",
                        BrokenReason::Missing => "events before it are missing",
                        BrokenReason::Truncated => "events were removed from the end",
                    }
                )),
            }
        }
    };
    // Closing flushes SQLite's WAL; a failure to close does not undo what was done.
    let _ = db.close().await;
    outcome
}

/// What the anchor check found, in a sentence or two.
fn anchor_report(anchored: &audit_anchor::Anchored) -> String {
    let file = anchored.path.display();
    if let Some((anchor, now)) = anchored.broken.first() {
        let at = format::date_time(anchor.verified_at);
        let found = match now {
            Some(_) => "has another hash now",
            None => "is gone",
        };
        return format!(
            "the audit trail was rewritten: event {} {found}, but the check of {at} wrote its \
             hash to the anchor {file} ({} of {} anchored heads differ)",
            anchor.seq,
            anchored.broken.len(),
            anchored.anchors_checked
        );
    }
    let checked = match anchored.anchors_checked {
        0 => format!("Anchor {file}: no earlier heads to check yet."),
        n => format!("Anchor {file}: all {n} earlier heads found unchanged."),
    };
    match &anchored.recorded {
        Some(anchor) => format!(
            "{checked} The head (event {}) was written there.",
            anchor.seq
        ),
        None => checked,
    }
}

struct ExtractTarget {
    customer: Option<i32>,
    email: Option<String>,
    lang: Lang,
    out: PathBuf,
    json: Option<PathBuf>,
    request: Option<i32>,
}

async fn write_extract(
    db: &Db,
    session: &Session,
    target: ExtractTarget,
) -> Result<String, String> {
    let fail = |e: ServiceError| e.to_string();
    let customer_id = match (target.customer, target.email.as_deref()) {
        (Some(id), _) => id,
        (None, Some(email)) => extract::customer_by_email(db, session, email)
            .await
            .map_err(fail)?,
        (None, None) => return Err("give --customer ID or --email E".into()),
    };
    let request = match target.request {
        Some(id) => Some(access_request::get(db, session, id).await.map_err(fail)?),
        None => None,
    };
    let saved = save::extract(
        db,
        session,
        save::Target {
            customer_id,
            lang: target.lang,
            request: request.as_ref(),
            pdf: &target.out,
            json: target.json.as_deref(),
            // Nobody was asked: a file in the way is refused, never replaced.
            existing: save::Existing::Keep,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    let letter = saved
        .covering_letter
        .map(|path| format!(" and its covering letter to {}", path.display()))
        .unwrap_or_default();
    Ok(format!(
        "Wrote the register extract {} to {} (SHA-256 {}){letter}.",
        saved.reference,
        saved.path.display(),
        saved.sha256
    ))
}

struct NoticeTarget {
    lang: Lang,
    pdf: PathBuf,
    markdown: Option<PathBuf>,
    html: Option<PathBuf>,
    publish: bool,
    version: Option<i32>,
}

async fn write_notice(db: &Db, session: &Session, target: NoticeTarget) -> Result<String, String> {
    if target.publish {
        let published = notice::publish(db, session)
            .await
            .map_err(|e| e.to_string())?;
        eprintln!(
            "Published the privacy notice as version {}.",
            published.version
        );
    }
    let which = target.version.map_or(Which::Current, Which::Version);
    let mut files = vec![(Format::Pdf, target.pdf.as_path())];
    files.extend(
        target
            .markdown
            .as_deref()
            .map(|path| (Format::Markdown, path)),
    );
    files.extend(target.html.as_deref().map(|path| (Format::Html, path)));
    let written = register::save::notice(
        db,
        session,
        target.lang,
        which,
        &files,
        save::Existing::Keep,
    )
    .await
    .map_err(|e| e.to_string())?;
    let paths: Vec<String> = files.iter().map(|(_, p)| p.display().to_string()).collect();
    Ok(match written.edition {
        Edition::Published { version, on } => format!(
            "Wrote the privacy notice, version {version} of {}, to {}.",
            format::date_only(on),
            paths.join(", ")
        ),
        Edition::Draft { .. } => format!(
            "Wrote a DRAFT of the privacy notice to {}: it has not been published as it stands. \
             Publish it with --publish.",
            paths.join(", ")
        ),
    })
}

/// One line of counts, then one line per rejected row or value (row, field and reason), the
/// values kept as written to check, and for a dry run one line per change it would make.
fn import_summary(report: &import::ImportReport) -> String {
    let mut lines = vec![format!(
        "{}{} added, {} updated, {} unchanged, {} rejected rows.",
        if report.dry_run {
            "Dry run, nothing written: "
        } else {
            ""
        },
        report.added,
        report.updated,
        report.unchanged,
        report.rejected_rows()
    )];
    if let Some(newest) = report.older_than_imported {
        lines.push(format!(
            "Warning: the file is older than the newest one already imported (modified {}); it may hold older data.",
            format::date_time(newest)
        ));
    }
    lines.extend(
        report
            .rejected
            .iter()
            .map(|r| format!("row {}: {} {}", r.row, r.field, r.problem)),
    );
    if !report.to_check.is_empty() {
        lines.push(format!(
            "Values kept as written, their customers marked to check: {}",
            report.to_check.len()
        ));
        lines.extend(
            report
                .to_check
                .iter()
                .map(|r| format!("row {}: {} {}", r.row, r.field, r.problem)),
        );
    }
    if report.dry_run {
        lines.extend(report.changes.iter().map(ToString::to_string));
    }
    lines.join("\n")
}

async fn add_staff(db: &Db, as_user: Option<&str>, input: &StaffInput) -> Result<String, String> {
    let has_staff = staff::has_staff(db).await.map_err(|e| e.to_string())?;
    let account = if has_staff {
        let session = login(db, as_user).await?;
        staff::create(db, &session, input)
            .await
            .map_err(|e| e.to_string())?
            .username
    } else {
        staff::create_first_admin(db, input)
            .await
            .map_err(|e| e.to_string())?
            .username()
            .to_owned()
    };
    Ok(format!(
        "Created the {} account {account}.",
        input.role.trim()
    ))
}

async fn login(db: &Db, as_user: Option<&str>) -> Result<Session, String> {
    let username = as_user.ok_or("this command acts as a staff user: give --as USERNAME")?;
    let password = match std::env::var(PASSWORD_VARIABLE) {
        Ok(password) => password,
        Err(_) => prompt(&format!("Password for {username}: "))?,
    };
    auth::login(db, username, &password)
        .await
        .map_err(|e| format!("cannot log in as {username}: {e}"))
}

fn new_password(from_stdin: bool) -> Result<String, String> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    let password = prompt("New account's password: ")?;
    if prompt("The same password again: ")? != password {
        return Err("the two passwords differ".into());
    }
    Ok(password)
}

fn prompt(question: &str) -> Result<String, String> {
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "no terminal to ask for a password: set {PASSWORD_VARIABLE} or use --password-stdin"
        ));
    }
    rpassword::prompt_password(question).map_err(|e| format!("cannot read the password: {e}"))
}
