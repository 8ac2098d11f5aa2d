"""Item models of the Next-call tab (Vorta style: named columns, translated headers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.queue import AttemptLine
from app.ui import labels
from app.ui.tabs.row_models import Column, RowTableModel

COL_AT = 0
COL_SLOT = 1
COL_OUTCOME = 2
COL_AGENT = 3
COL_NOTES = 4


def _columns() -> list[Column[AttemptLine]]:
    return [
        Column(
            lambda: QCoreApplication.translate("AttemptsModel", "Wanneer"),
            lambda a: labels.moment(a.at),
            sort=lambda a: a.at.timestamp(),
        ),
        Column(
            lambda: QCoreApplication.translate("AttemptsModel", "Tijdvak"),
            lambda a: labels.slot_label(a.slot),
        ),
        Column(
            lambda: QCoreApplication.translate("AttemptsModel", "Uitkomst"),
            lambda a: labels.outcome_label(a.outcome),
        ),
        Column(
            lambda: QCoreApplication.translate("AttemptsModel", "Beller"),
            lambda a: a.agent_name,
        ),
        Column(
            lambda: QCoreApplication.translate("AttemptsModel", "Notitie"),
            lambda a: (a.notes or "").replace("\n", " "),
            tooltip=lambda a: a.notes or None,
        ),
    ]


class AttemptsModel(RowTableModel[AttemptLine]):
    """This case's earlier calls, newest first."""

    def __init__(self, parent: Any = None) -> None:
        # An attempt line has no id of its own; the frozen line itself is the key.
        super().__init__(_columns(), key=lambda a: a, parent=parent)

    def set_attempts(self, attempts: Sequence[AttemptLine]) -> None:
        self.set_rows(sorted(attempts, key=lambda a: a.at, reverse=True))

    def attempt(self, row: int) -> AttemptLine:
        return self.rows[row]
