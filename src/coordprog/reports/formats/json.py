"""Built-in format ``json``: every shape as JSON, each block tagged with its type."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import attrs

from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import Calendar, Document, Table


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        data = {"type": type(value).__name__.lower()}
        for field in attrs.fields(type(value)):
            data[field.name] = _plain(getattr(value, field.name))
        return data
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def render(shape: Document | Table | Calendar) -> str:
    """Render any shape as UTF-8 JSON: objects carry a ``type`` key naming their class."""
    return json.dumps(_plain(shape), ensure_ascii=False, indent=2) + "\n"


JSON = OutputFormat(
    name="json",
    suffixes=".json",
    media_type="application/json",
    renderers={Document: render, Table: render, Calendar: render},
    description="JSON of the report's shape, for other programs.",
)


@hookimpl
def coordprog_register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``json`` format."""
    register(JSON)
