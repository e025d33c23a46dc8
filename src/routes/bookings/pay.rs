//! Paying with the simulated card processor.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::show::{self, Access, PayInput};
use crate::db::{self, ledger::Till};
use crate::domain::card::Card;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::payments::CardSource;
use crate::routes::payment::{self, CardResult};
use crate::session::Ctx;
use crate::views::{self, FieldErrors};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PayForm {
    card_name: String,
    card_number: String,
    card_expiry: String,
    card_cvc: String,
    version: String,
}

pub async fn pay_booking(
    ctx: Ctx,
    code: web::Path<String>,
    form: web::Form<PayForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let loaded = show::load(&ctx, &code, Access::Change).await?;
    let kept = |errors| PayInput {
        card_name: form.card_name.trim().to_owned(),
        card_expiry: form.card_expiry.trim().to_owned(),
        errors,
    };
    let today = ctx.rules.today(ctx.state.clock.now());
    let card = match Card::parse(
        &form.card_name,
        &form.card_number,
        &form.card_expiry,
        &form.card_cvc,
        today,
    ) {
        Ok(card) => card,
        Err(problems) => {
            let mut errors = FieldErrors::default();
            for p in problems {
                errors.add(p.field, p.message);
            }
            return show::render(
                &ctx,
                loaded,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(ctx.t("pay-check-card")),
                kept(errors),
            );
        }
    };
    let Ok(version) = form.version.trim().parse::<i32>() else {
        let message = ctx.t("pay-form-incomplete");
        return show::render(
            &ctx,
            loaded,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(message),
            kept(FieldErrors::default()),
        );
    };
    let (booking_id, rules) = (loaded.booking.id, ctx.rules.clone());
    let back = format!("/bookings/{}", loaded.booking.code);
    let result = match ctx
        .read({
            let rules = rules.clone();
            let now = ctx.now();
            move |c| {
                Ok(db::checkout::ready_to_pay(
                    c, booking_id, version, now, &rules,
                )?)
            }
        })
        .await
    {
        Ok(booking) => {
            let total = booking.total_cents;
            payment::by_card(
                &ctx.state,
                total,
                CardSource::Entered(card),
                |tender| {
                    let rules = rules.clone();
                    ctx.write_signed_in(&back, move |c, now, _| {
                        let seen = db::checkout::Seen {
                            booking_id,
                            version,
                            total_cents: total,
                        };
                        Ok(db::checkout::pay(c, seen, &tender, Till::WEB, now, &rules)?)
                    })
                },
                |reference, last4| {
                    let rules = rules.clone();
                    ctx.write_signed_in(&back, move |c, now, _| {
                        Ok(db::checkout::record_declined(
                            c,
                            booking_id,
                            &reference,
                            last4.as_deref(),
                            Till::WEB,
                            now,
                            &rules,
                        )?)
                    })
                },
            )
            .await
        }
        Err(e) => Err(e),
    };
    let (status, message) = match result {
        Ok(CardResult::Paid) => {
            super::confirmation::send(&ctx, &loaded);
            ctx.flash(Msg::new("flash-paid"));
            return Ok(views::see_other(&format!(
                "/bookings/{}",
                loaded.booking.code
            )));
        }
        Ok(CardResult::Declined) => (StatusCode::PAYMENT_REQUIRED, ctx.t("pay-declined")),
        Err(AppError::Conflict(message)) => (StatusCode::CONFLICT, ctx.lang.say(&message)),
        Err(other) => return Err(other),
    };
    let loaded = show::load(&ctx, &loaded.booking.code, Access::Change).await?;
    show::render(
        &ctx,
        loaded,
        status,
        Some(message),
        kept(FieldErrors::default()),
    )
}
