"""Who signs a document: the person, the position, the authority line, and for whom."""

from __future__ import annotations

import datetime as dt

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._errors import FieldError
from coordprog.model._field_checks import identifier, not_empty, plausible_date


@attrs.frozen
class Signatory:
    """A person who signs the document, or the position that signs, and for whom.

    ``party`` is the id of the body signed for: a party, or a third party
    that signs without being bound by the document; ``body`` names, as
    printed, a body the program does not list.  Both may be left out when
    the source does not say for whom.  ``title`` is the position printed
    above the signature (``"TRƯỞNG BAN"``); ``authority`` the authority
    line when one signs for another or for a collective: ``"TM. ỦY BAN
    NHÂN DÂN"`` (*thay mặt*), ``"KT. CHỦ TỊCH"`` (*ký thay*), ``"Q. TRƯỞNG
    BAN"`` (*quyền*), ``"TL."`` (*thừa lệnh*), ``"TUQ."`` (*thừa ủy
    quyền*); two lines (``"TM. ỦY BAN NHÂN DÂN"`` over ``"KT. CHỦ TỊCH"``)
    are written one per line.  ``name`` is ``None`` when the document as
    published shows the position only, ``title`` when it shows the
    authority line or the name only (a report of the signing names the
    person, not the post); one of the three is always given.  ``rank`` is
    a military or police rank printed before the name (``"Đại tá"``);
    ``posts`` other posts printed with it (``"Tỉnh ủy viên"``).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``name`` may be ``None``; ``rank`` and ``posts``.
    .. versionchanged:: 0.3.0
       ``title`` may be ``None`` when the name or the authority line is
       given; ``party`` may be ``None`` or a third party; ``body``.
    """

    party: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))
    title: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    name: str | None = None
    authority: str | None = None
    signed_on: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    rank: str | None = None
    posts: tuple[str, ...] = ()
    body: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))

    def __attrs_post_init__(self) -> None:
        if self.title is None and self.name is None and self.authority is None:
            raise FieldError(
                "title",
                "expected the title, the name or the authority line of a signatory, found none",
            )
