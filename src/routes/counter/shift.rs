//! The cashier's shift: opened with the cash float, closed with the cash counted, and the
//! end-of-shift summary (expected cash, the difference, card totals, counts) to print.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::shifts::{Shift, Totals};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::session::{self, Ctx};
use crate::views::{self, PageCtx};
use crate::{db, domain};

pub struct Summary {
    pub opened: String,
    pub closed: Option<String>,
    pub float: String,
    pub cash_sales: String,
    pub cash_refunds: String,
    pub card_sales: String,
    pub card_refunds: String,
    pub expected: String,
    pub counted: Option<String>,
    pub difference: Option<String>,
    pub sales: i64,
    pub refunds: i64,
    pub declined: i64,
}

#[derive(Template)]
#[template(path = "counter/shift.html")]
struct ShiftPage {
    ctx: PageCtx,
    open: Option<Summary>,
    last_closed: Option<Summary>,
    value: String,
    error: Option<String>,
}

fn summary(ctx: &Ctx, shift: &Shift, totals: &Totals) -> Summary {
    let r = &ctx.rules;
    let expected = shift
        .expected_cents
        .unwrap_or_else(|| totals.expected_cash(shift.float_cents));
    Summary {
        opened: r.show_time(shift.opened_at),
        closed: shift.closed_at.map(|t| r.show_time(t)),
        float: r.money(shift.float_cents),
        cash_sales: r.money(totals.cash_sales_cents),
        cash_refunds: r.money(totals.cash_refunds_cents),
        card_sales: r.money(totals.card_sales_cents),
        card_refunds: r.money(totals.card_refunds_cents),
        expected: r.money(expected),
        counted: shift.counted_cents.map(|c| r.money(c)),
        difference: shift.counted_cents.map(|c| {
            let d = c - expected;
            let lang = ctx.lang;
            match d.signum() {
                0 => lang.t("counter-shift-diff-none"),
                1 => lang.t1("counter-shift-diff-over", "amount", r.money(d)),
                _ => lang.t1("counter-shift-diff-short", "amount", r.money(-d)),
            }
        }),
        sales: totals.sales,
        refunds: totals.refunds,
        declined: totals.declined,
    }
}

pub async fn show(ctx: Ctx) -> Result<HttpResponse, AppError> {
    render(&ctx, StatusCode::OK, String::new(), None).await
}

async fn render(
    ctx: &Ctx,
    status: StatusCode,
    value: String,
    error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let staff = ctx.require_staff()?.id;
    let (open, last) = ctx
        .read(move |c| {
            let with_totals = |c: &mut db::Conn, s: Shift| {
                let t = db::shifts::totals(c, s.id)?;
                Ok::<_, AppError>((s, t))
            };
            let open = db::shifts::open_of(c, staff)?
                .map(|s| with_totals(c, s))
                .transpose()?;
            let last = db::shifts::recent(c, staff, 5)?
                .into_iter()
                .find(|s| s.closed_at.is_some())
                .map(|s| with_totals(c, s))
                .transpose()?;
            Ok((open, last))
        })
        .await?;
    views::html_status(
        status,
        &ShiftPage {
            ctx: ctx.page(),
            open: open.as_ref().map(|(s, t)| summary(ctx, s, t)),
            last_closed: last.as_ref().map(|(s, t)| summary(ctx, s, t)),
            value,
            error,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OpenForm {
    float: String,
}

pub async fn open(ctx: Ctx, form: web::Form<OpenForm>) -> Result<HttpResponse, AppError> {
    let typed = form.float.trim().to_owned();
    let cents = match amount(&typed, "float") {
        Ok(c) => c,
        Err(m) => {
            let shown = ctx.lang.say(&m.into());
            return render(&ctx, StatusCode::UNPROCESSABLE_ENTITY, typed, Some(shown)).await;
        }
    };
    match ctx
        .write_as_staff(move |c, now, staff| Ok(db::shifts::open(c, staff.id, cents, now)?))
        .await
    {
        Ok(_) => {
            session::set_flash(
                &ctx.session,
                ctx.lang.t1(
                    "counter-shift-opened-flash",
                    "float",
                    ctx.rules.money(cents),
                ),
            );
            Ok(views::see_other("/counter"))
        }
        Err(AppError::Conflict(m)) => {
            render(&ctx, StatusCode::CONFLICT, typed, Some(ctx.lang.say(&m))).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CloseForm {
    counted: String,
}

pub async fn close(ctx: Ctx, form: web::Form<CloseForm>) -> Result<HttpResponse, AppError> {
    let typed = form.counted.trim().to_owned();
    let cents = match amount(&typed, "counted") {
        Ok(c) => c,
        Err(m) => {
            let shown = ctx.lang.say(&m.into());
            return render(&ctx, StatusCode::UNPROCESSABLE_ENTITY, typed, Some(shown)).await;
        }
    };
    match ctx
        .write_as_staff(move |c, now, staff| Ok(db::shifts::close(c, staff.id, cents, now)?))
        .await
    {
        Ok(_) => {
            session::set_flash(&ctx.session, ctx.lang.t("counter-shift-closed-flash"));
            Ok(views::see_other("/counter/shift"))
        }
        Err(AppError::Conflict(m)) => {
            render(&ctx, StatusCode::CONFLICT, typed, Some(ctx.lang.say(&m))).await
        }
        Err(other) => Err(other),
    }
}

fn amount(text: &str, what: &'static str) -> Result<i64, Msg> {
    if text.is_empty() {
        return Err(Msg::new("counter-amount-missing").arg("what", what));
    }
    let cents = domain::money::parse(text)
        .map_err(|_| Msg::new("counter-amount-not-money").arg("text", text))?;
    if cents > 100_000_000 {
        return Err(Msg::new("counter-amount-too-much").arg("text", text));
    }
    Ok(cents)
}
