"""Built-in format ``json``: every shape as JSON, each block tagged with its type."""

from __future__ import annotations

from collections.abc import Callable

from coordprog.plugins._registry import OutputFormat
from coordprog.plugins.hookspecs import hookimpl
from coordprog.shapes import Calendar, Document, Table, to_data


def render(shape: Document | Table | Calendar) -> str:
    """Render any shape as UTF-8 JSON: :func:`coordprog.shapes.to_data`, indented."""
    import json  # imported by the one format that writes it: a command start-up never needs it

    return json.dumps(to_data(shape), ensure_ascii=False, indent=2) + "\n"


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
