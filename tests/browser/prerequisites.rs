//! What the browser tests need from the machine: Chromium, chromedriver and a share of its two
//! cores. A missing program skips the tests with a printed reason, unless
//! `CINEMA_REQUIRE_BROWSER=1` (CI sets it): then it is a failure.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex};

/// At most this many browsers at once across all tests: the machine has two cores.
const MAX_BROWSERS: usize = 2;

static SLOTS: Mutex<usize> = Mutex::new(0);
static SLOT_FREED: Condvar = Condvar::new();

/// Browser slots a test holds for its whole run (released on drop).
pub struct Slots(usize);

impl Slots {
    /// Blocks until `n` slots are free and takes them all at once, so two tests that each need two
    /// browsers never hold one apiece and wait for each other.
    pub fn take(n: usize) -> Slots {
        let n = n.min(MAX_BROWSERS);
        let mut used = SLOTS.lock().unwrap_or_else(|e| e.into_inner());
        while *used + n > MAX_BROWSERS {
            used = SLOT_FREED.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += n;
        Slots(n)
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        let mut used = SLOTS.lock().unwrap_or_else(|e| e.into_inner());
        *used -= self.0;
        SLOT_FREED.notify_all();
    }
}

/// Whether a missing browser (or axe-core) fails the tests instead of skipping them.
pub fn required() -> bool {
    std::env::var("CINEMA_REQUIRE_BROWSER").is_ok_and(|v| v.trim() == "1")
}

/// Says why a test cannot run here: a failure when required, otherwise a printed skip.
/// Written straight to stderr so that it shows even though the test harness captures output.
pub fn skip(reason: &str) {
    if required() {
        panic!("CINEMA_REQUIRE_BROWSER=1, but {reason}");
    }
    let _ = writeln!(std::io::stderr(), "skipped: {reason}");
}

pub fn find_chrome() -> Result<PathBuf, String> {
    let path = std::env::var_os("CHROME_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!(
            "no Chromium at {} (install Debian's `chromium`, or set CHROME_BIN)",
            path.display()
        ))
    }
}

pub fn find_chromedriver() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROMEDRIVER") {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "no chromedriver at {} (CHROMEDRIVER)",
                path.display()
            ))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromedriver"))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            "no chromedriver on the PATH (install Debian's `chromium-driver`, or set CHROMEDRIVER)"
                .to_owned()
        })
}
