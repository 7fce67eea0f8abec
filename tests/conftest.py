import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# "dev" keeps local runs quick; CI selects "ci" through the environment.
settings.register_profile("dev", max_examples=25, deadline=None)
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("COORDPROG_HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "binh_thuan" / "program.toml"
SOURCE = ROOT / "examples" / "binh_thuan" / "source.txt"


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _builtin_plugins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Coordprog's own tests see the built-in plugins only, whatever else is installed.

    A test of installed plugins removes the variable itself.
    """
    monkeypatch.setenv("COORDPROG_PLUGINS", "")
    monkeypatch.delenv("COORDPROG_STRICT_PLUGINS", raising=False)
