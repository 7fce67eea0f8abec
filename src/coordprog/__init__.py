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
built-in report kinds and formats), then this facade, the command line and
``testing``.  Modules whose names start with ``_`` are private.
"""

from coordprog._api import (
    advisories,
    default_plugin_manager,
    formats,
    from_data,
    get_plugin_manager,
    load,
    loads,
    render,
    render_shape,
    reports,
    schedule,
    validate,
    work_calendar,
)
from coordprog._version import __version__
from coordprog.io._converter import Format, make_converter
from coordprog.io._documents import FormatError, dumps, save, to_data, write_atomically
from coordprog.io._schema import json_schema
from coordprog.model._errors import CoordprogError, FieldError, Problem, ValidationError
from coordprog.model._legal import LegalKind, LegalRef, NumberForm, ProjectRef
from coordprog.model._parties import FormerName, Level, Party
from coordprog.model._program import (
    Amendment,
    AnnualPlan,
    DocumentKind,
    Period,
    Precision,
    Program,
    Review,
    Signatory,
)
from coordprog.model._provisions import Article, Chapter, Clause, Point, ProvisionKind
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
from coordprog.model._tasks import Role, RoleAssignment, Target, Task, TaskCategory, TaskGroup
from coordprog.model._text import normalize_text
from coordprog.plugins._manager import PluginError, PluginWarning
from coordprog.plugins._registry import OutputFormat, Provided, ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports._render import RenderError
from coordprog.schedule._engine import Event, ScheduleError
from coordprog.schedule._work_calendar import WeekendCalendar, WorkCalendar

__all__ = [
    "Align",
    "Amendment",
    "AnnualEvent",
    "AnnualPlan",
    "AnnualPlanRule",
    "Article",
    "Chapter",
    "Clause",
    "CoordprogError",
    "DocumentKind",
    "Event",
    "EventKind",
    "FieldError",
    "FinalReviewRule",
    "Format",
    "FormatError",
    "FormerName",
    "LegalKind",
    "LegalRef",
    "Level",
    "NumberForm",
    "Offset",
    "OneOffEvent",
    "OutputFormat",
    "Party",
    "Period",
    "PluginError",
    "PluginWarning",
    "Point",
    "Precision",
    "Problem",
    "Program",
    "ProjectRef",
    "Provided",
    "ProvisionKind",
    "RenderError",
    "ReportKind",
    "ReportingDuty",
    "Review",
    "ReviewRule",
    "Role",
    "RoleAssignment",
    "ScheduleError",
    "ScheduleRules",
    "Shift",
    "Signatory",
    "Target",
    "Task",
    "TaskCategory",
    "TaskGroup",
    "ValidationError",
    "WeekendCalendar",
    "WorkCalendar",
    "__version__",
    "advisories",
    "default_plugin_manager",
    "dumps",
    "formats",
    "from_data",
    "get_plugin_manager",
    "hookimpl",
    "json_schema",
    "load",
    "loads",
    "make_converter",
    "normalize_text",
    "render",
    "render_shape",
    "reports",
    "save",
    "schedule",
    "to_data",
    "validate",
    "work_calendar",
    "write_atomically",
]
