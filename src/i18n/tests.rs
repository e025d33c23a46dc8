use std::collections::BTreeSet;
use std::path::Path;

use super::*;

/// The message ids a `.ftl` source defines (terms, attributes and comments aside).
fn ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// Every id the code asks for: `t("…")`, `t1("…"`, `t2("…"`, `t_with("…"` and `Msg::new("…")`
/// in the templates and the sources.
fn used_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    for dir in ["templates", "src"] {
        walk(&root.join(dir), &mut files);
    }
    let mut used = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for call in [".t(\"", ".t1(\"", ".t2(\"", ".t_with(\"", "Msg::new(\""] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(call) {
                rest = &rest[at + call.len()..];
                let id = rest.split('"').next().unwrap_or_default();
                if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    used.insert(id.to_owned());
                }
            }
        }
    }
    used
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "html" || e == "txt")
        {
            out.push(path);
        }
    }
}

#[test]
fn both_languages_say_the_same_messages() {
    for (i, part) in PARTS.iter().enumerate() {
        let en: BTreeSet<_> = ids(SOURCES[0][i]).into_iter().collect();
        let pl: BTreeSet<_> = ids(SOURCES[1][i]).into_iter().collect();
        let only_en: Vec<_> = en.difference(&pl).collect();
        let only_pl: Vec<_> = pl.difference(&en).collect();
        assert!(only_en.is_empty(), "not in pl/{part}.ftl: {only_en:?}");
        assert!(only_pl.is_empty(), "not in en/{part}.ftl: {only_pl:?}");
    }
    assert!(!ids(SOURCES[0][0]).is_empty());
}

#[test]
fn every_message_the_code_asks_for_exists() {
    load();
    let used = used_ids();
    assert!(used.len() > 50, "the scan found only {used:?}");
    for lang in Lang::ALL {
        let missing: Vec<_> = used
            .iter()
            .filter(|id| lang.bundle().get_message(id).is_none())
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
    }
}

#[test]
fn polish_plurals_follow_the_number() {
    let tickets = |n: i64| Lang::Pl.t_with("tickets-count", &[("count", Arg::Number(n))]);
    assert_eq!(tickets(1), "1 bilet");
    assert_eq!(tickets(2), "2 bilety");
    assert_eq!(tickets(5), "5 biletów");
    assert_eq!(tickets(22), "22 bilety");
    assert_eq!(tickets(12), "12 biletów");
    assert_eq!(
        Lang::En.t_with("tickets-count", &[("count", Arg::Number(1))]),
        "1 ticket"
    );
}

#[test]
fn accept_language_picks_polish_or_falls_back_to_english() {
    assert_eq!(negotiate("pl"), Lang::Pl);
    assert_eq!(negotiate("pl-PL,pl;q=0.9,en-US;q=0.8"), Lang::Pl);
    assert_eq!(negotiate("en-US,en;q=0.9,pl;q=0.8"), Lang::En);
    assert_eq!(negotiate("de-DE,pl;q=0.5"), Lang::Pl);
    assert_eq!(negotiate("en;q=0.2,pl;q=0.9"), Lang::Pl);
    assert_eq!(negotiate("pl;q=0,de"), Lang::En);
    assert_eq!(negotiate("de, fr"), Lang::En);
    assert_eq!(negotiate(""), Lang::En);
    assert_eq!(negotiate("*"), Lang::En);
    assert_eq!(negotiate(";;;,q=,pl;q=abc"), Lang::En);
}

#[test]
fn arguments_are_not_wrapped_in_isolation_marks() {
    let s = Lang::En.t_with("tickets-count", &[("count", Arg::Number(3))]);
    assert!(!s.contains('\u{2068}'), "{s:?}");
}

#[test]
fn waits_are_said_with_their_plural() {
    let paused = |lang: Lang, minutes: i64| {
        lang.t_with("register-too-many", &[("minutes", Arg::Number(minutes))])
    };
    assert!(
        paused(Lang::En, 1).ends_with("in 1 minute."),
        "{}",
        paused(Lang::En, 1)
    );
    assert!(paused(Lang::En, 15).ends_with("in 15 minutes."));
    assert!(
        paused(Lang::Pl, 2).ends_with("za 2 minuty."),
        "{}",
        paused(Lang::Pl, 2)
    );
    assert!(paused(Lang::Pl, 15).ends_with("za 15 minut."));
}

#[test]
fn mail_bodies_keep_their_blank_lines() {
    let body = Lang::Pl.t_with(
        "mail-reset-body",
        &[
            ("name", "Zofia".into()),
            ("cinema", "Kino".into()),
            ("link", "http://x/y".into()),
        ],
    );
    assert!(body.starts_with("Dzień dobry, Zofia,\n\nktoś"), "{body:?}");
    assert!(body.contains(":\n\nhttp://x/y\n\nJeśli"), "{body:?}");
}
