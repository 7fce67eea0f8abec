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
    load_records,
    loads,
    loads_records,
    render,
    render_shape,
    reports,
    schedule,
    status,
    validate,
    validate_records,
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
from coordprog.model._records import (
    AdoptedDocument,
    AdoptedKind,
    Attendance,
    Commendation,
    Figure,
    Meeting,
    MeetingKind,
    Person,
    Progress,
    ProgressStatus,
    Proposal,
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
from coordprog.model._tasks import Role, RoleAssignment, Target, Task, TaskCategory, TaskGroup
from coordprog.model._text import normalize_text
from coordprog.plugins._manager import PluginError, PluginWarning
from coordprog.plugins._registry import OutputFormat, Provided, ReportKind
from coordprog.plugins.hookspecs import hookimpl
from coordprog.reports._render import RenderError
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

__all__ = [
    "AdoptedDocument",
    "AdoptedKind",
    "Align",
    "Amendment",
    "AnnualEvent",
    "AnnualPlan",
    "AnnualPlanRule",
    "Article",
    "Attendance",
    "Chapter",
    "Clause",
    "Commendation",
    "CoordprogError",
    "DocumentKind",
    "Event",
    "EventKind",
    "EventState",
    "EventStatus",
    "FieldError",
    "Figure",
    "FinalReviewRule",
    "Format",
    "FormatError",
    "FormerName",
    "LegalKind",
    "LegalRef",
    "Level",
    "Meeting",
    "MeetingKind",
    "NumberForm",
    "Offset",
    "OneOffEvent",
    "OutputFormat",
    "Party",
    "PartyTally",
    "Period",
    "Person",
    "PluginError",
    "PluginWarning",
    "Point",
    "Precision",
    "Problem",
    "Program",
    "Progress",
    "ProgressStatus",
    "ProjectRef",
    "Proposal",
    "Provided",
    "ProvisionKind",
    "Records",
    "RenderError",
    "ReportKind",
    "ReportSubmitted",
    "ReportingDuty",
    "Review",
    "ReviewOutcome",
    "ReviewRule",
    "Role",
    "RoleAssignment",
    "ScheduleError",
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
    "advisories",
    "default_plugin_manager",
    "dumps",
    "formats",
    "from_data",
    "get_plugin_manager",
    "hookimpl",
    "json_schema",
    "load",
    "load_records",
    "loads",
    "loads_records",
    "make_converter",
    "normalize_text",
    "render",
    "render_shape",
    "reports",
    "save",
    "schedule",
    "status",
    "to_data",
    "validate",
    "validate_records",
    "work_calendar",
    "write_atomically",
]
