"""Layer 1, the model: programs, parties, tasks, legal references and their checks.

attrs classes, frozen where they are values; no I/O, no plugins.  One-object
invariants are attrs validators; cross-object checks return every problem
with its path.  The public names are re-exported by :mod:`coordprog`.
"""
