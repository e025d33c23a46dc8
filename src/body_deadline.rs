//! Cuts off request bodies that arrive too slowly: a client that announces a body and then sends it
//! a byte at a time (or never) would otherwise hold a connection and a worker's attention for as long
//! as it likes. The application reads bodies in one place, the CSRF check (which reads every form
//! before any handler sees it; other bodies are refused unread), and reads them through
//! [`Deadline`], which fails with a timeout answered as 408.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::dev::Payload;
use actix_web::error::PayloadError;
use actix_web::web::Bytes;
use futures_util::Stream;
use tokio::time::{Instant, Sleep};

/// How slowly a body may arrive.
#[derive(Debug, Clone, Copy)]
pub struct BodyDeadline {
    /// The longest pause between two parts of a body.
    pub idle: Duration,
    /// The longest a whole body may take.
    pub total: Duration,
}

impl Default for BodyDeadline {
    /// Generous for a person's form on a poor mobile connection, short for a client that stalls.
    fn default() -> BodyDeadline {
        BodyDeadline {
            idle: Duration::from_secs(5),
            total: Duration::from_secs(30),
        }
    }
}

/// True for the error a cut-off body ends with, wherever it surfaces.
pub fn is_cut_off(error: &PayloadError) -> bool {
    matches!(error, PayloadError::Io(e) if e.kind() == std::io::ErrorKind::TimedOut)
}

/// A request's payload that fails once its body is too slow.
pub struct Deadline {
    inner: Payload,
    idle: Duration,
    idle_timer: Pin<Box<Sleep>>,
    total_timer: Pin<Box<Sleep>>,
    finished: bool,
}

impl Deadline {
    pub fn new(inner: Payload, deadline: BodyDeadline) -> Deadline {
        let now = Instant::now();
        Deadline {
            inner,
            idle: deadline.idle,
            idle_timer: Box::pin(tokio::time::sleep_until(now + deadline.idle)),
            total_timer: Box::pin(tokio::time::sleep_until(now + deadline.total)),
            finished: false,
        }
    }
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.finished {
            return Poll::Ready(None);
        }
        match Pin::new(&mut this.inner).poll_next(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                let next = Instant::now() + this.idle;
                this.idle_timer.as_mut().reset(next);
                return Poll::Ready(Some(Ok(chunk)));
            }
            Poll::Ready(other) => {
                this.finished = other.is_none();
                return Poll::Ready(other);
            }
            Poll::Pending => {}
        }
        let idle = this.idle_timer.as_mut().poll(cx).is_ready();
        let total = this.total_timer.as_mut().poll(cx).is_ready();
        if idle || total {
            this.finished = true;
            return Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the request body arrived too slowly",
            )))));
        }
        Poll::Pending
    }
}
