# The two commands of the README: `make demo` (the runtime only) and `make test` (the dev
# tools and the system packages the tests use, too).
.PHONY: demo test lint setup screenshots

demo:
	./scripts/setup
	.venv/bin/alerts demo

setup:
	./scripts/setup --system --dev

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy alerts workers benchmarks

# -n auto: one pytest-xdist worker per core (tests/conftest.py keeps the workers apart);
# loadgroup: the tests of one `xdist_group` run on one worker, one after another.
test: lint
	.venv/bin/pytest -n auto --dist loadgroup

# The README's screenshots (docs/*.png): the browser tests, photographing as they go.
screenshots: setup
	.venv/bin/pytest -n auto --dist loadgroup --photograph tests/web/test_pages_quality.py \
		tests/web/test_follow_page.py::test_digest_email_screenshot
