"""Put every text on screen into a newly chosen interface language, without a restart.

Widgets set their texts once, with ``tr()``, when they are built. After a switch
each text shown is looked up in the catalogues of every shipped language (the
.ts files): the message it was made from is translated again. Texts filled in
from a template ("Database: %1", "%n volunteer(s)") are recognised by the
template's fixed parts and filled again with the same values. Anything else
(data, names, what a person typed) is left as it is; widgets whose content is
worded from data (tables, match reasons) reload it on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

_ARG = re.compile(r"%(n|\d)")
_TAG = re.compile(r"(<[^<>]+>)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool


@dataclass(frozen=True)
class Template:
    message: Message
    prefix: str  # the fixed text before the first placeholder, for a quick test
    pattern: re.Pattern[str]
    args: tuple[str, ...]  # placeholder names in the order they appear ("n", "1", ...)


class Catalogue:
    """Every shipped translation of every message, indexed by its text."""

    def __init__(self, paths) -> None:
        self.exact: dict[str, list[Message]] = {}
        templates: dict[tuple[str, Message], Template] = {}
        for path in paths:
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for node in context.iter("message"):
                    message = Message(
                        name,
                        node.findtext("source") or "",
                        node.findtext("comment") or "",
                        node.get("numerus") == "yes",
                    )
                    translation = node.find("translation")
                    texts = [message.source]
                    if translation is not None:
                        texts += [f.text or "" for f in translation.iter("numerusform")]
                        texts.append(translation.text or "")
                    for text in {t for t in texts if t.strip()}:
                        if _ARG.search(text):
                            templates.setdefault((text, message), _template(text, message))
                        else:
                            self.exact.setdefault(text, []).append(message)
        # The most specific first: more fixed text means fewer false matches.
        self.templates = sorted(
            templates.values(), key=lambda t: -len(_ARG.sub("", t.pattern.pattern))
        )

    def retranslate(self, text: str, contexts: tuple[str, ...] = ()) -> str:
        """``text`` in the current language if it is one of our messages, else unchanged."""
        if not text or not text.strip():
            return text
        if _TAG.search(text) and text not in self.exact:
            # Rich text ("<b>%1</b>" filled with a title): the words between the tags.
            parts = _TAG.split(text)
            return "".join(p if _TAG.fullmatch(p) else self.retranslate(p, contexts) for p in parts)
        found = self.exact.get(text)
        if found:
            return _translate(_pick(found, contexts))
        for template in self.templates:
            if not text.startswith(template.prefix):
                continue
            match = template.pattern.fullmatch(text)
            if match is None:
                continue
            values = dict(zip(template.args, match.groups(), strict=True))
            message = template.message
            n = int(values["n"]) if "n" in values and values["n"].isdigit() else -1
            out = _translate(message, n)
            for name, value in values.items():
                if name != "n":
                    out = out.replace(f"%{name}", self.retranslate(value, contexts))
            return out
        return text


def _template(text: str, message: Message) -> Template:
    parts = _ARG.split(text)  # literal, name, literal, name, ...
    args = tuple(parts[1::2])
    regex = "".join(
        re.escape(p) if i % 2 == 0 else (r"(\d+)" if p == "n" else "(.+?)")
        for i, p in enumerate(parts)
    )
    return Template(message, parts[0], re.compile(regex, re.DOTALL), args)


def _pick(found: list[Message], contexts: tuple[str, ...]) -> Message:
    for context in contexts:
        for message in found:
            if message.context == context:
                return message
    return found[0]


def _translate(message: Message, n: int = -1) -> str:
    return QCoreApplication.translate(message.context, message.source, message.comment or None, n)


@cache
def catalogue() -> Catalogue:
    from volmatch.gui.i18n import translations_dir

    return Catalogue(sorted(translations_dir().glob("volmatch_*.ts")))


def _contexts(widget: QObject) -> tuple[str, ...]:
    """Class names from the widget up to its window: the likely tr() contexts of its texts."""
    names: list[str] = []
    node: QObject | None = widget
    while node is not None:
        names += [c.__name__ for c in type(node).__mro__]
        node = node.parent()
    return tuple(names)


def retranslate_widget(widget: QWidget, cat: Catalogue | None = None) -> None:
    """The widget's own texts (not its children's) in the current language."""
    cat = cat or catalogue()
    ctx = _contexts(widget)

    def again(getter, setter) -> None:
        old = getter()
        new = cat.retranslate(old, ctx)
        if new != old:
            setter(new)

    if widget.isWindow():
        again(widget.windowTitle, widget.setWindowTitle)
    again(widget.toolTip, widget.setToolTip)
    again(widget.statusTip, widget.setStatusTip)
    again(widget.whatsThis, widget.setWhatsThis)
    again(widget.accessibleName, widget.setAccessibleName)
    again(widget.accessibleDescription, widget.setAccessibleDescription)
    if isinstance(widget, QLabel | QAbstractButton):
        again(widget.text, widget.setText)
    elif isinstance(widget, QGroupBox):
        again(widget.title, widget.setTitle)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        again(widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            again(lambda i=i: widget.tabText(i), lambda t, i=i: widget.setTabText(i, t))
            again(lambda i=i: widget.tabToolTip(i), lambda t, i=i: widget.setTabToolTip(i, t))
    elif isinstance(widget, QComboBox):
        first_show = QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
        if widget.sizeAdjustPolicy() == first_show and not widget.isEditable():
            # Sized once for the old words: fit the new ones ("запропоновано").
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for i in range(widget.count()):
            again(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t))
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            again(item.text, item.setText)
            again(item.toolTip, item.setToolTip)
    elif isinstance(widget, QTreeWidget):
        _retranslate_tree_items(widget, cat, ctx)
    elif isinstance(widget, QTableWidget):
        _retranslate_table_items(widget, cat, ctx)
    if isinstance(widget, QAbstractItemView):
        _retranslate_headers(widget, cat, ctx)
    actions = {id(a): a for a in widget.actions()}
    actions.update({id(a): a for a in widget.findChildren(QAction)})
    for action in actions.values():
        again(action.text, action.setText)
        again(action.iconText, action.setIconText)
        again(action.toolTip, action.setToolTip)
        again(action.statusTip, action.setStatusTip)


def _retranslate_tree_items(tree: QTreeWidget, cat: Catalogue, ctx: tuple[str, ...]) -> None:
    header = tree.headerItem()
    items = [header]
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items.append(item)
        stack += [item.child(i) for i in range(item.childCount())]
    for item in items:
        for column in range(item.columnCount()):
            text = item.text(column)
            new = cat.retranslate(text, ctx)
            if new != text:
                item.setText(column, new)


def _retranslate_table_items(table: QTableWidget, cat: Catalogue, ctx: tuple[str, ...]) -> None:
    items = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    items += [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    for item in items:
        if item is not None:
            text = item.text()
            new = cat.retranslate(text, ctx)
            if new != text:
                item.setText(new)


def _retranslate_headers(view: QAbstractItemView, cat: Catalogue, ctx: tuple[str, ...]) -> None:
    """Models that keep their column titles in a list (``headers``/``_headers``)."""
    model = view.model()
    seen = set()
    while model is not None and id(model) not in seen:
        seen.add(id(model))
        if hasattr(model, "retranslate"):
            model.retranslate()
        else:
            for name in ("_headers", "headers"):
                headers = getattr(model, name, None)
                if isinstance(headers, list) and all(isinstance(h, str) for h in headers):
                    new = [cat.retranslate(h, (type(model).__name__, *ctx)) for h in headers]
                    if new != headers:
                        headers[:] = new
                        model.headerDataChanged.emit(
                            Qt.Orientation.Horizontal,
                            0,
                            len(headers) - 1,
                        )
        model = getattr(model, "sourceModel", lambda: None)()


def retranslate_all() -> None:
    """Every widget of the application, every window and dialog open."""
    cat = catalogue()
    for widget in QApplication.allWidgets():
        retranslate_widget(widget, cat)
