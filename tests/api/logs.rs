//! What the real binary writes to its log: a loud warning while demo accounts can log in, and a
//! stranger's malformed requests as warnings, never as errors.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The `cinema` binary on a fresh database and a free port, with its log lines as they come.
struct Binary {
    child: std::process::Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
    db: std::path::PathBuf,
}

impl Binary {
    fn start(demo: bool) -> Binary {
        let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("test-dbs");
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join(format!("bin-{}.db", cinema::random::token()));
        let mut child = Command::new(env!("CARGO_BIN_EXE_cinema"))
            .env("CINEMA_DATABASE_URL", &db)
            .env("CINEMA_BIND", "127.0.0.1:0")
            .env("CINEMA_ADMIN_PASSWORD", "a-test-admin-password")
            .env("CINEMA_DEMO", if demo { "1" } else { "0" })
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting the cinema binary");
        let stderr = child.stderr.take().unwrap();
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Binary {
            child,
            lines,
            seen: Vec::new(),
            db,
        }
    }

    /// Waits for a log line containing `text`, and returns it.
    fn wait_for(&mut self, text: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| {
                    panic!("no log line with {text:?}; saw:\n{}", self.seen.join("\n"))
                });
            self.seen.push(line.clone());
            if line.contains(text) {
                return line;
            }
        }
    }

    /// The address the binary says it listens on.
    fn address(&mut self) -> String {
        let line = self.wait_for("listening on http://");
        line.split("http://").nth(1).unwrap().trim().to_owned()
    }

    /// Every line logged so far, waiting `quiet` for more.
    fn drain(&mut self, quiet: Duration) -> Vec<String> {
        while let Ok(line) = self.lines.recv_timeout(quiet) {
            self.seen.push(line);
        }
        self.seen.clone()
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        for suffix in ["", "-wal", "-shm", ".session-key"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.db.display()));
        }
    }
}

fn send_raw(address: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut answer = vec![0; 512];
    let n = stream.read(&mut answer).unwrap_or(0);
    String::from_utf8_lossy(&answer[..n]).into_owned()
}

#[test]
fn malformed_requests_are_logged_as_warnings_not_errors() {
    let mut binary = Binary::start(true);
    let address = binary.address();
    for request in [
        &b"GARBAGE\r\n\r\n"[..],
        b"GET / HTTP/1.1\r\nHost: x\r\nA header without a colon\r\n\r\n",
        b"GET /\x00 HTTP/1.1\r\n\r\n",
    ] {
        assert!(send_raw(&address, request).starts_with("HTTP/1.1 400"));
    }
    // Each is logged when its connection closes, which may come after the answer.
    for _ in 0..3 {
        binary.wait_for("a client's request failed");
    }
    let lines = binary.drain(Duration::from_millis(300));
    let client_faults: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("a client's request failed"))
        .collect();
    assert_eq!(client_faults.len(), 3, "{lines:#?}");
    assert!(
        client_faults.iter().all(|l| l.contains(" WARN ")),
        "{client_faults:#?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains(" ERROR ")),
        "an outsider wrote to the error log: {lines:#?}"
    );
}

#[test]
fn demo_accounts_are_announced_at_start_and_a_real_database_is_quiet() {
    let mut demo = Binary::start(true);
    let warning = demo.wait_for("demo accounts with published passwords");
    assert!(warning.contains(" WARN "), "{warning}");
    assert!(warning.contains("CINEMA_DEMO=0"), "{warning}");
    assert!(warning.contains("customer@example.com"), "{warning}");

    let mut real = Binary::start(false);
    real.address();
    let lines = real.drain(Duration::from_millis(300));
    assert!(
        !lines.iter().any(|l| l.contains("demo accounts")),
        "{lines:#?}"
    );
}
