"""attrs validators shared by the model classes (single-object invariants)."""

from __future__ import annotations

from collections.abc import Sized
from typing import Any

import attrs

from coordprog._errors import FieldError


def not_empty(instance: Any, attribute: attrs.Attribute[Any], value: Sized) -> None:
    """Refuse an empty string or collection."""
    if len(value) == 0:
        raise FieldError(attribute.name, "expected a non-empty value, found an empty one")


def identifier(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """Refuse an id that is empty or contains white space."""
    if not value or any(ch.isspace() for ch in value):
        raise FieldError(attribute.name, f"expected an id without spaces, found {value!r}")


def no_duplicates(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """Refuse a tuple that names the same value twice."""
    seen: set[Any] = set()
    for index, item in enumerate(value):
        if item in seen:
            raise FieldError(
                attribute.name, f"expected each value once, found {item!r} again at index {index}"
            )
        seen.add(item)


def positive(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    """Refuse zero and negative numbers."""
    if value <= 0:
        raise FieldError(attribute.name, f"expected a positive number, found {value}")
