"""Names and call forms of 0.2 that still work in 0.3, with a warning.

A changed call keeps its old form for one minor version: it works, and
warns with a :class:`DeprecationWarning` that names the new form.  The
changelog lists each one.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

#: The version in which the old forms stop working.
REMOVED_IN = "0.4.0"

if TYPE_CHECKING:
    # Type checkers mark the old forms' overloads as deprecated (PEP 702).
    from typing_extensions import deprecated as deprecated
else:

    def deprecated(message: str):
        """Mark an overload as deprecated, as ``warnings.deprecated`` (3.13) does."""

        def mark(function):
            function.__deprecated__ = message
            return function

        return mark


def warn_deprecated(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` (a call form or name of 0.2) is deprecated in favour of ``new``."""
    warnings.warn(
        f"{old} is deprecated since coordprog 0.3.0 and stops working in {REMOVED_IN}; use {new}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
