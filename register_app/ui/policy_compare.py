"""Fichier ▸ Comparer avec la politique de confidentialité…: the DPO picks the policy, the comparison
(services.policy.comparison, the command line's compare-policy) runs in a worker thread, then the
differences are listed by side, both sides quoted; opening one opens the activity or subprocessor it
is about. The comparison then feeds the checks page, where its findings can be dismissed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from register_app.services.policy.compare import Finding, Side
from register_app.services.policy.comparison import Comparison, compare_policy, remember
from register_app.ui import editors, screen_labels
from register_app.ui.register_context import RegisterContext
from register_app.ui.widgets import fit_to_screen, hint
from register_app.ui.worker_dialog import WorkerDialog

FINDING = Qt.ItemDataRole.UserRole


class PolicyCompareDialog(WorkerDialog):
    def __init__(self, ctx: RegisterContext, folder: Path, parent: QWidget | None = None,
                 on_compared: Callable[[Comparison], None] = lambda _c: None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.folder, self.on_compared = ctx, folder, on_compared
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Compare with the privacy policy"))
        self.source = QLabel(self.tr("No policy chosen yet."))
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Choose the policy…"))
        choose.clicked.connect(self.choose)
        self.again = QPushButton(self.tr("Compare again"))
        self.again.setEnabled(False)
        self.again.clicked.connect(lambda: self.compare(self.comparison.policy) if self.comparison else None)
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(choose)
        top.addWidget(self.again)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Difference"), self.tr("The policy says"), self.tr("The register says")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemActivated.connect(self.open_item)
        self.open_button = QPushButton(self.tr("Open what it is about"))
        self.open_button.setEnabled(False)
        self.tree.currentItemChanged.connect(lambda *_a: self.open_button.setEnabled(self.target() is not None))
        self.open_button.clicked.connect(lambda: self.open_item(self.tree.currentItem()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr("What the policy states and the register does not record, what the register "
                                      "records and the policy does not disclose, and what they state differently. "
                                      "The differences also appear on the Compliance checks page.")))  # fmt: skip
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 620)

    def side_label(self, side: Side) -> str:
        return {
            Side.POLICY_ONLY: self.tr("The policy states it, the register does not record it"),
            Side.REGISTER_ONLY: self.tr("The register records it, the policy does not disclose it"),
            Side.DIFFERENT: self.tr("Both state it, differently"),
        }[side]

    def kind_label(self, kind: str) -> str:
        return {
            "purpose": self.tr("Purpose"), "subprocessor": self.tr("Subprocessor"), "recipient": self.tr("Recipient"),
            "transfer": self.tr("Transfer"), "retention": self.tr("Retention period"),
            "legal_basis": self.tr("Legal basis"), "measure": self.tr("Security measure"),
        }.get(kind, kind)  # fmt: skip

    def choose(self) -> None:
        kinds = self.tr("Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the privacy policy"), str(self.folder), kinds)
        if chosen:
            self.compare(Path(chosen))

    def compare(self, policy: Path) -> None:
        register, lang = self.ctx.register, screen_labels.lang()
        label = self.tr("Comparing the register with {policy}…").format(policy=policy.name)

        def job() -> Comparison:
            comparison = compare_policy(register, policy, lang)
            if not register.read_only:
                remember(register, comparison)  # its findings stay on the checks page across restarts
            return comparison

        self.run_job(job, label, self.show_comparison)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.again.setEnabled(True)
        count = len(comparison.findings)
        self.source.setText(self.tr("{policy}: %n difference(s).", "", count).format(policy=str(comparison.policy)))
        self.tree.clear()
        for side in Side:
            chosen = [f for f in comparison.findings if f.side is side]
            if not chosen:
                continue
            group = QTreeWidgetItem([f"{self.side_label(side)} ({len(chosen)})"])
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # (only once in the tree)
            for f in chosen:
                row = QTreeWidgetItem([f"{self.kind_label(f.kind)} — {f.subject}",
                                       f.policy_quote or self.tr("(says nothing of it)"),
                                       f.register_quote or self.tr("(nothing recorded)")])  # fmt: skip
                for column in range(3):
                    row.setToolTip(column, row.text(column))
                row.setData(0, FINDING, f)
                group.addChild(row)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 380)
        self.on_compared(comparison)

    def target(self) -> Finding | None:
        item = self.tree.currentItem()
        finding = item.data(0, FINDING) if item is not None else None
        return finding if isinstance(finding, Finding) and (finding.activity_uid or finding.subprocessor_uid) else None

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        finding = item.data(0, FINDING) if item is not None else None
        if not isinstance(finding, Finding):
            return
        if finding.activity_uid:
            editors.edit_activity(self.ctx, self, finding.activity_uid)
        elif finding.subprocessor_uid:
            editors.edit_subprocessor(self.ctx, self, finding.subprocessor_uid)
