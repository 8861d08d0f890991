"""`alerts api`: serve the REST API and the follow page (uvicorn lives only here)."""

from __future__ import annotations

import typer

from alerts.cli.common import settings


def api(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: all)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    workers: int = typer.Option(1, "--workers", help="Processes (each with its own pool)."),
) -> None:
    """Serve the REST API and the follow page.

    OpenAPI at /openapi.json, docs at /docs, the follow page at /web. ALERTS_BASE_URL
    should be the address users reach it by.

    \b
    Example: alerts api --host 0.0.0.0 --port 8000
    """
    import uvicorn

    from alerts.api import create_app

    config = settings()
    if workers > 1:
        uvicorn.run(
            "alerts.api.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            proxy_headers=True,
        )
        return
    uvicorn.run(create_app(config), host=host, port=port, proxy_headers=True)
