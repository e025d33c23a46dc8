//! A visitor who clicks a seat before logging in is sent to log in with the seat in `next`
//! (`/showings/3?seat=41`); once they have logged in or registered, that seat is held for them if
//! it is still free, and they land on the seat map with a word about it. The hold is made by the
//! login's own POST (with its CSRF token), never by a GET.

use crate::db::{self, StoreError};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::Ctx;

/// The `next` that asks for `seat` of `showing` to be held after logging in.
pub fn next_for(showing_id: i32, seat_id: i32) -> String {
    format!("/showings/{showing_id}?seat={seat_id}")
}

/// The showing and seat a `next` asks to keep, if it is one of [`next_for`]'s.
pub fn parse(next: &str) -> Option<(i32, i32)> {
    let rest = next.strip_prefix("/showings/")?;
    let (showing, seat) = rest.split_once("?seat=")?;
    let id = |text: &str| {
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<i32>().ok())
            .flatten()
            .filter(|&n| n > 0)
    };
    Some((id(showing)?, id(seat)?))
}

/// Where to go after logging in or registering: for a kept seat, the seat map, with the seat held
/// if it could be, and what to tell the customer about it; otherwise `next` itself.
pub async fn land(
    ctx: &Ctx,
    user_id: i32,
    client: &str,
    next: &str,
) -> Result<(String, Option<String>), AppError> {
    let Some((showing_id, seat_id)) = parse(next) else {
        return Ok((next.to_owned(), None));
    };
    // The same limits as a click on the seat.
    let limits = &ctx.state.hold_limits;
    if limits.address(client).is_err()
        || limits
            .account(user_id, ctx.rules.holds_per_minute_per_account)
            .is_err()
    {
        return Ok((
            format!("/showings/{showing_id}"),
            Some(ctx.t("kept-seat-too-fast")),
        ));
    }
    let rules = ctx.rules.clone();
    let held = ctx
        .write(
            move |c, now| match db::holds::hold(c, user_id, showing_id, seat_id, now, &rules) {
                Ok(()) => Ok(Ok(())),
                Err(
                    StoreError::Conflict(why)
                    | StoreError::Invalid(why)
                    | StoreError::NotFound(why),
                ) => Ok(Err(why)),
                Err(other) => Err(other.into()),
            },
        )
        .await
        // The customer is logged in by now: a busy database costs the seat, not the login.
        .unwrap_or_else(|e| {
            log::warn!("holding a kept seat after login failed: {e}");
            Err(Msg::new("kept-seat-busy").into())
        });
    let message = match held {
        Ok(()) => ctx.t("kept-seat-held"),
        Err(why) => ctx
            .lang
            .t_with("kept-seat-lost", &[("why", ctx.lang.say(&why).into())]),
    };
    Ok((format!("/showings/{showing_id}"), Some(message)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_showing_and_a_seat_are_read_from_next() {
        assert_eq!(parse(&next_for(3, 41)), Some((3, 41)));
        for other in [
            "/showings/3",
            "/showings/3?seat=",
            "/showings/x?seat=4",
            "/showings/3?seat=4&x=1",
            "/showings/3/seats?seat=4",
            "/showings/0?seat=4",
            "/showings/3?seat=-4",
            "/bookings?seat=4",
            "/showings/99999999999?seat=4",
        ] {
            assert_eq!(parse(other), None, "{other}");
        }
    }
}
