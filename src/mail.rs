//! Mail to customers: password reset links and booking confirmations. With `CINEMA_SMTP_URL` set it
//! goes to that SMTP server; otherwise every message is written as one `.eml` file to the outbox
//! folder (`CINEMA_MAIL_OUTBOX`, by default `outbox` beside the database), where a developer or a
//! test reads it. A message that cannot be sent is logged; the page that sent it does not fail.

use anyhow::Context;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::Config;

pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Outbox(AsyncFileTransport<Tokio1Executor>),
}

/// A text with `\n` line ends (as Fluent gives them) with the `\r\n` that mail lines end with.
pub fn lines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// One plain-text message to one person.
pub struct Mail {
    pub to_name: String,
    pub to_email: String,
    pub subject: String,
    pub body: String,
}

impl Mailer {
    pub fn new(config: &Config) -> anyhow::Result<Mailer> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .context("CINEMA_MAIL_FROM is not an e-mail address")?;
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("CINEMA_SMTP_URL")?
                    .build(),
            ),
            None => {
                std::fs::create_dir_all(&config.mail_outbox).with_context(|| {
                    format!("creating the mail outbox {}", config.mail_outbox.display())
                })?;
                Transport::Outbox(AsyncFileTransport::new(&config.mail_outbox))
            }
        };
        Ok(Mailer { from, transport })
    }

    /// Sends `mail`; a failure is logged, never shown to whoever caused the message.
    pub async fn send(&self, mail: Mail) {
        if let Err(e) = self.try_send(&mail).await {
            log::warn!(
                "mail to {} ({}) was not sent: {e:#}",
                mail.to_email,
                mail.subject
            );
        }
    }

    async fn try_send(&self, mail: &Mail) -> anyhow::Result<()> {
        let to = Mailbox::new(
            Some(mail.to_name.clone()),
            mail.to_email.parse().context("the recipient's address")?,
        );
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.as_str())
            // Quoted-printable: Polish letters travel safely, and the text stays readable as is.
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .header(ContentTransferEncoding::QuotedPrintable)
                    .body(mail.body.clone()),
            )
            .context("building the message")?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await.context("sending by SMTP")?;
            }
            Transport::Outbox(outbox) => {
                outbox
                    .send(message)
                    .await
                    .context("writing to the outbox")?;
            }
        }
        Ok(())
    }
}
