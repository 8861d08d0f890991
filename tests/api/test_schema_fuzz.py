"""Schemathesis over `/openapi.json`: valid and invalid requests to every operation, as an
authenticated user (or the admin), never get a 5xx. Bounded: a few examples per operation.

Host names are never resolved here (a stub resolver refuses every name that is not an IP
literal), and webhooks are recorded, not sent, so nothing leaves the machine.
"""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from tests.api.conftest import ADMIN_KEY, Caller
from tests.api.server import ApiServer

EXAMPLES_PER_OPERATION = 6


@pytest.fixture(autouse=True)
def _no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def literal_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            socket.inet_pton(socket.AF_INET6 if ":" in str(host) else socket.AF_INET, str(host))
        except (OSError, ValueError):
            raise socket.gaierror(socket.EAI_NONAME, "not resolved in tests") from None
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", literal_only)


def _fuzz(
    operation: Any,
    mode: schemathesis.GenerationMode,
    base_url: str,
    auth: str,
    seen: list[int],
    http: requests.Session,
) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        headers = {"Authorization": auth}
        response = case.call(base_url=base_url, session=http, headers=headers, timeout=10)
        seen.append(response.status_code)
        assert response.status_code < 500, (case.method, case.formatted_path, response.text)

    try:
        run()
    except Unsatisfiable:  # nothing invalid to send: an operation without inputs
        assert mode == schemathesis.GenerationMode.NEGATIVE


def test_no_server_errors(server: ApiServer, alice: Caller, article_id: int) -> None:
    document = httpx.get(f"{server.url}/openapi.json").json()
    schema = schemathesis.openapi.from_dict(document)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    seen: list[int] = []
    for operation in operations:
        admin = operation.path.startswith("/admin")
        auth = f"Bearer {ADMIN_KEY if admin else alice.key}"
        for mode in schemathesis.GenerationMode:
            with requests.Session() as http:
                _fuzz(operation, mode, server.url, auth, seen, http)
    assert sum(200 <= s < 300 for s in seen) >= len(operations), "most operations succeed"
    assert {401, 404, 422} & set(seen), "and invalid input is refused"
