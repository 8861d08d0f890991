"""Bundled sample feeds and a loopback webhook receiver for `alerts demo`."""

from pathlib import Path

SAMPLE_FEEDS = Path(__file__).with_name("feeds")
