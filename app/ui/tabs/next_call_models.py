"""Item models of the Next-call tab (Vorta style: named columns, translated headers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.queue import AttemptLine
from app.ui import labels, plain_text

COL_AT = 0
COL_SLOT = 1
COL_OUTCOME = 2
COL_AGENT = 3
COL_NOTES = 4
COLUMNS = 5

SortRole = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class AttemptsModel(QAbstractTableModel):
    """This case's earlier calls, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttemptLine] = []

    def set_attempts(self, attempts: Sequence[AttemptLine]) -> None:
        self.beginResetModel()
        self._rows = sorted(attempts, key=lambda a: a.at, reverse=True)
        self.endResetModel()

    def attempt(self, row: int) -> AttemptLine:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_AT: QCoreApplication.translate("AttemptsModel", "Wanneer"),
            COL_SLOT: QCoreApplication.translate("AttemptsModel", "Tijdvak"),
            COL_OUTCOME: QCoreApplication.translate("AttemptsModel", "Uitkomst"),
            COL_AGENT: QCoreApplication.translate("AttemptsModel", "Beller"),
            COL_NOTES: QCoreApplication.translate("AttemptsModel", "Notitie"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        attempt = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_AT:
                return labels.moment(attempt.at)
            if column == COL_SLOT:
                return labels.slot_label(attempt.slot)
            if column == COL_OUTCOME:
                if attempt.channel == "phone":
                    return labels.outcome_label(attempt.outcome)
                # A letter, visit or call-back: say which, so "Verstuurd" reads right.
                return f"{labels.channel_label(attempt.channel)}: " + labels.outcome_label(
                    attempt.outcome
                )
            if column == COL_AGENT:
                return attempt.agent_name
            if column == COL_NOTES:
                return (attempt.notes or "").replace("\n", " ")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTES:
            return plain_text.tooltip(attempt.notes) if attempt.notes else None
        if role == SortRole:
            if column == COL_AT:
                return attempt.at.timestamp()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
