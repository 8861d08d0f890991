"""The personal inbox feed: every story that matched a user's follows, whatever the channel,
as Atom and JSON Feed at URLs that carry a revocable token, so any feed reader can subscribe
without an API key."""
