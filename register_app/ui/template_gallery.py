"""New activity ▸ From a template…: the templates of typical processings in a searchable list with a
preview (purposes, data, retention, measures, what to complete, sources); “Create” drafts the chosen
one into the register as an undoable edit and opens its editor."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from register_app.domain import catalogues as c
from register_app.domain.catalogues import Lang, catalogue
from register_app.domain.words.enum_labels import duration_words
from register_app.domain.words.language import pick
from register_app.errors import UserError
from register_app.services.activities import ACTIVITIES
from register_app.services.templates.drafts import template_draft
from register_app.services.templates.model import Coded, Duration, Pack, Template
from register_app.services.templates.packs import cited_sources, list_templates
from register_app.services.text import fold
from register_app.ui import editors, screen_labels
from register_app.ui.edits import create
from register_app.ui.errors import show_error
from register_app.ui.help_window import show_help
from register_app.ui.register_context import RegisterContext
from register_app.ui.undo import run_edit
from register_app.ui.widgets import fit_to_screen

CODE_ROLE = Qt.ItemDataRole.UserRole


class TemplateGallery(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New activity from a template"))
        self.lang = screen_labels.lang()
        self.rows = {row.template.code: (row.template, pack, row.pack) for row, pack in list_templates(self.lang)}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, purposes, sources…"))
        self.search.setAccessibleName(self.tr("Search templates"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(True)
        self.preview.setAccessibleName(self.tr("Template preview"))
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Help)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.helpRequested.connect(self.on_help)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.on_help)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.create_button.setDefault(True)  # once in the dialog: Enter in the search creates, it does not cancel
        self.texts = {code: fold(" ".join(searchable(t, p, self.lang))) for code, (t, p, _) in self.rows.items()}
        for code, (template, _pack, origin) in self.rows.items():
            item = QListWidgetItem(template.name(self.lang) + (f"  [{origin}]" if origin else ""))
            item.setData(CODE_ROLE, code)
            item.setToolTip(template.description(self.lang))
            self.list.addItem(item)
        self.search.textChanged.connect(self.on_search_changed)
        self.list.currentItemChanged.connect(lambda *_: self.show_preview())
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.list.setCurrentRow(0)
        fit_to_screen(self, 980, 640)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CODE_ROLE) if item is not None and not item.isHidden() else None

    def on_search_changed(self, text: str) -> None:
        """Show the templates the words find anywhere (name, purposes, sources); choose the first whose
        name holds them ("paie": the payroll, before an order paid online) unless the one chosen does."""
        words = fold(text).split()
        shown = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = not all(w in self.texts[item.data(CODE_ROLE)] for w in words)
            item.setHidden(hidden)
            if not hidden:
                shown.append(item)

        def named(item: QListWidgetItem) -> bool:
            return all(w in fold(item.text()) for w in words)

        best = next((item for item in shown if named(item)), shown[0] if shown else None)
        current = self.list.currentItem() if self.chosen() is not None else None
        if current is None or (best is not None and named(best) and not named(current)):
            self.list.setCurrentItem(best)
        self.show_preview()

    def show_preview(self) -> None:
        code = self.chosen()
        self.create_button.setEnabled(code is not None)
        if code is None:
            nothing = self.tr("No template matches the search.")
            self.preview.setHtml(f"<p>{html.escape(nothing)}</p>")
            return
        template, pack, _ = self.rows[code]
        self.preview.setHtml(preview_html(template, pack, self.lang))

    def on_help(self) -> None:
        show_help(self, "templates")


def searchable(t: Template, pack: Pack, lang: Lang) -> list[str]:
    return [t.code, t.fr, t.en, t.description(lang), *(pick((p.fr, p.en), lang) for p in t.purposes),
            *cited_sources(t, pack, lang)]


def preview_html(t: Template, pack: Pack, lang: Lang) -> str:
    """What the draft will hold, with the template's sources: shown before anything is created."""

    def e(text: str) -> str:
        return html.escape(text)

    def section(title: str, lines: list[str]) -> str:
        return f"<h4>{e(title)}</h4><ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>" if lines else ""

    def coded(name: str, items: tuple[Coded, ...]) -> list[str]:
        return [f"<b>{e(catalogue(name).label(x.code, lang))}</b> — {e(pick((x.fr, x.en), lang))}" for x in items]

    def duration(x: Duration | None) -> str:
        return pick(duration_words(x.value, x.unit), lang) if x is not None else ""

    retention = []
    for x in t.retention:
        kept = pick((x.criterion_fr, x.criterion_en), lang) or " + ".join(
            d for d in (duration(x.active), duration(x.archive)) if d)
        start = catalogue(c.START_EVENTS).label(x.start_event, lang)
        since = QCoreApplication.translate("TemplateGallery", "from: {start}").format(start=start)
        retention.append(f"<b>{e(pick((x.fr, x.en), lang))}</b> — {e(kept)} ({e(since)})")
    measures = [e(catalogue(c.SECURITY_MEASURES).label(code, lang)) for code in t.measures.codes]
    purposes = [f"{e(pick((p.fr, p.en), lang))} — <i>{e(catalogue(c.LEGAL_BASES).label(p.legal_basis, lang))}</i>"
                for p in t.purposes]  # fmt: skip
    dpia = [e(pick((t.dpia.fr, t.dpia.en), lang))] if t.dpia else []
    placeholders = [e(pick((p.fr, p.en), lang)) for p in t.placeholders]
    sources = [_link(pack.references[key].cite(lang), pack.references[key].url) for key in t.sources()]
    titles = (
        QCoreApplication.translate("TemplateGallery", "Purposes and legal bases"),
        QCoreApplication.translate("TemplateGallery", "Data subjects"),
        QCoreApplication.translate("TemplateGallery", "Data categories"),
        QCoreApplication.translate("TemplateGallery", "Recipients"),
        QCoreApplication.translate("TemplateGallery", "Retention"),
        QCoreApplication.translate("TemplateGallery", "Typical measures (to declare)"),
        QCoreApplication.translate("TemplateGallery", "Impact assessment"),
        QCoreApplication.translate("TemplateGallery", "To complete after creating"),
        QCoreApplication.translate("TemplateGallery", "Sources"),
    )
    bodies = (purposes, coded(c.DATA_SUBJECTS, t.data_subjects), coded(c.DATA_CATEGORIES, t.data_categories),
              coded(c.RECIPIENTS, t.recipients), retention, measures, dpia, placeholders, sources)  # fmt: skip
    parts = [f"<h3>{e(t.name(lang))}</h3><p>{e(t.description(lang))}</p>",
             *(section(title, body) for title, body in zip(titles, bodies, strict=True))]  # fmt: skip
    return "".join(parts)


def _link(text: str, url: str) -> str:
    return f'<a href="{html.escape(url)}">{html.escape(text)}</a>' if url else html.escape(text)


def create_from_template(ctx: RegisterContext, parent: QWidget) -> str | None:
    """Open the gallery; on “Create”, draft the chosen template and open its editor. Returns the new uid."""
    gallery = TemplateGallery(parent)
    if gallery.exec() != QDialog.DialogCode.Accepted or (code := gallery.chosen()) is None:
        return None
    try:
        data = template_draft(ctx.register, code, lang=screen_labels.lang())
        text = QCoreApplication.translate("TemplateGallery", "Create “{name}” from a template").format(name=data.name)
        change = run_edit(ctx, create(ACTIVITIES, data), text)
    except UserError as exc:
        show_error(parent, exc)
        return None
    if change.uid is not None:
        editors.edit_activity(ctx, parent, change.uid)
    return change.uid
