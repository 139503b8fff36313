"""Activities drafted from templates into a register: one transaction (the import's), each activity
a draft (status draft) whose creation the history records. What the template cannot know (the
software, the processors, the owner, the DPIA's outcome...) is left empty and listed in the
activity's notes as what to complete; the checks then point at each gap. The catalogue measures
the template names are linked but stay as the DPO declared them: a suggestion is not a measure."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from register_app.domain.base import utcnow
from register_app.domain.catalogues import Lang
from register_app.domain.enums import ActivityStatus
from register_app.domain.words.language import pick
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.interchange import ImportSummary, import_document
from register_app.services.registers import new_register
from register_app.services.templates.model import Pack, Retention, Template
from register_app.services.templates.packs import cited_sources, find_template
from register_app.store.register_file import RegisterFile

NOTE = {
    "fr": ("Créé depuis le modèle « {name} » (modèles de traitements, version {version}) : à adapter avant de "
           "l'activer.", "À compléter : {items}.", "Analyse d'impact : {hint}", "Sources : {sources}."),
    "en": ("Created from the template “{name}” (processing templates, version {version}): adapt it before "
           "making it active.", "To complete: {items}.", "Impact assessment: {hint}", "Sources: {sources}."),
}  # fmt: skip


def draft_from_templates(register: RegisterFile, codes: list[str], *, lang: Lang = "fr") -> list[str]:
    """Draft one activity per template code into the open register, in one transaction; returns the
    new activities' uids, in the order of `codes`. An unknown code writes nothing."""
    from register_app.services.snapshot import take_snapshot

    chosen = [find_template(code) for code in codes]
    snapshot = take_snapshot(register)
    measures = catalogue_measures(snapshot.measures)
    now = utcnow()
    activities = tuple(r.Activity(**vars(draft_input(t, pack, measures, lang)), uid=str(uuid.uuid4()),
                                  created_at=now, updated_at=now) for t, pack in chosen)  # fmt: skip
    import_document(register, RegisterDocument(organisation=snapshot.organisation, activities=activities))
    return [a.uid for a in activities]


def template_draft(register: RegisterFile, code: str, *, lang: Lang = "fr") -> r.ActivityInput:
    """One template's draft, ready to create (the app creates it as an undoable edit)."""
    from register_app.services.measures import list_measures

    template, pack = find_template(code)
    return draft_input(template, pack, catalogue_measures(list_measures(register)), lang)


def catalogue_measures(measures: Iterable[r.Measure]) -> dict[str, str]:
    """The register's measures by catalogue code: what a template's measure codes link to."""
    return {m.catalogue_code: m.uid for m in measures if m.catalogue_code}


def new_register_from_templates(out: Path, *, organisation: str, codes: list[str], author: str | None = None,
                                lang: Lang = "fr") -> ImportSummary:  # fmt: skip
    """A new register at `out` holding drafts of the templates, or no file at all."""
    for code in codes:  # an unknown code is refused before any file is created
        find_template(code)
    register = new_register(out, organisation=organisation, author=author, lang=lang)
    try:
        uids = draft_from_templates(register, codes, lang=lang)
    except BaseException:
        register.close()
        out.unlink(missing_ok=True)
        raise
    register.close()
    return ImportSummary(created=len(uids), updated=0)


def draft_input(t: Template, pack: Pack, measures: dict[str, str], lang: Lang) -> r.ActivityInput:
    """The template as a draft activity: what the référentiels say, nothing the DPO has not yet stated."""

    def text(fr: str, en: str) -> str:
        return pick((fr, en), lang)

    return r.ActivityInput(
        name=t.name(lang), description=t.description(lang),
        status=ActivityStatus.DRAFT,
        purposes=tuple(r.Purpose(description=text(p.fr, p.en), legal_basis=p.legal_basis,
                                 legal_basis_note=text(p.basis_fr, p.basis_en)) for p in t.purposes),
        data_subjects=tuple(r.DataSubject(code=x.code, precision=text(x.fr, x.en)) for x in t.data_subjects),
        data_categories=tuple(r.DataCategory(code=x.code, description=text(x.fr, x.en)) for x in t.data_categories),
        recipients=tuple(r.CodedItem(code=x.code, precision=text(x.fr, x.en)) for x in t.recipients),
        retention=tuple(_retention(x, pack, lang) for x in t.retention),
        measures=tuple(r.MeasureLink(measure_uid=measures[code]) for code in t.measures.codes if code in measures),
        art9_condition=t.art9.condition if t.art9 else None,
        art9_justification=text(t.art9.fr, t.art9.en) if t.art9 else "",
        art10_justification=text(t.art10.fr, t.art10.en) if t.art10 else "",
        nir_justification=text(t.nir.fr, t.nir.en) if t.nir else "",
        # A list the CNIL says *requires* a DPIA applies whatever the organisation; an exemption depends on
        # it (its size, its practice), so the draft claims none and gives the hint in its notes.
        dpia=r.Dpia(criteria=t.dpia.criteria, list_match=t.dpia.list_match if t.dpia.required else None)
        if t.dpia else r.Dpia(),
        notes=draft_note(t, pack, lang),
    )  # fmt: skip


def _retention(x: Retention, pack: Pack, lang: Lang) -> r.RetentionRule:
    def duration(d: object) -> r.Duration | None:
        return r.Duration(value=d.value, unit=d.unit) if d is not None else None  # type: ignore[attr-defined]

    return r.RetentionRule(category=x.category, label=pick((x.fr, x.en), lang), active=duration(x.active),
                           archive=duration(x.archive), start_event=x.start_event, final_fate=x.final_fate,
                           criterion=pick((x.criterion_fr, x.criterion_en), lang),
                           source=pack.references[x.source].cite(lang), reference_code=x.reference)  # fmt: skip


def draft_note(t: Template, pack: Pack, lang: Lang) -> str:
    created, complete, dpia, sources = NOTE[lang]
    sep = " ; " if lang == "fr" else "; "
    lines = [created.format(name=t.name(lang), version=pack.version)]
    if t.placeholders:
        lines.append(complete.format(items=sep.join(pick((p.fr, p.en), lang) for p in t.placeholders)))
    if t.dpia:
        lines.append(dpia.format(hint=pick((t.dpia.fr, t.dpia.en), lang)))
    lines.append(sources.format(sources=sep.join(cited_sources(t, pack, lang))))
    return "\n".join(lines)
