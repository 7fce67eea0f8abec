"""What every report says first about the files it was made from (``notices`` of a shape).

A program known only from the documents that cite it (``text_available =
false``), records marked illustrative, and what a schedule could not
compute are said in every output, in every format, before anything else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from coordprog.model._program import Program

if TYPE_CHECKING:
    # Imported by the code that needs them: rendering a program without records
    # or a schedule never loads the records' classes (about 10 ms of start-up).
    from coordprog.model._records import Records

#: The notice of a program whose text is not available.
TEXT_NOT_AVAILABLE = {
    "vi": (
        "Chưa có toàn văn văn bản này: thông tin lấy từ các văn bản dẫn chiếu, "
        "các nhiệm vụ nêu ở đây (nếu có) chưa phải là toàn bộ."
    ),
    "en": (
        "The text of this document is not available: what is shown comes from the "
        "documents that cite it, and its tasks (if any are shown) are not all of them."
    ),
}

#: The notice of illustrative records.
ILLUSTRATIVE_RECORDS = {
    "vi": "Hồ sơ thực hiện dùng ở đây là dữ liệu minh họa, không phải số liệu thực tế.",
    "en": "The records of implementation used here are illustrative, not real figures.",
}


def notices(
    program: Program,
    records: Records | Iterable[Records] | None = None,
    *,
    language: str = "vi",
    schedule: bool = False,
    until: dt.date | None = None,
) -> tuple[str, ...]:
    """The notices of a report of ``program`` (and ``records``), in ``language``.

    With ``schedule``, also what the schedule cannot compute or assumed
    (:func:`coordprog.schedule_notes`, to the horizon ``until``).
    """
    key = "en" if language.startswith("en") else "vi"
    said: list[str] = []
    if not program.text_available:
        said.append(TEXT_NOT_AVAILABLE[key])
    if records is not None:
        from coordprog.model._records import Records

        several = [records] if isinstance(records, Records) else list(records)
        if any(one.illustrative for one in several):
            said.append(ILLUSTRATIVE_RECORDS[key])
    if schedule:
        from coordprog.schedule._diff import schedule_notes

        for note in schedule_notes(program, until):
            said.append(note.en if key == "en" else note.vi)
    return tuple(said)
