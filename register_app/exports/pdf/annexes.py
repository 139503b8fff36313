"""The annexes: subprocessors with their certifications and Art. 28 contracts, security measures
by CNIL heading, every transfer outside the EU, the Art. 30(2) processor register, the breach
register (Art. 33(5), full register only, when breaches were recorded) and, in the full register when
asked, the findings of the compliance checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reportlab.platypus import Flowable, PageBreak

from register_app.domain.catalogues import Lang
from register_app.domain.enums import CnilHeading, CountryRole
from register_app.domain.words.enum_labels import enum_label
from register_app.domain.words.language import colon
from register_app.exports.breach_rows import breach_rows
from register_app.exports.export_texts import text
from register_app.exports.pdf.blocks import Cell, cell, fields, grid, muted, title
from register_app.exports.pdf.findings_annex import FindingsAnnex
from register_app.exports.pdf.processor_register import processor_register
from register_app.exports.pdf.styles import H1, H2, esc
from register_app.exports.pdf.toc import Anchor, Heading, Pages, TocEntry
from register_app.exports.view import (
    RegisterView,
    certification_parts,
    contact_lines,
    country_name,
    format_date,
    hosting_countries,
    transfer_tool_text,
)
from register_app.services import records as r
from register_app.services.checks import CheckReport
from register_app.services.document import Profile

Annex = Callable[[], list[Flowable]]
BREACH_REGISTER = ("Registre des violations de données (art. 33.5 du RGPD)", "Breach register (GDPR Art. 33(5))")


def annex_entries(view: RegisterView, lang: Lang, *, findings: bool = False) -> list[tuple[TocEntry, str]]:
    """(contents entry, annex code) for each annex present, numbered in order."""
    codes = ["subprocessors", "measures", "transfers"]
    if view.processor_activities():
        codes.append("processor")
    if view.snapshot.breaches:  # the extract carries none (profiles.for_profile)
        codes.append("breaches")
    if findings:
        codes.append("findings")
    titles = {
        "subprocessors": text("sheet_subprocessors", lang),
        "measures": text("annex_measures", lang),
        "transfers": text("sheet_transfers", lang),
        "processor": text("processor_register_title", lang),
        "breaches": BREACH_REGISTER[0] if lang == "fr" else BREACH_REGISTER[1],
        "findings": text("sheet_findings", lang),
    }
    return [(TocEntry(f"annex-{code}", text("annex_title", lang, n=n, title=titles[code]), 1), code)
            for n, code in enumerate(codes, start=1)]  # fmt: skip


class Annexes:
    def __init__(self, view: RegisterView, profile: Profile, lang: Lang, pages: Pages, today: date, *,
                 report: CheckReport | None = None) -> None:  # fmt: skip
        """`report`: the checks' findings, for the findings annex (None: no such annex)."""
        self.view, self.profile, self.lang, self.pages, self.today = view, profile, lang, pages, today
        self.report = report

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def story(self, group: TocEntry) -> list[Flowable]:
        story: list[Flowable] = []
        builders: dict[str, Annex] = {
            "subprocessors": self.subprocessors, "measures": self.measures, "transfers": self.transfers,
            "processor": lambda: processor_register(self.view, self.profile, self.lang),
            "breaches": self.breaches,
            "findings": lambda: FindingsAnnex(self.report, self.view, self.lang).story() if self.report else [],
        }  # fmt: skip
        for n, (entry, code) in enumerate(annex_entries(self.view, self.lang, findings=self.report is not None)):
            story += [PageBreak(), *([Anchor(self.pages, group)] if n == 0 else []),
                      Heading(esc(entry.title), H1, self.pages, entry), *builders[code]()]  # fmt: skip
        return story

    def breaches(self) -> list[Flowable]:
        story: list[Flowable] = []
        for breach in self.view.snapshot.breaches:
            rows = [(label, cell(value)) for label, value in breach_rows(breach, self.view.snapshot, self.lang)]
            story += [*title(f"{breach.reference} {breach.title}".strip(), H2), fields(rows[2:])]
        return story

    def refs(self, activities: Sequence[r.Activity]) -> str:
        return ", ".join(a.reference for a in activities)

    def certification(self, cert: r.Certification) -> str:
        parts = certification_parts(cert, self.lang)
        if cert.scope:
            parts.append(colon(self.t("scope"), cert.scope, self.lang))
        if cert.expires:
            expiry = colon(self.t("expires"), format_date(cert.expires, self.lang), self.lang)
            parts.append(expiry + (f" ({self.t('expired')})" if cert.expires < self.today else ""))
        return "\n".join(parts)

    def subprocessors(self) -> list[Flowable]:
        subs = self.view.snapshot.subprocessors
        if not subs:
            return [muted(self.t("no_subprocessors"))]
        story: list[Flowable] = []
        for s in subs:
            story += [*title(s.name, H2), fields(self.subprocessor_rows(s))]
        return story

    def subprocessor_rows(self, s: r.Subprocessor) -> list[tuple[str, Cell]]:
        contact = r.Contact(
            name=s.contact_name,
            address=s.address,
            postcode=s.postcode,
            city=s.city,
            country=s.country,
            phone=s.contact_phone,
            email=s.contact_email,
        )
        location = [colon(enum_label(role, self.lang), ", ".join(country_name(c, self.lang)
                                                                   for c in hosting_countries(s, role)), self.lang)
                    for role in CountryRole if hosting_countries(s, role)]  # fmt: skip
        contract = [enum_label(s.contract_status, self.lang)]
        if s.contract_signed:
            contract.append(colon(self.t("contract_signed"), format_date(s.contract_signed, self.lang), self.lang))
        if s.contract_review:
            contract.append(colon(self.t("contract_review"), format_date(s.contract_review, self.lang), self.lang))
        if s.contract_reference:
            contract.append(colon(self.t("contract_reference"), s.contract_reference, self.lang))
        tool = transfer_tool_text(s.transfer_tool, s.transfer_fallback, self.lang)
        uses = [self.view.subprocessors[u].name for u in s.uses_uids if u in self.view.subprocessors]
        rows: list[tuple[str, Cell]] = [
            (self.t("service"), cell(s.service)),
            (self.t("role"), cell(enum_label(s.role, self.lang))),
            (self.t("contact"), cell(contact_lines(contact, self.lang))),
            (self.t("data_location"), cell("\n".join(location))),
            (self.t("transfer_tool"), cell("\n".join(x for x in (tool, s.transfer_detail) if x))),
            (self.t("contract"), cell("\n".join(contract))),
            (self.t("certifications"), cell("\n\n".join(self.certification(c) for c in s.certifications))),
            (self.t("uses"), cell(", ".join(uses))),
            (
                self.t("linked_activities"),
                cell(self.refs(self.view.activities_served(s)) or self.t("linked_to_none")),
            ),
        ]
        if self.profile is Profile.FULL and s.notes:
            rows.append((self.t("block_notes"), cell(s.notes)))
        return rows

    def measures(self) -> list[Flowable]:
        story: list[Flowable] = []
        by_heading: dict[CnilHeading, list[r.Measure]] = {h: [] for h in CnilHeading}
        for m in self.view.snapshot.measures:
            by_heading[m.heading].append(m)
        headers = [self.t(k) for k in ("measure", "description", "status", "linked_activities", "review_date")]
        for heading, measures in by_heading.items():
            story += title(enum_label(heading, self.lang), H2)
            if not measures:
                story.append(muted(self.t("no_measures")))
                continue
            rows: list[list[Cell]] = []
            for m in measures:
                description = m.description
                if self.profile is Profile.FULL and m.evidence:
                    description += "\n" + colon(self.t("evidence"), m.evidence, self.lang)
                activities, words = self.view.measure_scope(m, self.lang)
                rows.append([cell(m.name, bold=True), cell(description), cell(enum_label(m.status, self.lang)),
                             cell(words or self.refs(activities)),
                             cell(format_date(m.review_date, self.lang))])  # fmt: skip
            story.append(grid(headers, rows, (0.22, 0.4, 0.1, 0.16, 0.12)))
        return story

    def transfers(self) -> list[Flowable]:
        lines = self.view.all_transfers()
        if not lines:
            return [muted(self.t("no_transfers"))]
        rows: list[list[Cell]] = []
        for line in lines:
            recipient: Cell = cell(line.recipient) if line.recorded else [
                *cell(line.recipient), muted(line.origin(self.lang))]  # fmt: skip
            doc = "\n".join(x for x in (line.documentation, line.tia_reference and colon(
                self.t("tia"), line.tia_reference, self.lang)) if x)  # fmt: skip
            rows.append([cell(line.activity.reference, bold=True), recipient,
                         cell(country_name(line.country, self.lang)), cell(line.tool_label(self.lang)),
                         cell(doc)])  # fmt: skip
        headers = [self.t(k) for k in ("reference", "recipient", "country", "guarantee_type", "documentation")]
        return [grid(headers, rows, (0.1, 0.24, 0.14, 0.27, 0.25))]
