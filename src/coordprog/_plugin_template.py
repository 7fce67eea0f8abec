"""``coordprog new-plugin NAME``: a plugin distribution that passes its own tests.

The files come from ``templates/plugin/`` in the package, with ``$name``,
``$module`` and the like filled in (:class:`string.Template`).
"""

from __future__ import annotations

import re
import string
from importlib import resources
from pathlib import Path

from coordprog._version import __version__

#: A plugin's name: lower-case words of letters and digits joined by ``-``.
NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

#: Each template file and where it goes in the distribution (``$module`` filled in).
FILES = {
    "pyproject.toml.tmpl": "pyproject.toml",
    "README.md.tmpl": "README.md",
    "__init__.py.tmpl": "src/$module/__init__.py",
    "test_plugin.py.tmpl": "tests/test_$module.py",
}


def _lowest(version: str) -> str:
    """The lowest coordprog the plugin accepts: the running one's major and minor.

    A development or pre-release version gets ``.dev0``: a requirement such as
    ``>=0.3`` is not met by ``0.3.0.dev1``, so the plugin would not install
    beside the coordprog it was generated from.
    """
    lowest = ".".join(version.split(".")[:2])
    return lowest + ".dev0" if re.search(r"(a|b|rc|dev)\d*$", version) else lowest


def write_plugin(name: str, folder: Path) -> Path:
    """Write the distribution ``coordprog-NAME`` into ``folder``; return its path.

    :raises ValueError: for a name that is not lower-case words joined by ``-``.
    :raises FileExistsError: when the distribution's folder exists.
    """
    if not NAME.fullmatch(name):
        raise ValueError(
            f"expected a plugin name of lower-case letters and digits, words joined by '-' "
            f"(such as 'leads' or 'bao-cao-quy'), found {name!r}"
        )
    values = {
        "name": name,
        "kind": name,
        "distribution": f"coordprog-{name}",
        "module": f"coordprog_{name.replace('-', '_')}",
        "coordprog_version": _lowest(__version__),
    }
    target = folder / values["distribution"]
    if target.exists():
        raise FileExistsError(f"{target} exists; choose another name or folder")
    templates = resources.files("coordprog") / "templates" / "plugin"
    for template, destination in FILES.items():
        text = string.Template((templates / template).read_text(encoding="utf-8"))
        path = target / string.Template(destination).substitute(values)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.substitute(values), encoding="utf-8")
    (target / "src" / values["module"] / "py.typed").write_text("", encoding="utf-8")
    return target
