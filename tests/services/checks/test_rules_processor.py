"""The processor register: the client and the processing carried out for it, and a register that
seems to lack it."""

from __future__ import annotations

import dataclasses

from services.checks.check_builders import CLIENT, HOSTING, NEWSLETTER, PAYROLL, clean, hits, where, with_activity

from register_app.domain.enums import ActivityRole
from register_app.services import records as r


def test_processing_for_a_client_names_the_client() -> None:
    assert where(hits(with_activity(clean(), HOSTING, client_uid=None), "ART30-CLIENT-MISSING")) == [
        (HOSTING, "client_uid")
    ]
    # A controller activity has no client to name.
    assert hits(with_activity(clean(), PAYROLL, client_uid=None), "ART30-CLIENT-MISSING") == []


def test_processing_for_a_client_describes_what_is_done() -> None:
    undescribed = with_activity(clean(), HOSTING, description=" ")
    assert where(hits(undescribed, "ART30-PROCESSING-MISSING")) == [(HOSTING, "description")]
    by_purpose = with_activity(undescribed, HOSTING, purposes=(r.Purpose(description="Hébergement du logiciel"),))
    assert hits(by_purpose, "ART30-PROCESSING-MISSING") == []


def test_clients_without_processing_point_to_a_missing_processor_register() -> None:
    no_processing = dataclasses.replace(clean(), activities=clean().activities[:2])
    [finding] = hits(no_processing, "PROCESSOR-REGISTER-MISSING")
    assert finding.object_kind == "organisation" and "Clinique du Parc" in finding.message_fr
    partner = with_activity(
        no_processing, NEWSLETTER, role=ActivityRole.JOINT_CONTROLLER, joint_controller_uids=(CLIENT,)
    )
    assert hits(partner, "PROCESSOR-REGISTER-MISSING") == []
