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

    .. versionadded:: 0.2.0
    """

    number: str = attrs.field(validator=not_empty)
    title: str = attrs.field(validator=not_empty)
    articles: tuple[Article, ...] = ()
    note: str | None = None


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
