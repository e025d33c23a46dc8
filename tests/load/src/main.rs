//! The load benchmark of issue 3 ("Under load"). One command:
//!
//!     cargo run --release --manifest-path tests/load/Cargo.toml
//!
//! builds and starts the release server on loopback with a fresh database, registers customers, then
//! drives each scenario with wrk (after a warm-up) and checks the database after the writing ones.
//! Options: `--duration S` (measured seconds per scenario, default 15, at most 60), `--warmup S` (3),
//! `--connections N` (64), `--customers N` (64), `--sellout N` (showings to sell out, 4),
//! `--race-customers N` (500), `--race-seats N` (50), `--skip-build`, `--server PATH` (measure another
//! build of the server, for example one saved before a change; implies `--skip-build`), `--only LIST`
//! (some scenarios, for example `2,4b,race`; the report then has only their rows), `--year-db PATH`
//! (the year of sales scenario 8 reads, `tests/load/target/year.db`; written first when missing),
//! `--generate-year PATH` (only write that year to PATH, then stop).

mod back_office;
mod checks;
mod counter;
mod customers;
mod race;
mod report;
mod scenarios;
mod server;
mod wrk;
mod year;

use std::path::PathBuf;

use anyhow::{Context, bail};

pub struct Options {
    pub duration: u64,
    pub warmup: u64,
    pub connections: usize,
    pub customers: usize,
    pub sellout: usize,
    pub race_customers: usize,
    pub race_seats: usize,
    pub skip_build: bool,
    pub server: Option<PathBuf>,
    /// Scenario numbers to run (`1`, `2`, `3a`, …, `race`); all when empty.
    pub only: Vec<String>,
    /// The year of sales the reports' scenario reads.
    pub year_db: PathBuf,
    /// Only write a year of sales to this file.
    pub generate_year: Option<PathBuf>,
}

impl Options {
    /// True when the scenario numbered `key` is to run.
    pub fn wants(&self, key: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|k| k == key)
    }
}

fn options() -> anyhow::Result<Options> {
    let mut o = Options {
        duration: 15,
        warmup: 3,
        connections: 64,
        customers: 64,
        sellout: 4,
        race_customers: 500,
        race_seats: 50,
        skip_build: false,
        server: None,
        only: Vec::new(),
        year_db: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/year.db"),
        generate_year: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> anyhow::Result<u64> {
            args.next()
                .and_then(|v| v.parse().ok())
                .with_context(|| format!("{name} needs a number"))
        };
        match arg.as_str() {
            "--duration" => o.duration = number(&arg)?.clamp(1, 60),
            "--warmup" => o.warmup = number(&arg)?.min(60),
            "--connections" => o.connections = number(&arg)?.max(2) as usize,
            "--customers" => o.customers = number(&arg)?.clamp(2, 1000) as usize,
            "--sellout" => o.sellout = number(&arg)?.clamp(1, 20) as usize,
            "--race-customers" => o.race_customers = number(&arg)?.max(2) as usize,
            "--race-seats" => o.race_seats = number(&arg)?.clamp(1, 250) as usize,
            "--skip-build" => o.skip_build = true,
            "--server" => {
                o.server = Some(args.next().context("--server needs a path")?.into());
                o.skip_build = true;
            }
            "--only" => {
                o.only = args
                    .next()
                    .context("--only needs a list such as 2,4b,race")?
                    .split(',')
                    .map(|k| k.trim().to_owned())
                    .filter(|k| !k.is_empty())
                    .collect();
            }
            "--year-db" => o.year_db = args.next().context("--year-db needs a path")?.into(),
            "--generate-year" => {
                o.generate_year = Some(args.next().context("--generate-year needs a path")?.into());
            }
            "--help" | "-h" => {
                println!(
                    "{}",
                    include_str!("main.rs")
                        .lines()
                        .take(15)
                        .collect::<Vec<_>>()
                        .join("\n")
                );
                std::process::exit(0);
            }
            other => bail!("unknown option {other:?} (try --help)"),
        }
    }
    Ok(o)
}

fn main() -> anyhow::Result<()> {
    let options = options()?;
    if let Some(path) = &options.generate_year {
        println!(
            "Writing a year of a ten-hall multiplex to {}…",
            path.display()
        );
        let written = year::generate(path)?;
        println!("{}", year::describe(&written));
        return Ok(());
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()?;
    let wrk_version = wrk::ensure_installed()?;
    if !options.skip_build {
        server::build(&root)?;
    }
    let run_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/run");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let machine = report::machine(&wrk_version);
    let binary = match &options.server {
        Some(path) => path.canonicalize().context("--server")?,
        None => server::binary(&root),
    };
    let report = scenarios::run_all(&runtime, &options, &binary, &run_dir)?;
    let text = format!(
        "# Load benchmark results\n\nCommand: `cargo run --release --manifest-path tests/load/Cargo.toml`\n\
         (measured {} s per scenario after {} s of warm-up, {} connections for the page scenarios)\n\n\
         ## Machine\n\n{machine}\n{report}",
        options.duration, options.warmup, options.connections
    );
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/report.md");
    std::fs::write(&path, &text)?;
    println!("\n{text}\nWritten to {}", path.display());
    if text.contains("FAILED") {
        bail!("a database check failed (see above)");
    }
    Ok(())
}
