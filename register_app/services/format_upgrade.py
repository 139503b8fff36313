"""Documents written by an older format version (JSON documents and our workbook's hidden sheet),
brought to the current one before they are validated.

Version 2 replaced the organisation's `dpo_designated` flag, which defaulted to true, by
`dpo_status`: a DPO counts as designated only where one was entered. Version 3 added the breach
register and the rights requests: a version-2 document has none, which is what it states."""

from __future__ import annotations

from typing import Any

from register_app.domain.enums import DpoStatus


def organisation_v1_to_v2(organisation: Any) -> Any:
    """The organisation object of a version-1 document, as version 2 states it."""
    if not isinstance(organisation, dict) or "dpo_designated" not in organisation:
        return organisation
    upgraded = {key: value for key, value in organisation.items() if key != "dpo_designated"}
    dpo = organisation.get("dpo")
    entered = (isinstance(dpo, dict) and str(dpo.get("name") or "").strip()) or str(
        organisation.get("dpo_company") or ""
    ).strip()
    if organisation["dpo_designated"] is False:
        upgraded["dpo_status"] = DpoStatus.NOT_DESIGNATED.value
    else:
        upgraded["dpo_status"] = (DpoStatus.DESIGNATED if entered else DpoStatus.UNDECIDED).value
    return upgraded


def document_to_current(data: dict[str, Any], version: int) -> dict[str, Any]:
    """A whole JSON document of `version`, as the current version states it."""
    if version < 2 and "organisation" in data:
        data = data | {"organisation": organisation_v1_to_v2(data["organisation"]), "format_version": 2}
    if version < 3:
        data = data | {"breaches": [], "rights_requests": [], "format_version": 3}
    return data
