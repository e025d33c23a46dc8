//! Taking the money at the counter: cash (the amount tendered, the change due) or card (typed, or
//! on the terminal), in the cashier's open shift; the sale completes in one transaction.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::db::checkout::Seen;
use crate::db::counter::Customer;
use crate::db::ledger::Tender;
use crate::domain::card::Card;
use crate::domain::kinds::PaymentMethod;
use crate::error::AppError;
use crate::i18n::{Msg, Text};
use crate::payments::CardSource;
use crate::routes::payment::{self, CardResult};
use crate::session::Ctx;
use crate::views::{self, FieldErrors};
use crate::{db, domain};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PayForm {
    method: String,
    tendered: String,
    card_name: String,
    card_number: String,
    card_expiry: String,
    card_cvc: String,
    customer_name: String,
    customer_email: String,
    version: String,
}

/// The payment form as it was, shown again when it is refused (never the card number or CVC).
#[derive(Default)]
pub struct PayInput {
    pub method: String,
    pub tendered: String,
    pub customer_name: String,
    pub customer_email: String,
    pub errors: FieldErrors,
}

pub async fn pay(
    ctx: Ctx,
    path: web::Path<String>,
    form: web::Form<PayForm>,
) -> Result<HttpResponse, AppError> {
    let sale = super::load_booking(&ctx, &path).await?;
    let form = form.into_inner();
    let mut input = PayInput {
        method: form.method.trim().to_owned(),
        tendered: form.tendered.trim().to_owned(),
        customer_name: form.customer_name.trim().to_owned(),
        customer_email: form.customer_email.trim().to_owned(),
        errors: FieldErrors::default(),
    };
    let refuse = |status, message: Text, input| {
        super::sale::refused_payment(&ctx, &sale, status, ctx.lang.say(&message), input)
    };
    let customer = match customer(&input.customer_name, &input.customer_email) {
        Ok(c) => c,
        Err((field, message)) => {
            input.errors.add(field, message);
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                Msg::new("counter-pay-check-customer").into(),
                input,
            )
            .await;
        }
    };
    let Ok(version) = form.version.trim().parse::<i32>() else {
        return refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            Msg::new("counter-pay-incomplete").into(),
            input,
        )
        .await;
    };
    let method = match input.method.as_str() {
        "" | "cash" => PaymentMethod::Cash,
        "card" => PaymentMethod::Card,
        _ => {
            input
                .errors
                .add("method", Msg::new("counter-pay-choose-method"));
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                Msg::new("counter-pay-choose-how").into(),
                input,
            )
            .await;
        }
    };
    // The sale as it stands, before any money is taken.
    let (sale_id, rules, now) = (sale.id, ctx.rules.clone(), ctx.now());
    let ready = ctx
        .read({
            let rules = rules.clone();
            let staff = ctx.require_staff()?.id;
            move |c| {
                db::counter::payable(c, sale_id, staff, now)?;
                if db::shifts::open_of(c, staff)?.is_none() {
                    return Err(db::shifts::no_open_shift().into());
                }
                Ok(db::checkout::ready_to_pay(
                    c, sale_id, version, now, &rules,
                )?)
            }
        })
        .await;
    let booking = match ready {
        Ok(b) => b,
        Err(AppError::Conflict(m)) => {
            return refuse(StatusCode::CONFLICT, m, input).await;
        }
        Err(other) => return Err(other),
    };
    let total = booking.total_cents;
    let seen = Seen {
        booking_id: sale_id,
        version,
        total_cents: total,
    };
    let commit = |tender: Tender| {
        let (rules, customer) = (rules.clone(), customer.clone());
        ctx.write_as_staff(move |c, now, staff| {
            Ok(db::counter::pay(
                c, staff.id, seen, &tender, &customer, now, &rules,
            )?)
        })
    };
    let result = match method {
        PaymentMethod::Cash => {
            let tendered = match cash(&input.tendered, total, |c| ctx.rules.money(c)) {
                Ok(cents) => cents,
                Err(message) => {
                    let shown = ctx.lang.t2(
                        "counter-cash-refused",
                        "reason",
                        ctx.lang.say(&message.into()),
                        "total",
                        ctx.rules.money(total),
                    );
                    input.errors.add("tendered", shown.clone());
                    return refuse(StatusCode::UNPROCESSABLE_ENTITY, shown.into(), input).await;
                }
            };
            let tender = Tender {
                method: PaymentMethod::Cash,
                reference: format!(
                    "CASH-{}",
                    crate::random::hex(&crate::random::bytes::<6>()).to_uppercase()
                ),
                card_last4: None,
                tendered_cents: Some(tendered),
                change_cents: Some(tendered - total),
            };
            commit(tender).await.map(|()| {
                Msg::new("counter-paid-cash")
                    .arg("tendered", ctx.rules.money(tendered))
                    .arg("change", ctx.rules.money(tendered - total))
            })
        }
        PaymentMethod::Card => {
            let source = match card(&ctx, &form) {
                Ok(source) => source,
                Err(problems) => {
                    for (field, message) in problems {
                        input.errors.add(field, message);
                    }
                    return refuse(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        Msg::new("counter-pay-check-card").into(),
                        input,
                    )
                    .await;
                }
            };
            let declined = |reference: String, last4: Option<String>| {
                let rules = rules.clone();
                ctx.write_as_staff(move |c, now, staff| {
                    let till = db::ledger::Till {
                        channel: domain::kinds::Channel::Counter,
                        cashier_id: Some(staff.id),
                        shift_id: db::shifts::open_of(c, staff.id)?.map(|s| s.id),
                    };
                    Ok(db::checkout::record_declined(
                        c,
                        sale_id,
                        &reference,
                        last4.as_deref(),
                        till,
                        now,
                        &rules,
                    )?)
                })
            };
            match payment::by_card(&ctx.state, total, source, commit, declined).await {
                Ok(CardResult::Paid) => {
                    Ok(Msg::new("counter-paid-card").arg("total", ctx.rules.money(total)))
                }
                Ok(CardResult::Declined) => {
                    return refuse(
                        StatusCode::PAYMENT_REQUIRED,
                        Msg::new("counter-pay-declined").into(),
                        input,
                    )
                    .await;
                }
                Err(e) => Err(e),
            }
        }
    };
    match result {
        Ok(message) => {
            ctx.flash(message);
            Ok(views::see_other(&format!(
                "/counter/sales/{}/tickets",
                sale.code
            )))
        }
        Err(AppError::Conflict(m)) => refuse(StatusCode::CONFLICT, m, input).await,
        Err(other) => Err(other),
    }
}

/// The cash handed over: empty means the exact amount.
fn cash(text: &str, total: i64, money: impl Fn(i64) -> String) -> Result<i64, Msg> {
    if text.is_empty() {
        return Ok(total);
    }
    let cents = domain::money::parse(text)
        .map_err(|_| Msg::new("counter-cash-not-money").arg("text", text))?;
    if cents < total {
        return Err(Msg::new("counter-cash-too-little").arg("cash", money(cents)));
    }
    if cents > total + 1_000_000 {
        return Err(Msg::new("counter-cash-too-much"));
    }
    Ok(cents)
}

/// The card: typed in the form, or on the terminal when the form's card fields are empty.
fn card(ctx: &Ctx, form: &PayForm) -> Result<CardSource, Vec<(&'static str, Msg)>> {
    let fields = [
        &form.card_name,
        &form.card_number,
        &form.card_expiry,
        &form.card_cvc,
    ];
    if fields.iter().all(|f| f.trim().is_empty()) {
        return Ok(CardSource::Terminal);
    }
    let today = ctx.rules.today(ctx.state.clock.now());
    Card::parse(
        &form.card_name,
        &form.card_number,
        &form.card_expiry,
        &form.card_cvc,
        today,
    )
    .map(CardSource::Entered)
    .map_err(|problems| problems.into_iter().map(|p| (p.field, p.message)).collect())
}

fn customer(name: &str, email: &str) -> Result<Customer, (&'static str, Msg)> {
    if name.chars().count() > 100 {
        return Err(("customer_name", Msg::new("counter-customer-name-too-long")));
    }
    let email = if email.is_empty() {
        String::new()
    } else {
        domain::email::Email::parse(email)
            .map_err(|m| ("customer_email", m))?
            .into_inner()
    };
    Ok(Customer {
        name: name.to_owned(),
        email,
    })
}
