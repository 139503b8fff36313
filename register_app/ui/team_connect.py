"""File ▸ Connect to a team register…: where the register's PostgreSQL database is (host, port,
database, user, TLS mode) and the password, kept in the system keyring when there is one
(services/credentials.py), never in the settings. The team registers connected to are listed, without
password, to be chosen again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from register_app.services.credentials import keyring_available, saved_password
from register_app.store.team import SSL_MODES, team_url, url_parts

DEFAULT_PORT = 5432


class TeamConnectDialog(QDialog):
    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team register"))
        self.recent = QComboBox()
        self.recent.addItem(self.tr("(a new one)"), "")
        for url in recent:
            self.recent.addItem(url, url)
        self.recent.currentIndexChanged.connect(self.on_recent_chosen)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.sslmode = QComboBox()
        texts = {"disable": self.tr("disable — no encryption"),
                 "allow": self.tr("allow — encrypted if the server asks"),
                 "prefer": self.tr("prefer — encrypted when the server can"),
                 "require": self.tr("require — always encrypted, server not verified"),
                 "verify-ca": self.tr("verify-ca — encrypted, server's certificate verified"),
                 "verify-full": self.tr("verify-full — encrypted, certificate and host name verified")}  # fmt: skip
        for mode in SSL_MODES:
            self.sslmode.addItem(texts[mode], mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.keyring = keyring_available()
        self.remember.setChecked(self.keyring)
        self.remember.setVisible(self.keyring)
        self.no_keyring = QLabel(self.tr("This computer has no system keyring: the password is asked each time, "
                                         "never kept."))  # fmt: skip
        self.no_keyring.setWordWrap(True)
        self.no_keyring.setVisible(not self.keyring)
        form = QFormLayout()
        if recent:
            form.addRow(self.tr("&Recent"), self.recent)
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&TLS mode"), self.sslmode)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.no_keyring)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.database, self.user):
            field.textChanged.connect(self.update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.update_ok()
        if recent:
            self.recent.setCurrentIndex(1)

    def update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.database.text().strip()))

    def on_recent_chosen(self, _index: int) -> None:
        url = self.recent.currentData()
        if not url:
            return
        parts = url_parts(url)
        self.host.setText(str(parts["host"]))
        self.port.setValue(int(parts["port"]))  # type: ignore[call-overload]
        self.database.setText(str(parts["database"]))
        self.user.setText(str(parts["user"]))
        if parts["sslmode"] in SSL_MODES:
            self.sslmode.setCurrentIndex(SSL_MODES.index(str(parts["sslmode"])))
        self.password.setText(saved_password(url) or "")

    def url(self, password: str = "") -> str:
        """The register's URL, without password unless one is given: what is remembered and shown."""
        return team_url(host=self.host.text().strip(), port=self.port.value(), database=self.database.text().strip(),
                        user=self.user.text().strip(), sslmode=str(self.sslmode.currentData()),
                        password=password)  # fmt: skip

    def url_with_password(self) -> str:
        """What to connect with: the password typed, else the one the keyring keeps for this register."""
        return self.url(self.password.text() or saved_password(self.url()) or "")
