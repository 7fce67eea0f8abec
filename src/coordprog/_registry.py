"""What plugins register: report kinds and output formats."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from coordprog.shapes import Shape, shape_name


def _valid_name(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not value or not all(ch.isalnum() or ch in "-_." for ch in value):
        raise ValueError(
            f"expected a {attribute.name} of letters, digits, '-', '_' or '.', found {value!r}"
        )


@attrs.frozen
class ReportKind:
    """A kind of report: builds a shape from a program.

    ``build(program, **options)`` returns an instance of ``shape``
    (:class:`~coordprog.shapes.Document`, :class:`~coordprog.shapes.Table`
    or :class:`~coordprog.shapes.Calendar`); ``options`` names the keyword
    options it accepts.  With ``takes_plugin_manager``, ``build`` also gets
    ``plugin_manager=``, the manager the report is rendered with, for
    looking up what plugins provide (a work calendar by name, say).

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_valid_name)
    shape: type[Shape]
    build: Callable[..., Shape]
    description: str = ""
    options: tuple[str, ...] = ()
    takes_plugin_manager: bool = False


@attrs.frozen(eq=False)
class OutputFormat:
    """An output format: renders the shapes it has a renderer for.

    ``renderers`` maps a shape class to a function from an instance of that
    shape to ``str`` (text formats) or ``bytes`` (``binary`` formats).
    ``suffix`` is the file suffix with its dot (``".md"``) and
    ``media_type`` the IANA media type (``"text/markdown"``).

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_valid_name)
    suffix: str
    media_type: str
    renderers: Mapping[type[Any], Callable[[Any], str | bytes]]
    description: str = ""
    binary: bool = False

    @property
    def shapes(self) -> tuple[str, ...]:
        """The names of the shapes this format renders, e.g. ``("document", "table")``."""
        return tuple(shape_name(cls) for cls in self.renderers)


@attrs.frozen
class Provided:
    """A registered report kind or format and the plugin that provides it.

    .. versionadded:: 0.1.0
    """

    name: str
    plugin: str
    description: str
    shapes: tuple[str, ...]
    suffix: str | None = None
    media_type: str | None = None
