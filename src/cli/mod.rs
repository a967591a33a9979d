//! The command line: each command is a thin call into the services. Scripts depend on the
//! commands, their options and the exit codes (0 done, 1 failed, 2 usage), so they stay stable.

mod backup;
mod documents;
mod reports;
mod session;
mod settings;

use documents::{ExtractTarget, NoticeTarget, write_extract, write_notice};
use reports::{anchor_report, import_summary};
use session::{add_staff, login, new_password};

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use register::audit_anchor;
use register::config::DatabaseLocation;
use register::db;
use register::deployment;
use register::domain::Lang;
use register::domain::consent::ErasureReason;
use register::domain::staff::StaffInput;
use register::import::Source;
use register::service::audit::BrokenReason;
use register::service::demo_data::DemoPlan;
use register::service::{demo_data, erasure, import};

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
        /// How many, from 1 to 10,000,000.
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
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
        #[arg(long, required_unless_present_any = ["email", "order"], conflicts_with_all = ["email", "order"])]
        customer: Option<i32>,
        /// The customer's email address, instead of the number: a customer in the register,
        /// or the erased customer whose kept vouchers it finds.
        #[arg(long, conflicts_with = "order")]
        email: Option<String>,
        /// An order number: its customer, or the erased customer whose vouchers the register
        /// keeps for the Accounting Act.
        #[arg(long, value_name = "NUMBER")]
        order: Option<String>,
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
    /// The shop's details and the processing description that every document is written from.
    Settings {
        #[command(subcommand)]
        command: settings::SettingsCommand,
    },
    /// Check the audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Take an encrypted backup of the register (SQLite) while others keep working. The
    /// passphrase comes from ASIAKASREKISTERI_BACKUP_PASSPHRASE or a hidden prompt.
    Backup {
        /// The backup file; by default a new one in the backup folder of the settings, where
        /// the generations beyond those kept are removed.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Restore a backup into a new register (the --database file), as an admin of the
    /// backed-up register; erasures in the erasure ledger newer than the backup are done again.
    Restore {
        #[arg(
            required_unless_present = "replay_erasures",
            conflicts_with = "replay_erasures"
        )]
        file: Option<PathBuf>,
        /// Replace the register that is there (close the app on every workstation first).
        #[arg(long)]
        replace: bool,
        /// Confirm --replace without being asked.
        #[arg(long, requires = "replace")]
        yes: bool,
        /// The erasure ledger (default: the one beside the backup).
        #[arg(long, value_name = "FILE")]
        ledger: Option<PathBuf>,
        /// On PostgreSQL, after pg_restore: do again every erasure in the ledger (--ledger).
        #[arg(long, requires = "ledger")]
        replay_erasures: bool,
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

/// Runs one command and returns what to print on success.
pub async fn run(cli: Cli, command: Command) -> Result<String, String> {
    let location = DatabaseLocation::resolve(cli.database.as_deref()).map_err(|e| e.to_string())?;
    // A restore makes the register: it is not opened first.
    if let Command::Restore {
        file,
        replace,
        yes,
        ledger,
        replay_erasures,
    } = command
    {
        let as_user = cli.as_user.as_deref();
        return match (file, ledger) {
            (_, Some(ledger)) if replay_erasures => {
                backup::replay(&location, as_user, &ledger).await
            }
            (Some(file), ledger) => {
                let options = backup::RestoreOptions {
                    file,
                    replace,
                    yes,
                    ledger,
                };
                backup::restore(&location, as_user, options).await
            }
            (None, _) => Err("give the backup file to restore".into()),
        };
    }
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
            order,
            lang,
            out,
            json,
            request,
        } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            let target = ExtractTarget {
                customer,
                email,
                order,
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
            if let erasure::LedgerState::Pending(reason) = &erased.ledger {
                eprintln!(
                    "Warning: the erasure could not be written to the erasure ledger in the backup folder ({reason}). Its entry waits in the register and is written at the next erasure, backup or login; until then a restore of an earlier backup would bring the customer back."
                );
            }
            Ok(format!(
                "Erased customer {customer}: {} orders kept as bookkeeping vouchers without name or address, {} reviews deleted.",
                erased.orders_anonymised, erased.reviews_deleted
            ))
        }
        Command::Settings { command } => {
            let session = login(&db, cli.as_user.as_deref()).await?;
            settings::run(&db, &session, command).await
        }
        Command::Backup { out } => backup::take(&db, cli.as_user.as_deref(), out).await,
        Command::Restore { .. } => Err("a restore does not open the register first".into()),
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
                        BrokenReason::PurgeNotRecorded => {
                            "events were removed from the start without a recorded purge"
                        }
                    }
                )),
            }
        }
    };
    // Closing flushes SQLite's WAL; a failure to close does not undo what was done.
    let _ = db.close().await;
    outcome
}
