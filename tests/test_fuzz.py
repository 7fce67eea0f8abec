"""A quick run of the mutation fuzzer (tests/fuzzing.py): only ValidationError may escape."""

import os

from tests.fuzzing import run


def test_mutated_examples_raise_only_validation_errors() -> None:
    """Spoilt copies of both examples load or are refused; nothing else escapes."""
    count = 2000 if os.environ.get("COORDPROG_HYPOTHESIS_PROFILE") == "ci" else 300
    cases, loaded, escaped = run(count, seed=0)
    assert [] == escaped
    assert 0 < loaded < cases  # the mutations both spoil documents and leave some loadable
