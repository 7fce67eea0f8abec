"""The example programs that ship with coordprog.

>>> from coordprog import examples
>>> examples.names()  # doctest: +NORMALIZE_WHITESPACE
('bdvtw-bcsdcp-2016-2021', 'bdvtw-bcsdcp-plan-2018', 'bdvtw-ubdt-2021-2025',
 'binh-thuan', 'cp-mttq-joint-resolution-2023', 'dak-lak-regulation-2017',
 'hddt-ubdt-2022-2026', 'hoa-binh-tt-hdnd-ubnd-2019', 'lam-dong-bdt-hnd-2021-2025',
 'lam-dong-illustrative', 'son-la-decision-2017', 'ubdt-bdbp-2016-2021',
 'ubdt-hlhpn-2021-2025')
>>> len(examples.load("binh-thuan").tasks)
25
>>> len(examples.records("binh-thuan").meetings)
9

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from coordprog.io._documents import (
    program_from_file,
    program_from_text,
    records_from_file,
    records_from_text,
)
from coordprog.model._errors import CoordprogError, Problem
from coordprog.model._program import Program
from coordprog.model._record_checks import check_records
from coordprog.model._records import Records

__all__ = ["load", "names", "path", "records", "records_paths"]

# In a source checkout (an editable install) the files live in the
# repository's examples/ folder; an installed wheel carries them here.
_CHECKOUT = Path(__file__).resolve().parents[3] / "examples"


def names() -> tuple[str, ...]:
    """Return the names of the example programs, sorted."""
    packaged = {
        entry.name.removesuffix(".toml")
        for entry in resources.files(__name__).iterdir()
        if entry.name.endswith(".toml")
    }
    if _CHECKOUT.is_dir():
        packaged |= {
            folder.name.replace("_", "-")
            for folder in _CHECKOUT.iterdir()
            if (folder / "program.toml").is_file()
        }
    return tuple(sorted(packaged))


def path(name: str) -> Path | None:
    """Return the file of example ``name`` when it is a file on disk, else ``None``."""
    checkout = _CHECKOUT / name.replace("-", "_") / "program.toml"
    if checkout.is_file():
        return checkout
    packaged = resources.files(__name__) / f"{name}.toml"
    if isinstance(packaged, Path) and packaged.is_file():
        return packaged
    return None


def load(name: str) -> Program:
    """Load the example program ``name``, e.g. ``"binh-thuan"``.

    :raises CoordprogError: when there is no such example.
    """
    if name not in names():
        raise CoordprogError(
            f"expected the name of an example, one of {', '.join(names())}, found {name!r}"
        )
    found = path(name)
    if found is not None:
        return program_from_file(found)
    return program_from_text(
        (resources.files(__name__) / f"{name}.toml").read_text(encoding="utf-8"), "toml"
    )


def records_paths(name: str) -> tuple[Path, ...]:
    """Return the records files of example ``name`` on disk, oldest period first.

    An example's records live in its ``records/`` folder, one file per
    year; an example without records has none.

    .. versionadded:: 0.2.0
    """
    folder = _CHECKOUT / name.replace("-", "_") / "records"
    if folder.is_dir():
        return tuple(sorted(folder.glob("*.toml")))
    packaged = resources.files(__name__) / f"{name}.records"
    if isinstance(packaged, Path) and packaged.is_dir():
        return tuple(sorted(packaged.glob("*.toml")))
    return ()


def records(name: str) -> Records:
    """Load the records of implementation of example ``name``, checked against its program.

    Empty records when the example has none.

    :raises CoordprogError: when there is no such example.

    .. versionadded:: 0.2.0
    """
    program = load(name)

    def check(found: Records) -> list[Problem]:
        return check_records(found, program)

    combined = Records(program=program.id)
    paths = records_paths(name)
    if paths:
        for found in paths:
            combined = combined + records_from_file(found, check=check)
        return combined
    packaged = resources.files(__name__) / f"{name}.records"
    if packaged.is_dir():
        for entry in sorted(packaged.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                text = entry.read_text(encoding="utf-8")
                combined = combined + records_from_text(text, "toml", check=check)
    return combined
