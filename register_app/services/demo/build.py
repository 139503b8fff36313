"""The demo register: Solvéa Santé SAS, a fictional Nantes company of about forty staff that publishes
appointment-booking, patient-file and teleconsultation software for clinics and health centres. It is
controller of its own processing and processor for three client health organisations, so the demo
fills both Article 30 registers.

The demo is built through the public services only, like a user would, and every date is relative
to the day it is written. It holds a few flaws on purpose, listed in DELIBERATE_GAPS, for the checks
to find; everything else is meant to be sound."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from register_app.domain.enums import MeasureStatus
from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.demo.activities_clients import processor_activities
from register_app.services.demo.activities_hr import hr_activities
from register_app.services.demo.activities_operations import operations_activities
from register_app.services.demo.activities_sales import commercial_activities
from register_app.services.demo.activities_security import security_activities
from register_app.services.demo.common import DemoIds, shift_months
from register_app.services.demo.gaps import ORGANISATION_NAME
from register_app.services.demo.organisation import CONTROLLERS, ORGANISATION_WIDE, organisation, own_measures
from register_app.services.demo.subprocessors import subprocessor_inputs
from register_app.services.measures import create_measure, list_measures, update_measure
from register_app.services.organisation import create_controller, update_organisation
from register_app.services.registers import new_register
from register_app.services.subprocessors import create_subprocessor
from register_app.store.register_file import RegisterFile

ACTIVITY_BUILDERS: tuple[Callable[[DemoIds], list[r.ActivityInput]], ...] = (
    hr_activities,
    commercial_activities,
    operations_activities,
    security_activities,
    processor_activities,
)


def demo_activities(ids: DemoIds) -> list[r.ActivityInput]:
    """Every activity of the demo, sorted by reference."""
    found = [activity for build in ACTIVITY_BUILDERS for activity in build(ids)]
    return sorted(found, key=lambda activity: activity.reference)


def prepare_measures(register: RegisterFile, today: date) -> dict[str, str]:
    """Declare the company-wide catalogue measures in place, add the company's own; returns uids by
    key (catalogue code, or own-measure key). The activities declare the catalogue measures they apply."""
    uids: dict[str, str] = {}
    for measure in list_measures(register):
        if measure.catalogue_code is None:
            continue
        uids[measure.catalogue_code] = measure.uid
        if measure.catalogue_code in ORGANISATION_WIDE:
            evidence, review_in = ORGANISATION_WIDE[measure.catalogue_code]
            data = dataclasses.replace(
                r.input_part(measure, r.MeasureInput),
                organisation_wide=True,
                status=MeasureStatus.IN_PLACE,
                evidence=evidence,
                review_date=shift_months(today, review_in),
            )
            update_measure(register, uid=measure.uid, data=data)
    for key, data in own_measures(today).items():
        uids[key] = create_measure(register, data=data).uid
    return uids


def write_demo(path: Path, *, author: str | None = None) -> RegisterFile:
    """Create the demo register at `path` (which must not exist) and return it open."""
    today = date.today()
    register = new_register(path, organisation=ORGANISATION_NAME, author=author, lang="fr")
    try:
        update_organisation(register, data=organisation())
        controllers = {key: create_controller(register, data=data).uid for key, data in CONTROLLERS.items()}
        measures = prepare_measures(register, today)
        subprocessors: dict[str, str] = {}
        for key, data in subprocessor_inputs(today):
            linked = dataclasses.replace(
                data,
                uses_uids=tuple(subprocessors[k] for k in data.uses_uids),
                measure_uids=tuple(measures[k] for k in data.measure_uids),
            )
            subprocessors[key] = create_subprocessor(register, data=linked).uid
        ids = DemoIds(today=today, measures=measures, subprocessors=subprocessors, controllers=controllers)
        for activity in demo_activities(ids):
            create_activity(register, data=activity)
    except BaseException:
        register.close()
        path.unlink(missing_ok=True)
        raise
    return register
