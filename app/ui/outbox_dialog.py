"""What waits in this workstation's outbox: pending outcomes and ones the database refused.

A refused outcome is never dropped by itself (app/services/outbox.py); here the person sees the
reason and chooses to try it again or to remove it.
"""

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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.outbox import Outbox, OutboxItem, SubmitState
from app.ui import labels, plain_text
from app.ui.context import UiContext

COL_STATE = 0
COL_CASE = 1
COL_OUTCOME = 2
COL_AT = 3
COL_REASON = 4
COLUMNS = 5

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class OutboxModel(QAbstractTableModel):
    """The outbox's items, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxItem] = []

    def set_items(self, items: Sequence[OutboxItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> OutboxItem:
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
        return {
            COL_STATE: translate("OutboxModel", "Stand"),
            COL_CASE: translate("OutboxModel", "Zaak"),
            COL_OUTCOME: translate("OutboxModel", "Uitkomst"),
            COL_AT: translate("OutboxModel", "Gesprek"),
            COL_REASON: translate("OutboxModel", "Reden"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_STATE:
                if item.state is SubmitState.FAILED:
                    return translate("OutboxModel", "geweigerd")
                return translate("OutboxModel", "wacht op verbinding")
            if column == COL_CASE:
                return str(item.case_id)
            if column == COL_OUTCOME:
                return labels.outcome_label(item.entry.outcome)
            if column == COL_AT:
                return labels.moment(item.entry.at)
            if column == COL_REASON:
                return item.reason or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_REASON:
            return plain_text.tooltip(item.reason) if item.reason else None
        return None


def _load(outbox: Outbox) -> list[OutboxItem]:
    return outbox.pending_items() + outbox.failed_items()


class OutboxDialog(QDialog):
    """Lists the outbox; a refused item can be tried again or removed."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxDialog")
        self.ui = ui
        self.setWindowTitle(self.tr("Bewaarde uitkomsten"))
        self.resize(820, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Bewaarde uitkomsten"), self)
        title.setObjectName("DialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Uitkomsten die nog niet in de gedeelde database staan. Wachtende uitkomsten "
                "worden vanzelf verzonden; een geweigerde uitkomst blijft hier tot u hem opnieuw "
                "probeert of verwijdert."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("DialogIntro")
        layout.addWidget(intro)
        self.model = OutboxModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (COL_STATE, COL_CASE, COL_OUTCOME, COL_AT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(self)
        self.retry_button = QPushButton(self.tr("&Opnieuw proberen"), self)
        self.discard_button = QPushButton(self.tr("&Verwijderen…"), self)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(self.buttons)
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.clicked.connect(self.discard)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.refresh()

    @property
    def outbox(self) -> Outbox:
        outbox = self.ui.outbox
        assert isinstance(outbox, Outbox)
        return outbox

    def refresh(self) -> None:
        self.ui.worker.run(_load, self.outbox, on_done=self._show)

    def _show(self, items: list[OutboxItem]) -> None:
        self.model.set_items(items)
        self._update_buttons()

    def selected(self) -> OutboxItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        refused = item is not None and item.state is SubmitState.FAILED
        self.retry_button.setEnabled(refused)
        self.discard_button.setEnabled(refused)

    def retry(self) -> None:
        item = self.selected()
        if item is None:
            return
        outbox = self.outbox

        def retry_and_flush(seq: int) -> Any:
            outbox.retry_failed(seq)
            return outbox.flush(self.ui.app)

        self.ui.worker.run(retry_and_flush, item.seq, on_done=lambda _r: self._changed())

    def discard(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Uitkomst verwijderen"),
            self.tr(
                "De uitkomst '{0}' van zaak {1} wordt niet meer opgeslagen. Verwijderen?"
            ).format(labels.outcome_label(item.entry.outcome), item.case_id),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ui.worker.run(self.outbox.discard_failed, item.seq, on_done=lambda _r: self._changed())

    def _changed(self) -> None:
        self.ui.events.outbox_changed.emit(self.outbox.pending_count())
        self.refresh()
