"""The ``coordprog`` command: a thin layer over the public API.

Exit codes: 0 success; 1 the input is wrong (an invalid program, a file
that cannot be read or would be overwritten, a report that cannot be
rendered); 2 the command line is wrong (argparse's usage error); 3 an
internal error, a bug in coordprog or in a plugin.  Errors go to standard
error as one line each, never as a traceback (``--debug`` shows the
traceback of an internal error).  A FILE of ``-`` is read from standard
input.  Text meant for a terminal shows control characters escaped.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import contextvars
import datetime as dt
import gc
import os
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar, cast

import coordprog

if TYPE_CHECKING:
    import pluggy

    from coordprog.plugins._registry import Registry

#: The entry-point group of installed plugins (a public contract of coordprog).
ENTRY_POINT_GROUP = "coordprog"

OK, INVALID, USAGE, INTERNAL = 0, 1, 2, 3

STARTER = """\
# A coordination program (chương trình phối hợp) for coordprog.
# Every field is described in the file-format reference of the documentation.
# Check it with:  coordprog validate {name}

id = "my-program"
title = "Chương trình phối hợp ..."
# number = "01-CTrPH/..."            # number and symbol (số, ký hiệu)
# place = "..."                       # place of signing
# signed_on = 2026-01-15
period = {{ start = 2026-01-01, end = 2030-12-31 }}
purposes = ["..."]                    # I.1. Mục đích
requirements = ["..."]                # I.2. Yêu cầu

# The signing parties (các bên ký). Roles and signatures refer to their ids.
[[parties]]
id = "a"
name = "Cơ quan A"
focal_unit = "Phòng ..."              # đơn vị đầu mối tham mưu

[[parties]]
id = "b"
name = "Cơ quan B"

# II. Nội dung phối hợp: groups of tasks; roles on a group apply to its tasks.
[[task_groups]]
id = "II.1"
number = "1"
title = "Cơ quan A chủ trì, phối hợp với Cơ quan B"
leads = ["a"]                         # chủ trì
supports = ["b"]                      # phối hợp

[[task_groups.tasks]]
id = "II.1.1"
text = "..."

# Schedule rules: one plan a year, reviews every 6 and 12 months, a final review.
[schedule.annual_plans]
due = {{ months = 3, days = -1 }}      # by the end of the first quarter

[[schedule.reviews]]
id = "6-month"
every_months = 6
name_vi = "Sơ kết 6 tháng"
name_en = "Six-month interim review"

[[schedule.reviews]]
id = "yearly"
every_months = 12
name_vi = "Sơ kết năm"
name_en = "Yearly interim review"
prepares_next_plan = true

[schedule.final_review]
name_vi = "Tổng kết"
name_en = "Final review"

[[signatories]]
party = "a"
title = "TRƯỞNG BAN"
name = "..."

[[signatories]]
party = "b"
title = "GIÁM ĐỐC"
name = "..."
"""


REGULATION = """\
# A coordination regulation (quy chế phối hợp) or joint resolution (nghị quyết
# liên tịch) for coordprog: chapters (Chương) of articles (Điều), clauses
# (khoản) and points (điểm), numbered as printed.  Every field is described in
# the file-format reference of the documentation.
# Check it with:  coordprog validate {name}

id = "my-{kind}"
kind = "{kind}"
title = "..."
# number = "01/QCPH-..."             # number and symbol (số, ký hiệu)
# signed_on = 2026-01-15
# In force from signing, with no end ("có hiệu lực kể từ ngày ký"): no 'end'.
# A period stated in years: start = 2026-01-01, end = 2030-12-31, precision = "year".
period = {{ start = 2026-01-15 }}

[[parties]]
id = "a"
name = "Cơ quan A"
# issuing_organ = "Thường trực ..."   # the standing organ that signs for the body
# term = "nhiệm kỳ 2026 - 2031"       # the body's own term, if the document states it

[[parties]]
id = "b"
name = "Cơ quan B"

[[chapters]]
number = "I"
title = "QUY ĐỊNH CHUNG"

[[chapters.articles]]
number = "1"
caption = "Phạm vi điều chỉnh"
kind = "scope"
text = "..."

[[chapters.articles]]
number = "2"
caption = "Nguyên tắc phối hợp"
kind = "principles"

[[chapters.articles.clauses]]
number = "1"
text = "..."

# No schedule rules: add [schedule] only for what the document schedules
# (a review every year, a report before a date each quarter ...).

[[signatories]]
party = "a"
authority = "TM. ..."
title = "CHỦ TỊCH"
# name = "..."                        # leave out when only the position is printed

[[signatories]]
party = "b"
title = "CHỦ TỊCH"
"""

PLAN = """\
# A joint coordination plan (kế hoạch phối hợp / liên tịch) for coordprog.
# Every field is described in the file-format reference of the documentation.
# Check it with:  coordprog validate {name}

id = "my-plan"
kind = "joint-plan"
title = "Kế hoạch phối hợp ..."
# number = "01/KH-..."
period = {{ start = 2026-01-01, end = 2026-12-31 }}
purposes = ["..."]

[[parties]]
id = "a"
name = "Cơ quan A"

[[parties]]
id = "b"
name = "Cơ quan B"

[[task_groups]]
id = "1"
number = "1"
title = "..."
leads = ["a"]                         # chủ trì; write joint = true instead when no lead is stated
supports = ["b"]                      # phối hợp

[[task_groups.tasks]]
id = "1.1"
text = "..."
"""

STARTERS = {
    "program": STARTER,
    "regulation": REGULATION,
    "joint-resolution": REGULATION,
    "plan": PLAN,
}


class _Failure(Exception):
    """An error already worded for the user."""


class _Closed:
    """Standard output when the process was started with it closed (``>&-``).

    Python leaves ``sys.stdout`` as ``None`` then, where ``print`` writes
    nothing at all: writing to it is an error the user is told about.
    """

    encoding = "utf-8"

    def isatty(self) -> bool:
        return False

    def write(self, text: str | bytes) -> int:
        raise _Failure("standard output is closed: give -o FILE, or open it (no >&-)")

    def flush(self) -> None:
        pass

    @property
    def buffer(self) -> _Closed:
        return self


def _streams() -> None:
    """Standard output and error as the command writes them, whatever it was started with.

    A closed standard output raises an error when written to; a closed
    standard error is a sink.  A stream whose encoding is not UTF-8
    (``PYTHONIOENCODING=ascii``, a Latin-1 locale) and which is not a
    terminal is written in UTF-8, as ``-o FILE`` is: a report piped to a
    file is the same document.  On such a terminal, what it cannot show is
    written as backslash escapes instead of failing.
    """
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    for stream in (sys.stdout, sys.stderr):
        if _is_utf8(stream) or not hasattr(stream, "reconfigure"):
            continue
        try:
            if stream.isatty():
                stream.reconfigure(errors="backslashreplace")
            else:
                stream.reconfigure(encoding="utf-8")
        except (OSError, ValueError):  # already written to, or detached: leave it
            continue


def _is_utf8(stream: object) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("-", "") in ("utf8", "utf8sig")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in argv
    argv = [arg for arg in argv if arg != "--debug"]
    # Global options, taken out wherever they stand (before or after the command).
    argv, folders = _plugins_dirs(argv)
    _streams()
    token = _session.set(_Session(folders))
    try:
        with warnings.catch_warnings():
            # A warning (a plugin left out, a calendar without data for a year)
            # is one line on standard error, as errors are, not Python's
            # file:line form; from the start, since `render --help` loads the
            # plugins to list them.
            warnings.showwarning = _show_warning
            try:
                args = _parser(argv).parse_args(argv)
            except _Failure as exc:  # --help or --version with standard output closed
                _error(f"coordprog: {exc}")
                return INVALID
            except Exception as exc:  # not `except CoordprogError`: --version must not import it
                if not isinstance(exc, coordprog.CoordprogError):
                    raise
                _error(f"coordprog: {exc}")  # render --help with a --plugins-dir that is no folder
                return INVALID
            command: Callable[[argparse.Namespace], int] = args.command
            return _run(command, args, debug)
    finally:
        _session.reset(token)


class _Session:
    """The plugins of one run of the command line: built on first use, with its folders."""

    def __init__(self, folders: tuple[str, ...]) -> None:
        self.folders = folders
        self._manager: pluggy.PluginManager | None = None

    def manager(self) -> pluggy.PluginManager | None:
        """The plugin manager of this run: ``None`` (the default one) without --plugins-dir."""
        if self.folders and self._manager is None:
            self._manager = coordprog.get_plugin_manager(plugins_dir=self.folders)
        return self._manager


_session: contextvars.ContextVar[_Session | None] = contextvars.ContextVar(
    "coordprog_cli_session", default=None
)


def _manager() -> pluggy.PluginManager | None:
    """What every call of the API in this run gets as ``plugin_manager``."""
    session = _session.get()
    if session is None:
        return None
    found = session.manager()
    if _starting:
        _started(found)
    return found


#: Whether the process is starting (see :func:`run`): the cyclic garbage
#: collector is off until the plugins are loaded.
_starting = False


def _started(manager: pluggy.PluginManager | None) -> None:
    """End the start-up :func:`run` began: load the plugins, keep what is loaded, collect again.

    Start-up builds the classes, functions and plugins that live as long as
    the process; the collector's passes over them, during start-up or on
    the first pass after it, would free nothing (about a sixth of rendering
    the example).  Frozen (:func:`gc.freeze`), they are left out of every
    later pass, and the collector runs as usual for the command's work.
    """
    global _starting
    _starting = False
    if manager is None:
        coordprog.default_plugin_manager()
    gc.freeze()
    gc.enable()


def _plugins_dirs(argv: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """``argv`` without its ``--plugins-dir DIR`` options, and the folders they name."""
    rest: list[str] = []
    folders: list[str] = []
    arguments = iter(argv)
    for arg in arguments:
        if arg == "--":
            rest.extend([arg, *arguments])
            break
        if arg == "--plugins-dir":
            folder = next(arguments, None)
            if folder is None:
                rest.append(arg)  # argparse says what is missing
            else:
                folders.append(folder)
        elif arg.startswith("--plugins-dir="):
            folders.append(arg.partition("=")[2])
        else:
            rest.append(arg)
    return rest, tuple(folders)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    _error(f"coordprog: warning: {message}")


def _run(
    command: Callable[[argparse.Namespace], int], args: argparse.Namespace, debug: bool
) -> int:
    try:
        code = command(args)
        sys.stdout.flush()  # a full disk or closed pipe is reported here, not at exit
        return code
    except _Failure as exc:
        _error(f"coordprog: {exc}")
        return INVALID
    except coordprog.ValidationError as exc:
        _print_problems(exc)
        return INVALID
    except BrokenPipeError:
        # The reader went away (`coordprog schedule ... | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return INVALID
    except (coordprog.CoordprogError, OSError) as exc:
        _error(f"coordprog: {_os_message(exc)}")
        return INVALID
    except Exception as exc:
        if debug:
            raise
        _error(
            f"coordprog: internal error, a bug in coordprog or one of its plugins: "
            f"{type(exc).__name__}: {exc}. Run the command again with --debug to see "
            "the traceback, and report it."
        )
        return INTERNAL


def _os_message(exc: BaseException) -> str:
    # OSError's own text names the errno before the file: say it plainly.
    if isinstance(exc, OSError) and exc.strerror and exc.filename:
        reason = exc.strerror
        return reason if str(exc.filename) in reason else f"{exc.filename}: {reason}"
    if isinstance(exc, OSError) and exc.strerror and exc.filename is None:
        # Files are always named: one without a name is standard input or output.
        return f"cannot read standard input or write standard output: {exc.strerror}"
    return str(exc)


# What a terminal must not receive raw: C0 and C1 controls (but tab and line
# feed), the bidirectional controls, which make text display otherwise than
# it reads, and the line and paragraph separators.
_CONTROL = re.compile(
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069"
    "\\u2028\\u2029\\ud800-\\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _for(stream: TextIO, text: str) -> str:
    """``text`` as it may be written to ``stream``: controls escaped on a terminal."""
    if not stream.isatty() or text.isprintable():
        return text
    return _CONTROL.sub(_escape, text)


#: The longest line of an error the command prints (a value of a megabyte
#: is not repeated whole).
_ERROR_LINE = 1000


def _error(text: str) -> None:
    lines = [
        line
        if len(line) <= _ERROR_LINE
        else f"{line[:800]} ... ({len(line) - 900} characters left out) ... {line[-100:]}"
        for line in text.split("\n")
    ]
    print(_for(sys.stderr, "\n".join(lines)), file=sys.stderr)


def _read(name: str, input_format: str | None) -> coordprog.Program:
    """Load the program in the file ``name``, or from standard input for ``-``."""
    if name != "-":
        return coordprog.load(name, input_format, plugin_manager=_manager())
    data = sys.stdin.buffer.read()
    if input_format is None:
        # Without --input-format: a JSON document starts with "{", TOML never does.
        input_format = "json" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "toml"
    try:
        return coordprog.loads(data, input_format, plugin_manager=_manager())
    except coordprog.ValidationError as exc:
        raise exc.with_source("<stdin>") from None


def _parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="coordprog",
        description="Validate, schedule and render coordination programs (chương trình phối hợp).",
        epilog="Exit codes: 0 success, 1 invalid input, 2 wrong command line, 3 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"coordprog {coordprog.__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of an internal error"
    )
    parser.add_argument(
        "--plugins-dir",
        metavar="DIR",
        action="append",
        help=(
            "load each *.py file of DIR as a plugin (repeatable; also the environment "
            "variable COORDPROG_PLUGINS_DIR); anywhere on the command line"
        ),
    )
    commands = parser.add_subparsers(
        title="commands", required=True, metavar="COMMAND", parser_class=_Parser
    )
    # Each command's parser costs about a millisecond to build: when the first
    # argument names a command, only its parser is built (its usage errors
    # and --help read the same); otherwise all are, for the full --help.
    wanted = argv[0] if argv and argv[0] in _COMMANDS else None
    for name, add in _COMMANDS.items():
        if wanted is None or name == wanted:
            add(commands)
    return parser


def _add_validate(commands: Any) -> None:
    validate = commands.add_parser(
        "validate",
        help="check program files",
        description=(
            "Check program files; print every problem.  A draft (a file that lists items "
            "to complete, as 'coordprog import' writes) is refused, each item listed, until a "
            "person has completed them."
        ),
    )
    validate.add_argument(
        "files", nargs="+", metavar="FILE", help="TOML or JSON program files (- for stdin)"
    )
    validate.add_argument(
        "--records",
        action="append",
        default=[],
        metavar="RECORDS",
        help="records files of the (one) program FILE to check too, drafts refused alike",
    )
    _input_format(validate)
    validate.set_defaults(command=_validate)


def _input_format(parser: Any) -> None:
    parser.add_argument(
        "--input-format",
        choices=("json", "toml"),
        help="the format of FILE (default: its suffix; for - a document starting with { is JSON)",
    )


def _installed() -> str:
    """The report kinds and formats installed, for ``render --help``."""
    try:
        kinds = ", ".join(r.name for r in coordprog.reports(plugin_manager=_manager()))
        fmts = ", ".join(
            f"{f.name} ({', '.join(f.suffixes)})"
            for f in coordprog.formats(plugin_manager=_manager())
        )
    except coordprog.CoordprogError as exc:  # a strict-mode plugin failure: say so, still help
        return f"(report kinds and formats could not be listed: {exc})"
    return f"Report kinds: {kinds}. Formats: {fmts}."


def _columns() -> int:
    """The terminal's width, as :func:`shutil.get_terminal_size` finds it (80 by default)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, sized without importing :mod:`shutil`.

    argparse builds a formatter for every argument added, and its default
    imports :mod:`shutil` (and the compression modules it imports, ~2 ms)
    to measure the terminal: a command that prints no help never needs it.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """A parser whose epilog may be a function, called only when the help is printed.

    ``render --help`` lists the installed report kinds and formats, which
    loads every plugin: no other command line pays for it.
    """

    epilog_from: Callable[[], str] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        if self.epilog_from is not None:
            self.epilog = self.epilog_from()
        return super().format_help()


def _add_render(commands: Any) -> None:
    render = commands.add_parser(
        "render",
        help="render a report",
        description=(
            "Render a report of a program file, or of a folder of programs and records for the "
            "kinds that report on a portfolio (agenda, coverage)."
        ),
    )
    render.epilog_from = _installed
    render.add_argument(
        "file",
        metavar="FILE",
        help="TOML or JSON program file (- for stdin), or a folder for a portfolio's kinds",
    )
    _input_format(render)
    render.add_argument(
        "--report",
        help="report kind (default: program, or the first kind the format can render)",
    )
    _output_arguments(render, "markdown")
    render.add_argument(
        "--option",
        dest="options",
        action="append",
        default=[],
        type=_option,
        metavar="NAME=VALUE",
        help="an option for the report kind (repeatable), e.g. --option calendar=weekends",
    )
    render.add_argument(
        "--calendar",
        help="work calendar, for the kinds that take one (same as --option calendar=...)",
    )
    render.add_argument(
        "--lang",
        choices=("vi", "en"),
        help=(
            "the language of the report's labels, for the kinds that take it "
            "(same as --option lang=...; default vi)"
        ),
    )
    render.add_argument(
        "--records",
        nargs="+",
        default=[],
        metavar="RECORDS",
        help="records files of the program, for the review and status reports",
    )
    render.set_defaults(command=_render)


def _add_status(commands: Any) -> None:
    status = commands.add_parser(
        "status",
        help="show what is overdue and due soon",
        description=(
            "Show what each body has overdue and due within --soon days as of --as-of, from "
            "the program's records; with an OUT ending in .ics, every scheduled event with "
            "its state."
        ),
    )
    status.add_argument("file", metavar="FILE", help="TOML or JSON program file (- for stdin)")
    status.add_argument("records", nargs="*", metavar="RECORDS", help="records files")
    _input_format(status)
    status.add_argument(
        "--as-of", type=_date, metavar="DATE", help="the day to report on (default: today)"
    )
    status.add_argument(
        "--soon", type=int, default=60, metavar="DAYS", help="how far ahead (default: 60 days)"
    )
    status.add_argument("--calendar", help="work calendar name, e.g. weekends")
    status.add_argument(
        "--lang", choices=("vi", "en"), help="the language of the labels (default vi)"
    )
    _output_arguments(status, "text")
    status.set_defaults(command=_status)


def _output_arguments(parser: Any, default: str) -> None:
    """Add ``--format``, ``-o/--output`` and ``--force``, as every report command has them."""
    parser.add_argument(
        "--format", help=f"output format (default: guessed from OUT's suffix, else {default})"
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def _add_schedule(commands: Any) -> None:
    schedule = commands.add_parser(
        "schedule", help="list dated events", description="List a program's dated events."
    )
    schedule.add_argument("file", metavar="FILE", help="TOML or JSON program file (- for stdin)")
    _input_format(schedule)
    schedule.add_argument("--calendar", help="work calendar name, e.g. weekends")
    schedule.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="from DATE (YYYY-MM-DD)"
    )
    schedule.add_argument(
        "--to", dest="end", type=_date, metavar="DATE", help="up to DATE (YYYY-MM-DD)"
    )
    schedule.set_defaults(command=_schedule)


def _add_diff(commands: Any) -> None:
    text = "list the events an amendment or an edit adds, removes and moves"
    diff = commands.add_parser(
        "diff",
        help=text,
        description=(
            "List the scheduled events NEW adds, removes and moves against OLD (two versions "
            "of a program file); with --amendment N, what amendment N of one file changed."
        ),
    )
    diff.add_argument("old", metavar="OLD", help="the program file before")
    diff.add_argument("new", metavar="NEW", nargs="?", help="the program file after")
    diff.add_argument(
        "--amendment",
        type=int,
        metavar="N",
        help="what the amendment at index N (from 0) of OLD changed, instead of NEW",
    )
    _input_format(diff)
    diff.add_argument("--calendar", help="work calendar name, e.g. weekends")
    diff.add_argument(
        "--until",
        type=_date,
        metavar="DATE",
        help="horizon for the recurring events of a program without an end",
    )
    diff.add_argument("--lang", choices=("vi", "en"), help="the language of the lines (default vi)")
    diff.set_defaults(command=_diff)


def _diff(args: argparse.Namespace) -> int:
    old = _read(args.old, args.input_format)
    if (args.new is None) == (args.amendment is None):
        raise _Failure("give either NEW or --amendment N")
    if args.amendment is not None:
        try:
            changes = coordprog.amendment_changes(old, args.amendment, until=args.until)
        except IndexError as exc:
            raise _Failure(f"{args.old}: {exc}") from None
    else:
        new = _read(args.new, args.input_format)
        changes = coordprog.schedule_diff(
            old, new, args.calendar, until=args.until, plugin_manager=_manager()
        )
    lines = changes.lines(english=args.lang == "en")
    if not lines:
        print("no change to the schedule" if args.lang == "en" else "Lịch không thay đổi.")
    for line in lines:
        print(_for(sys.stdout, line))
    return OK


def _listing(name: str, text: str, function: Callable[[argparse.Namespace], int]) -> Any:
    def add(commands: Any) -> None:
        sub = commands.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        sub.set_defaults(command=function)

    return add


def _add_new(commands: Any) -> None:
    new = commands.add_parser(
        "new", help="write a starter program file", description="Write a commented starter program."
    )
    new.add_argument("file", metavar="FILE", help="the TOML file to create")
    new.add_argument(
        "--kind",
        choices=sorted(STARTERS),
        default="program",
        help="the kind of document to start (default: program)",
    )
    new.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    new.set_defaults(command=_new)


def _quoted(text: str) -> str:
    """``text`` quoted for a message: at most a couple of hundred characters of it."""
    if len(text) <= 200:
        return repr(text)
    return f"{text[:150]!r}...{text[-20:]!r} ({len(text)} characters)"


def _option(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, found {_quoted(text)}")
    return name.strip(), value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date YYYY-MM-DD, found {_quoted(text)}"
        ) from None


def _print_problems(error: coordprog.ValidationError) -> None:
    prefix = f"{error.source}: " if error.source else ""
    for problem in error.problems:
        _error(f"{prefix}{problem}")


def _draft_items(shown: str, items: tuple[coordprog.DraftItem, ...]) -> None:
    """List a draft's items to complete on standard error, one a line."""
    _error(f"{shown}: a draft: {len(items)} items to complete before it is valid")
    for index, item in enumerate(items):
        read = f' (read from: "{item.text}")' if item.text else ""
        _error(f"{shown}: to_complete[{index}]: {item.path}: {item.reason}{read}")


def _records_of(name: str) -> str | None:
    """The program a records file names, when ``name`` is one; else ``None``.

    A records document has a ``program`` key (the id of its program) and
    no parties, as :func:`coordprog.load_portfolio` tells them apart.
    """
    data = _records_data(name)
    return None if data is None else str(data["program"])


def _records_data(name: str) -> dict[str, Any] | None:
    """The plain data of the records file ``name``, when it is one; else ``None``."""
    import json

    if name == "-":
        return None
    try:
        text = Path(name).read_bytes().decode("utf-8-sig")
        data = json.loads(text) if name.lower().endswith(".json") else _toml(text)
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and isinstance(data.get("program"), str) and "parties" not in data:
        return data
    return None


def _records_draft_items(name: str) -> tuple[coordprog.DraftItem, ...]:
    """The items a records draft lists to complete (none if it is no draft or does not read)."""
    data = _records_data(name)
    if data is None or not data.get("to_complete"):
        return ()
    try:
        records = coordprog.records_from_data(data, "json" if name.endswith(".json") else "toml")
    except coordprog.ValidationError:
        return ()
    return records.to_complete


def _toml(text: str) -> object:
    import tomllib

    return tomllib.loads(text)


def _validate(args: argparse.Namespace) -> int:
    status = OK
    if args.records and len(args.files) != 1:
        raise _Failure("--records checks the records of one program: give one FILE")
    for name in args.files:
        try:
            program = _read(name, args.input_format)
        except coordprog.ValidationError as exc:
            owner = _records_of(name)
            if owner is None:
                _print_problems(exc)
            else:
                _error(
                    f"{name}: a records file (of program {owner!r}), not a program; records are "
                    f"checked with their program: coordprog validate PROGRAM --records {name}"
                )
                items = _records_draft_items(name)
                if items:
                    _draft_items(name, items)
            status = INVALID
        except (coordprog.CoordprogError, OSError) as exc:
            message = _os_message(exc)
            # Some errors (an unknown suffix) name the file already.
            _error(message if message.startswith(name) else f"{name}: {message}")
            status = INVALID
        else:
            shown = "<stdin>" if name == "-" else name
            for advice in coordprog.advisories(program):
                _error(f"{shown}: warning: {advice}")
            if program.to_complete:
                _draft_items(shown, program.to_complete)
                status = INVALID
                continue
            for records_name in args.records:
                try:
                    records = coordprog.load_records(program, records_name)
                except coordprog.ValidationError as exc:
                    _print_problems(exc)
                    status = INVALID
                    continue
                if records.to_complete:
                    _draft_items(records_name, records.to_complete)
                    status = INVALID
            print(
                _for(
                    sys.stdout,
                    f"{shown}: valid: {len(program.parties)} parties, {len(program.tasks)} "
                    f"tasks, {len(program.legal_refs)} legal references, "
                    f"{len(program.annual_plans)} annual plans; schedule rules and "
                    "cross-references checked",
                )
            )
    return status


def _render(args: argparse.Namespace) -> int:
    _refuse_overwrite(args.output, args.force)
    subject: coordprog.Program | coordprog.Portfolio
    if args.file != "-" and Path(args.file).is_dir():
        subject = _load_portfolio(args.file)
    else:
        subject = _read(args.file, args.input_format)
    fmt = args.format
    if fmt is None:
        fmt = _format_for(args.output) if args.output else "markdown"
    report = args.report or _report_for(fmt, not isinstance(subject, coordprog.Program))
    options = dict(args.options)
    # The shortcuts go to the kinds that take them; the others render as they
    # do, with a warning, so that --lang en never breaks a plugin's report.
    kind = _registry().reports.get(report)
    declared = kind.item.options if kind is not None else ()
    taken = {option.name for option in declared}
    if any(o.name == "as_of" and o.required for o in declared) and "as_of" not in options:
        options["as_of"] = _as_of(args)
    for name, value in (("calendar", args.calendar), ("lang", args.lang)):
        if value is None:
            continue
        if name in taken:
            options[name] = value
        else:
            _error(f"coordprog: warning: report {report!r} takes no --{name}; it is left out")
    # A draft is made today: the command line is where the date comes from.
    if "today" in taken and "today" not in options:
        options["today"] = dt.date.today()
    records = None
    if args.records:
        if not isinstance(subject, coordprog.Program):
            raise _Failure("--records go with a program file; a folder's records are read with it")
        records = coordprog.load_records(subject, *args.records)
    output = coordprog.render_output(
        subject, report, fmt, options=options, records=records, plugin_manager=_manager()
    )
    return _emit(output, args.output, force=args.force)


def _report_for(fmt: str, portfolio: bool) -> str:
    """The first report kind whose shape ``fmt`` renders (``ics``: schedule).

    ``program`` first for a program, ``agenda`` first for a portfolio.
    """
    usual = "agenda" if portfolio else "program"
    registry = _registry()
    found = registry.formats.get(fmt)
    if found is None:
        return usual  # render names the unknown format
    shapes = found.item.shapes
    # The usual kind is looked up alone: listing every kind imports every
    # built-in report module.
    from coordprog.shapes import shape_name

    held = registry.reports.get(usual)
    if (
        held is not None
        and held.item.takes_portfolio == portfolio
        and shape_name(held.item.shape) in shapes
    ):
        return usual
    kinds = [
        k for k in coordprog.reports(plugin_manager=_manager()) if k.takes_portfolio == portfolio
    ]
    for kind in sorted(kinds, key=lambda k: k.name != usual):
        if kind.shapes[0] in shapes:
            if kind.name != usual:
                _error(f"coordprog: rendering the report {kind.name!r}; give --report to choose")
            return kind.name
    raise _Failure(f"no installed report kind has a shape that format {fmt!r} renders")


def _registry() -> Registry:
    """The report kinds and formats of this run's plugins, by name."""
    from coordprog.plugins._calls import registry_of

    return registry_of(_manager() or coordprog.default_plugin_manager())


def _emit(output: coordprog.Output, name: str | None, *, force: bool) -> int:
    if name is not None:
        _write(Path(name), output.content, force=force)
    elif output.binary:
        if sys.stdout.isatty():
            raise _Failure("this format writes binary data: give -o FILE, or redirect")
        sys.stdout.buffer.write(output.content)
    elif sys.stdout.isatty():
        # A terminal shows lines (an .ics has CRLF line ends), controls escaped.
        sys.stdout.write(_for(sys.stdout, output.text.replace("\r\n", "\n")))
    else:
        sys.stdout.write(output.text)
    return OK


def _as_of(args: argparse.Namespace) -> dt.date:
    """The day a command reports on: ``--as-of``, else today, said on standard error.

    The command line is the one place that reads the clock; everything below
    it takes the day as an argument.
    """
    if getattr(args, "as_of", None) is not None:
        return cast(dt.date, args.as_of)
    today = dt.date.today()
    _error(f"coordprog: as of {today.isoformat()} (today); --as-of DATE chooses another day")
    return today


def _status(args: argparse.Namespace) -> int:
    _refuse_overwrite(args.output, args.force)
    program = _read(args.file, args.input_format)
    records = coordprog.load_records(program, *args.records)
    fmt = args.format or (_format_for(args.output) if args.output else "text")
    as_of = _as_of(args)
    options: dict[str, Any] = {"as_of": as_of}
    if args.lang:
        options["lang"] = args.lang
    if args.calendar:
        options["calendar"] = args.calendar
    report = "status"
    if fmt == "ics":
        report = "status-calendar"
    else:
        options["soon"] = args.soon
    output = coordprog.render_output(
        program, report, fmt, options=options, records=records, plugin_manager=_manager()
    )
    return _emit(output, args.output, force=args.force)


def _format_for(output: str) -> str:
    name = Path(output).name.lower()
    matches = [
        (len(suffix), f.name)
        for f in coordprog.formats(plugin_manager=_manager())
        for suffix in f.suffixes
        if name.endswith(suffix.lower())
    ]
    if not matches:
        raise _Failure(f"cannot tell the format from {output!r}; give --format")
    return max(matches)[1]


def _refuse_overwrite(path: str | Path | None, force: bool) -> None:
    """Refuse to write over an existing ``path`` unless ``--force`` was given, or a folder."""
    if path is None:
        return
    if Path(path).is_dir():
        raise _Failure(f"cannot write {path}: it is a folder; give a file name")
    if Path(path).exists() and not force:
        raise _Failure(f"{path} exists; use --force to overwrite it")


def _write(path: Path, content: str | bytes, *, force: bool) -> None:
    from coordprog.io._documents import write_atomically

    _refuse_overwrite(path, force)
    write_atomically(path, content.encode("utf-8") if isinstance(content, str) else content)


def _schedule(args: argparse.Namespace) -> int:
    program = _read(args.file, args.input_format)
    events = coordprog.schedule(program, args.calendar, until=args.end, plugin_manager=_manager())
    rows = [
        (e.due.isoformat(), e.kind.value, e.title_vi)
        for e in events
        if (args.start is None or e.due >= args.start) and (args.end is None or e.due <= args.end)
    ]
    _table(("due", "kind", "event"), rows)
    return OK


def _table(
    header: tuple[str, ...], rows: Sequence[tuple[str, ...]], *, header_shown: bool = True
) -> None:
    shown = (header, *rows) if header_shown else tuple(rows)
    widths = [max(len(str(r[i])) for r in shown) for i in range(len(header) - 1)] if shown else []
    for row in shown:
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=False)]
        print(_for(sys.stdout, "  ".join([*cells, str(row[-1])]).rstrip()))


def _distributions() -> dict[str, str]:
    from importlib.metadata import entry_points  # slow to import; only listings need it

    found = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        dist = entry.dist
        found[entry.name] = f"{dist.name} {dist.version}" if dist is not None else "?"
    return found


def _source(plugin: str, dists: dict[str, str], manager: pluggy.PluginManager | None) -> str:
    if plugin.startswith("coordprog."):  # the built-in plugins' names
        return f"coordprog {coordprog.__version__} (built in)"
    if plugin in dists:
        return dists[plugin]
    found = (manager or coordprog.default_plugin_manager()).get_plugin(plugin)
    module = getattr(found, "__name__", "")
    if isinstance(module, str) and module.startswith("coordprog_plugins_dir."):
        return f"file {getattr(found, '__file__', '?')}"
    return "registered at run time"


def _formats(args: argparse.Namespace) -> int:
    dists = _distributions()
    rows = [
        (
            f.name,
            " ".join(f.suffixes),
            ", ".join(f.shapes),
            f.plugin,
            _source(f.plugin, dists, _manager()),
        )
        for f in coordprog.formats(plugin_manager=_manager())
    ]
    _table(("format", "suffixes", "shapes", "plugin", "distribution"), rows)
    return OK


def _add_reports(commands: Any) -> None:
    text = "list installed report kinds"
    reports = commands.add_parser(
        "reports",
        help=text,
        description=(
            "List installed report kinds, one line each: its name, what it is and the names "
            "of its options. With "
            "KIND, show each kind named in full: its shape, the formats that render it, "
            "where it comes from, whether it reads records, and its options with their "
            "types and defaults."
        ),
    )
    reports.add_argument(
        "kinds", nargs="*", metavar="KIND", help="report kinds to show in full (default: none)"
    )
    reports.set_defaults(command=_reports)


def _reports(args: argparse.Namespace) -> int:
    manager = _manager()
    kinds = coordprog.reports(plugin_manager=manager)
    if not args.kinds:
        # One line per kind, its name first: scripts take the first word of each line.
        rows = []
        for kind in kinds:
            options = ", ".join(option.name for option in kind.options)
            about = kind.description + (f" Options: {options}." if options else "")
            rows.append((kind.name, " ".join(about.split())))  # one line, whatever it says
        _table(("", ""), rows, header_shown=False)
        return OK
    found = {kind.name: kind for kind in kinds}
    for name in args.kinds:
        if name not in found:
            raise coordprog.NotFoundError("report kind", name, found)
    dists = _distributions()
    for index, name in enumerate(args.kinds):
        kind = found[name]
        source = _source(kind.plugin, dists, manager)
        lines = [
            f"{kind.name}: {kind.description}" if kind.description else kind.name,
            f"  shape: {', '.join(kind.shapes)}; formats: {', '.join(kind.formats) or 'none'}",
            f"  from: plugin {kind.plugin}, {source}"
            + ("; reads records (--records)" if kind.takes_records else ""),
        ]
        for option in kind.options:
            described = f": {option.description}" if option.description else ""
            lines.append(f"  --option {option.shown}{described}")
        print(("\n" if index else "") + _for(sys.stdout, "\n".join(lines)))
    return OK


def _plugins(args: argparse.Namespace) -> int:
    dists = _distributions()
    manager = _manager() or coordprog.default_plugin_manager()
    rows = []
    for name, plugin in manager.list_name_plugin():
        hooks = sorted(h.name for h in manager.get_hookcallers(plugin) or ())
        rows.append((name, _source(name, dists, manager), ", ".join(hooks)))
    _table(("plugin", "distribution", "hooks"), sorted(rows))
    return OK


def _schema(args: argparse.Namespace) -> int:
    import json

    document = "records" if args.records else "program"
    print(json.dumps(coordprog.json_schema(document), ensure_ascii=False, indent=2))
    return OK


def _add_portfolio(commands: Any) -> None:
    text = "check a folder of programs and records; list its programs and bodies"
    portfolio = commands.add_parser("portfolio", help=text, description=text.capitalize() + ".")
    portfolio.add_argument("folder", metavar="DIR", help="folder of programs and records")
    portfolio.set_defaults(command=_portfolio)


def _add_agenda(commands: Any) -> None:
    agenda = commands.add_parser(
        "agenda",
        help="list every program's events for a body",
        description=(
            "List the events of every program in DIR due between --from and --until, for one "
            "body (--party) or all, with their state from the records; warn about clashes. "
            "An OUT ending in .ics gets a calendar."
        ),
    )
    agenda.add_argument("folder", metavar="DIR", help="folder of programs and records")
    agenda.add_argument("--party", metavar="BODY", help="a body of the portfolio (default: all)")
    agenda.add_argument("--from", dest="start", type=_date, metavar="DATE", help="default: today")
    agenda.add_argument(
        "--until", dest="end", type=_date, metavar="DATE", help="default: 60 days after --from"
    )
    agenda.add_argument("--as-of", type=_date, metavar="DATE", help="state as of (default: today)")
    agenda.add_argument("--calendar", help="work calendar name, e.g. vn")
    _output_arguments(agenda, "text")
    agenda.set_defaults(command=_agenda)


def _add_coverage(commands: Any) -> None:
    coverage = commands.add_parser(
        "coverage",
        help="show how a program is carried out below it",
        description=(
            "For a program of DIR: the instructions it gave lower levels and how many of the "
            "programs expected are known, the programs that carry it out, which of its tasks "
            "each task below carries out, which tasks none does, and the progress reported "
            "below each task. Vietnamese labels, or English with --lang en."
        ),
    )
    coverage.add_argument("folder", metavar="DIR", help="folder of programs and records")
    coverage.add_argument("program", metavar="PROGRAM", help="the id of the parent program")
    coverage.add_argument("--as-of", type=_date, metavar="DATE", help="progress as of (today)")
    coverage.add_argument(
        "--lang", choices=("vi", "en"), help="the language of the labels (default vi)"
    )
    _output_arguments(coverage, "text")
    coverage.set_defaults(command=_coverage)


def _add_export(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help="write a folder of programs and records to SQLite",
        description=(
            "Write the portfolio in DIR to a SQLite database, and Datasette's metadata beside "
            "it (OUT with .metadata.json); browse both with 'datasette OUT -m "
            "OUT.metadata.json' (pip install 'coordprog[datasette]'). The same folder gives "
            "the same files."
        ),
    )
    export.add_argument("folder", metavar="DIR", help="folder of programs and records")
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="the .sqlite file")
    export.add_argument("--as-of", type=_date, metavar="DATE", help="states as of (today)")
    export.add_argument("--calendar", help="work calendar name, e.g. vn")
    export.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    export.set_defaults(command=_export)


def _load_portfolio(folder: str) -> coordprog.Portfolio:
    """The portfolio in ``folder``; what a person should look at is printed as warnings."""
    portfolio = coordprog.load_portfolio(folder, plugin_manager=_manager())
    for advice in portfolio.advisories:
        _error(f"coordprog: warning: {advice}")
    return portfolio


def _portfolio(args: argparse.Namespace) -> int:
    portfolio = _load_portfolio(args.folder)
    rows = [
        (
            program.id,
            str(sum(1 for _ in program.tasks)),
            "yes" if program.text_available else "no",
            (parent.id if (parent := portfolio.parent_of(program)) else program.parent or ""),
        )
        for program in portfolio.programs
    ]
    _table(("program", "tasks", "text", "carries out"), rows)
    print()
    _table(
        ("body", "name", "programs"),
        [(b.id, b.name, str(len({p for p, _ in b.parties}))) for b in portfolio.bodies],
    )
    return OK


def _agenda(args: argparse.Namespace) -> int:
    _refuse_overwrite(args.output, args.force)
    portfolio = _load_portfolio(args.folder)
    options = {
        "body": args.party,
        "start": args.start,
        "end": args.end,
        "as_of": _as_of(args),
        "calendar": args.calendar,
    }
    given = {name: value for name, value in options.items() if value is not None}
    items = coordprog.agenda(portfolio, plugin_manager=_manager(), **given)
    for clash in coordprog.clashes(items):
        _error(f"coordprog: warning: clash: {clash}")
    fmt = args.format or (_format_for(args.output) if args.output else "text")
    report = "agenda-calendar" if fmt == "ics" else "agenda"
    output = coordprog.render_output(
        portfolio, report, fmt, options=given, plugin_manager=_manager()
    )
    return _emit(output, args.output, force=args.force)


def _coverage(args: argparse.Namespace) -> int:
    _refuse_overwrite(args.output, args.force)
    portfolio = _load_portfolio(args.folder)
    options = {"program": args.program, "as_of": _as_of(args)}
    if args.lang:
        options["lang"] = args.lang
    fmt = args.format or (_format_for(args.output) if args.output else "text")
    output = coordprog.render_output(
        portfolio, "coverage", fmt, options=options, plugin_manager=_manager()
    )
    return _emit(output, args.output, force=args.force)


def _export(args: argparse.Namespace) -> int:
    from coordprog.portfolio._sqlite import metadata_path

    _refuse_overwrite(args.output, args.force)
    _refuse_overwrite(metadata_path(args.output), args.force)
    portfolio = _load_portfolio(args.folder)
    coordprog.export_sqlite(
        portfolio,
        args.output,
        as_of=_as_of(args),
        calendar=args.calendar,
        plugin_manager=_manager(),
    )
    return OK


def _add_import(commands: Any) -> None:
    text = "draft a program file from a document's text"
    draft = commands.add_parser(
        "import",
        help=text,
        description=(
            "Read a coordination document from DOCUMENT (plain text, DOCX, or a PDF with a "
            "text layer) and write a draft program file to OUT (a draft records file for a "
            "review report); what a person must complete is listed in the file and on "
            "standard error."
        ),
    )
    draft.add_argument("document", metavar="DOCUMENT", help="a .txt, .docx or .pdf document")
    draft.add_argument("-o", "--output", required=True, metavar="OUT", help="the .toml to write")
    draft.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    draft.set_defaults(command=_import)


def _import(args: argparse.Namespace) -> int:
    out = Path(args.output)
    _refuse_overwrite(out, args.force)
    source = Path(args.document)
    # The plugins first: start-up ends (see run), the collector runs while a document is read.
    manager = _manager()
    try:
        text = coordprog.read_document(source)
    except ImportError as exc:  # the extra to install; a damaged file is a ValidationError
        raise _Failure(str(exc)) from None
    draft = coordprog.import_text(text, plugin_manager=manager)
    if draft.document == "records":
        return _import_records(source, out, draft)
    # A document nothing is recognised in still gets its draft, its kind flagged for checking
    # (in the file's to_complete and on standard error, below): the user imported it as a
    # coordination document, and a person decides.
    program = _write_draft(
        source, out, draft, lambda: coordprog.from_data(draft.data, "toml", plugin_manager=manager)
    )
    articles = len(program.all_articles)
    print(
        _for(
            sys.stdout,
            f"{out}: {len(program.parties)} parties, {len(program.tasks)} tasks, "
            + (f"{articles} articles, " if articles else "")
            + f"{len(program.legal_refs)} legal references, {len(program.signatories)} "
            f"signatories, {len(program.recipients)} recipients; {len(draft.unsure)} to check",
        )
    )
    return OK


def _add_draft_next(commands: Any) -> None:
    text = "draft the next program's file at the final review"
    draft = commands.add_parser(
        "draft-next",
        help=text,
        description=(
            "Draft the program that follows PROGRAM, from its RECORDS and final review: the "
            "tasks still in force, the next period, the finished program and its final review "
            "as basis and predecessor, what the review proposed. Write it to OUT (TOML or "
            "JSON, by its suffix). It is a draft: what a person must complete is listed in its "
            "to_complete and on standard error."
        ),
    )
    draft.add_argument("file", metavar="PROGRAM", help="the finished program's file")
    draft.add_argument("records", nargs="*", metavar="RECORDS", help="its records files")
    _input_format(draft)
    draft.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    draft.add_argument(
        "--period",
        metavar="YEARS",
        help="the next period, e.g. 2026-2030 (default: as long as the finished one)",
    )
    draft.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    draft.set_defaults(command=_draft_next)


def _draft_next(args: argparse.Namespace) -> int:
    out = Path(args.output)
    _refuse_overwrite(out, args.force)
    program = _read(args.file, args.input_format)
    records = coordprog.load_records(program, *args.records) if args.records else None
    draft = coordprog.draft_next_program(program, records, period=args.period)
    problems = coordprog.validate(draft.program, plugin_manager=_manager())
    if problems:  # a draft that does not validate is a bug: say which check refused it
        raise _Failure(
            "the draft does not validate: " + "; ".join(str(problem) for problem in problems)
        )
    coordprog.save(draft.program, out)
    coordprog.load(out, plugin_manager=_manager())  # what was written loads back
    _draft_items(str(out), draft.to_complete)
    new = draft.program
    print(
        _for(
            sys.stdout,
            f"{out}: {new.period.as_written}, {len(new.parties)} parties, {len(new.tasks)} "
            f"of {len(program.tasks)} tasks carried over; {len(draft.to_complete)} to complete",
        )
    )
    return OK


_Drafted = TypeVar("_Drafted", "coordprog.Program", "coordprog.Records")


def _write_draft(
    source: Path, out: Path, draft: coordprog.Draft, build: Callable[[], _Drafted]
) -> _Drafted:
    """Build the draft's program or records, save them to ``out``, list what to check."""
    try:
        built = build()
    except coordprog.ValidationError as exc:
        raise _Failure(f"{source}: the draft does not validate:\n{exc}") from None
    coordprog.save(built, out)
    for remark in draft.unsure:
        _error(f"coordprog: check: {remark}")
    return built


def _import_records(source: Path, out: Path, draft: coordprog.Draft) -> int:
    """Write the records drafted from a review report, with what to complete."""
    records = _write_draft(
        source, out, draft, lambda: coordprog.records_from_data(draft.data, "toml")
    )
    outcomes = len(records.outcomes)
    print(
        _for(
            sys.stdout,
            f"{out}: records of a review: {len(records.meetings)} meetings, {outcomes} "
            f"outcomes; {len(draft.unsure)} to check (records are checked with their "
            f"program: coordprog validate PROGRAM --records {out})",
        )
    )
    return OK


def _add_convert(commands: Any) -> None:
    text = "write a program file as canonical JSON or TOML"
    convert = commands.add_parser(
        "convert",
        help=text,
        description=(
            "Check a program file and write it as canonical JSON or TOML (the format follows "
            "OUT's suffix): fields in the model's order, defaults left out, text in NFC."
        ),
    )
    convert.add_argument("file", metavar="FILE", help="TOML or JSON program file (- for stdin)")
    convert.add_argument("output", metavar="OUT", help="the .json or .toml file to write")
    _input_format(convert)
    convert.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    convert.set_defaults(command=_convert)


def _convert(args: argparse.Namespace) -> int:
    out = Path(args.output)
    _refuse_overwrite(out, args.force)
    program = _read(args.file, args.input_format)
    coordprog.save(program, out)
    return OK


def _add_schema(commands: Any) -> None:
    text = "print the JSON Schema of the file format"
    schema = commands.add_parser("schema", help=text, description=text.capitalize() + ".")
    schema.add_argument(
        "--records", action="store_true", help="the schema of a records document instead"
    )
    schema.set_defaults(command=_schema)


def _new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix.lower() != ".toml":
        raise _Failure(f"expected a file name ending in .toml, found {args.file!r}")
    template = STARTERS[args.kind]
    _write(path, template.format(name=path.name, kind=args.kind), force=args.force)
    print(f"wrote {path}; check it with: coordprog validate {path}")
    return OK


def _add_new_plugin(commands: Any) -> None:
    text = "write a plugin distribution to start from, with its tests"
    new = commands.add_parser(
        "new-plugin",
        help=text,
        description=(
            "Write the distribution coordprog-NAME (a pyproject.toml with the entry point, a "
            "report kind with an option, its tests and a README) into DIR; its tests pass as "
            "written: python -m pip install -e './coordprog-NAME[test]' && python -m pytest."
        ),
    )
    new.add_argument("name", metavar="NAME", help="the plugin's name, such as leads or bao-cao-quy")
    new.add_argument(
        "--directory", metavar="DIR", default=".", help="where to write it (default: here)"
    )
    new.set_defaults(command=_new_plugin)


def _new_plugin(args: argparse.Namespace) -> int:
    from coordprog._plugin_template import write_plugin

    try:
        target = write_plugin(args.name, Path(args.directory))
    except (ValueError, FileExistsError) as exc:
        raise _Failure(str(exc)) from None
    print(f"wrote {target}; then: cd {target} && python -m pip install -e '.[test]' && pytest")
    return OK


_COMMANDS: dict[str, Callable[[Any], None]] = {
    "validate": _add_validate,
    "render": _add_render,
    "status": _add_status,
    "schedule": _add_schedule,
    "diff": _add_diff,
    "formats": _listing("formats", "list installed output formats", _formats),
    "reports": _add_reports,
    "plugins": _listing("plugins", "list installed plugins", _plugins),
    "schema": _add_schema,
    "convert": _add_convert,
    "import": _add_import,
    "draft-next": _add_draft_next,
    "portfolio": _add_portfolio,
    "agenda": _add_agenda,
    "coverage": _add_coverage,
    "export": _add_export,
    "new": _add_new,
    "new-plugin": _add_new_plugin,
}


def run() -> NoReturn:
    """Run the command line as a process does, and end the process with its exit code.

    The ``coordprog`` command and ``python -m coordprog`` call this;
    :func:`main` is for calling the command line from Python.  The process
    is ours, so the cyclic garbage collector is set for a short one: off
    while it starts (until the plugins are loaded, :func:`_started`), and
    at the end every object the run made is frozen (:func:`gc.freeze`), as
    the collector's last passes when the interpreter exits would walk them
    all to find garbage the operating system frees anyway.  Objects are
    still released, and ``atexit`` functions run, as at any exit.
    """
    global _starting
    if gc.isenabled():
        gc.disable()
        _starting = True
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
