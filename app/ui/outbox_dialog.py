"""What waits in this workstation's outbox: pending outcomes and ones the database refused.

A refused outcome is never dropped by itself (app/services/outbox.py); here the person sees the
reason and chooses to try it again or to remove it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
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
from app.ui import labels
from app.ui.context import UiContext
from app.ui.tabs.row_models import Column, RowTableModel

COL_STATE = 0
COL_CASE = 1
COL_OUTCOME = 2
COL_AT = 3
COL_REASON = 4

translate = QCoreApplication.translate


def _state(item: OutboxItem) -> str:
    if item.state is SubmitState.FAILED:
        return translate("OutboxModel", "geweigerd")
    return translate("OutboxModel", "wacht op verbinding")


class OutboxModel(RowTableModel[OutboxItem]):
    """The outbox's items, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[OutboxItem]] = [
            Column(lambda: translate("OutboxModel", "Stand"), _state),
            Column(lambda: translate("OutboxModel", "Zaak"), lambda i: str(i.case_id)),
            Column(
                lambda: translate("OutboxModel", "Uitkomst"),
                lambda i: labels.outcome_label(i.entry.outcome),
            ),
            Column(
                lambda: translate("OutboxModel", "Gesprek"),
                lambda i: labels.moment(i.entry.at),
            ),
            Column(
                lambda: translate("OutboxModel", "Reden"),
                lambda i: i.reason or "",
                tooltip=lambda i: i.reason or None,
            ),
        ]
        super().__init__(columns, key=lambda i: i.seq, parent=parent)

    def set_items(self, items: Sequence[OutboxItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> OutboxItem:
        return self.rows[row]


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
