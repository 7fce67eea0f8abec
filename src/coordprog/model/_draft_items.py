"""What a draft file still needs from a person: each item names its field and the text read."""

from __future__ import annotations

import attrs

from coordprog.model._field_checks import not_empty


@attrs.frozen
class DraftItem:
    """One thing to complete or check in a draft (*bản dự thảo*) before it is a finished file.

    A file drafted from a document (:func:`coordprog.import_text`) lists in
    ``to_complete`` what the importer could not read or settle: ``path`` is
    the field it concerns, as problems name fields (``"parties[0]"``,
    ``"legal_refs[2].issuer"``, ``"title"``); ``reason`` says what to do
    (``"Cơ quan chưa có trong bảng cơ quan đã biết: kiểm tra tên, cấp và
    tỉnh."``); ``text`` quotes the text of the document it was read from,
    when there is one.  A person completes the field and removes the item;
    ``coordprog validate`` refuses a file while it lists any.

    .. versionadded:: 0.3.0
    """

    path: str = attrs.field(validator=not_empty)
    reason: str = attrs.field(validator=not_empty)
    text: str | None = None
