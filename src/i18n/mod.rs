//! Polish and English: which language a request is answered in, and the Fluent messages that say
//! everything in it. The messages live in `en/*.ftl` and `pl/*.ftl` beside this file (one file per
//! part of the product: the customer's pages, the counter, the back office), compiled in;
//! a test checks that both name the same messages and that every message the code asks for exists.

mod format;
mod msg;
mod negotiate;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::{LanguageIdentifier, langid};

pub use msg::{Arg, Msg, Text};
pub use negotiate::{LANG_COOKIE, from_request, negotiate};

/// A language the pages are written in. English is the default for every other language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Pl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Pl];

    /// The BCP 47 tag, as `<html lang>`, the cookie and the `lang` field write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
        }
    }

    /// The language named in its own words, for the switcher.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pl => "Polski",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::Pl => langid!("pl"),
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        &BUNDLES[self as usize]
    }

    /// The message `id` with no arguments.
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its arguments (numbers choose the plural form).
    pub fn t_with(self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.to_fluent());
        }
        self.format(id, Some(&fluent))
    }

    /// The message `id` with one argument; templates call it as `lang.t1("almost-full", "count", n)`.
    pub fn t1(self, id: &str, name: &str, value: impl Into<Arg>) -> String {
        self.t_with(id, &[(name, value.into())])
    }

    pub fn t2(self, id: &str, a: &str, x: impl Into<Arg>, b: &str, y: impl Into<Arg>) -> String {
        self.t_with(id, &[(a, x.into()), (b, y.into())])
    }

    /// What `text` says in this language.
    pub fn say(self, text: &Text) -> String {
        match text {
            Text::Plain(s) => s.clone(),
            Text::Msg(m) => self.t_with(m.id, &m.args),
        }
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            log::error!("no message {id} in {}", self.code());
            return id.to_owned();
        };
        let mut errors = vec![];
        let out = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            log::error!("message {id} in {}: {errors:?}", self.code());
        }
        out.into_owned()
    }
}

/// The message files of each language, by part of the product; the same names in both.
const PARTS: [&str; 4] = ["customer", "counter", "admin", "schedule"];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!($lang, "/customer.ftl")),
            include_str!(concat!($lang, "/counter.ftl")),
            include_str!(concat!($lang, "/admin.ftl")),
            include_str!(concat!($lang, "/schedule.ftl")),
        ]
    };
}

const SOURCES: [[&str; 4]; 2] = [sources!("en"), sources!("pl")];

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| Lang::ALL.map(|lang| bundle(lang, SOURCES[lang as usize])));

fn bundle(lang: Lang, sources: [&str; 4]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.id()]);
    // Unicode isolation marks around every argument would end up inside the HTML and its
    // attributes; the pages set `lang` and `dir` themselves.
    bundle.set_use_isolating(false);
    for (part, source) in PARTS.iter().zip(sources) {
        let file = format!("{}/{part}.ftl", lang.code());
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{file} repeats messages: {errors:?}"));
    }
    bundle
}

/// Parses both message files now, so that a broken one stops the server at its start.
pub fn load() {
    LazyLock::force(&BUNDLES);
}

#[cfg(test)]
mod tests;
