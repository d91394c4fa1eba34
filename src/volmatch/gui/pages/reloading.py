"""A page drawn from all records at once (Overview, Placements): after any change it
reloads at once when shown, else the next time it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from volmatch.gui.context import AppContext
from volmatch.gui.worker import ChangeSet


class ReloadingPage(QWidget):
    def __init__(self, ctx: AppContext, name: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(name)
        self._stale = True

    def refresh(self, changes: ChangeSet) -> None:
        if changes.opportunities or changes.volunteers or changes.placements or changes.database:
            self._stale = True
            if self.isVisible():
                self.reload()

    def activated(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read what the page shows again (in the background: a person's request, such as a
        match, goes first); clears the stale mark."""
        raise NotImplementedError
