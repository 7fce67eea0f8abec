"""Legal references: the acts a program is based on or cites (*căn cứ*, *văn bản*)."""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from coordprog.model._dates import PartialDate, written
from coordprog.model._field_checks import identifier, plausible_date
from coordprog.model._vocabulary import Vocabulary


class LegalKind(Vocabulary):
    """The kind of a legal or Party act.

    The values are stable English keys; :attr:`vi` gives the Vietnamese name.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.3.0
       ``constitution`` (*Hiến pháp*), ``code`` (*Bộ luật*), ``ordinance``
       (*Pháp lệnh*), ``joint-circular``, ``rules`` (*Quy định*),
       ``charter`` (*Điều lệ*), ``guidance``, ``notice``, ``submission``
       (*Tờ trình*), ``report`` (*Báo cáo*).
    """

    RESOLUTION = "resolution", "Nghị quyết"
    JOINT_RESOLUTION = "joint-resolution", "Nghị quyết liên tịch"
    CONCLUSION = "conclusion", "Kết luận"
    DIRECTIVE = "directive", "Chỉ thị"
    DECISION = "decision", "Quyết định"
    REGULATION = "regulation", "Quy chế"
    PROGRAM = "program", "Chương trình"
    PLAN = "plan", "Kế hoạch"
    OFFICIAL_LETTER = "official-letter", "Công văn"
    LAW = "law", "Luật"
    DECREE = "decree", "Nghị định"
    CIRCULAR = "circular", "Thông tư"
    PROJECT = "project", "Đề án"
    CONSTITUTION = "constitution", "Hiến pháp"
    CODE = "code", "Bộ luật"
    ORDINANCE = "ordinance", "Pháp lệnh"
    JOINT_CIRCULAR = "joint-circular", "Thông tư liên tịch"
    RULES = "rules", "Quy định"
    CHARTER = "charter", "Điều lệ"
    GUIDANCE = "guidance", "Hướng dẫn"
    NOTICE = "notice", "Thông báo"
    SUBMISSION = "submission", "Tờ trình"
    REPORT = "report", "Báo cáo"
    OTHER = "other", "Văn bản"


class NumberForm(enum.StrEnum):
    """How a document number is written.

    Party documents put a hyphen between number and symbol (``65-KL/TW``);
    State documents a slash, sometimes with the year (``1719/QĐ-TTg``,
    ``04/2021/NQ-HĐND``).

    .. versionadded:: 0.1.0
    """

    PARTY = "party"
    STATE = "state"
    OTHER = "other"


_PARTY_NUMBER = re.compile(r"^\d+[a-z]?-[^\s/]+/\S+$")
_STATE_NUMBER = re.compile(r"^\d+[a-z]?(/\d{4})?/[^\s/]+$")


@attrs.frozen
class LegalRef:
    """A legal, Party or State act that a program is based on or cites.

    ``id`` is how the rest of the document refers to the act; using the
    document number itself (``"65-KL/TW"``) keeps hand-written files readable.
    ``number`` is the number and symbol (*số, ký hiệu*) as printed; an
    act without one (a law cited as "Luật Mặt trận Tổ quốc Việt Nam năm
    2015") keeps ``number`` empty and gets an id of its own making, such as
    ``"luat-mttq-2015"``.  Relations to other acts, by id: ``amends`` and
    ``replaces`` (*sửa đổi, bổ sung*; *thay thế*), ``issued_with`` the act
    this one is issued with (*ban hành kèm theo*), ``same_as`` another id
    of the same act cited under another spelling.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``amends``, ``replaces``, ``issued_with``, ``same_as``.
    """

    id: str = attrs.field(validator=identifier)
    kind: LegalKind
    number: str | None = None
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    issuer: str | None = None
    title: str | None = None
    note: str | None = None
    amends: tuple[str, ...] = ()
    replaces: tuple[str, ...] = ()
    issued_with: str | None = None
    same_as: str | None = None

    @property
    def form(self) -> NumberForm:
        """Whether :attr:`number` is written in the Party or the State form."""
        if self.number is None:
            return NumberForm.OTHER
        if _PARTY_NUMBER.match(self.number):
            return NumberForm.PARTY
        if _STATE_NUMBER.match(self.number):
            return NumberForm.STATE
        return NumberForm.OTHER

    @property
    def citation(self) -> str:
        """The act as a Vietnamese text cites it, e.g. ``Kết luận số 65-KL/TW, ngày 31/10/2019``."""
        parts = [self.kind.vi]
        if self.number:
            parts.append(f"số {self.number}")
        text = " ".join(parts)
        if self.date:
            text += f", {written(self.date)}"
        if self.issuer:
            text += f" của {self.issuer}"
        return text


@attrs.frozen
class ProjectRef:
    """A numbered project (*dự án*) or sub-project of another program.

    For example project 8 of the national target program approved by
    ``1719/QĐ-TTg``: ``ProjectRef(act="1719/QĐ-TTg", number="8")``.  A
    project the document names without a number keeps ``number`` empty and
    its ``title``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``number`` may be ``None``.
    """

    act: str = attrs.field(validator=identifier)
    number: str | None = None
    subproject: str | None = None
    title: str | None = None
