"""The line under a search box that finds nothing: "Did you mean doučování?" as links.

The words of the list are gathered off the GUI thread the first time a search
finds nothing (and again after the rows change); the spelling suggestions come from
the core (:mod:`volmatch.search_hints`) and are offered only when they find rows.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from volmatch.text import fold


class DidYouMean(QLabel):
    """Hidden until a search finds nothing; a click on a suggestion emits ``picked``."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("didYouMean")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setWordWrap(True)
        self.linkActivated.connect(self.picked.emit)
        self.suggestions: list[str] = []
        self._model = None
        self._vocabulary = None
        self._vocabulary_of = None  # the TableData the words were gathered from
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # typing on: wait for a pause
        self._timer.timeout.connect(self._suggest)
        self.hide()

    def update_for(self, model, query: str) -> None:
        """After every search: hide, or (when nothing is shown) look for spellings."""
        self._model, self._query = model, query
        if model.rowCount() or not fold(query) or not len(model.data_):
            self._timer.stop()
            self.suggestions = []
            self.hide()
            return
        self._timer.start()

    def _suggest(self) -> None:
        if self._model is None or not shiboken6.isValid(self._model):
            return
        table = self._model.data_
        if table is None or not table.searchable:
            return
        if self._vocabulary_of is not table:
            from volmatch.gui.worker import run_operation
            from volmatch.search_hints import Vocabulary

            texts = [c for row in table.rows for c in row if isinstance(c, str)]

            def done(vocabulary) -> None:
                if not shiboken6.isValid(self):
                    return  # the page closed while the words were gathered
                self._vocabulary, self._vocabulary_of = vocabulary, table
                self._suggest()

            run_operation(None, lambda p: Vocabulary.from_texts(texts), done)
            return
        folded = table.folded
        found = lambda text: any(text in f for f in folded)  # noqa: E731
        self.suggestions = self._vocabulary.suggest(self._query, found)
        self._show()

    def _show(self) -> None:
        query = html.escape(self._query)
        if not self.suggestions:
            self.setText(self.tr("Nothing found for “%1”.").replace("%1", query))
        else:
            links = self.tr(" or ").join(
                f'<a href="{html.escape(s, quote=True)}">{html.escape(s)}</a>'
                for s in self.suggestions
            )
            #: %1 is what was searched for, %2 one or more clickable corrected spellings.
            self.setText(
                self.tr("Nothing found for “%1”. Did you mean %2?")
                .replace("%1", query)
                .replace("%2", links)
            )
        self.setAccessibleName(self.text())
        self.show()
