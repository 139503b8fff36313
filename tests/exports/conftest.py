"""The demo register with one finding dismissed, shared by the findings tests of both exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from support.engines import copy_register

from register_app.services import records as r
from register_app.services.checks import Finding, dismiss, run_checks
from register_app.services.snapshot import take_snapshot
from register_app.store.backups import DATA_DIR_ENV
from register_app.store.register_file import open_register

DISMISSAL_REASON = "Libellé repris du contrat du prestataire ; TLS 1.3 est bien en place."


@dataclass(frozen=True)
class DismissedDemo:
    path: Path
    snapshot: r.Snapshot
    dismissed: Finding  # the finding set aside, with DISMISSAL_REASON, by "tests"


@pytest.fixture(scope="session")
def dismissed_demo(tmp_path_factory: pytest.TempPathFactory, demo_by: Callable[[str], Path]) -> DismissedDemo:
    folder = tmp_path_factory.mktemp("findings-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        register = open_register(copy_register(demo_by("tests"), folder / "demo.rgpd"), author="tests")
        try:
            report = run_checks(register, today=date.today())
            finding = next(f for f in report.findings if f.code == "SSL-WORDING")
            dismiss(register, finding=finding, reason=DISMISSAL_REASON)
            snapshot = take_snapshot(register)
        finally:
            register.close()
    return DismissedDemo(folder / "demo.rgpd", snapshot, finding)
