//! axe-core in the page: the npm package's `axe.min.js` (fetched by `.ci/run` into
//! `target/axe/package/`, or named by `$AXE_JS`) is injected through WebDriver, which the page's
//! Content-Security-Policy does not govern, and `axe.run()` reports what fails.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::browser::Browser;
use crate::prerequisites::skip;

pub struct Axe {
    source: String,
}

#[derive(Debug, Deserialize)]
pub struct Violation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    #[serde(rename = "helpUrl")]
    pub help_url: String,
    pub nodes: Vec<Node>,
}

#[derive(Debug, Deserialize)]
pub struct Node {
    pub target: String,
    pub summary: String,
}

impl Violation {
    /// Serious and critical violations fail the audit; moderate and minor ones are reported.
    pub fn blocks(&self) -> bool {
        matches!(self.impact.as_deref(), Some("serious" | "critical"))
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "  [{}] {}: {} ({})",
            self.impact.as_deref().unwrap_or("?"),
            self.id,
            self.help,
            self.help_url
        )?;
        for node in &self.nodes {
            writeln!(f, "      at {}", node.target)?;
            for line in node.summary.lines() {
                writeln!(f, "        {line}")?;
            }
        }
        Ok(())
    }
}

const RUN: &str = r#"
var done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ["violations"] }).then(function (result) {
  done(result.violations.map(function (v) {
    return {
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(function (n) {
        return { target: n.target.map(String).join(" "), summary: n.failureSummary || "" };
      })
    };
  }));
}, function (error) { done({ error: String(error) }); });
"#;

/// While an audit runs, the seat grid must not be swapped under axe's feet by its poll.
const PAUSE_POLLING: &str = r#"
if (!window.__auditPause) {
  window.__auditPause = true;
  document.addEventListener("htmx:beforeRequest", function (e) {
    if (window.__auditPause) e.preventDefault();
  });
}
"#;

impl Axe {
    /// Reads `axe.min.js`; `None` (after printing why) when it has not been fetched.
    pub fn load() -> Option<Axe> {
        let path = std::env::var_os("AXE_JS")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("target/axe/package/axe.min.js")
            });
        match std::fs::read_to_string(&path) {
            Ok(source) => Some(Axe { source }),
            Err(e) => {
                skip(&format!(
                    "axe-core is not at {} ({e}); fetch it with \
                     `bash .ci/run` or `mkdir -p target/axe && cd target/axe && npm pack axe-core@4.14.1 && tar xzf axe-core-4.14.1.tgz`, \
                     or set AXE_JS",
                    path.display()
                ));
                None
            }
        }
    }

    /// Runs axe on the page the browser shows.
    pub async fn audit(&self, browser: &Browser) -> Vec<Violation> {
        browser.js(PAUSE_POLLING).await;
        browser
            .client
            .execute(&self.source, Vec::new())
            .await
            .expect("injecting axe-core");
        let result = browser
            .client
            .execute_async(RUN, Vec::new())
            .await
            .expect("running axe-core");
        browser.js("window.__auditPause = false").await;
        if let Some(error) = result.get("error") {
            panic!("axe-core failed: {error}");
        }
        serde_json::from_value(result).expect("axe-core's violations")
    }
}

/// A full-page screenshot named `name`, and what axe-core finds on the page that blocks (with
/// `name` before each); nothing when axe-core is not installed.
pub async fn screenshot_and_audit(axe: Option<&Axe>, browser: &Browser, name: &str) -> Vec<String> {
    browser.screenshot(name, true).await;
    let Some(axe) = axe else {
        return Vec::new();
    };
    axe.audit(browser)
        .await
        .into_iter()
        .filter(|v| v.blocks())
        .map(|v| format!("{name}: {v}"))
        .collect()
}
