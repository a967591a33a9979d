//! `settings organisation` and `settings processing`: the shop's details and the processing
//! description for scripts, printed as they stand or changed, with what a customer document
//! still waits for.

use std::path::PathBuf;

use clap::Subcommand;

use register::db::Db;
use register::domain::organisation::OrganisationInput;
use register::domain::processing::{Period, ProcessingDescription, Slot};
use register::domain::readiness::{For, Gap};
use register::service::{ServiceError, Session, processing, readiness, settings};

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Print the shop's details, or change the ones given (every one is required before the
    /// first document goes to a customer).
    Organisation(OrganisationArgs),
    /// Print the processing description as JSON, or save the one in a file.
    Processing {
        /// The description to save, as `settings processing` prints it.
        #[arg(long, value_name = "FILE.json")]
        from: Option<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub struct OrganisationArgs {
    /// The shop's name as the controller.
    #[arg(long)]
    name: Option<String>,
    /// Y-tunnus, e.g. 2631357-4.
    #[arg(long)]
    business_id: Option<String>,
    #[arg(long)]
    contact_person: Option<String>,
    #[arg(long)]
    street: Option<String>,
    #[arg(long)]
    postal_code: Option<String>,
    #[arg(long)]
    city: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    #[arg(long)]
    email: Option<String>,
    /// The web page where the privacy notice is published.
    #[arg(long, value_name = "URL")]
    notice_address: Option<String>,
}

impl OrganisationArgs {
    /// Writes the given values over `input`; false when none was given.
    fn apply(self, input: &mut OrganisationInput) -> bool {
        let pairs = [
            (self.name, &mut input.controller_name),
            (self.business_id, &mut input.business_id),
            (self.contact_person, &mut input.contact_person),
            (self.street, &mut input.street_address),
            (self.postal_code, &mut input.postal_code),
            (self.city, &mut input.city),
            (self.phone, &mut input.phone),
            (self.email, &mut input.email),
            (self.notice_address, &mut input.notice_address),
        ];
        let mut any = false;
        for (value, slot) in pairs {
            if let Some(value) = value {
                *slot = value;
                any = true;
            }
        }
        any
    }
}

pub async fn run(db: &Db, session: &Session, command: SettingsCommand) -> Result<String, String> {
    match command {
        SettingsCommand::Organisation(args) => organisation(db, session, args).await,
        SettingsCommand::Processing { from: None } => {
            let current = processing::get(db, session).await.map_err(message)?;
            serde_json::to_string_pretty(&current.description).map_err(|e| e.to_string())
        }
        SettingsCommand::Processing { from: Some(file) } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let description: ProcessingDescription = serde_json::from_str(&text)
                .map_err(|e| format!("{} is not a processing description: {e}", file.display()))?;
            let current = processing::get(db, session).await.map_err(message)?;
            let saved = processing::update(db, session, current.version, &description)
                .await
                .map_err(message)?;
            let gaps = readiness::gaps(db, session, For::Extract)
                .await
                .map_err(message)?;
            Ok(format!(
                "Saved the processing description as version {}.{}",
                saved.version,
                waiting(&gaps)
            ))
        }
    }
}

async fn organisation(
    db: &Db,
    session: &Session,
    args: OrganisationArgs,
) -> Result<String, String> {
    let current = settings::get(db, session).await.map_err(message)?;
    let mut input = current.to_input();
    let shown = if args.apply(&mut input) {
        settings::update(db, session, current.version, &input)
            .await
            .map_err(message)?
    } else {
        current
    };
    let input = shown.to_input();
    let lines = [
        ("name", &input.controller_name),
        ("business-id", &input.business_id),
        ("contact-person", &input.contact_person),
        ("street", &input.street_address),
        ("postal-code", &input.postal_code),
        ("city", &input.city),
        ("phone", &input.phone),
        ("email", &input.email),
        ("notice-address", &input.notice_address),
    ]
    .map(|(name, value)| format!("{name}: {value}"))
    .join("\n");
    let gaps = readiness::gaps(db, session, For::Extract)
        .await
        .map_err(message)?;
    Ok(format!("{lines}{}", waiting(&gaps)))
}

/// What a customer document still waits for, as a paragraph after the output.
fn waiting(gaps: &[Gap]) -> String {
    if gaps.is_empty() {
        String::new()
    } else {
        let gaps: Vec<String> = gaps.iter().map(ToString::to_string).collect();
        format!(
            "\n\nNo extract can be made until the settings give {}.",
            gaps.join(", ")
        )
    }
}

/// A refusal with each problem of a processing description named where it is.
fn message(error: ServiceError) -> String {
    match &error {
        ServiceError::InvalidProcessing(problems) => {
            let places: Vec<String> = problems
                .iter()
                .map(|p| format!("{}: {}", place(p.slot), p.problem))
                .collect();
            format!("{error}:\n{}", places.join("\n"))
        }
        _ => error.to_string(),
    }
}

/// Where in the description's JSON a problem is, as a script's author finds it (counted from 1).
fn place(slot: Slot) -> String {
    match slot {
        Slot::Purposes => "purposes (each once, all of them)".into(),
        Slot::LegitimateInterest(purpose, lang) => {
            format!(
                "purpose {}: legitimate interest ({})",
                purpose.key(),
                lang.id()
            )
        }
        Slot::RecipientName(at) => format!("recipient {}: name", at + 1),
        Slot::TransferCountry(at, transfer) => {
            format!("recipient {}: transfer {}: country", at + 1, transfer + 1)
        }
        Slot::ShippingMethod(at) => format!("shipping method {}: method", at + 1),
        Slot::ShippingHandover(at) => format!("shipping method {}: handover", at + 1),
        Slot::IdleMonths => "retention: idle_months".into(),
        Slot::FinancialYearEnd => "retention: financial_year_end".into(),
        Slot::Years(Period::Requests) => "retention: request_years".into(),
        Slot::Years(Period::Log) => "retention: log_years".into(),
        Slot::Years(Period::ErasedKeys) => "retention: erased_key_years".into(),
        Slot::AutomatedDecisions(lang) => format!("automated_decisions ({})", lang.id()),
        Slot::Cookies(lang) => format!("cookies ({})", lang.id()),
    }
}
