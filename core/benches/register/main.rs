//! How the register feels at 10,000, 100,000 and 1,000,000 customers.
//!
//! `cargo bench --bench register` measures SQLite, and PostgreSQL too when
//! BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server. Options after `--`:
//! `--sizes 10000,100000` and `--databases sqlite,postgres`. The registers are generated on
//! the first run (a million customers takes minutes) and kept for the next.

#[path = "../common/mod.rs"]
mod common;

mod cases;
mod dataset;
mod raw;
mod recorder;
mod report;

use std::process::ExitCode;

use dataset::Backend;

const SIZES: [u64; 3] = [10_000, 100_000, 1_000_000];

fn main() -> ExitCode {
    let options = match Options::from_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("no runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(&options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("register benchmark failed: {error}");
            ExitCode::FAILURE
        }
    }
}

struct Options {
    sizes: Vec<u64>,
    backends: Vec<Backend>,
}

impl Options {
    fn from_args() -> Result<Self, String> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let value = |flag: &str| {
            let at = args.iter().position(|a| a == flag)?;
            args.get(at + 1).cloned()
        };
        let sizes = match value("--sizes") {
            Some(list) => list
                .split(',')
                .map(|s| s.trim().replace('_', "").parse::<u64>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("--sizes: {e}"))?,
            None => SIZES.to_vec(),
        };
        let url = std::env::var("BENCH_DATABASE_URL")
            .or_else(|_| std::env::var("TEST_DATABASE_URL"))
            .ok();
        let wanted = value("--databases").unwrap_or_else(|| "sqlite,postgres".into());
        let mut backends = Vec::new();
        for name in wanted.split(',').map(str::trim) {
            match (name, &url) {
                ("sqlite", _) => backends.push(Backend::Sqlite),
                ("postgres", Some(url)) => backends.push(Backend::Postgres { url: url.clone() }),
                ("postgres", None) => {
                    eprintln!("PostgreSQL skipped: set BENCH_DATABASE_URL to measure it");
                }
                (other, _) => return Err(format!("--databases: unknown database {other}")),
            }
        }
        Ok(Self { sizes, backends })
    }
}

async fn run(options: &Options) -> Result<(), String> {
    for backend in &options.backends {
        for &size in &options.sizes {
            eprintln!("{} with {size} customers:", backend.name());
            let data = dataset::open(backend, size).await?;
            let figures = cases::all(&data, size).await?;
            report::print(backend.name(), size, &figures);
            data.db.close().await.map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}
