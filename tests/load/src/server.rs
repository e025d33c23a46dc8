//! The server under test: the release binary, built and started on a free loopback port with a fresh
//! database, and what /proc says about it (peak memory, CPU time).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

pub const ADMIN_PASSWORD: &str = "load-test-admin-password";

/// Builds `target/release/cinema` of the repository at `root`.
pub fn build(root: &Path) -> anyhow::Result<()> {
    println!("Building the release server (cargo build --release)…");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "--bin", "cinema", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release failed");
    }
    Ok(())
}

pub fn binary(root: &Path) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    target.join("release").join("cinema")
}

pub struct Server {
    child: Child,
    pub base: String,
    pub host_port: String,
    pub db_path: PathBuf,
}

impl Server {
    /// Starts the server with a fresh database in `dir` and waits until `/health` answers.
    pub fn start(binary: &Path, dir: &Path) -> anyhow::Result<Server> {
        if dir.exists() {
            std::fs::remove_dir_all(dir).context("removing the previous run's folder")?;
        }
        std::fs::create_dir_all(dir)?;
        Server::start_on(binary, dir, &dir.join("cinema.db"), "server.log")
    }

    /// Starts a second server on an existing database file, logging to `log` in `dir`.
    pub fn start_on(
        binary: &Path,
        dir: &Path,
        db_path: &Path,
        log: &str,
    ) -> anyhow::Result<Server> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let host_port = format!("127.0.0.1:{port}");
        let db_path = db_path.to_owned();
        let log = std::fs::File::create(dir.join(log))?;
        let child = Command::new(binary)
            .env("CINEMA_BIND", &host_port)
            .env("CINEMA_DATABASE_URL", &db_path)
            .env("CINEMA_DEMO", "1")
            .env("CINEMA_ADMIN_PASSWORD", ADMIN_PASSWORD)
            // Holds outlast the whole run: expiry is tested elsewhere, and here it would free seats
            // the checks expect to be held.
            .env("CINEMA_HOLD_SECONDS", "3600")
            // Every customer registers from this one address.
            .env("CINEMA_REGISTRATIONS_PER_HOUR", "1000000")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
        let server = Server {
            child,
            base: format!("http://{host_port}"),
            host_port,
            db_path,
        };
        let started = Instant::now();
        while !server.healthy() {
            if started.elapsed() > Duration::from_secs(60) {
                bail!("the server did not answer /health within 60 s (see server.log)");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(server)
    }

    fn healthy(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect(&self.host_port) else {
            return false;
        };
        let request = format!(
            "GET /health HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.host_port
        );
        let mut answer = String::new();
        stream.write_all(request.as_bytes()).is_ok()
            && stream.read_to_string(&mut answer).is_ok()
            && answer.starts_with("HTTP/1.1 200")
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// (VmHWM, VmRSS) in KiB.
    pub fn memory(&self) -> (u64, u64) {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        (field("VmHWM:"), field("VmRSS:"))
    }

    /// Starts a new peak-memory measurement (Linux: `clear_refs` 5). False when not allowed.
    pub fn reset_peak(&self) -> bool {
        std::fs::write(format!("/proc/{}/clear_refs", self.pid()), "5").is_ok()
    }

    /// User plus system CPU time of the server so far, in clock ticks (1/100 s on Linux).
    pub fn cpu_ticks(&self) -> u64 {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap_or_default();
        // Fields after the command name, which is in parentheses and may contain spaces.
        let rest = stat.rsplit_once(") ").map(|(_, r)| r).unwrap_or("");
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let at = |i: usize| {
            fields
                .get(i)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
        at(11) + at(12)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
