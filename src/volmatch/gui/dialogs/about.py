"""The About dialog: version, licences, and where the data and settings live."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from volmatch import __version__
from volmatch.gui.context import AppContext
from volmatch.paths import config_dir, data_dir


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About volmatch"))
        database = ctx.backend.display_url if ctx.backend is not None else self.tr("none")
        text = "".join(
            [
                f"<h3>volmatch {escape(__version__)}</h3>",
                "<p>",
                self.tr(
                    "Volunteering opportunities for foreigners in Prague: keep listings, "
                    "match volunteers, publish to the city website."
                ),
                "</p>",
                "<p>",
                self.tr("Licence: GNU GPL version 3 or later."),
                " ",
                self.tr(
                    "Built with Qt for Python (PySide6 %1), licensed under the GNU LGPL version 3."
                ).replace("%1", pyside_version),
                "</p>",
                "<p><b>",
                self.tr("Database:"),
                "</b> ",
                escape(database),
                "<br>",
                "<b>",
                self.tr("Data folder:"),
                "</b> ",
                escape(str(data_dir())),
                "<br>",
                "<b>",
                self.tr("Settings:"),
                "</b> ",
                escape(str(config_dir() / "volmatch.ini")),
                "</p>",
                "<p>",
                self.tr(
                    "Volunteer profiles are personal data: they stay in this database "
                    "and are never published."
                ),
                "</p>",
            ]
        )
        label = QLabel(text)
        label.setObjectName("aboutText")
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(520, 320)
