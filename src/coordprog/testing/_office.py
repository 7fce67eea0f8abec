"""Opening what a format writes as its readers do: LibreOffice and the pages it prints."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

#: The LibreOffice component each kind of file needs, and the library that is that component
#: in LibreOffice's program folder (Debian installs Writer and Calc as packages of their own).
_COMPONENTS = {
    ".docx": ("Writer", "libswlo.so"),
    ".odt": ("Writer", "libswlo.so"),
    ".xlsx": ("Calc", "libsclo.so"),
    ".ods": ("Calc", "libsclo.so"),
}


def _required(message: str) -> None:
    """Skip with ``message``; fail instead where ``COORDPROG_REQUIRE_SOFFICE`` is set (CI)."""
    if os.environ.get("COORDPROG_REQUIRE_SOFFICE"):
        pytest.fail(f"{message}, and COORDPROG_REQUIRE_SOFFICE requires it")
    pytest.skip(message)


class LibreOffice:
    """LibreOffice in a profile of its own, converting documents to PDF, and their pages' text.

    Each instance has its own user profile (``-env:UserInstallation``), so
    that two test runs, or a test and a person's LibreOffice, can work at
    the same time.  What a call needs and does not find (LibreOffice, its
    Writer or Calc, poppler's ``pdftotext``) skips the test with the
    reason, or fails it where the environment sets
    ``COORDPROG_REQUIRE_SOFFICE`` (as coordprog's CI does); nothing is
    skipped silently.

    .. versionadded:: 0.3.0
    """

    def __init__(self, profile: Path) -> None:
        self.profile = profile

    def convert(self, sources: Sequence[Path], folder: Path) -> list[Path]:
        """Convert ``sources`` (DOCX, XLSX ...) to PDF in ``folder``; return the PDFs' paths."""
        soffice = shutil.which("soffice")
        if soffice is None:
            _required("LibreOffice (soffice) is not installed")
        assert soffice is not None
        program = Path(soffice).resolve().parent
        debian = any(program.glob("lib*lo.so"))
        for source in sources:
            component, library = _COMPONENTS.get(source.suffix.lower(), ("Writer", "libswlo.so"))
            if debian and not (program / library).exists():
                _required(f"LibreOffice {component} is not installed, and {source.name} needs it")
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={self.profile.as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, sources),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        return [folder / f"{source.stem}.pdf" for source in sources]

    def pages(self, pdf: Path) -> list[str]:
        """The text of each page of ``pdf``, laid out as printed (``pdftotext -layout``)."""
        pdftotext = shutil.which("pdftotext")
        if pdftotext is None:
            _required("pdftotext (poppler-utils) is not installed")
        assert pdftotext is not None
        text = subprocess.run(
            [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        return text.split("\f")[:-1]  # each page ends with a form feed
