"""The register as one UTF-8 JSON document (format described by docs/register.schema.json; the
document model itself is `services/document.py`, which the import reads too)."""

from __future__ import annotations

import json
from typing import Any

from register_app import __version__
from register_app.exports.profiles import for_profile
from register_app.gc_pause import collection_paused
from register_app.services import records as r
from register_app.services.document import SCHEMA_ID, Profile, RegisterDocument


def document_of(snapshot: r.Snapshot, profile: Profile = Profile.FULL) -> RegisterDocument:
    shown = for_profile(snapshot, profile)
    return RegisterDocument(
        generator=f"register_app {__version__}",
        profile=profile,
        organisation=shown.organisation,
        controllers=shown.controllers,
        measures=shown.measures,
        subprocessors=shown.subprocessors,
        activities=shown.activities,
        dismissed_findings=shown.dismissed_findings,
        breaches=shown.breaches,
        rights_requests=shown.rights_requests,
    )


def to_json_bytes(document: RegisterDocument) -> bytes:
    data = r.adapter(RegisterDocument).dump_python(document, mode="json")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_json(snapshot: r.Snapshot, *, profile: Profile = Profile.FULL) -> bytes:
    with collection_paused():  # a tenth of the time at 10,000 activities, and growing with them
        return to_json_bytes(document_of(snapshot, profile))


def json_schema() -> dict[str, Any]:
    schema = r.adapter(RegisterDocument).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "register_app register",
        "description": "A GDPR Article 30 register exported by register_app.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"

