"""The notice's content, a pure function of the register: the active activities we run as
controller (alone or jointly) that concern the audience, written section by section in the
company's voice, with a placeholder and an entry in `missing` for each fact the register lacks.
Activities carried out as a processor are left out: their notice is the client controller's."""

from __future__ import annotations

from datetime import UTC, datetime

from register_app.domain.catalogues import DATA_SUBJECTS, Lang, catalogue
from register_app.domain.enums import ActivityRole, ActivityStatus
from register_app.exports.notice.draft import Draft, runs
from register_app.exports.notice.model import Notice, Section
from register_app.exports.notice.recipients import recipients_section, transfers_section
from register_app.exports.notice.retention import retention_section
from register_app.exports.notice.sections import (
    automated_section,
    complaint_section,
    controller_section,
    data_section,
    dpo_section,
    purposes_section,
    required_section,
    rights_section,
    sources_section,
)
from register_app.exports.notice.wording import say
from register_app.exports.view import format_date
from register_app.services import records as r

OUR_ROLES = (ActivityRole.CONTROLLER, ActivityRole.JOINT_CONTROLLER)


def notice_activities(snapshot: r.Snapshot, audience: str | None) -> list[r.Activity]:
    """The activities a notice covers: in progress, run as (joint) controller, and concerning the
    audience (a data_subjects code), or all of them when the audience is None."""
    return [
        a for a in snapshot.activities
        if a.status is ActivityStatus.ACTIVE and a.role in OUR_ROLES
        and (audience is None or any(s.code == audience for s in a.data_subjects))
    ]  # fmt: skip


def audiences(snapshot: r.Snapshot) -> list[str]:
    """The data_subjects codes some notice can be written for, in catalogue order (unknown codes last)."""
    found = {s.code for a in notice_activities(snapshot, None) for s in a.data_subjects}
    order = {entry.code: n for n, entry in enumerate(catalogue(DATA_SUBJECTS))}
    return sorted(found, key=lambda code: (order.get(code, len(order)), code))


def build_notice(snapshot: r.Snapshot, *, audience: str | None = None, lang: Lang = "fr") -> Notice:
    activities = notice_activities(snapshot, audience)
    draft = Draft(snapshot, activities, lang)
    if not activities:
        where = catalogue(DATA_SUBJECTS).label(audience, lang) if audience else draft.organisation_place
        draft.note(where, draft.say("what_activities"))
    sections: list[Section | None] = [
        controller_section(draft),
        dpo_section(draft),
        purposes_section(draft),
        data_section(draft),
        sources_section(draft),
        recipients_section(draft),
        transfers_section(draft),
        retention_section(draft),
        required_section(draft),
        automated_section(draft),
        rights_section(draft),
        complaint_section(draft),
    ]
    name = snapshot.organisation.identity.name.strip()
    if audience:
        subtitle = say("subtitle_audience", lang, audience=catalogue(DATA_SUBJECTS).label(audience, lang))
    else:
        subtitle = say("subtitle_all", lang)
    moment = snapshot.taken_at or datetime.now(UTC)
    return Notice(
        lang=lang,
        organisation=name,
        title=say("title", lang),
        subtitle=subtitle,
        updated=say("updated", lang, date=format_date(moment, lang)),
        intro=runs(say("intro", lang, controller=name) if name else say("intro", lang, controller="—")),
        sections=tuple(s for s in sections if s is not None),
        missing=draft.missing,
    )
