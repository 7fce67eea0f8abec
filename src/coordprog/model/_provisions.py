"""Provisions of regulations and joint resolutions: *Chương* > *Điều* > *khoản* > *điểm*.

A coordination regulation (*quy chế phối hợp*) or joint resolution
(*nghị quyết liên tịch*) is written as chapters of articles; much of it is
not tasks but scope, principles, each party's responsibilities, modes of
coordination and reporting duties.  Each provision keeps the number printed
in the document and may name the bodies it concerns and their roles; none
needs a lead.  Ids read like citations: ``D5`` is Điều 5, ``D5.K2`` its
khoản 2, ``D5.K2.a`` that clause's điểm a.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from coordprog.model._errors import FieldError
from coordprog.model._field_checks import no_duplicates, not_empty
from coordprog.model._tasks import RoleAssignment
from coordprog.model._vocabulary import Vocabulary


class ProvisionKind(Vocabulary):
    """What an article is about, for reports and queries.

    .. versionadded:: 0.2.0
    """

    SCOPE = "scope", "phạm vi điều chỉnh"
    SUBJECTS = "subjects", "đối tượng áp dụng"
    PURPOSE = "purpose", "mục đích, yêu cầu"
    PRINCIPLES = "principles", "nguyên tắc phối hợp"
    CONTENT = "content", "nội dung phối hợp"
    RESPONSIBILITIES = "responsibilities", "trách nhiệm"
    MODES = "modes", "phương thức phối hợp"
    REPORTING = "reporting", "chế độ thông tin, báo cáo"
    IMPLEMENTATION = "implementation", "tổ chức thực hiện"
    OTHER = "other", "khác"


@attrs.frozen
class Point:
    """A point (*điểm*) of a clause: ``letter`` as printed (``"a"``).

    .. versionadded:: 0.2.0
    """

    letter: str = attrs.field(validator=not_empty)
    text: str = attrs.field(validator=not_empty)
    parties: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    supports: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    roles: tuple[RoleAssignment, ...] = ()
    note: str | None = None


@attrs.frozen
class Clause:
    """A clause (*khoản*) of an article: ``number`` as printed (``"2"``).

    ``text`` is the clause's own text (the lead-in of its points, if it
    has points).  ``parties`` names the bodies the clause concerns;
    ``leads``, ``supports`` and ``roles`` give roles where the clause
    states them.

    .. versionadded:: 0.2.0
    """

    number: str = attrs.field(validator=not_empty)
    text: str = ""
    points: tuple[Point, ...] = ()
    parties: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    supports: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    roles: tuple[RoleAssignment, ...] = ()
    note: str | None = None


@attrs.frozen
class Article:
    """An article (*Điều*): ``number`` as printed (``"5"``), its ``caption`` if it has one.

    ``text`` is the article's own text (the lead-in of its clauses, or the
    whole article when it has no clauses).  ``parties`` names the bodies
    the article binds ("Trách nhiệm của Ủy ban nhân dân tỉnh" binds the
    People's Committee); roles as for :class:`Clause`.

    .. versionadded:: 0.2.0
    """

    number: str = attrs.field(validator=not_empty)
    caption: str | None = None
    kind: ProvisionKind = ProvisionKind.OTHER
    text: str = ""
    clauses: tuple[Clause, ...] = ()
    parties: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    leads: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    supports: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    roles: tuple[RoleAssignment, ...] = ()
    note: str | None = None

    @property
    def id(self) -> str:
        """The article's id, ``"D"`` and its number: ``"D5"`` for Điều 5."""
        return f"D{self.number}"


@attrs.frozen
class Chapter:
    """A chapter (*Chương*): ``number`` as printed (``"II"``), its ``title`` and articles.

    ``title`` is ``None`` for a chapter printed without one, or whose title
    the source does not give.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``title`` may be ``None``.
    """

    number: str = attrs.field(validator=not_empty)
    title: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    articles: tuple[Article, ...] = ()
    note: str | None = None


def _at_least_one(
    instance: object, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and value < 1:
        raise FieldError(attribute.name, f"expected a number of at least 1, found {value}")


@attrs.frozen
class Extent:
    """How many chapters, articles and tasks a document has, as a source counts them.

    "Quy chế gồm 2 chương, 6 điều" is ``Extent(chapters=2, articles=6)``; a
    report that says a program "có 7 nội dung phối hợp" gives ``tasks``.
    The file may hold fewer (a text known in part, or known only from the
    documents that cite it), never more; reports print the count beside
    what is known of it.

    .. versionadded:: 0.3.0
    """

    chapters: int | None = attrs.field(default=None, validator=_at_least_one)
    articles: int | None = attrs.field(default=None, validator=_at_least_one)
    tasks: int | None = attrs.field(default=None, validator=_at_least_one)

    @property
    def as_written(self) -> str:
        """The count as a Vietnamese document writes it: "2 chương, 6 điều".

        >>> Extent(chapters=2, articles=6).as_written
        '2 chương, 6 điều'
        """
        parts = [
            f"{count} {word}"
            for count, word in (
                (self.chapters, "chương"),
                (self.articles, "điều"),
                (self.tasks, "nhiệm vụ"),
            )
            if count is not None
        ]
        return ", ".join(parts)


Provision = Article | Clause | Point
"""Anything a provision id names."""


def walk_provisions(
    articles: tuple[Article, ...],
) -> Iterator[tuple[str, Provision]]:
    """Yield ``(id, provision)`` for every article, clause and point, in document order."""
    for article in articles:
        yield article.id, article
        for clause in article.clauses:
            clause_id = f"{article.id}.K{clause.number}"
            yield clause_id, clause
            for point in clause.points:
                yield f"{clause_id}.{point.letter}", point
