"""Parties: the bodies that sign a program or take part in its tasks (*bên*, *cơ quan*)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any, ClassVar

import attrs

from coordprog.model._dates import PartialDate, first_day, last_day
from coordprog.model._errors import FieldError
from coordprog.model._field_checks import (
    identifier,
    no_duplicates,
    not_empty,
    one_of,
    plausible_date,
)
from coordprog.model._vocabulary import Vocabulary


class Level(Vocabulary):
    """The administrative level of a body (*cấp*).

    .. versionadded:: 0.1.0
    """

    CENTRAL = "central", "trung ương"
    #: a region or military region (*vùng*, *quân khu*), between central and province.
    REGION = "region", "vùng"
    PROVINCE = "province", "tỉnh"
    DISTRICT = "district", "huyện"
    COMMUNE = "commune", "xã"
    #: a delegation, such as the province's National Assembly delegation (*Đoàn ĐBQH tỉnh*).
    DELEGATION = "delegation", "đoàn"


@attrs.frozen
class FormerName:
    """A name a body carried until it was renamed or merged.

    ``until`` is the last day the name was in use, as precisely as the
    document says: a :class:`PartialDate` for "năm 2025" (the name counts
    as in use to the last day of that year or month), ``None`` when the
    document does not date the rename (the name is then never chosen by
    date: see :meth:`Party.name_on`).  When two bodies merged into this
    one, each former body is a former name with the same ``until``;
    ``former_id`` is the id the former body has in other files and ``act``
    the id of the legal reference that renamed or merged it.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``former_id``, ``act``; two former names may end on the same day.
    .. versionchanged:: 0.3.0
       ``until`` may be a :class:`PartialDate` or ``None``.
    """

    name: str = attrs.field(validator=not_empty)
    until: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    short_name: str | None = None
    former_id: str | None = None
    act: str | None = None


@attrs.frozen
class FormerProvince:
    """A province a body belonged to until its province changed.

    The 2025 reorganisation merged provinces: a department of Bình Thuận
    became one of Lâm Đồng from 1 July 2025 (often under a new name too,
    which is a :class:`FormerName`).  ``until`` is the last day the body
    belonged to ``province``, as precisely as the document says (a
    :class:`PartialDate` counts to its last day; ``None`` when the change
    is not dated, and the former province is then never chosen by date);
    ``act`` the id of the legal reference that made the change.

    .. versionadded:: 0.3.0
    """

    province: str = attrs.field(validator=not_empty)
    until: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    act: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))


def _oldest_first(
    instance: object,
    attribute: attrs.Attribute[Any],
    value: tuple[FormerName | FormerProvince, ...],
) -> None:
    dated = [(i, f.until) for i, f in enumerate(value) if f.until is not None]
    for (_, before), (index, after) in itertools.pairwise(dated):
        if last_day(after) < first_day(before):
            raise FieldError(
                attribute.name,
                f"expected {attribute.name.replace('_', ' ')} oldest first, found {after} "
                f"after {before} at index {index}",
            )


def _positive_count(
    instance: Party, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is None:
        return
    if value < 1:
        raise FieldError(attribute.name, f"expected a number of at least 1, found {value}")
    if not instance.group:
        raise FieldError(
            attribute.name,
            f"expected 'group = true' on party {instance.id!r} because it counts members, "
            "found a party that is not a group",
        )
    if value < len(instance.members):
        raise FieldError(
            attribute.name,
            f"expected at least as many as the {len(instance.members)} members named, "
            f"found {value}",
        )


@attrs.frozen
class Party:
    """A body: a signing party of a program or a third body named in its tasks.

    ``kind`` is free text from a conventional vocabulary, such as
    ``"party-board"`` (a board of a Party committee), ``"state-agency"``,
    ``"front"`` (the Fatherland Front) or ``"mass-organisation"``.
    A *group* party (``group = true``) stands for several bodies at once,
    such as "các tổ chức thành viên"; ``members`` may name them by id.
    ``focal_unit`` is the unit that advises the body's leadership on the
    program (*đơn vị đầu mối tham mưu*).
    ``former_names`` records renames and mergers, oldest first.

    ``issuing_organ`` is the standing organ that signs for the body when it
    is not the body itself ("Thường trực HĐND tỉnh", "Ban Thường trực
    Ủy ban MTTQ Việt Nam tỉnh", "Đoàn Chủ tịch UBTƯ MTTQ Việt Nam");
    ``parent_body`` the body printed above it in a letterhead ("TỈNH ỦY
    BÌNH THUẬN" over "BAN DÂN VẬN").  ``term`` is the body's own term of
    office when the document states one ("khóa XIII, nhiệm kỳ 2014 -
    2019").  ``members_open`` marks a group whose member list the document
    leaves open ("các tổ chức thành viên, ..."); ``all_levels`` a body
    named at every level ("các cấp").

    Lineage: ``until`` is the last day the body existed (a
    :class:`PartialDate` when the document gives only the month or year,
    counted as its last day; ``None`` with a successor when the date is not
    known).  ``successor`` is the id of the body (a party or third party of
    the same program) that took over its duties from the day after, by the
    act ``lineage_act``; when the body was split, ``split_into`` names the
    other bodies that took part of it (the duties of this program go to
    ``successor``).  ``note`` holds what the document says that has no
    field of its own.

    ``country`` is the country of a body outside Viet Nam, as the document
    names it ("Lào", "Campuchia"): a province of a neighbouring country in
    a border program.  ``member_count`` is how many bodies a group stands
    for when the document counts them ("12 xã, phường"), whether or not it
    names them (``members``, perhaps named in a later document).
    ``former_provinces`` are the provinces the body belonged to before a
    change of province (the 2025 reorganisation), oldest first; ``province``
    is the one it belongs to now (see :meth:`province_on`).

    ``signs`` is ``False`` for a party the document binds that does not
    sign it (a regulation the provincial People's Committee promulgates
    binds departments that sign nothing): it is a party in every role and
    duty, but stands in no letterhead or signature block.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``issuing_organ``, ``parent_body``, ``term``, ``members_open``,
       ``all_levels``, ``successor``, ``until``, ``lineage_act``, ``note``.
    .. versionchanged:: 0.3.0
       ``until`` may be a :class:`PartialDate`; ``split_into``, ``signs``,
       ``country``, ``member_count``, ``former_provinces``.
    """

    id: str = attrs.field(validator=identifier)
    name: str = attrs.field(validator=not_empty)
    short_name: str | None = None
    kind: str | None = None
    level: Level | None = None
    province: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    focal_unit: str | None = None
    group: bool = False
    members: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    former_names: tuple[FormerName, ...] = attrs.field(default=())
    issuing_organ: str | None = None
    parent_body: str | None = None
    term: str | None = None
    members_open: bool = False
    all_levels: bool = False
    successor: str | None = None
    until: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    lineage_act: str | None = None
    note: str | None = None
    split_into: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    signs: bool = True
    country: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    member_count: int | None = attrs.field(default=None, validator=_positive_count)
    former_provinces: tuple[FormerProvince, ...] = attrs.field(default=(), validator=_oldest_first)

    @former_names.validator
    def _former_names_in_order(
        self, attribute: attrs.Attribute[tuple[FormerName, ...]], value: tuple[FormerName, ...]
    ) -> None:
        _oldest_first(self, attribute, value)

    @members.validator
    def _members_need_group(
        self, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if (value or self.members_open) and not self.group:
            raise FieldError(
                attribute.name,
                f"expected 'group = true' on party {self.id!r} because it lists members, "
                "found a party that is not a group",
            )

    def name_on(self, day: dt.date) -> str:
        """Return the name the body carried on ``day``.

        When several former bodies merged into this one, the names in use
        on ``day`` are joined with "và".  A former name in use until a month
        or a year counts to its last day; one whose end is not dated is
        never chosen.
        """
        for index, former in enumerate(self.former_names):
            if former.until is not None and day <= last_day(former.until):
                names = [f.name for f in self.former_names[index:] if f.until == former.until]
                return " và ".join(names)
        return self.name

    def province_on(self, day: dt.date) -> str | None:
        """Return the province the body belonged to on ``day``.

        A former province held until a month or a year counts to its last
        day; one whose change is not dated is never chosen.

        .. versionadded:: 0.3.0
        """
        for former in self.former_provinces:
            if former.until is not None and day <= last_day(former.until):
                return former.province
        return self.province

    def ceased_on(self, day: dt.date) -> bool:
        """Whether the body no longer existed on ``day`` (after its ``until``).

        A body whose ``until`` is a month or a year existed to its last day;
        one with a successor and no date is taken as existing (the hand-over
        cannot be dated).

        .. versionadded:: 0.3.0
        """
        return self.until is not None and day > last_day(self.until)


@attrs.frozen
class Person:
    """A person, or a body, that a document names: name, post (*chức vụ*), and for whom.

    ``party`` is the id of a party or third party of the program; ``body``
    names a body the program does not list (``"Ủy ban nhân dân tỉnh"``).
    A document may give the post but not the name, the name but not the
    post, or only the body ("theo đề nghị của Sở Nội vụ"): at least one of
    the four is needed.  Meetings name their chairs, presenters, organisers
    and witnesses this way; a program its proposers.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       Defined beside :class:`Party`; a body alone (``party`` or ``body``,
       no name or post) is enough.
    """

    name: str | None = None
    post: str | None = None
    party: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))
    body: str | None = None

    #: One of these must be given (checked here; the JSON Schema says so too).
    _one_of: ClassVar[tuple[str, ...]] = ("name", "post", "party", "body")

    def __attrs_post_init__(self) -> None:
        one_of(self, *self._one_of)


class AreaKind(Vocabulary):
    """What kind of area a document covers, beside the provinces of its parties.

    .. versionadded:: 0.3.0
    """

    PROVINCE = "province", "tỉnh"
    DISTRICT = "district", "huyện"
    COMMUNE = "commune", "xã"
    #: a region across provinces (*vùng*: Tây Nguyên, Tây Nam Bộ).
    REGION = "region", "vùng"
    #: the border area of one or more provinces (*khu vực biên giới*).
    BORDER_ZONE = "border-zone", "khu vực biên giới"
    #: a border gate (*cửa khẩu*).
    BORDER_GATE = "border-gate", "cửa khẩu"
    INDUSTRIAL_ZONE = "industrial-zone", "khu công nghiệp"
    ECONOMIC_ZONE = "economic-zone", "khu kinh tế"
    OTHER = "other", "địa bàn"


@attrs.frozen
class Area:
    """An area a document covers (*phạm vi, địa bàn*), named as the document names it.

    ``name`` as printed ("khu vực biên giới hai tỉnh Quảng Trị -
    Savannakhet", "huyện Bắc Bình", "Cửa khẩu Quốc tế Lao Bảo", "Khu công
    nghiệp Hòa Phú"); ``kind`` what it is; ``provinces`` the provinces it
    lies in or spans, as named (two or more for a border zone or a region
    across provinces, a neighbouring country's province included).

    .. versionadded:: 0.3.0
    """

    name: str = attrs.field(validator=not_empty)
    kind: AreaKind = AreaKind.OTHER
    provinces: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    note: str | None = None
