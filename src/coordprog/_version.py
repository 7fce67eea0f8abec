"""The version of coordprog: the one place it is written (hatch reads it from here)."""

__version__ = "0.3.0.dev0"
