"""Helpers for testing code built on coordprog: strategies, invariants, fixtures.

``coordprog.testing.strategies`` needs Hypothesis: install ``coordprog[testing]``.

.. versionadded:: 0.1.0
"""
