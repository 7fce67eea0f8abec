"""Instructions down a cascade: an act that orders lower levels to make programs of their own.

A central program is carried out by provincial programs because something
orders them: the program's own text ("Ban Dân vận các tỉnh ủy ... xây
dựng và triển khai thực hiện kế hoạch phối hợp"), or a letter (*công văn*)
or a plan sent after signing, asking each province to sign its program by a
date.  An :class:`Instruction` records that order: which levels and bodies
are expected to act, where, how many, by when.  It stands in the program
whose text gives it (:attr:`Program.instructions`) or, for a letter sent
later, in the program's records (:attr:`Records.instructions`).  What was
done is not stored here: the portfolio finds the programs that carry it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._errors import FieldError, Problem
from coordprog.model._field_checks import identifier, no_duplicates, not_empty, plausible_date
from coordprog.model._legal import LegalKind
from coordprog.model._parties import Level


def _at_least_one(
    instance: object, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and value < 1:
        raise FieldError(attribute.name, f"expected a number of at least 1, found {value}")


@attrs.frozen
class Expectation:
    """The bodies of one level an instruction orders to make their own program or plan.

    ``level`` is the level expected to act (``"province"`` for *các tỉnh,
    thành phố*).  ``bodies`` names the bodies expected at each place as the
    instruction does ("Ban Dân vận tỉnh ủy, thành ủy"); ``places`` the
    places it names, when it names them (empty when it addresses every
    place of the level, or does not say).  ``count`` is how many it
    expects, as it states it ("52 tỉnh, thành phố"); left out when it does
    not.  ``makes`` is the kind of act each is to issue (a program, a
    plan); ``annual_plans`` that yearly plans are to follow it; ``by`` the
    deadline the instruction sets, as precisely as it sets it ("trong quý
    I/2022" is at most a month: ``PartialDate(2022, 3)``).

    .. versionadded:: 0.3.0
    """

    level: Level
    bodies: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    places: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    count: int | None = attrs.field(default=None, validator=_at_least_one)
    makes: LegalKind = LegalKind.PROGRAM
    annual_plans: bool = False
    by: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)

    @count.validator
    def _places_fit_count(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and len(self.places) > value:
            raise FieldError(
                attribute.name,
                f"expected at least as many as the {len(self.places)} places named, found {value}",
            )

    @property
    def expected(self) -> int | None:
        """How many are expected: the count stated, else the places named, else ``None``."""
        if self.count is not None:
            return self.count
        return len(self.places) or None


@attrs.frozen
class Instruction:
    """An order to lower levels to make programs or plans of their own.

    ``id`` names the instruction within its document.  In a program's own
    text the instruction is that program's (``kind``, ``number`` and
    ``date`` left out); a letter (*công văn*) or a plan sent after signing
    has its ``kind`` (``"official-letter"``, ``"plan"``), ``number`` and
    ``date``, and ``issuers``, the ids of the program's parties that sent
    it (all the signing parties when left out).  ``title`` is its
    summary (*trích yếu*), ``text`` the sentence that gives the order, as
    printed; ``expects`` who is expected to act, one :class:`Expectation`
    per level.

    .. versionadded:: 0.3.0
    """

    id: str = attrs.field(validator=identifier)
    expects: tuple[Expectation, ...] = attrs.field(validator=not_empty)
    kind: LegalKind | None = None
    number: str | None = None
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    issuers: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    title: str | None = None
    text: str | None = None
    note: str | None = None

    @expects.validator
    def _one_per_level(
        self, attribute: attrs.Attribute[tuple[Expectation, ...]], value: tuple[Expectation, ...]
    ) -> None:
        seen: set[Level] = set()
        for index, expectation in enumerate(value):
            if expectation.level in seen:
                raise FieldError(
                    f"{attribute.name}[{index}].level",
                    f"expected each level once in an instruction, found "
                    f"{expectation.level.value!r} again",
                )
            seen.add(expectation.level)


def check_instructions(
    path: str, instructions: Iterable[Instruction], party_ids: set[str], signing: set[str]
) -> Iterator[Problem]:
    """The problems of a document's ``instructions`` against its parties, each with its path.

    Ids are unique; issuers are signing parties (``party_ids`` are every
    party of the program, ``signing`` those that sign).

    .. versionadded:: 0.3.0
    """
    seen: set[str] = set()
    for index, instruction in enumerate(instructions):
        where = f"{path}[{index}]"
        if instruction.id in seen:
            yield Problem(
                f"{where}.id", f"expected each instruction id once, found {instruction.id!r} again"
            )
        seen.add(instruction.id)
        for number, issuer in enumerate(instruction.issuers):
            if issuer not in party_ids:
                yield Problem(
                    f"{where}.issuers[{number}]",
                    f"expected the id of a party of the program, found unknown id {issuer!r}",
                )
            elif issuer not in signing:
                yield Problem(
                    f"{where}.issuers[{number}]",
                    f"expected a signing party (an instruction comes from the program's "
                    f"parties), found the third party {issuer!r}",
                )
