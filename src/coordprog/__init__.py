"""coordprog: model, validate, schedule and report on coordination programs.

A coordination program (*chương trình phối hợp*) is signed by Vietnamese
public bodies to work together for a period: tasks where one body leads
(*chủ trì*) and others support (*phối hợp*), annual plans, interim reviews
(*sơ kết*) and a final review (*tổng kết*).

This module re-exports the public API; the implementation modules are private.
"""

from coordprog._api import (
    RenderError,
    formats,
    from_data,
    load,
    loads,
    render,
    reports,
    schedule,
    validate,
    work_calendar,
)
from coordprog._calendar import WeekendCalendar, WorkCalendar
from coordprog._convert import Format, make_converter
from coordprog._errors import CoordprogError, FieldError, Problem, ValidationError
from coordprog._io import FormatError, dumps, save, to_data
from coordprog._legal import LegalKind, LegalRef, NumberForm, ProjectRef
from coordprog._parties import FormerName, Level, Party
from coordprog._plugins import PluginError, PluginWarning, get_plugin_manager
from coordprog._program import (
    Amendment,
    AnnualPlan,
    Period,
    Program,
    Review,
    Signatory,
)
from coordprog._registry import OutputFormat, Provided, ReportKind
from coordprog._rules import (
    Align,
    AnnualPlanRule,
    EventKind,
    FinalReviewRule,
    Offset,
    OneOffEvent,
    ReviewRule,
    ScheduleRules,
    Shift,
)
from coordprog._schedule import Event, ScheduleError
from coordprog._tasks import Role, RoleAssignment, Target, Task, TaskCategory, TaskGroup
from coordprog._text import normalize_text
from coordprog._version import __version__
from coordprog.hookspecs import hookimpl

__all__ = [
    "Align",
    "Amendment",
    "AnnualPlan",
    "AnnualPlanRule",
    "CoordprogError",
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
    "Problem",
    "Program",
    "ProjectRef",
    "Provided",
    "RenderError",
    "ReportKind",
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
    "dumps",
    "formats",
    "from_data",
    "get_plugin_manager",
    "hookimpl",
    "load",
    "loads",
    "make_converter",
    "normalize_text",
    "render",
    "reports",
    "save",
    "schedule",
    "to_data",
    "validate",
    "work_calendar",
]
