"""A sample coordprog plugin: the ``outline`` format and the ``parties`` report."""

from collections.abc import Callable, Iterator

import coordprog
from coordprog.shapes import Block, Column, Document, Section, Table


def _outline(blocks: tuple[Block, ...], depth: int) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Section):
            number = f"{block.number}. " if block.number else ""
            yield "  " * depth + number + block.heading
            yield from _outline(block.blocks, depth + 1)


def render_outline(document: Document) -> str:
    return "\n".join([document.title, *_outline(document.blocks, 1)]) + "\n"


def parties_table(program: coordprog.Program, *, only: str) -> Table:
    """The bodies a program names; option ``only``: ``all`` or ``signing``."""
    bodies = program.parties if only == "signing" else (*program.parties, *program.third_parties)
    rows = tuple((p.id, p.name, "ký" if p in program.parties else "") for p in bodies)
    columns = (Column("id", "Mã"), Column("name", "Tên cơ quan"), Column("signs", "Ký"))
    return Table(title="Các cơ quan", columns=columns, rows=rows)


@coordprog.hookimpl
def coordprog_register_formats(register: Callable[[coordprog.OutputFormat], None]) -> None:
    register(
        coordprog.OutputFormat(
            name="outline",
            suffixes=".outline.txt",
            media_type="text/plain; charset=utf-8",
            renderers={Document: render_outline},
            description="The headings of a document as an outline.",
        )
    )


@coordprog.hookimpl
def coordprog_register_reports(register: Callable[[coordprog.ReportKind], None]) -> None:
    register(
        coordprog.ReportKind(
            name="parties",
            shape=Table,
            build=parties_table,
            description="The bodies named.",
            options=(
                coordprog.ReportOption.choice(
                    "only", ("all", "signing"), default="all", description="which bodies"
                ),
            ),
        )
    )
