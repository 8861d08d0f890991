"""One router per resource; `alerts.api.app` mounts them."""
