//! Running wrk with one of the scenario scripts and reading back the JSON line its `done()` prints.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{Context, bail};

const COMMON: &str = include_str!("../lua/common.lua");
pub const PAGE: &str = include_str!("../lua/page.lua");
pub const HOLD_RELEASE: &str = include_str!("../lua/hold_release.lua");
pub const BOOKINGS: &str = include_str!("../lua/bookings.lua");

/// Makes sure wrk is there: installs Debian's package when running as root, or says how.
pub fn ensure_installed() -> anyhow::Result<String> {
    if let Some(version) = version() {
        return Ok(version);
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    if root && Command::new("apt-get").arg("--version").output().is_ok() {
        println!("wrk is missing; installing Debian's package (apt-get install wrk)…");
        let _ = Command::new("apt-get").args(["update", "-qq"]).status();
        let status = Command::new("apt-get")
            .args(["install", "-y", "-qq", "wrk"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()?;
        if status.success()
            && let Some(version) = version()
        {
            return Ok(version);
        }
    }
    bail!(
        "wrk is not installed. Install it with `sudo apt-get install wrk` (Debian/Ubuntu) or from \
         https://github.com/wg/wrk, then run the benchmark again."
    )
}

fn version() -> Option<String> {
    let out = Command::new("wrk").arg("-v").output().ok()?;
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    text.lines()
        .find(|l| l.starts_with("wrk"))
        .map(|l| l.split(" Copyright").next().unwrap_or(l).trim().to_owned())
}

/// One wrk invocation.
pub struct Run<'a> {
    pub script: &'a str,
    pub threads: usize,
    pub connections: usize,
    pub seconds: u64,
    pub path: &'a str,
    pub headers: Vec<String>,
    pub env: Vec<(&'a str, String)>,
}

#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub requests: u64,
    /// Bytes read from the server, headers included (what crossed the wire).
    pub bytes: u64,
    pub seconds: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Connect, read, write errors and timeouts.
    pub transport_errors: u64,
    /// Answers with a status of 400 or more, as wrk counts them.
    pub status_errors: u64,
    /// What the script counted, summed over its threads (for example `hold_ok`, `hold_409`, `304`).
    pub counts: BTreeMap<String, u64>,
    /// The lines a script printed per customer.
    pub customers: Vec<String>,
}

impl Outcome {
    pub fn rps(&self) -> f64 {
        self.requests as f64 / self.seconds.max(1e-9)
    }

    /// Bytes on the wire per answer, headers included.
    pub fn bytes_per_answer(&self) -> u64 {
        self.bytes / self.requests.max(1)
    }

    pub fn count(&self, name: &str) -> u64 {
        self.counts.get(name).copied().unwrap_or(0)
    }

    /// Counted answers whose name ends with `suffix` (`_5xx`, `_409`).
    pub fn count_suffix(&self, suffix: &str) -> u64 {
        self.counts
            .iter()
            .filter(|(k, _)| k.ends_with(suffix))
            .map(|(_, v)| v)
            .sum()
    }
}

/// Runs wrk; `stop` is asked every 100 ms and, once it says so, wrk is interrupted (it then reports
/// what it measured up to that moment).
pub fn run(
    base: &str,
    dir: &Path,
    name: &str,
    run: &Run<'_>,
    mut stop: impl FnMut() -> bool,
) -> anyhow::Result<Outcome> {
    let script = dir.join(format!("{name}.lua"));
    std::fs::write(&script, format!("{COMMON}\n{}", run.script))?;
    let mut command = Command::new("wrk");
    command
        .arg(format!("-t{}", run.threads))
        .arg(format!("-c{}", run.connections))
        .arg(format!("-d{}s", run.seconds))
        .arg("--timeout")
        .arg("30s")
        .arg("-s")
        .arg(&script);
    for header in &run.headers {
        command.arg("-H").arg(header);
    }
    command
        .arg(format!("{base}{}", run.path))
        .envs(run.env.iter().map(|(k, v)| (k, v)))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = command.spawn().context("starting wrk")?;
    let pid = child.id();
    let waiter = std::thread::spawn(move || child.wait_with_output());
    while !waiter.is_finished() {
        if stop() {
            let _ = Command::new("kill")
                .args(["-INT", &pid.to_string()])
                .status();
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = waiter
        .join()
        .map_err(|_| anyhow::anyhow!("waiting for wrk failed"))??;
    let stdout = String::from_utf8_lossy(&output.stdout);
    std::fs::write(dir.join(format!("{name}.out")), stdout.as_bytes())?;
    let result = stdout
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .with_context(|| {
            format!(
                "wrk printed no result for {name}: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
    let json: serde_json::Value = serde_json::from_str(result).context("reading wrk's result")?;
    let num = |key: &str| json[key].as_f64().unwrap_or(0.0);
    let counts = json["counts"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
                .collect()
        })
        .unwrap_or_default();
    Ok(Outcome {
        requests: num("requests") as u64,
        bytes: num("bytes") as u64,
        seconds: num("duration_us") / 1e6,
        p50_ms: num("p50_us") / 1e3,
        p99_ms: num("p99_us") / 1e3,
        max_ms: num("max_us") / 1e3,
        transport_errors: (num("connect") + num("read") + num("write") + num("timeout")) as u64,
        status_errors: num("status_errors") as u64,
        counts,
        customers: stdout
            .lines()
            .filter_map(|l| l.strip_prefix("CUSTOMER "))
            .map(str::to_owned)
            .collect(),
    })
}
