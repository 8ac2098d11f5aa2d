"""A small table model over a list of frozen rows, with named columns (Vorta's table models).

Each column says how to show a row: its header (translated when asked), its display text, and
optionally a sort key, a tooltip, a foreground and a background. `RowTableModel.set_rows`
replaces the rows in place when the keys stay the same (no reset, so the selection and the
scroll position survive a refresh: no flicker), and resets only when the set of rows changed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.ui import plain_text

T = TypeVar("T")

#: The palette of the style sheet (app/resources/style.qss), for cell colours.
INK = QColor("#1d2b36")
MUTED = QColor("#5b6b78")
GOOD = QColor("#2f7d57")
WARN = QColor("#a86a00")
BAD = QColor("#b23b3b")
BAD_BG = QColor("#fbeaea")
WARN_BG = QColor("#fff4d6")
GOOD_BG = QColor("#eaf5ef")

SortRole = Qt.ItemDataRole.UserRole
RowRole = Qt.ItemDataRole.UserRole + 1

_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: Callable[[], str]
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], QColor | None] | None = None
    background: Callable[[T], QColor | None] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[T] = []

    # --- data -------------------------------------------------------------------------

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_key(self, key: Hashable) -> int:
        for i, item in enumerate(self._rows):
            if self._key(item) == key:
                return i
        return -1

    def set_rows(self, rows: Sequence[T]) -> None:
        new = list(rows)
        if [self._key(r) for r in new] == [self._key(r) for r in self._rows]:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
            self._rows = new
            if changed and self._columns:
                self.dataChanged.emit(
                    self.index(min(changed), 0),
                    self.index(max(changed), len(self._columns) - 1),
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == SortRole:
            return column.sort(item) if column.sort else column.text(item)
        if role == RowRole:
            return item
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            tip = column.tooltip(item)
            return plain_text.tooltip(tip) if isinstance(tip, str) else tip
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            color = column.foreground(item)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            color = column.background(item)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header()
        return None
