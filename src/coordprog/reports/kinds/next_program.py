"""Built-in report kind ``next-program``: the draft of the program that follows a finished one.

Built by :mod:`coordprog.reports.kinds._next_program`, imported when it is
first rendered; :func:`coordprog.draft_next_program` gives the program
file itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordprog.plugins._registry import ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports.kinds._options import TODAY
from coordprog.shapes import Document


def next_program_document(program: Any, **options: Any) -> Document:
    """The draft next program, as the parties would send it to complete and sign.

    See :mod:`coordprog.reports.kinds._next_program`.  Option: ``today``
    (the day the draft is made, its file's creation date).

    .. versionadded:: 0.3.0
    """
    from coordprog.reports.kinds import _next_program

    return _next_program.next_program_document(program, **options)


NEXT_PROGRAM = ReportKind(
    name="next-program",
    shape=Document,
    build=next_program_document,
    description="The draft of the next program, at the final review (tổng kết) of this one.",
    options=(TODAY,),
    takes_records=True,
)


@hookimpl
def coordprog_register_reports(register: Callable[[ReportKind], None]) -> None:
    """Register the ``next-program`` report kind."""
    register(NEXT_PROGRAM)
