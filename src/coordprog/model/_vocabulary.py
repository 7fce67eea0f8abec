"""Closed vocabularies whose members carry their Vietnamese name."""

from __future__ import annotations

import enum
from typing import Self


class Vocabulary(enum.StrEnum):
    """A string enum whose members are written ``KEY = "english-key", "tên tiếng Việt"``.

    The value is the stable English key used in files; :attr:`vi` is the
    name Vietnamese documents print.
    """

    _vi: str

    def __new__(cls, value: str, vi: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._vi = vi
        return member

    @property
    def vi(self) -> str:
        """The Vietnamese name, e.g. ``"chủ trì"`` for ``Role.LEAD``."""
        return self._vi
