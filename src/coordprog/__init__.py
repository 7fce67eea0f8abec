"""coordprog: model, validate, schedule and report on coordination programs.

A coordination program (*chương trình phối hợp*) is signed by Vietnamese
public bodies to work together for a period: tasks where one body leads
(*chủ trì*) and others support (*phối hợp*), annual plans, interim reviews
(*sơ kết*) and a final review (*tổng kết*).

This module re-exports the public API.  The package's folders are its
layers, each importing only the layers before it: ``model`` (the domain
types and their checks), ``schedule`` (dated events, work calendars),
``io`` (JSON, TOML, the JSON Schema), ``shapes`` (what reports build),
``plugins`` (hook specifications, the plugin manager), ``reports`` (the
built-in report kinds and formats), ``portfolio`` (many programs at once),
then this facade, the command line and
``testing``.  Modules whose names start with ``_`` are private.

Names are imported on first use (:pep:`562`): ``import coordprog`` costs
next to nothing, and a command that never renders never loads the plugins.
Type checkers see every public name through the imports under
``TYPE_CHECKING`` below, and only those: a misspelt name is an error.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from coordprog import _codecache
from coordprog._version import __version__

# attrs and cattrs compile the code they generate for coordprog's classes in
# every process; a per-user cache keeps it (see coordprog._codecache).
_codecache.install()

if TYPE_CHECKING:
    import os

    import cattrs

    # The 0.2 names on their way out (see _DEPRECATED); type checkers that
    # read PEP 702 mark their uses.
    from typing_extensions import deprecated

    # The public modules, imported on first use as attributes; "as" re-exports them.
    from coordprog import cli as cli
    from coordprog import examples as examples
    from coordprog import shapes as shapes
    from coordprog import testing as testing
    from coordprog._api import (
        advisories,
        agenda,
        amendment_changes,
        default_plugin_manager,
        draft_next_program,
        export_sqlite,
        formats,
        from_data,
        get_plugin_manager,
        import_text,
        load,
        load_portfolio,
        load_records,
        loads,
        loads_records,
        records_from_data,
        render,
        render_output,
        render_shape,
        render_shape_output,
        reports,
        schedule,
        schedule_diff,
        schedule_notes,
        status,
        validate,
        validate_records,
        work_calendar,
    )
    from coordprog.importer._bodies import KNOWN_BODIES, KnownBody
    from coordprog.importer._citations import Citation, find_citations, parse_citation
    from coordprog.importer._document_text import read_document
    from coordprog.importer._grammar import BodyName, Organ
    from coordprog.importer._kinds import DocumentReader, DraftBuilder, ReadDocument
    from coordprog.importer._opening import Issuer, Opening
    from coordprog.importer._pipeline import Draft
    from coordprog.io._converter import Format
    from coordprog.io._documents import dumps, save, to_data
    from coordprog.io._schema import json_schema
    from coordprog.model._dates import PartialDate, Precision, first_day, last_day
    from coordprog.model._draft_items import DraftItem
    from coordprog.model._errors import (
        CoordprogError,
        FieldError,
        FolderNotFoundError,
        FormatError,
        NotFoundError,
        Problem,
        ValidationError,
    )
    from coordprog.model._instructions import Expectation, Instruction
    from coordprog.model._legal import LegalKind, LegalRef, NumberForm, ProjectRef
    from coordprog.model._parties import (
        Area,
        AreaKind,
        FormerName,
        FormerProvince,
        Level,
        Party,
        Person,
    )
    from coordprog.model._program import (
        Amendment,
        AnnualPlan,
        DocumentKind,
        InForce,
        Period,
        Program,
        Review,
    )
    from coordprog.model._promulgation import Promulgation
    from coordprog.model._provisions import (
        Article,
        Chapter,
        Clause,
        Extent,
        Point,
        ProvisionKind,
    )
    from coordprog.model._records import (
        AdoptedDocument,
        AdoptedKind,
        Attendance,
        Commendation,
        Figure,
        Meeting,
        MeetingKind,
        Progress,
        ProgressStatus,
        Proposal,
        Qualifier,
        Records,
        ReportSubmitted,
        ReviewOutcome,
        Window,
    )
    from coordprog.model._schedule_rules import (
        Align,
        AnnualEvent,
        AnnualPlanRule,
        EventKind,
        FinalReviewRule,
        Offset,
        OneOffEvent,
        ReportingDuty,
        ReviewRule,
        ScheduleRules,
        Shift,
    )
    from coordprog.model._signatories import Signatory
    from coordprog.model._tasks import Role, RoleAssignment, Target, Task, TaskCategory, TaskGroup
    from coordprog.model._text import normalize_text
    from coordprog.plugins._manager import PluginError, PluginWarning
    from coordprog.plugins._registry import OutputFormat, Provided, ReportKind
    from coordprog.plugins.hookspecs import hookimpl
    from coordprog.plugins.options import ReportOption
    from coordprog.portfolio._acts import Act, act_key
    from coordprog.portfolio._agenda import AgendaItem, Clash, clashes
    from coordprog.portfolio._bodies import Body
    from coordprog.portfolio._cascade import (
        Answers,
        Coverage,
        Link,
        RollUp,
        coverage,
        level_of,
        roll_up,
    )
    from coordprog.portfolio._cascade_report import cascade_document
    from coordprog.portfolio._portfolio import Portfolio
    from coordprog.reports._render import Output, RenderError
    from coordprog.reports.kinds._next_program import NextProgramDraft
    from coordprog.schedule._diff import ScheduleDiff, ScheduleNote
    from coordprog.schedule._engine import Event, ScheduleError
    from coordprog.schedule._status import (
        EventState,
        EventStatus,
        PartyTally,
        Status,
        TargetProgress,
        TaskStatus,
    )
    from coordprog.schedule._work_calendar import WeekendCalendar, WorkCalendar

    @deprecated("coordprog.make_converter is private since 0.3.0: use to_data() and from_data()")
    def make_converter(
        format: Format = "json", *, detailed: bool = True, share: bool = False
    ) -> cattrs.Converter: ...

    @deprecated("coordprog.write_atomically is private since 0.3.0: use Output.write() or save()")
    def write_atomically(path: str | os.PathLike[str], data: bytes) -> None: ...


#: The public modules, imported on first use as attributes (``coordprog.shapes``).
_SUBMODULES = frozenset({"cli", "examples", "shapes", "testing"})

#: Where each public name lives: it is imported from there on first use.
_LAZY: dict[str, str] = {
    "advisories": "coordprog._api",
    "agenda": "coordprog._api",
    "default_plugin_manager": "coordprog._api",
    "export_sqlite": "coordprog._api",
    "formats": "coordprog._api",
    "from_data": "coordprog._api",
    "get_plugin_manager": "coordprog._api",
    "import_text": "coordprog._api",
    "draft_next_program": "coordprog._api",
    "NextProgramDraft": "coordprog.reports.kinds._next_program",
    "load": "coordprog._api",
    "load_portfolio": "coordprog._api",
    "load_records": "coordprog._api",
    "loads": "coordprog._api",
    "loads_records": "coordprog._api",
    "records_from_data": "coordprog._api",
    "render": "coordprog._api",
    "render_output": "coordprog._api",
    "render_shape": "coordprog._api",
    "render_shape_output": "coordprog._api",
    "reports": "coordprog._api",
    "schedule": "coordprog._api",
    "schedule_diff": "coordprog._api",
    "schedule_notes": "coordprog._api",
    "amendment_changes": "coordprog._api",
    "ScheduleDiff": "coordprog.schedule._diff",
    "ScheduleNote": "coordprog.schedule._diff",
    "status": "coordprog._api",
    "validate": "coordprog._api",
    "validate_records": "coordprog._api",
    "work_calendar": "coordprog._api",
    "Draft": "coordprog.importer._pipeline",
    "BodyName": "coordprog.importer._grammar",
    "Organ": "coordprog.importer._grammar",
    "DocumentReader": "coordprog.importer._kinds",
    "DraftBuilder": "coordprog.importer._kinds",
    "ReadDocument": "coordprog.importer._kinds",
    "Issuer": "coordprog.importer._opening",
    "Opening": "coordprog.importer._opening",
    "KNOWN_BODIES": "coordprog.importer._bodies",
    "KnownBody": "coordprog.importer._bodies",
    "read_document": "coordprog.importer._document_text",
    "Citation": "coordprog.importer._citations",
    "find_citations": "coordprog.importer._citations",
    "parse_citation": "coordprog.importer._citations",
    "Act": "coordprog.portfolio._acts",
    "act_key": "coordprog.portfolio._acts",
    "AgendaItem": "coordprog.portfolio._agenda",
    "Body": "coordprog.portfolio._bodies",
    "Clash": "coordprog.portfolio._agenda",
    "Coverage": "coordprog.portfolio._cascade",
    "Answers": "coordprog.portfolio._cascade",
    "cascade_document": "coordprog.portfolio._cascade_report",
    "Link": "coordprog.portfolio._cascade",
    "Portfolio": "coordprog.portfolio._portfolio",
    "RollUp": "coordprog.portfolio._cascade",
    "clashes": "coordprog.portfolio._agenda",
    "coverage": "coordprog.portfolio._cascade",
    "level_of": "coordprog.portfolio._cascade",
    "roll_up": "coordprog.portfolio._cascade",
    "AdoptedDocument": "coordprog.model._records",
    "AdoptedKind": "coordprog.model._records",
    "Align": "coordprog.model._schedule_rules",
    "Amendment": "coordprog.model._program",
    "AnnualEvent": "coordprog.model._schedule_rules",
    "AnnualPlan": "coordprog.model._program",
    "AnnualPlanRule": "coordprog.model._schedule_rules",
    "Area": "coordprog.model._parties",
    "AreaKind": "coordprog.model._parties",
    "Article": "coordprog.model._provisions",
    "Attendance": "coordprog.model._records",
    "Chapter": "coordprog.model._provisions",
    "Clause": "coordprog.model._provisions",
    "Commendation": "coordprog.model._records",
    "CoordprogError": "coordprog.model._errors",
    "DocumentKind": "coordprog.model._program",
    "DraftItem": "coordprog.model._draft_items",
    "Event": "coordprog.schedule._engine",
    "EventKind": "coordprog.model._schedule_rules",
    "EventState": "coordprog.schedule._status",
    "EventStatus": "coordprog.schedule._status",
    "Expectation": "coordprog.model._instructions",
    "Extent": "coordprog.model._provisions",
    "FieldError": "coordprog.model._errors",
    "Figure": "coordprog.model._records",
    "FinalReviewRule": "coordprog.model._schedule_rules",
    "Format": "coordprog.io._converter",
    "FormatError": "coordprog.model._errors",
    "FolderNotFoundError": "coordprog.model._errors",
    "NotFoundError": "coordprog.model._errors",
    "FormerName": "coordprog.model._parties",
    "FormerProvince": "coordprog.model._parties",
    "Instruction": "coordprog.model._instructions",
    "LegalKind": "coordprog.model._legal",
    "LegalRef": "coordprog.model._legal",
    "Level": "coordprog.model._parties",
    "Meeting": "coordprog.model._records",
    "MeetingKind": "coordprog.model._records",
    "NumberForm": "coordprog.model._legal",
    "Offset": "coordprog.model._schedule_rules",
    "OneOffEvent": "coordprog.model._schedule_rules",
    "OutputFormat": "coordprog.plugins._registry",
    "Party": "coordprog.model._parties",
    "PartyTally": "coordprog.schedule._status",
    "Period": "coordprog.model._program",
    "Person": "coordprog.model._parties",
    "PluginError": "coordprog.plugins._manager",
    "PluginWarning": "coordprog.plugins._manager",
    "Point": "coordprog.model._provisions",
    "Precision": "coordprog.model._dates",
    "PartialDate": "coordprog.model._dates",
    "InForce": "coordprog.model._program",
    "first_day": "coordprog.model._dates",
    "last_day": "coordprog.model._dates",
    "Problem": "coordprog.model._errors",
    "Program": "coordprog.model._program",
    "Promulgation": "coordprog.model._promulgation",
    "Progress": "coordprog.model._records",
    "ProgressStatus": "coordprog.model._records",
    "ProjectRef": "coordprog.model._legal",
    "Proposal": "coordprog.model._records",
    "Qualifier": "coordprog.model._records",
    "Provided": "coordprog.plugins._registry",
    "ProvisionKind": "coordprog.model._provisions",
    "Records": "coordprog.model._records",
    "Output": "coordprog.reports._render",
    "RenderError": "coordprog.reports._render",
    "ReportKind": "coordprog.plugins._registry",
    "ReportSubmitted": "coordprog.model._records",
    "ReportingDuty": "coordprog.model._schedule_rules",
    "Review": "coordprog.model._program",
    "ReviewOutcome": "coordprog.model._records",
    "ReviewRule": "coordprog.model._schedule_rules",
    "Role": "coordprog.model._tasks",
    "RoleAssignment": "coordprog.model._tasks",
    "ScheduleError": "coordprog.schedule._engine",
    "ScheduleRules": "coordprog.model._schedule_rules",
    "Shift": "coordprog.model._schedule_rules",
    "Signatory": "coordprog.model._signatories",
    "Status": "coordprog.schedule._status",
    "Target": "coordprog.model._tasks",
    "TargetProgress": "coordprog.schedule._status",
    "Task": "coordprog.model._tasks",
    "TaskCategory": "coordprog.model._tasks",
    "TaskGroup": "coordprog.model._tasks",
    "TaskStatus": "coordprog.schedule._status",
    "ValidationError": "coordprog.model._errors",
    "WeekendCalendar": "coordprog.schedule._work_calendar",
    "Window": "coordprog.model._records",
    "WorkCalendar": "coordprog.schedule._work_calendar",
    "dumps": "coordprog.io._documents",
    "hookimpl": "coordprog.plugins.hookspecs",
    "ReportOption": "coordprog.plugins.options",
    "json_schema": "coordprog.io._schema",
    "normalize_text": "coordprog.model._text",
    "save": "coordprog.io._documents",
    "to_data": "coordprog.io._documents",
}

#: 0.2 names that are no longer public: they work until 0.4.0, with a
#: DeprecationWarning naming what replaces them (listed in the changelog).
_DEPRECATED: dict[str, tuple[str, str]] = {
    "make_converter": ("coordprog.io._converter", "to_data() and from_data()"),
    "write_atomically": (
        "coordprog.io._documents",
        "render_output(...).write(path), or save() for a program",
    ),
}

__all__ = [
    "KNOWN_BODIES",
    "Act",
    "AdoptedDocument",
    "AdoptedKind",
    "AgendaItem",
    "Align",
    "Amendment",
    "AnnualEvent",
    "AnnualPlan",
    "AnnualPlanRule",
    "Answers",
    "Area",
    "AreaKind",
    "Article",
    "Attendance",
    "Body",
    "BodyName",
    "Chapter",
    "Citation",
    "Clash",
    "Clause",
    "Commendation",
    "CoordprogError",
    "Coverage",
    "DocumentKind",
    "DocumentReader",
    "Draft",
    "DraftBuilder",
    "DraftItem",
    "Event",
    "EventKind",
    "EventState",
    "EventStatus",
    "Expectation",
    "Extent",
    "FieldError",
    "Figure",
    "FinalReviewRule",
    "FolderNotFoundError",
    "Format",
    "FormatError",
    "FormerName",
    "FormerProvince",
    "InForce",
    "Instruction",
    "Issuer",
    "KnownBody",
    "LegalKind",
    "LegalRef",
    "Level",
    "Link",
    "Meeting",
    "MeetingKind",
    "NextProgramDraft",
    "NotFoundError",
    "NumberForm",
    "Offset",
    "OneOffEvent",
    "Opening",
    "Organ",
    "Output",
    "OutputFormat",
    "PartialDate",
    "Party",
    "PartyTally",
    "Period",
    "Person",
    "PluginError",
    "PluginWarning",
    "Point",
    "Portfolio",
    "Precision",
    "Problem",
    "Program",
    "Progress",
    "ProgressStatus",
    "ProjectRef",
    "Promulgation",
    "Proposal",
    "Provided",
    "ProvisionKind",
    "Qualifier",
    "ReadDocument",
    "Records",
    "RenderError",
    "ReportKind",
    "ReportOption",
    "ReportSubmitted",
    "ReportingDuty",
    "Review",
    "ReviewOutcome",
    "ReviewRule",
    "Role",
    "RoleAssignment",
    "RollUp",
    "ScheduleDiff",
    "ScheduleError",
    "ScheduleNote",
    "ScheduleRules",
    "Shift",
    "Signatory",
    "Status",
    "Target",
    "TargetProgress",
    "Task",
    "TaskCategory",
    "TaskGroup",
    "TaskStatus",
    "ValidationError",
    "WeekendCalendar",
    "Window",
    "WorkCalendar",
    "__version__",
    "act_key",
    "advisories",
    "agenda",
    "amendment_changes",
    "cascade_document",
    "clashes",
    "coverage",
    "default_plugin_manager",
    "draft_next_program",
    "dumps",
    "export_sqlite",
    "find_citations",
    "first_day",
    "formats",
    "from_data",
    "get_plugin_manager",
    "hookimpl",
    "import_text",
    "json_schema",
    "last_day",
    "level_of",
    "load",
    "load_portfolio",
    "load_records",
    "loads",
    "loads_records",
    "normalize_text",
    "parse_citation",
    "read_document",
    "records_from_data",
    "render",
    "render_output",
    "render_shape",
    "render_shape_output",
    "reports",
    "roll_up",
    "save",
    "schedule",
    "schedule_diff",
    "schedule_notes",
    "status",
    "to_data",
    "validate",
    "validate_records",
    "work_calendar",
]


# Two layers share their names with functions (coordprog.schedule, coordprog.reports).
# Importing a package binds it as an attribute of its parent, once: import both
# now (their __init__ modules hold docstrings only) and drop the bindings, so the
# names resolve to the functions however the layers are imported later.
for _layer in ("reports", "schedule"):
    importlib.import_module(f"coordprog.{_layer}")
    del globals()[_layer]
del _layer

if not TYPE_CHECKING:  # type checkers see the imports above, never an `Any` for a typo

    def __getattr__(name: str) -> object:
        """Import a public name on first use, and keep it (PEP 562)."""
        module = _LAZY.get(name)
        if module is None:
            if name in _DEPRECATED:
                from coordprog.model._deprecation import warn_deprecated

                module, instead = _DEPRECATED[name]
                warn_deprecated(f"coordprog.{name}", instead)
                return getattr(importlib.import_module(module), name)
            if name in _SUBMODULES:
                return importlib.import_module(f"coordprog.{name}")
            raise AttributeError(f"module 'coordprog' has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
