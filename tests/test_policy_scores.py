"""The policy-drafting measurement (bench/policy_scores.py) runs on the development set and prints its
table; whether the targets are met is its output, not this test's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.policy_scores import EXAMPLES, main


def test_scores_are_printed_for_each_example(capsys: pytest.CaptureFixture[str]) -> None:
    if not list((EXAMPLES / "registers").glob("*-expected.json")):
        pytest.skip(f"no development set under {EXAMPLES}")
    assert main(["--no-speed"]) == 0
    out = capsys.readouterr().out
    for measure in ("purposes", "retention", "measures", "subprocessors", "organisation", "DPO"):
        assert measure in out
    assert "privacy-policy-wimi-fr.txt" in out and "all policies" in out
    assert "%" in out


def test_without_the_development_set_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--examples", str(tmp_path), "--no-speed"]) == 0
    assert "nothing to measure" in capsys.readouterr().out
