"""The FastAPI application: routers, error mapping, the web page's static files, health.

`create_app(settings)` builds everything from Settings; tests pass their own senders (stub
webhook and mail ports) and clock. OpenAPI is served at `/openapi.json`, docs at `/docs`
(from local files: `alerts.api.docs`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import text

from alerts.api.body_limit import BodyLimit
from alerts.api.deps import SessionDep
from alerts.api.docs import install_docs
from alerts.api.origin import SameOriginWrites
from alerts.api.problems import install_handlers
from alerts.api.routers import (
    admin,
    alerts,
    channels,
    follows,
    inbox,
    notifications,
    pages,
    preferences,
    signin,
    sources,
    topics,
    unsubscribe,
    web,
    webhooks,
)
from alerts.config import Settings, load_settings
from alerts.metrics import registry_for, render_metrics
from alerts.notify.ratelimit import rate_limiter
from alerts.notify.render import BUNDLED_TEMPLATES
from alerts.notify.senders import Senders, senders_from_settings
from alerts.store.db import get_engine
from alerts.store.tables import utcnow

# Pages load only their own script and styles; nothing may frame them.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    # Our own forms must still say where they come from (see alerts.api.origin).
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if response.headers.get("content-type", "").startswith("text/html"):
        response.headers.setdefault("Content-Security-Policy", _CSP)
    return response


def healthz(session: SessionDep) -> JSONResponse:
    """200 when the database answers; 503 otherwise (for load balancers and compose)."""
    session.execute(text("SELECT 1"))
    return JSONResponse({"status": "ok"})


def _metrics(settings: Settings) -> Callable[[], Response]:
    """Prometheus scrape: the collector the workers serve too (ALERTS_METRICS_PORT), read
    from the database at scrape time, so every process reports the same system-wide totals."""
    registry = registry_for(settings)

    def metrics() -> Response:
        return Response(render_metrics(registry), media_type=CONTENT_TYPE_LATEST)

    return metrics


def create_app(
    settings: Settings | None = None,
    *,
    senders: Senders | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> FastAPI:
    """The API and web pages for one instance; the schema is migrated up front."""
    settings = settings or load_settings()
    get_engine(settings.database_url)
    app = FastAPI(
        title="alerts",
        version="0.1.0",
        description="Topic alerts for news: follow topics, choose how and when to be told.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.senders = senders or senders_from_settings(settings)
    app.state.clock = clock
    app.state.signin_limiter = rate_limiter(
        settings, prefix="alerts:signin-rate:", window_s=signin.HOUR_S
    )
    install_handlers(app)
    # Below the headers middleware, whose task group would wrap the 413 raised while reading.
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    app.add_middleware(SameOriginWrites, base_url=settings.base_url)
    app.middleware("http")(_security_headers)
    for module in (
        topics,
        follows,
        sources,
        alerts,
        preferences,
        notifications,
        webhooks,
        channels,
        unsubscribe,
        admin,
        inbox,
        signin,
        web,
        pages,
    ):
        app.include_router(module.router)
    app.get("/healthz", tags=["health"], response_model=dict[str, str])(healthz)
    app.get("/metrics", tags=["health"], include_in_schema=False)(_metrics(settings))
    install_docs(app)
    app.mount(
        "/web/static", StaticFiles(directory=BUNDLED_TEMPLATES / "web" / "static"), name="static"
    )
    return app
