"""Ways of telling a follower, one module each, behind one interface (`base.ChannelKind`):
the outbox claims, retries, rate-limits and dead-letters every channel's notifications
the same way; a channel only says who can receive, how its message reads and how it is sent.
`registry` names them."""
