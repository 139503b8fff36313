from __future__ import annotations

from pathlib import Path

import pytest
from exports.xlsx.sample_register import build_sample

from register_app.services import records as r
from register_app.services.snapshot import take_snapshot


@pytest.fixture
def snapshot(tmp_path: Path) -> r.Snapshot:
    reg = build_sample(tmp_path / "sample.rgpd")
    try:
        return take_snapshot(reg)
    finally:
        reg.close()
