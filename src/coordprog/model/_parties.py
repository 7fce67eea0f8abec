"""Parties: the bodies that sign a program or take part in its tasks (*bên*, *cơ quan*)."""

from __future__ import annotations

import datetime as dt

import attrs

from coordprog.model._errors import FieldError
from coordprog.model._field_checks import identifier, no_duplicates, not_empty
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

    ``until`` is the last day the name was in use.  When two bodies merged
    into this one, each former body is a former name with the same
    ``until``; ``former_id`` is the id the former body has in other files
    and ``act`` the id of the legal reference that renamed or merged it.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``former_id``, ``act``; two former names may end on the same day.
    """

    name: str = attrs.field(validator=not_empty)
    until: dt.date
    short_name: str | None = None
    former_id: str | None = None
    act: str | None = None


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
    named at every level ("các cấp").  ``successor`` is the id of the body
    that took over when this one ceased on ``until``, by the act
    ``lineage_act``.  ``note`` holds what the document says that has no
    field of its own.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``issuing_organ``, ``parent_body``, ``term``, ``members_open``,
       ``all_levels``, ``successor``, ``until``, ``lineage_act``, ``note``.
    """

    id: str = attrs.field(validator=identifier)
    name: str = attrs.field(validator=not_empty)
    short_name: str | None = None
    kind: str | None = None
    level: Level | None = None
    province: str | None = None
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
    until: dt.date | None = None
    lineage_act: str | None = None
    note: str | None = None

    @former_names.validator
    def _former_names_in_order(
        self, attribute: attrs.Attribute[tuple[FormerName, ...]], value: tuple[FormerName, ...]
    ) -> None:
        for index in range(1, len(value)):
            if value[index].until < value[index - 1].until:
                raise FieldError(
                    attribute.name,
                    f"expected former names oldest first, found {value[index].until} "
                    f"after {value[index - 1].until} at index {index}",
                )

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
        on ``day`` are joined with "và".
        """
        for index, former in enumerate(self.former_names):
            if day <= former.until:
                names = [f.name for f in self.former_names[index:] if f.until == former.until]
                return " và ".join(names)
        return self.name
