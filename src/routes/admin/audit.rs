//! The audit log in the back office: who changed what and when, newest first, filtered by actor,
//! kind of record and days, a page at a time (each page starts after the last entry shown, so a
//! deep page costs what the first does).

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::audit::{self, Filter};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::session::Ctx;
use crate::views::{self, PageCtx};

const PAGE: i64 = 50;

/// The kinds of record staff change, as the log names them.
const ENTITIES: [&str; 7] = [
    "movie",
    "hall",
    "showing",
    "ticket_type",
    "user",
    "settings",
    "booking",
];

/// A kind of record as the filter offers it, in `lang`.
fn filter_name(lang: Lang, entity: &str) -> String {
    match entity {
        "movie" => lang.t("audit-filter-movie"),
        "hall" => lang.t("audit-filter-hall"),
        "showing" => lang.t("audit-filter-showing"),
        "ticket_type" => lang.t("audit-filter-ticket-type"),
        "user" => lang.t("audit-filter-user"),
        "settings" => lang.t("audit-filter-settings"),
        _ => lang.t("audit-filter-booking"),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    actor: String,
    entity: String,
    from: String,
    to: String,
    page: String,
}

pub struct Line {
    pub id: i32,
    pub when: String,
    pub who: String,
    pub entity: String,
    pub link: Option<String>,
    pub action: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    ctx: PageCtx,
    lines: Vec<Line>,
    actors: Vec<(i32, String)>,
    /// Each kind of record with its name in the page's language.
    entities: Vec<(&'static str, String)>,
    actor: String,
    entity: String,
    from: String,
    to: String,
    /// The address of the next (older) page, when there is one.
    older: Option<String>,
    first_page: bool,
}

pub async fn list(ctx: Ctx, query: web::Query<AuditQuery>) -> Result<HttpResponse, AppError> {
    ctx.require_admin()?;
    let q = query.into_inner();
    let lang = ctx.lang;
    let bad = |what: &'static str| {
        AppError::Validation(Msg::new("audit-filter-bad").arg("what", what).into())
    };
    let actor_id = match q.actor.trim() {
        "" => None,
        text => Some(text.parse::<i32>().map_err(|_| bad("actor"))?),
    };
    let entity = match q.entity.trim() {
        "" => None,
        text => Some(
            ENTITIES
                .iter()
                .find(|e| **e == text)
                .map(|e| (*e).to_owned())
                .ok_or_else(|| bad("entity"))?,
        ),
    };
    let day = |text: &str| -> Result<Option<chrono::NaiveDate>, AppError> {
        match text.trim() {
            "" => Ok(None),
            t => chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .ok()
                .filter(|d| {
                    crate::routes::admin::showings::form::YEARS.contains(&chrono::Datelike::year(d))
                })
                .map(Some)
                .ok_or_else(|| bad("date")),
        }
    };
    let (from_day, to_day) = (day(&q.from)?, day(&q.to)?);
    let after = match q.page.trim() {
        "" => None,
        text => Some(
            text.parse::<i32>()
                .ok()
                .filter(|id| *id > 0)
                .ok_or_else(|| bad("page"))?,
        ),
    };
    let rules = ctx.rules.clone();
    let filter = Filter {
        actor_id,
        entity,
        from: from_day.map(|d| rules.day_range_utc(d).0),
        // The last day is included.
        to: to_day.map(|d| rules.day_range_utc(d).1),
        after,
    };
    let query_filter = filter.clone();
    let (mut entries, actors) = ctx
        .read(move |c| {
            let entries = audit::page(c, &query_filter, PAGE)?
                .ok_or_else(|| AppError::NotFound(Msg::new("audit-no-page").into()))?;
            Ok((entries, crate::db::accounts::staff(c)?))
        })
        .await?;
    let more = entries.len() as i64 > PAGE;
    entries.truncate(PAGE as usize);
    let older = match (more, entries.last()) {
        (true, Some((last, _))) => Some(format!(
            "/admin/audit?actor={}&entity={}&from={}&to={}&page={}",
            q.actor.trim(),
            q.entity.trim(),
            q.from.trim(),
            q.to.trim(),
            last.id
        )),
        _ => None,
    };
    let lines = entries
        .into_iter()
        .map(|(e, who)| Line {
            id: e.id,
            when: rules.show_time(e.at),
            link: link(&e.entity, e.entity_id),
            entity: lang.t2("audit-entity", "entity", &e.entity, "id", e.entity_id),
            action: lang.t2(
                "audit-action",
                "key",
                e.action.replace(' ', "-"),
                "action",
                &e.action,
            ),
            summary: summary(&e.before, &e.after, lang),
            who,
        })
        .collect();
    views::html(&AuditPage {
        ctx: ctx.page(),
        lines,
        actors,
        entities: ENTITIES.map(|e| (e, filter_name(lang, e))).to_vec(),
        actor: q.actor.trim().to_owned(),
        entity: q.entity.trim().to_owned(),
        from: q.from.trim().to_owned(),
        to: q.to.trim().to_owned(),
        older,
        first_page: after.is_none(),
    })
}

/// Where the back office shows the record an entry is about.
fn link(entity: &str, id: i32) -> Option<String> {
    match entity {
        "movie" => Some(format!("/admin/movies/{id}/edit")),
        "hall" => Some(format!("/admin/halls/{id}/edit")),
        "showing" => Some(format!("/admin/showings/{id}/edit")),
        "user" => Some(format!("/admin/users/{id}")),
        "ticket_type" => Some("/admin/ticket-types".into()),
        "settings" => Some("/admin/settings".into()),
        _ => None,
    }
}

/// A short before → after of the fields that changed (or, for a new record, its first fields), in
/// `lang`: the fields' names, yes and no, and roles; other values as the record stores them.
pub fn summary(before: &str, after: &str, lang: Lang) -> String {
    const MOST: usize = 4;
    let parse = |text: &str| match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (before, after) = (parse(before), parse(after));
    let show = |key: &str, v: &serde_json::Value| {
        let text = match v {
            serde_json::Value::String(s) if key == "role" => lang.t1("admin-role", "role", s),
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => lang.t("audit-no-value"),
            serde_json::Value::Bool(yes) => lang.t1("audit-yes-no", "value", yes.to_string()),
            other => other.to_string(),
        };
        let short: String = text.chars().take(40).collect();
        if short.len() < text.len() {
            format!("{}…", short.replace('\n', " "))
        } else {
            short.replace('\n', " ")
        }
    };
    // The fields that name the record come first, the rest in their order.
    const FIRST: [&str; 8] = [
        "title",
        "name",
        "movie",
        "starts_at",
        "role",
        "seats",
        "reason",
        "active",
    ];
    let rank = |key: &str| FIRST.iter().position(|k| *k == key).unwrap_or(FIRST.len());
    let mut changed: Vec<(&String, &serde_json::Value)> = after
        .iter()
        .filter(|(key, _)| *key != "version" && *key != "id")
        .filter(|(key, value)| before.get(*key) != Some(*value))
        .collect();
    changed.sort_by_key(|(key, _)| rank(key));
    let mut parts: Vec<String> = changed
        .into_iter()
        .map(|(key, value)| {
            let name = lang.t1("audit-field", "key", key);
            match before.get(key) {
                Some(old) => format!("{name}: {} → {}", show(key, old), show(key, value)),
                None => format!("{name}: {}", show(key, value)),
            }
        })
        .collect();
    let total = parts.len();
    parts.truncate(MOST);
    if total > MOST {
        parts.push(lang.t1("audit-and-more", "count", total - MOST));
    }
    if parts.is_empty() {
        lang.t("audit-no-field-changed")
    } else {
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::summary;
    use crate::i18n::Lang;

    #[test]
    fn a_summary_names_what_changed_from_what_to_what() {
        let before = r#"{"title":"Old","duration_minutes":90,"version":1}"#;
        let after = r#"{"title":"New","duration_minutes":90,"version":2}"#;
        assert_eq!(summary(before, after, Lang::En), "title: Old → New");
        assert_eq!(
            summary("{}", r#"{"name":"Studio"}"#, Lang::En),
            "name: Studio"
        );
        let long = format!(r#"{{"plan":"{}"}}"#, "S".repeat(100));
        assert!(summary("{}", &long, Lang::En).ends_with('…'));
        assert_eq!(summary("{}", "{}", Lang::En), "no field changed");
        assert_eq!(summary("{}", "{}", Lang::Pl), "żadne pole się nie zmieniło");
        let deactivated = summary(
            r#"{"role":"cashier","active":true}"#,
            r#"{"role":"admin","active":false}"#,
            Lang::Pl,
        );
        assert_eq!(
            deactivated,
            "rola: kasjer → administrator; aktywne: tak → nie"
        );
        let five = r#"{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}"#;
        assert!(summary("{}", five, Lang::Pl).ends_with("; i jeszcze 2 pola"));
        assert!(summary("{}", five, Lang::En).ends_with("; and 2 more"));
    }
}
