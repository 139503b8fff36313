"""One activity as the CNIL 'fiche de registre', blocks in the model's order: description, actors,
purposes, personal data, sensitive data, data subjects, recipients, security measures, transfers;
the full register adds data sources, the DPIA screening and internal notes."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from register_app.domain.catalogues import (
    ART9_CONDITIONS,
    DATA_SOURCES,
    DATA_SUBJECTS,
    DPIA_CNIL_LISTS,
    DPIA_CRITERIA,
    LEGAL_BASES,
    RECIPIENTS,
    Lang,
    catalogue,
    category_regime,
)
from register_app.domain.enums import ActivityRole, ActivityStatus
from register_app.domain.words.enum_labels import enum_label
from register_app.domain.words.language import colon
from register_app.exports.export_texts import text
from register_app.exports.pdf.blocks import Cell, cell, fields, grid, label, muted, title
from register_app.exports.pdf.styles import BODY, COVER_KICKER, H1, H2, H3, esc
from register_app.exports.pdf.summary import activity_key, activity_title
from register_app.exports.pdf.textblock import TextBlock
from register_app.exports.pdf.toc import Anchor, Heading, Pages, TocEntry
from register_app.exports.view import (
    RegisterView,
    category_label,
    contact_lines,
    country_name,
    dpo_text,
    format_date,
    hosting_countries,
    retention_line,
    status_text,
)
from register_app.services import records as r
from register_app.services.document import Profile


class ActivitySection:
    """Builds the flowables of one fiche; one instance serves every activity of a dossier."""

    def __init__(self, view: RegisterView, profile: Profile, lang: Lang, pages: Pages) -> None:
        self.view, self.profile, self.lang, self.pages = view, profile, lang, pages
        self.full = profile is Profile.FULL

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def block(self, key: str) -> list[Flowable]:
        return title(self.t(key), H2)

    def story(self, activity: r.Activity, *, group: TocEntry | None = None) -> list[Flowable]:
        name = activity_title(activity)
        entry = TocEntry(activity_key(activity), name, 1)
        head: list[Flowable] = [PageBreak()]
        if group is not None:
            head.append(Anchor(self.pages, group))
        head += [label(self.t("fiche"), COVER_KICKER), Heading(esc(name), H1, self.pages, entry)]
        if activity.status is not ActivityStatus.ACTIVE:  # a draft or a retired activity, full register only
            head.append(label(colon(self.t("status"), status_text(activity, self.lang), self.lang), H3))
        return [*head, *self.description(activity), *self.actors(activity), *self.purposes(activity),
                *self.categories(activity), *self.sensitive(activity), *self.subjects(activity),
                *self.recipients(activity), *self.measures(activity), *self.transfers(activity),
                *(self.internal(activity) if self.full else [])]  # fmt: skip

    def description(self, a: r.Activity) -> list[Flowable]:
        role = enum_label(a.role, self.lang)
        rows: list[tuple[str, Cell]] = [
            (self.t("name_acronym"), cell(a.name, bold=True)),
            (self.t("reference"), cell(a.reference)),
            (self.t("created"), cell(format_date(a.created_at, self.lang))),
            (self.t("updated"), cell(format_date(a.updated_at, self.lang))),
            (self.t("role"), cell(role)),
            (self.t("description"), cell(a.description)),
        ]
        if self.full:
            rows += [(self.t("status"), cell(status_text(a, self.lang))),
                     (self.t("department"), cell(a.department)),
                     (self.t("owner"), cell("\n".join(p for p in (a.owner_name, a.owner_email) if p))),
                     (self.t("software"), cell(a.software)),
                     (self.t("last_review"), cell(format_date(a.last_review, self.lang)))]  # fmt: skip
        return [*self.block("block_description"), fields(rows)]

    def actors(self, a: r.Activity) -> list[Flowable]:
        org = self.view.snapshot.organisation
        rows: list[tuple[str, Cell]] = []
        if a.role is ActivityRole.PROCESSOR:
            client = self.view.controllers.get(a.client_uid or "")
            rows.append((self.t("client_controller"), cell(contact_lines(client.contact, self.lang) if client
                                                           else self.t("no_client"))))  # fmt: skip
            rows.append((self.t("processor_identity"), cell(contact_lines(org.identity, self.lang))))
        else:
            rows.append((self.t("controller"), cell(contact_lines(org.identity, self.lang))))
        rows.append((self.t("dpo"), cell(dpo_text(org, self.lang))))
        if contact_lines(org.representative, self.lang):
            rows.append((self.t("representative"), cell(contact_lines(org.representative, self.lang))))
        joint = [self.view.controllers[u] for u in a.joint_controller_uids if u in self.view.controllers]
        if joint:
            rows.append((self.t("joint_controllers"),
                         cell("\n\n".join(contact_lines(c.contact, self.lang) for c in joint))))  # fmt: skip
        return [*self.block("block_actors"), fields(rows)]

    def purposes(self, a: r.Activity) -> list[Flowable]:
        rows = []
        for n, p in enumerate(a.purposes):
            label = self.t("main_purpose") if n == 0 else self.t("sub_purpose", n=n)
            basis = [catalogue(LEGAL_BASES).label(p.legal_basis, self.lang)] if p.legal_basis else []
            basis += [p.legal_basis_note] if p.legal_basis_note else []
            if p.legitimate_interest:
                basis.append(colon(self.t("legitimate_interest"), p.legitimate_interest, self.lang))
            if p.balancing_test and self.full:
                basis.append(colon(self.t("balancing_test"), p.balancing_test, self.lang))
            rows.append([cell(label, bold=True), cell(p.description), cell("\n".join(basis))])
        headers = [self.t("purpose"), self.t("description"), self.t("legal_basis")]
        return [*self.block("block_purposes"), grid(headers, rows, (0.18, 0.5, 0.32))]

    def _category_rows(self, a: r.Activity, sensitive: bool) -> list[list[Cell]]:
        rules: dict[str, list[str]] = {}
        for rule in a.retention:
            rules.setdefault(rule.category, []).append(retention_line(rule, self.lang))
        return [
            [cell(category_label(c.code, self.lang), bold=True), cell(c.description),
             cell("\n".join(rules.get(c.code, [])))]
            for c in a.data_categories
            if (category_regime(c.code) != "standard") is sensitive
        ]  # fmt: skip

    def categories(self, a: r.Activity) -> list[Flowable]:
        headers = [self.t("category"), self.t("description"), self.t("retention")]
        story: list[Flowable] = [*self.block("block_categories"),
                                 grid(headers, self._category_rows(a, False), (0.26, 0.42, 0.32))]  # fmt: skip
        listed = {c.code for c in a.data_categories}
        others = [[cell(category_label(rule.category, self.lang), bold=True), cell(retention_line(rule, self.lang))]
                  for rule in a.retention if rule.category not in listed]  # fmt: skip
        if others:
            story += [label(self.t("other_retention"), BODY),
                      grid([self.t("category"), self.t("retention")], others, (0.26, 0.74))]  # fmt: skip
        return story

    def sensitive(self, a: r.Activity) -> list[Flowable]:
        rows = self._category_rows(a, True)
        if not rows:
            return [*self.block("block_sensitive"), muted(self.t("no_sensitive"))]
        headers = [self.t("category"), self.t("description"), self.t("retention")]
        story: list[Flowable] = [*self.block("block_sensitive"), grid(headers, rows, (0.26, 0.42, 0.32))]
        regimes = {category_regime(c.code) for c in a.data_categories}
        grounds: list[tuple[str, Cell]] = []
        if "art9" in regimes:
            condition = catalogue(ART9_CONDITIONS).label(a.art9_condition, self.lang) if a.art9_condition else ""
            grounds.append((self.t("art9_condition"), cell("\n".join(x for x in (condition, a.art9_justification)
                                                                          if x))))  # fmt: skip
        if "art10" in regimes:
            grounds.append((self.t("art10_justification"), cell(a.art10_justification)))
        if "nir" in regimes:
            grounds.append((self.t("nir_justification"), cell(a.nir_justification)))
        return [*story, fields(grounds)]

    def subjects(self, a: r.Activity) -> list[Flowable]:
        labels = catalogue(DATA_SUBJECTS)
        headers = [self.t("type"), self.t("precision")]
        rows: list[list[Cell]] = [[cell(labels.label(s.code, self.lang), bold=True), cell(s.precision)]
                                  for s in a.data_subjects]  # fmt: skip
        if self.full:
            headers.append(self.t("estimated_count"))
            for row, s in zip(rows, a.data_subjects, strict=True):
                row.append(cell("" if s.estimated_count is None else f"{s.estimated_count:,}".replace(",", " ")))
        widths = (0.3, 0.5, 0.2) if self.full else (0.3, 0.7)
        return [*self.block("block_subjects"), grid(headers, rows, widths)]

    def recipients(self, a: r.Activity) -> list[Flowable]:
        labels = catalogue(RECIPIENTS)
        rows: list[list[Cell]] = [[cell(labels.label(x.code, self.lang), bold=True), cell(x.precision)]
                                  for x in a.recipients]  # fmt: skip
        story: list[Flowable] = [*self.block("block_recipients"),
                                 grid([self.t("type"), self.t("precision")], rows, (0.3, 0.7))]  # fmt: skip
        subs = self.view.direct_subprocessors(a)
        if subs:
            sub_rows: list[list[Cell]] = [
                [cell(s.name, bold=True), cell(s.service),
                 cell(", ".join(country_name(c, self.lang) for c in hosting_countries(s)))]
                for s in subs
            ]  # fmt: skip
            headers = [self.t("subprocessors"), self.t("service"), self.t("hosting_countries")]
            story.append(grid(headers, sub_rows, (0.3, 0.4, 0.3)))
        if self.full and a.data_sources:
            sources = [[cell(catalogue(DATA_SOURCES).label(x.code, self.lang), bold=True), cell(x.precision)]
                       for x in a.data_sources]  # fmt: skip
            story += [*self.block("block_sources"), grid([self.t("type"), self.t("precision")], sources, (0.3, 0.7))]
        return story

    def measures(self, a: r.Activity) -> list[Flowable]:
        rows: list[list[Cell]] = []
        for heading, items in self.view.measures_by_heading(a).items():
            lines = [f"{m.name} ({enum_label(m.status, self.lang)})" + (f" — {note}" if note else "")
                     for m, note in items]  # fmt: skip
            rows.append([cell(enum_label(heading, self.lang), bold=True), cell("\n".join(lines))])
        return [*self.block("block_measures"), grid([self.t("heading"), self.t("block_measures")], rows, (0.3, 0.7))]

    def transfers(self, a: r.Activity) -> list[Flowable]:
        lines = self.view.transfers(a)
        if not lines:
            return [*self.block("block_transfers"), muted(self.t("no_transfers"))]
        rows: list[list[Cell]] = []
        for line in lines:
            doc = "\n".join(x for x in (line.documentation, line.tia_reference and colon(
                self.t("tia"), line.tia_reference, self.lang)) if x)  # fmt: skip
            recipient: Cell = cell(line.recipient) if line.recorded else [
                *cell(line.recipient), muted(line.origin(self.lang))]  # fmt: skip
            rows.append([recipient, cell(country_name(line.country, self.lang)), cell(line.tool_label(self.lang)),
                         cell(doc)])  # fmt: skip
        headers = [self.t(k) for k in ("recipient", "country", "guarantee_type", "documentation")]
        return [*self.block("block_transfers"), grid(headers, rows, (0.26, 0.16, 0.3, 0.28))]

    def internal(self, a: r.Activity) -> list[Flowable]:
        d = a.dpia
        criteria = "\n".join(catalogue(DPIA_CRITERIA).label(c, self.lang) for c in d.criteria)
        rows: list[tuple[str, Cell]] = [
            (self.t("dpia_criteria"), cell(criteria)),
            (self.t("dpia_list"), cell(catalogue(DPIA_CNIL_LISTS).label(d.list_match, self.lang))),
            (self.t("dpia_conclusion"), cell(enum_label(d.conclusion, self.lang))),
            (self.t("dpia_reason"), cell(d.reason)),
            (self.t("dpia_status"), cell(enum_label(d.status, self.lang))),
            (self.t("dpia_date"), cell(format_date(d.completed_on, self.lang))),
            (self.t("dpia_reference"), cell(d.reference)),
        ]
        story: list[Flowable] = [*self.block("block_dpia"), fields(rows)]
        if a.notes.strip():
            story += [*self.block("block_notes"), TextBlock(a.notes, BODY)]
        return story
