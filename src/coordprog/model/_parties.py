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
    PROVINCE = "province", "tỉnh"
    DISTRICT = "district", "huyện"
    COMMUNE = "commune", "xã"


@attrs.frozen
class FormerName:
    """A name a body carried until it was renamed or merged.

    ``until`` is the last day the name was in use.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=not_empty)
    until: dt.date
    short_name: str | None = None


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

    .. versionadded:: 0.1.0
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

    @former_names.validator
    def _former_names_in_order(
        self, attribute: attrs.Attribute[tuple[FormerName, ...]], value: tuple[FormerName, ...]
    ) -> None:
        for index in range(1, len(value)):
            if value[index].until <= value[index - 1].until:
                raise FieldError(
                    attribute.name,
                    f"expected former names oldest first, found {value[index].until} "
                    f"after {value[index - 1].until} at index {index}",
                )

    @members.validator
    def _members_need_group(
        self, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if value and not self.group:
            raise FieldError(
                attribute.name,
                f"expected 'group = true' on party {self.id!r} because it lists members, "
                "found a party that is not a group",
            )

    def name_on(self, day: dt.date) -> str:
        """Return the name the body carried on ``day``."""
        for former in self.former_names:
            if day <= former.until:
                return former.name
        return self.name
