"""The act that promulgates a document: a decision with the regulation it issues."""

from __future__ import annotations

import datetime as dt

import attrs

from coordprog.model._dates import PartialDate
from coordprog.model._field_checks import (
    identifier,
    no_blank_lines,
    no_duplicates,
    not_empty,
    plausible_date,
)
from coordprog.model._legal import LegalKind
from coordprog.model._provisions import Article
from coordprog.model._signatories import Signatory


@attrs.frozen
class Promulgation:
    """The decision (or resolution, circular) that promulgates the document it is attached to.

    Many coordination documents are issued "kèm theo" a decision: "Quyết
    định số 06/2019/QĐ-UBND ... Điều 1. Ban hành kèm theo Quyết định này
    Quy chế phối hợp ...".  The two are different documents, each with its
    own number, date, issuer, signatory and articles: the program file is
    the instrument (the *quy chế*, *quy định*, *kế hoạch*), and its
    ``promulgation`` is the decision.

    ``kind`` is the decision's kind (*Quyết định*, *Nghị quyết*,
    *Thông tư*); ``number``, ``date`` (as precisely as stated) and
    ``place`` are those of its own number and place-and-date lines;
    ``issuer`` is the id of the party that issued it (its organ, such as
    "Chủ tịch Ủy ban nhân dân tỉnh", is that party's ``issuing_organ``);
    ``title`` is its own title ("Ban hành Quy chế phối hợp ...").
    ``basis`` lists, by id of the program's legal references, the acts its
    *Căn cứ* paragraphs cite; ``articles`` are its own articles (Điều 1 that
    promulgates, Điều 2 on its effect, Điều 3 on who carries it out);
    ``signatories`` and ``recipients`` (*Nơi nhận*, no empty line) are its own.
    ``instruments`` names every instrument it promulgates, as Điều 1 names
    them (this document among them; a decision may promulgate two).
    ``effective`` quotes the words that set when it takes effect ("kể từ
    ngày ký").

    A decision whose attached text is not known gives the document
    ``text_available = false``: its provisions are not known, not absent.

    .. versionadded:: 0.3.0
    """

    kind: LegalKind = LegalKind.DECISION
    number: str | None = None
    date: dt.date | PartialDate | None = attrs.field(default=None, validator=plausible_date)
    place: str | None = None
    issuer: str | None = attrs.field(default=None, validator=attrs.validators.optional(identifier))
    title: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_empty))
    basis: tuple[str, ...] = attrs.field(default=(), validator=no_duplicates)
    articles: tuple[Article, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    recipients: tuple[str, ...] = attrs.field(default=(), validator=no_blank_lines)
    instruments: tuple[str, ...] = ()
    effective: str | None = None
    note: str | None = None
