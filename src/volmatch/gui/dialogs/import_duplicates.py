"""Rows of an import that look like listings already stored: skip or merge, row by row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SKIP = "skip"
MERGE = "merge"


class DuplicatesPanel(QWidget):
    """A table of possible duplicates (row, title in the file, the stored listing it resembles)
    with a skip/merge choice per row; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPanel")
        self.rows: list[int] = []
        self.choices: list[QComboBox] = []
        self.explain = QLabel(
            self.tr(
                "These rows look like listings already stored. For each, choose whether to "
                "skip it or merge it into the stored listing, then import again."
            )
        )
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("duplicatesTable")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Title in the file"), self.tr("Stored listing"), self.tr("Do")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.skip_all = QPushButton(self.tr("Skip all"))
        self.merge_all = QPushButton(self.tr("Merge all"))
        self.skip_all.clicked.connect(lambda: self.choose_all(SKIP))
        self.merge_all.clicked.connect(lambda: self.choose_all(MERGE))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_all)
        buttons.addWidget(self.merge_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_duplicates(self, duplicates) -> None:
        """List ``duplicates`` (importing.Duplicate), keeping choices already made per row."""
        before = self.decisions()
        self.rows = [d.row for d in duplicates]
        self.choices = []
        self.table.setRowCount(len(duplicates))
        for i, dup in enumerate(duplicates):
            stored = dup.existing_title
            details = ", ".join(
                x for x in (dup.existing_organization, *dup.existing_districts) if x
            )
            if details:
                stored += f" ({details})"
            for column, text in enumerate((str(dup.row), dup.title, stored)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, column, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What to do with row %1").replace("%1", str(dup.row)))
            combo.addItem(self.tr("Choose…"), "")
            combo.addItem(self.tr("Skip"), SKIP)
            combo.addItem(self.tr("Merge"), MERGE)
            combo.setCurrentIndex(max(0, combo.findData(before.get(dup.row, ""))))
            self.table.setCellWidget(i, 3, combo)
            self.choices.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        self.setVisible(bool(duplicates))

    def choose_all(self, decision: str) -> None:
        for combo in self.choices:
            combo.setCurrentIndex(combo.findData(decision))

    def decisions(self) -> dict[int, str]:
        """Spreadsheet row -> "skip" | "merge", for the rows decided so far."""
        return {
            row: combo.currentData()
            for row, combo in zip(self.rows, self.choices, strict=True)
            if combo.currentData()
        }

    def clear(self) -> None:
        self.rows, self.choices = [], []
        self.table.setRowCount(0)
        self.setVisible(False)
