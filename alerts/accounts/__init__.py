"""Subscribers' accounts: users and keys, follows, preferences and webhook endpoints."""
