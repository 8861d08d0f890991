"""Loopback servers shared by the tests and the benchmarks: real SMTP and free ports on
127.0.0.1, started and stopped with `with`."""
