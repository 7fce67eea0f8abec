"""Layer 2, the schedule: a program's rules turned into dated events, on a work calendar.

The public names are re-exported by :mod:`coordprog`.
"""
