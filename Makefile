# The two commands of the README: `make demo` and `make test`.
.PHONY: demo test lint setup

demo:
	./scripts/setup
	.venv/bin/alerts demo

setup:
	./scripts/setup --system

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy alerts workers

test: lint
	.venv/bin/pytest
