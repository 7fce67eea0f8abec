"""Layer 6, the portfolio: many programs and their records at once.

A folder of programs and records becomes one :class:`Portfolio`: bodies
recognised across programs, an agenda of every program's events, clashes,
cascades from central to commune (coverage and roll-up), and an export to
SQLite.  It stands on the model, the schedule, the readers, the shapes and
the plugins (for work calendars); the public names are re-exported by
:mod:`coordprog`.
"""
