"""Benchmarks run by `alerts bench …`: each measures the product and a baseline in the same
run, prints the figures (or JSON) and records them in its own section of BENCHMARKS.md."""
