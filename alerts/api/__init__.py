"""The HTTP edge: a FastAPI app over the library (`create_app`), served by `alerts api`."""

from alerts.api.app import create_app

__all__ = ["create_app"]
