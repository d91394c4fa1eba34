"""Help → User guide: a short walk through the daily tasks, in the interface language.

The pages are bundled HTML (``resources/guide/guide_<lang>.html``) shown in a
QTextBrowser; the contents links jump within the page. No network, no browser.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from volmatch.paths import resource

LANGUAGES = ("cs", "en", "uk")
FALLBACK = "en"


def guide_language(locale: QLocale | None = None) -> str:
    """The guide's language for the interface language (English when there is none)."""
    code = (locale or QLocale()).name().split("_")[0]
    return code if code in LANGUAGES else FALLBACK


def guide_html(lang: str) -> str:
    return resource("guide", f"guide_{lang}.html").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The user guide, non-modal, so it can stay open beside the main window."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.lang = lang or guide_language()
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(self.lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.lang != guide_language():
            self.lang = guide_language()
            self.browser.setHtml(guide_html(self.lang))
