"""How long the PDF dossier takes against two floors, on the same synthetic register:

- dossier: export_pdf (cover, contents, summary, fiches, annexes, 'page X of Y'), one layout pass;
- layout floor: the dossier's own story (same flowables, same header and footer) laid out once
  by a plain reportlab document and canvas: no contents, no held pages, no page totals;
- paragraphs: for reference, the activities' text as plain Paragraphs laid out once, no tables;
- canvas floor: the same text cut into fixed-width lines and drawn with drawString, no layout.

Each activity carries about 5,500 characters of French text. Run from the repository root:
    .venv/bin/python bench/bench_pdf.py [--activities 200] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import textwrap
import time
from collections.abc import Callable
from datetime import UTC, datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate

from register_app.domain.enums import CnilHeading, DurationUnit, FinalFate
from register_app.exports.formats import exported, pdf_exporter
from register_app.exports.pdf.document import Dossier, binary_streams
from register_app.exports.pdf.fonts import BOLD, REGULAR, register_fonts
from register_app.exports.pdf.story import Story
from register_app.exports.pdf.styles import FRAME_HEIGHT, FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_X, esc
from register_app.exports.pdf.toc import ReservedPage
from register_app.gc_pause import collection_paused
from register_app.services import records as r
from register_app.services.document import Profile

AT = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
PROSE = (
    "Les données sont collectées auprès de la personne concernée lors de la création de son dossier ; "
    "elles sont vérifiées par le service compétent, conservées dans l'application métier hébergée en "
    "France et supprimées à l'échéance prévue. Chaque accès est journalisé et les habilitations sont "
    "revues deux fois par an par le responsable opérationnel, conformément à la politique de sécurité. "
)


def prose(length: int, seed: int) -> str:
    start = (seed * 37) % len(PROSE)
    return ((PROSE[start:] + PROSE) * (length // len(PROSE) + 2))[:length].strip()


def synthetic_snapshot(count: int) -> r.Snapshot:
    stamp = {"created_at": AT, "updated_at": AT}
    measures = tuple(r.Measure(uid=f"m{h}", name=f"Mesure « {h.value} » en place", heading=h,
                               description=prose(300, i), **stamp) for i, h in enumerate(CnilHeading))  # fmt: skip
    activities = tuple(
        r.Activity(
            uid=f"a{n}", reference=f"T-{n:04d}", name=f"Gestion des dossiers du service n°{n} — été",
            description=prose(1500, n), notes=prose(600, n + 3),
            purposes=tuple(r.Purpose(description=prose(250, n + k), legal_basis="contract") for k in range(3)),
            data_subjects=(r.DataSubject(code="customers", precision=prose(200, n)),
                           r.DataSubject(code="employees", precision=prose(150, n + 1))),
            data_categories=tuple(r.DataCategory(code=c, description=prose(250, n + k))
                                  for k, c in enumerate(("civil_status", "economic_financial", "connection",
                                                         "professional_life"))),
            recipients=(r.CodedItem(code="internal_service", precision=prose(200, n)),
                        r.CodedItem(code="partners", precision=prose(150, n + 2))),
            retention=tuple(r.RetentionRule(category=c, active=r.Duration(value=3, unit=DurationUnit.YEARS),
                                            start_event="end_of_contract", final_fate=FinalFate.DELETE)
                            for c in ("civil_status", "economic_financial", "connection")),
            measures=tuple(r.MeasureLink(measure_uid=m.uid, note=prose(60, n)) for m in measures),
            transfers=(r.Transfer(recipient="Support éditeur", country="US", tool="scc",
                                  documentation="https://example.org/cct"),),
            **stamp,
        )
        for n in range(1, count + 1)
    )  # fmt: skip
    org = r.Organisation(identity=r.Contact(name="Atelier Numérique SAS", city="Lyon", country="FR"))
    return r.Snapshot(organisation=org, measures=measures, activities=activities, taken_at=AT)


def activity_texts(activity: r.Activity) -> list[str]:
    return [activity.reference, activity.name, activity.description,
            *(p.description for p in activity.purposes), *(s.precision for s in activity.data_subjects),
            *(c.description for c in activity.data_categories), *(x.precision for x in activity.recipients),
            *(link.note for link in activity.measures), activity.notes]  # fmt: skip


class PlainCanvas(Canvas):  # type: ignore[misc]
    """reportlab's canvas, writing each page at once; destinations bound immediately."""

    def bookmark_here(self, key: str, top: float) -> None:
        self.bookmarkPage(key, fit="XYZ", left=0, top=top)


def layout_floor(snapshot: r.Snapshot) -> bytes:
    dossier = Dossier(snapshot, Profile.FULL, "fr")
    story = [f for f in dossier.story() if not isinstance(f, ReservedPage)]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, initialFontName=REGULAR)
    furniture = dossier.furniture
    doc.addPageTemplates([PageTemplate("page", [Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT,
                                                      0, 0, 0, 0)],
                                       onPage=lambda canvas, d: furniture.draw(canvas, d.page, 0))])  # fmt: skip
    # Like the export: the collector paused, and the story kept so that taking its first flowable is
    # cheap (a plain list makes reportlab's layout quadratic in the number of flowables).
    with collection_paused(), binary_streams():
        doc.build(Story(story), canvasmaker=PlainCanvas)
    return buffer.getvalue()


def paragraphs(snapshot: r.Snapshot) -> bytes:
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=8.5, leading=11)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=15, leading=19)
    story = []
    for activity in snapshot.activities:
        texts = activity_texts(activity)
        story.append(Paragraph(esc(texts[1]), head))
        story += [Paragraph(esc(t), body) for t in texts[2:]]
    buffer = io.BytesIO()
    with binary_streams():
        SimpleDocTemplate(buffer, pagesize=A4, initialFontName=REGULAR).build(story)
    return buffer.getvalue()


def canvas_floor(snapshot: r.Snapshot) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=REGULAR)
    y = 800.0
    for activity in snapshot.activities:
        for line in (ln for t in activity_texts(activity) for ln in textwrap.wrap(t, 105)):
            if y < 60:
                canvas.showPage()
                y = 800.0
            canvas.setFont(REGULAR, 8.5)
            canvas.drawString(56, y, line)
            y -= 11
    with binary_streams():
        canvas.save()
    return buffer.getvalue()


def timed(run: Callable[[], bytes], repeat: int) -> tuple[float, int]:
    """Best of `repeat` runs (the least disturbed by other work on the machine), and the page count."""
    best, data = float("inf"), b""
    for _ in range(repeat):
        start = time.perf_counter()
        data = run()
        best = min(best, time.perf_counter() - start)
    return best, data.count(b"/Type /Page\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--activities", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument("--profile", action="store_true", help="print the dossier's cProfile top functions")
    args = parser.parse_args()
    register_fonts()
    snapshot = synthetic_snapshot(args.activities)
    chars = sum(len(t) for a in snapshot.activities for t in activity_texts(a)) // max(1, args.activities)
    print(f"{args.activities} activities, about {chars} characters each")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(exported, pdf_exporter, snapshot, Profile.FULL, "fr")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
        return
    results = {
        "dossier (export_pdf)": timed(lambda: exported(pdf_exporter, snapshot, Profile.FULL, "fr"), args.repeat),
        "layout floor (platypus, once, no contents)": timed(lambda: layout_floor(snapshot), args.repeat),
        "paragraphs (platypus, once, no tables)": timed(lambda: paragraphs(snapshot), args.repeat),
        "canvas floor (drawString, no layout)": timed(lambda: canvas_floor(snapshot), args.repeat),
    }
    layout, canvas = results["layout floor (platypus, once, no contents)"][0], results[
        "canvas floor (drawString, no layout)"][0]  # fmt: skip
    print(f"{'measurement':45} {'seconds':>8} {'pages':>6} {'÷ layout':>9} {'÷ canvas':>9}")
    for name, (seconds, pages) in results.items():
        print(f"{name:45} {seconds:8.2f} {pages:6d} {seconds / layout:9.2f} {seconds / canvas:9.2f}")


if __name__ == "__main__":
    main()
