"""For older callers: the import and publish dialogs live in their own modules now."""

from __future__ import annotations

from volmatch.gui.dialogs.files import failure_text
from volmatch.gui.dialogs.import_dialog import ImportDialog
from volmatch.gui.dialogs.publish_dialog import PublishDialog
from volmatch.gui.worker import ALL_CHANGED

__all__ = ["ALL_CHANGED", "ImportDialog", "PublishDialog", "failure_text"]
