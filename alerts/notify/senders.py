"""The delivery ports chosen from Settings: SMTP or the outbox folder for mail, the webhook
sender, and the Apprise channel. Tests and benchmarks pass their own `Senders`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from alerts.config import Settings
from alerts.notify.channels.apprise import AppriseChannel
from alerts.notify.channels.base import ChannelKind
from alerts.notify.channels.email import EmailChannel
from alerts.notify.channels.failures import tell_owner
from alerts.notify.channels.webhook import WebhookChannel
from alerts.notify.email import (
    DOMAIN_KEY_PREFIX,
    DOMAIN_WINDOW_S,
    MailSender,
    OutboxDirSender,
    SmtpSender,
)
from alerts.notify.ratelimit import rate_limiter
from alerts.notify.webhook import WebhookSender


@dataclass(frozen=True)
class Senders:
    """One sender per channel: mail and webhooks, and the kinds of the channel interface
    by name (`alerts.notify.channels.registry`)."""

    mail: MailSender
    webhook: WebhookSender
    channels: Mapping[str, ChannelKind[Any]] = field(default_factory=dict)

    def kinds(self, settings: Settings) -> dict[str, ChannelKind[Any]]:
        """Every channel kind this process sends, by name: e-mail over `mail`, webhooks over
        `webhook` (their owners told over `mail`), and the other kinds of `channels`."""
        mail = EmailChannel(settings=settings, mail=self.mail)
        hooks = WebhookChannel(settings=settings, sender=self.webhook, mail=self.mail)
        return {mail.name: mail, hooks.name: hooks, **self.channels}

    def close(self) -> None:
        """Release pooled connections (webhook sessions, open SMTP connections); an
        unclosed aiohttp session is reported on stderr when the process ends."""
        self.webhook.close()
        for channel in self.channels.values():
            channel.close()
        if isinstance(self.mail, SmtpSender):
            self.mail.close()

    def __enter__(self) -> Senders:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def senders_from_settings(settings: Settings) -> Senders:
    """SMTP when `ALERTS_SMTP_URL` is set, otherwise `.eml` files in `ALERTS_OUTBOX_DIR`."""
    smtp = settings.smtp
    mail: MailSender = (
        SmtpSender(
            smtp,
            timeout_s=settings.smtp_timeout_s,
            connections=settings.smtp_connections,
            per_domain_per_min=settings.smtp_domain_rate_per_min,
            limiter=rate_limiter(settings, prefix=DOMAIN_KEY_PREFIX, window_s=DOMAIN_WINDOW_S),
        )
        if smtp
        else OutboxDirSender(settings.outbox_dir)
    )
    webhook = WebhookSender(
        allowed_hosts=settings.webhook_allowed_hosts,
        timeout_s=settings.webhook_timeout_s,
        limiter=rate_limiter(settings),
    )
    apprise = AppriseChannel(
        allowed_hosts=settings.webhook_allowed_hosts,
        max_per_s=settings.webhook_rate_limit_per_s,
        limiter=rate_limiter(settings),
        disable_after_s=settings.webhook_disable_after_s,
        on_disable=tell_owner(settings, mail, "Apprise channel"),
    )
    return Senders(mail=mail, webhook=webhook, channels={apprise.name: apprise})
