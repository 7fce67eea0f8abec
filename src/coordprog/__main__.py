"""``python -m coordprog``: the command line."""

from coordprog.cli import run

run()
