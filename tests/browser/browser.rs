//! One Chromium session with the steps a person takes (go to a page, fill a field, click, press a
//! key) and the waits that poll the page instead of sleeping.

use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::Value;

use crate::app::PASSWORD;

/// How long a step waits for the page to reach the state it expects.
pub const PATIENCE: Duration = Duration::from_secs(8);

pub struct Browser {
    pub client: Client,
    base: String,
}

impl Browser {
    pub fn new(client: Client, base: &str) -> Browser {
        Browser {
            client,
            base: base.to_owned(),
        }
    }

    pub async fn goto(&self, path: &str) {
        let url = format!("{}{path}", self.base);
        self.client
            .goto(&url)
            .await
            .unwrap_or_else(|e| panic!("opening {url}: {e}"));
    }

    /// The path (and query) of the page now shown.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("the current URL");
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// The element `css` selects, waiting for it to appear.
    pub async fn find(&self, css: &str) -> Element {
        let deadline = Instant::now() + PATIENCE;
        loop {
            match self.client.find(Locator::Css(css)).await {
                Ok(element) => return element,
                Err(e) if Instant::now() >= deadline => {
                    let path = self.path().await;
                    panic!("no element matches {css:?} on {path}: {e}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("looking for {css:?}: {e}"))
    }

    pub async fn exists(&self, css: &str) -> bool {
        !self.find_all(css).await.is_empty()
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("reading the text of {css:?}: {e}"))
    }

    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.find(css)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("reading {name} of {css:?}: {e}"))
    }

    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {css:?}: {e}"));
    }

    /// Types `value` into the field `css` selects, replacing what it held.
    pub async fn fill(&self, css: &str, value: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("clearing a field");
        field
            .send_keys(value)
            .await
            .unwrap_or_else(|e| panic!("typing into {css:?}: {e}"));
    }

    /// Runs a script in the page and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, Vec::new())
            .await
            .unwrap_or_else(|e| panic!("running {script:?}: {e}"))
    }

    /// Polls the page until `script` returns true; fails with `what` after `timeout`.
    pub async fn wait_until(&self, what: &str, timeout: Duration, script: &str) {
        let script = format!("return ((function () {{ {script} }})() === true) || null");
        self.wait_for_value(what, timeout, &script).await;
    }

    /// Waits until the element with `id` has the focus: `autofocus` is applied after the page has
    /// loaded, and keys sent before it land on the page itself.
    pub async fn wait_for_focus(&self, id: &str) {
        let script = format!(
            "return document.activeElement !== null && document.activeElement.id === {id:?}"
        );
        self.wait_until(&format!("#{id} to have the focus"), PATIENCE, &script)
            .await;
    }

    /// Polls the page until `script` returns something other than null, and returns that.
    pub async fn wait_for_value(&self, what: &str, timeout: Duration, script: &str) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let value = self.js(script).await;
            if !value.is_null() {
                return value;
            }
            if Instant::now() >= deadline {
                let path = self.path().await;
                panic!("waited {timeout:?} on {path} for {what}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Polls the page until the element `css` selects has `attribute` equal to `value`.
    /// Works without JavaScript in the page, as it reads through WebDriver.
    pub async fn wait_for_attr(&self, css: &str, attribute: &str, value: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let found = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.attr(attribute).await.ok().flatten(),
                Err(_) => None,
            };
            if found.as_deref() == Some(value) {
                return;
            }
            if Instant::now() >= deadline {
                let path = self.path().await;
                panic!(
                    "waited on {path} for {css} to have {attribute}={value:?}, it has {found:?}"
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the text of `css` is no longer `old` (read through WebDriver, so it works
    /// without JavaScript in the page) and returns the new text.
    pub async fn wait_for_text_change(&self, css: &str, old: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await
                && let Ok(text) = element.text().await
                && text != old
            {
                return text;
            }
            if Instant::now() >= deadline {
                let path = self.path().await;
                panic!("waited on {path} for {css} to change from {old:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page's path starts with `prefix` (after a link, a form or a redirect).
    pub async fn wait_for_path(&self, prefix: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let path = self.path().await;
            if path.starts_with(prefix) {
                return path;
            }
            if Instant::now() >= deadline {
                panic!("expected to arrive at {prefix}, still on {path}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses keys one after another on whatever has the focus, as a keyboard would.
    pub async fn press(&self, keys: &[Key]) {
        let mut actions = KeyActions::new("keyboard".into());
        for key in keys {
            let value: char = (*key).into();
            actions = actions
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value });
        }
        self.client
            .perform_actions(actions)
            .await
            .expect("pressing keys");
    }

    /// Types `text` on whatever has the focus, one key press per character.
    pub async fn type_text(&self, text: &str) {
        let mut actions = KeyActions::new("keyboard".into());
        for value in text.chars() {
            actions = actions
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value });
        }
        self.client.perform_actions(actions).await.expect("typing");
    }

    /// The id of the focused element ("" when it has none).
    pub async fn focused_id(&self) -> String {
        let focused = self
            .client
            .active_element()
            .await
            .expect("the focused element");
        focused.attr("id").await.ok().flatten().unwrap_or_default()
    }

    /// Registers a new customer named `name` (made unique) through the form, ends on the `next`
    /// page, and returns the e-mail address.
    pub async fn register(&self, name: &str, next: &str) -> String {
        let n = crate::app::unique();
        let email = format!("{}{n}@test.example", name.to_lowercase().replace(' ', "."));
        self.goto(&format!("/register?next={next}")).await;
        self.fill("#name", &format!("{name} {n}")).await;
        self.fill("#email", &email).await;
        self.fill("#password", PASSWORD).await;
        self.fill("#password_confirm", PASSWORD).await;
        self.click("main form button[type=submit]").await;
        self.wait_for_path(next).await;
        assert!(
            self.exists("form[action='/logout']").await,
            "registered as {email}, but the page does not show a logged-in user"
        );
        email
    }

    /// Pays on the checkout page with the simulated card that is accepted, in `name`; ends when the
    /// page shows the booking paid.
    pub async fn pay_with_accepted_card(&self, name: &str) {
        self.fill("#card_name", name).await;
        self.fill("#card_number", "4242 4242 4242 4242").await;
        self.fill("#card_expiry", "12/39").await;
        self.fill("#card_cvc", "123").await;
        self.click("#pay-form button[type=submit]").await;
        self.wait_for_attr("[data-status]", "data-status", "paid")
            .await;
    }

    /// Makes the window this size (a phone's, a desktop's).
    pub async fn resize(&self, window: crate::driver::Window) {
        self.client
            .set_window_size(window.width, window.height)
            .await
            .expect("resizing the window");
    }

    /// Logs in through the form; ends on the `next` page.
    pub async fn login(&self, email: &str, password: &str, next: &str) {
        self.goto(&format!("/login?next={next}")).await;
        self.fill("#email", email).await;
        self.fill("#password", password).await;
        self.click("main form button[type=submit]").await;
        self.wait_for_path(next).await;
        assert!(
            self.exists("form[action='/logout']").await,
            "logged in as {email}, but the page does not show a logged-in user"
        );
    }

    /// Saves what the window shows as `target/screenshots/{name}.png`. With `full_page`, the
    /// window is first made as tall as the page, so that the whole page is in the picture.
    pub async fn screenshot(&self, name: &str, full_page: bool) {
        let (width, height) = self
            .client
            .get_window_size()
            .await
            .expect("the window size");
        if full_page {
            // The window is taller than its viewport by the (headless) browser's frame.
            let tall = self
                .js("return Math.ceil(document.documentElement.scrollHeight \
                     + window.outerHeight - window.innerHeight)")
                .await
                .as_u64()
                .unwrap_or(height)
                .max(height);
            self.client
                .set_window_size(width as u32, tall as u32)
                .await
                .expect("growing the window to the page");
        }
        let png = self.client.screenshot().await.expect("a screenshot");
        let path = crate::driver::screenshot_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        if full_page {
            self.client
                .set_window_size(width as u32, height as u32)
                .await
                .expect("restoring the window size");
        }
    }
}
