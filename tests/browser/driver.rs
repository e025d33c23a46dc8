//! Chromium through chromedriver: one chromedriver per test on a free loopback port, and headless
//! sessions with a fresh profile each, ended even when a test fails half-way.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::ClientBuilder;
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::browser::Browser;
use crate::prerequisites::{Slots, find_chrome, find_chromedriver, skip};

/// A browser window's shape and whether it runs scripts.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub width: u32,
    pub height: u32,
    pub javascript: bool,
}

pub const DESKTOP: Window = Window {
    width: 1280,
    height: 900,
    javascript: true,
};

pub const PHONE: Window = Window {
    width: 390,
    height: 844,
    javascript: true,
};

/// One chromedriver process for one test; killed, with any session still open, on drop.
pub struct Chromedriver {
    child: Child,
    port: u16,
    chrome: PathBuf,
    profiles: PathBuf,
    log: PathBuf,
    sessions: Mutex<Vec<String>>,
    _slots: Slots,
}

impl Chromedriver {
    /// Starts chromedriver for a test that opens up to `browsers` sessions at once; `None` (after
    /// printing why) when Chromium or chromedriver is not installed.
    pub fn start(browsers: usize) -> Option<Chromedriver> {
        let (chrome, driver) = match (find_chrome(), find_chromedriver()) {
            (Ok(chrome), Ok(driver)) => (chrome, driver),
            (Err(reason), _) | (_, Err(reason)) => {
                skip(&reason);
                return None;
            }
        };
        let slots = Slots::take(browsers);
        let n = crate::app::unique();
        let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
        let profiles = work.join(format!("profiles-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&profiles).expect("creating the browser profile folder");
        let log = work.join(format!("chromedriver-{}-{n}.log", std::process::id()));
        for _ in 0..5 {
            let port = free_port();
            let mut child = Command::new(&driver)
                .arg(format!("--port={port}"))
                .arg(format!("--log-path={}", log.display()))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("starting {}: {e}", driver.display()));
            if wait_for_port(&mut child, port) {
                return Some(Chromedriver {
                    child,
                    port,
                    chrome,
                    profiles,
                    log,
                    sessions: Mutex::new(Vec::new()),
                    _slots: slots,
                });
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!(
            "chromedriver did not start listening; see {}",
            log.display()
        );
    }

    /// Opens a headless Chromium with a fresh profile, at `base` (the application's address).
    pub async fn open(&self, base: &str, window: Window) -> Browser {
        let profile = self.profiles.join(format!("p{}", crate::app::unique()));
        let mut args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--disable-quic".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-extensions".to_owned(),
            "--hide-scrollbars".to_owned(),
            "--force-device-scale-factor=1".to_owned(),
            format!("--user-data-dir={}", profile.display()),
            format!("--window-size={},{}", window.width, window.height),
        ];
        let mut prefs = serde_json::Map::new();
        if !window.javascript {
            // Scripts off for every site, as a user (or a strict policy) would switch them off.
            prefs.insert(
                "profile.managed_default_content_settings.javascript".into(),
                json!(2),
            );
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let capabilities = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": { "script": 30_000, "pageLoad": 30_000, "implicit": 0 },
            "goog:chromeOptions": {
                "binary": self.chrome,
                "args": args,
                "prefs": prefs,
            },
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!("capabilities are an object")
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("opening a Chromium session through chromedriver");
        if let Ok(Some(id)) = client.session_id().await {
            self.sessions
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(id);
        }
        client
            .set_window_size(window.width, window.height)
            .await
            .expect("sizing the window");
        Browser::new(client, base)
    }

    /// Ends a session cleanly (Chromium exits and its profile can be removed).
    pub async fn close(&self, browser: Browser) {
        let id = browser.client.session_id().await.ok().flatten();
        browser
            .client
            .close()
            .await
            .expect("closing the Chromium session");
        if let Some(id) = id {
            self.sessions
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|s| *s != id);
        }
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        // A test that failed half-way leaves its sessions open: end them so that no Chromium
        // outlives the test, then stop chromedriver itself.
        let open: Vec<String> =
            std::mem::take(&mut *self.sessions.lock().unwrap_or_else(|e| e.into_inner()));
        for id in open {
            delete_session(self.port, &id);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profiles);
        // chromedriver's log is kept only to explain a failure.
        if std::thread::panicking() {
            let _ = writeln!(
                std::io::stderr(),
                "chromedriver's log: {}",
                self.log.display()
            );
        } else {
            let _ = std::fs::remove_file(&self.log);
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("finding a free port")
}

/// Waits until chromedriver accepts connections; false if it exited or took too long.
fn wait_for_port(child: &mut Child, port: u16) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// `DELETE /session/{id}` with a plain blocking request: drop cannot await.
fn delete_session(port: u16, id: &str) {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let request = format!(
        "DELETE /session/{id} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(request.as_bytes()).is_ok() {
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
    }
}

/// Where screenshots go: `target/screenshots/`, for a person to look at.
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("creating target/screenshots");
    dir
}
