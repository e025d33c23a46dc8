//! Accounts: registering, logging in and out.

pub mod kept_seat;
pub mod login;
pub mod logout;
pub mod password_reset;
pub mod register;

/// What a paused login says, and in how many seconds it may be tried again.
pub fn pause_message(
    (until, pause): (chrono::NaiveDateTime, crate::db::login_failures::Pause),
    now: chrono::NaiveDateTime,
    lang: crate::i18n::Lang,
) -> (String, u64) {
    use crate::db::login_failures::Pause;
    let seconds = (until - now).num_seconds().max(1).unsigned_abs();
    let id = match pause {
        Pause::AccountFromAddress => "login-paused-account",
        Pause::Address => "login-paused-address",
    };
    let message = lang.t1(id, "minutes", seconds.div_ceil(60));
    (message, seconds)
}

/// A `next` target is followed only when it is a path on this site, never another origin.
pub fn safe_next(next: Option<&str>) -> String {
    match next.map(str::trim) {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && !path.chars().any(|c| c.is_control() || c == '\\')
                && path.len() <= 2000 =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/showings/3")), "/showings/3");
        assert_eq!(safe_next(Some("/?date=2026-11-25")), "/?date=2026-11-25");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
