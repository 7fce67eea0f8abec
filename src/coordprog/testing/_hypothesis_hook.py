"""Hypothesis entry point: registers coordprog's strategies when Hypothesis is imported."""

import importlib
import sys

_STRATEGIES = "coordprog.testing.strategies"


def setup() -> None:
    """Import the strategies module, which registers the model types for ``st.from_type``."""
    # When the strategies module itself is what imports Hypothesis, it is still
    # half-initialised here and registers the types once it finishes.
    if _STRATEGIES not in sys.modules:
        importlib.import_module(_STRATEGIES)
