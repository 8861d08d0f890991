"""Swagger UI at `/docs`, from files that ship with the `swagger-ui-bundle-v2` package, so
the page works with no network (FastAPI's own page loads Swagger UI from a CDN, and is blank
offline). The page loads only this site's scripts: its set-up is a file too
(`templates/web/static/docs.js`), so the site's Content-Security-Policy holds, except that
Swagger UI sets inline styles and draws data: images.

The bundle of 1.x (`swagger-ui-bundle`) carries Swagger UI 4, which cannot read the OpenAPI
3.1 that FastAPI writes; the `-v2` fork carries Swagger UI 5 under the same import name.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from alerts.notify.render import render

DOCS_URL = "/docs"
ASSETS_URL = "/docs/assets"
_DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def docs_page() -> HTMLResponse:
    """The Swagger UI page for `/openapi.json`."""
    page = render("web/docs.html", None, assets=ASSETS_URL, openapi_url="/openapi.json")
    return HTMLResponse(page, headers={"Content-Security-Policy": _DOCS_CSP})


def install_docs(app: FastAPI) -> None:
    """Serve `/docs` and its assets (the app is built with `docs_url=None`)."""
    app.mount(ASSETS_URL, StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
    app.get(DOCS_URL, include_in_schema=False)(docs_page)
