//! The machine's description and the table of figures, printed and written to a Markdown file.

use std::fmt::Write;
use std::process::Command;

pub struct Row {
    pub name: String,
    pub requests: u64,
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// 5xx answers and transport errors (connect, read, write, timeout).
    pub errors: u64,
    pub conflicts: u64,
    pub cpu_us_per_request: f64,
    /// The server's peak resident memory during this scenario, in MiB.
    pub peak_mib: f64,
}

pub fn machine(wrk_version: &str) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("MemTotal"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| format!("{:.1} GiB", kb / 1024.0 / 1024.0))
        .unwrap_or_else(|| "unknown".into());
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|s| s.trim_matches('"').to_owned())
        })
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    format!(
        "- CPU: {cores} × {cpu}\n- Memory: {memory}\n- OS: {os}, Linux {}\n- Load generator: {wrk_version} (same machine)\n- {}\n- Load average before the run: {}\n",
        output("uname", &["-r"]),
        output("rustc", &["-V"]),
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    )
}

fn output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// The figures table; without a /health run in the same report the ratio column says "–".
pub fn table(rows: &[Row], health_rps: Option<f64>) -> String {
    let mut out = String::from(
        "| scenario | requests | req/s | vs /health | p50 ms | p99 ms | max ms | errors | 409 | server CPU µs/req | peak MiB |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {:.0} | {} | {:.2} | {:.2} | {:.1} | {} | {} | {:.0} | {:.1} |",
            r.name,
            r.requests,
            r.rps,
            health_rps.map_or("–".to_owned(), |h| format!("{:.3}", r.rps / h.max(1.0))),
            r.p50_ms,
            r.p99_ms,
            r.max_ms,
            r.errors,
            r.conflicts,
            r.cpu_us_per_request,
            r.peak_mib
        );
    }
    out
}
