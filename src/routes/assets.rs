//! Static files, built into the binary so a release is one file that needs no asset directory.
//!
//! Pages link each file by a versioned name (`style.1a2b3c4d5e6f7a8b.css`, from a hash of its
//! contents), which browsers may keep for a year without asking again: a new release changes the
//! name. The plain name still answers, kept for an hour, for anything that linked it before; a
//! versioned name of another release answers with this release's file and the same short caching,
//! so a page cached across a deploy still gets styles and scripts.

use crate::i18n::Msg;
use std::sync::LazyLock;

use actix_web::{HttpResponse, web};

use crate::error::AppError;

struct Asset {
    name: &'static str,
    body: &'static str,
    content_type: &'static str,
    /// The name pages link: the stem, the contents' hash, the extension.
    versioned: String,
    url: String,
}

const SOURCES: [(&str, &str, &str); 4] = [
    (
        "htmx.min.js",
        include_str!("../../assets/htmx.min.js"),
        "text/javascript; charset=utf-8",
    ),
    (
        "app.js",
        include_str!("../../assets/app.js"),
        "text/javascript; charset=utf-8",
    ),
    (
        "counter.js",
        include_str!("../../assets/counter.js"),
        "text/javascript; charset=utf-8",
    ),
    (
        "style.css",
        include_str!("../../assets/style.css"),
        "text/css; charset=utf-8",
    ),
];

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|&(name, body, content_type)| {
            let versioned = versioned_name(name, body);
            Asset {
                name,
                body,
                content_type,
                url: format!("/assets/{versioned}"),
                versioned,
            }
        })
        .collect()
});

const FOR_A_YEAR: &str = "public, max-age=31536000, immutable";
const FOR_AN_HOUR: &str = "public, max-age=3600";

/// The address pages link for one of the files, e.g. `/assets/style.1a2b3c4d5e6f7a8b.css`.
pub fn url(name: &str) -> &'static str {
    ASSETS
        .iter()
        .find(|a| a.name == name)
        .map_or("/assets/no-such-file", |a| a.url.as_str())
}

pub async fn asset(file: web::Path<String>) -> Result<HttpResponse, AppError> {
    let file = file.as_str();
    let (asset, cache) = if let Some(asset) = ASSETS.iter().find(|a| a.versioned == file) {
        (asset, FOR_A_YEAR)
    } else if let Some(asset) = ASSETS
        .iter()
        .find(|a| a.name == file || unversioned(file).as_deref() == Some(a.name))
    {
        (asset, FOR_AN_HOUR)
    } else {
        return Err(AppError::NotFound(Msg::new("error-no-such-file").into()));
    };
    Ok(HttpResponse::Ok()
        .content_type(asset.content_type)
        .insert_header(("Cache-Control", cache))
        .body(asset.body))
}

/// `style.css` and its contents → `style.<16 hex digits>.css`.
fn versioned_name(name: &str, body: &str) -> String {
    let (stem, extension) = split_extension(name);
    format!("{stem}.{:016x}.{extension}", fnv1a(body.as_bytes()))
}

/// A versioned name with its hash taken out (`style.0123456789abcdef.css` → `style.css`).
fn unversioned(file: &str) -> Option<String> {
    let (rest, extension) = split_extension(file);
    let (stem, hash) = rest.rsplit_once('.')?;
    (hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("{stem}.{extension}"))
}

/// `htmx.min.js` → (`htmx.min`, `js`).
fn split_extension(name: &str) -> (&str, &str) {
    name.rsplit_once('.').unwrap_or((name, ""))
}

/// FNV-1a, 64 bits: a version tag that changes with the contents, not a security measure.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_versioned_name_keeps_the_stem_and_extension_and_changes_with_the_contents() {
        let one = versioned_name("htmx.min.js", "a");
        let two = versioned_name("htmx.min.js", "b");
        assert!(
            one.starts_with("htmx.min.") && one.ends_with(".js"),
            "{one}"
        );
        assert_ne!(one, two);
        assert_eq!(unversioned(&one).as_deref(), Some("htmx.min.js"));
        assert_eq!(unversioned("htmx.min.js"), None);
        assert_eq!(unversioned("style.nothex0123456789.css"), None);
    }

    #[test]
    fn every_file_has_an_address_with_its_version() {
        for (name, _, _) in SOURCES {
            let url = url(name);
            assert!(
                url.starts_with("/assets/") && url != format!("/assets/{name}"),
                "{url}"
            );
            assert!(!url.contains("no-such-file"), "{url}");
        }
    }
}
