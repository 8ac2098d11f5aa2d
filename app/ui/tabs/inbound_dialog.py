"""The agent's search for a resident who calls back (issue 14; app/services/inbound.py).

By the number they call from, by last name with postcode and house number, or by kenmerk or
case number. The hit list shows only what tells residents apart (initials and last name,
street and house number, wijk, status); the search and the opening run on the database
worker. Choosing a hit closes the dialog with `chosen_case_id`; the Next-call tab opens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import inbound
from app.services.inbound import CaseHit, SearchResult
from app.ui.tabs.row_models import Column, RowTableModel


def status_text(hit: CaseHit) -> str:
    """The case's status as an agent needs it on the phone."""
    if hit.status == "open":
        return QCoreApplication.translate("InboundDialog", "loopt")
    if hit.status == "handed_off":
        return QCoreApplication.translate("InboundDialog", "bij de budgetcoach")
    if hit.close_reason in ("not_reached", "no_valid_number"):
        return QCoreApplication.translate("InboundDialog", "afgesloten, niet bereikt")
    return QCoreApplication.translate("InboundDialog", "afgesloten na gesprek")


class InboundDialog(QDialog):
    """Find the caller's case; `accept()` with `chosen_case_id` set when a hit is opened."""

    def __init__(self, ui: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.chosen_case_id: int | None = None
        self.setObjectName("InboundDialog")
        self.setWindowTitle(self.tr("Inwoner belt terug"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Inwoner belt terug"), self)
        title.setObjectName("DialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Zoek de zaak op het nummer waarmee de bewoner belt, op achternaam met postcode "
                "en huisnummer, of op kenmerk of zaaknummer."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("DialogIntro")
        layout.addWidget(intro)

        form = QFormLayout()
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("InboundPhone")
        self.phone_edit.setPlaceholderText(self.tr("bijv. 06 12345678"))
        form.addRow(self.tr("&Telefoonnummer"), self.phone_edit)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("InboundName")
        form.addRow(self.tr("&Achternaam"), self.name_edit)
        self.postcode_edit = QLineEdit(self)
        self.postcode_edit.setObjectName("InboundPostcode")
        self.postcode_edit.setPlaceholderText(self.tr("bijv. 2031 AB"))
        form.addRow(self.tr("&Postcode"), self.postcode_edit)
        self.house_edit = QLineEdit(self)
        self.house_edit.setObjectName("InboundHouseNumber")
        form.addRow(self.tr("&Huisnummer"), self.house_edit)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("InboundReference")
        form.addRow(self.tr("&Kenmerk of zaaknummer"), self.reference_edit)
        layout.addLayout(form)

        self.search_button = QPushButton(self.tr("&Zoeken"), self)
        self.search_button.setObjectName("InboundSearchButton")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        layout.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignRight)

        self.message = QLabel("", self)
        self.message.setObjectName("Notice")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.model: RowTableModel[CaseHit] = RowTableModel(
            [
                Column(lambda: self.tr("Naam"), lambda h: h.name),
                Column(lambda: self.tr("Adres"), lambda h: h.address),
                Column(lambda: self.tr("Wijk"), lambda h: h.wijk),
                Column(lambda: self.tr("Zaak"), lambda h: str(h.case_id), align_right=True),
                Column(lambda: self.tr("Status"), status_text),
            ],
            key=lambda h: h.case_id,
            parent=self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("InboundHits")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.setMinimumHeight(180)
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Zaak &openen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("InboundOpenButton")
        self.open_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self.selected() is not None)
        )

    def selected(self) -> CaseHit | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def search(self) -> None:
        self.search_button.setEnabled(False)
        self._say(self.tr("Zoeken…"), "info")
        self.ui.worker.run(
            inbound.find_cases,
            self.ui.app,
            phone=self.phone_edit.text(),
            last_name=self.name_edit.text(),
            postcode=self.postcode_edit.text(),
            house_number=self.house_edit.text(),
            reference=self.reference_edit.text(),
            on_done=self._found,
            on_error=self._failed,
            owner=self,
        )

    def _found(self, result: SearchResult) -> None:
        self.search_button.setEnabled(True)
        self.model.set_rows(list(result.hits))
        if not result.hits:
            self._say(self.tr("Geen zaak gevonden. Vraag naar een ander gegeven."), "info")
        elif result.truncated:
            self._say(
                self.tr(
                    "Meer dan {0} zaken gevonden; alleen de eerste {0} staan hier. Zoek "
                    "nauwkeuriger."
                ).format(inbound.MAX_HITS),
                "info",
            )
        else:
            self._say("", "info")
        if len(result.hits) == 1:
            self.view.selectRow(0)

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.model.set_rows([])
        self._say(sentence, "error")

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.setVisible(bool(text))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def open_selected(self) -> None:
        hit = self.selected()
        if hit is None:
            return
        self.chosen_case_id = hit.case_id
        self.accept()
