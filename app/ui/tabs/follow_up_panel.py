"""The team lead's follow-up after the plan (issue 14; app/services/follow_up.py).

The list of residents the plan did not reach, per channel; letters and cards printed into one
PDF (and, when the team lead confirms, recorded as sent — once); the home-visit list per wijk
as Excel or PDF; a visit's result recorded for the selected resident. Every call runs on the
database worker; the list shows no BSN.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Channel, Outcome
from app.services import follow_up
from app.services.context import AppContext
from app.services.follow_up import FollowUpItem
from app.ui import labels
from app.ui.tabs.row_models import Column, RowTableModel

#: lupdate picks up translate("Context", "text") calls with literal arguments.
translate = QCoreApplication.translate

# --- work on the database thread --------------------------------------------------------


def print_letters(ctx: AppContext, channel: Channel, path: str) -> list[int]:
    """Write the letters (or cards) still to send into `path`; the case ids printed."""
    from app.ui.letters_pdf import write_letters_pdf

    batch = follow_up.letters(ctx, channel)
    if batch:
        write_letters_pdf(batch, path, cards=channel is Channel.CARD)
    return [letter.case_id for letter in batch]


def export_visits(ctx: AppContext, fmt: str, path: str) -> int:
    items = follow_up.follow_up_list(ctx, Channel.HOME_VISIT, unsent_only=True)
    if fmt == "xlsx":
        follow_up.write_xlsx(items, Path(path))
    elif items:
        from app.clock import AMSTERDAM
        from app.services.reporting import dutch_date
        from app.ui.letters_pdf import write_visit_list_pdf

        today = dutch_date(ctx.clock.now().astimezone(AMSTERDAM).date())
        write_visit_list_pdf(items, path, today=today)
    return len(items)


#: the visit results offered, in the wijkteam's words.
def visit_choices() -> list[tuple[str, str]]:
    return [
        ("not_at_home", translate("FollowUp", "Niet thuis")),
        ("card_left", translate("FollowUp", "Kaartje achtergelaten")),
        ("moved_away", translate("FollowUp", "Verhuisd")),
        ("refused", translate("FollowUp", "Weigert (hulp afgewezen)")),
        (Outcome.REACHED_NO_HELP_NEEDED.value, translate("FollowUp", "Gesproken, geen hulpvraag")),
        (Outcome.ALREADY_IN_DEBT_HELP.value, translate("FollowUp", "Gesproken, al in schuldhulp")),
        (
            Outcome.REACHED_HELP_ACCEPTED.value,
            translate("FollowUp", "Gesproken, hulp geaccepteerd"),
        ),
    ]


class VisitDialog(QDialog):
    def __init__(self, item: FollowUpItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VisitDialog")
        self.setWindowTitle(self.tr("Huisbezoek vastleggen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{item.name} · {item.address} · {item.wijk}", self))
        form = QFormLayout()
        self.result_box = QComboBox(self)
        for code, text in visit_choices():
            self.result_box.addItem(text, code)
        form.addRow(self.tr("&Resultaat"), self.result_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return str(self.result_box.currentData())


class FollowUpPanel(QWidget):
    """Letters, cards and home visits for residents the plan did not reach."""

    list_shown = Signal(int)
    action_finished = Signal(str)

    def __init__(self, ui: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("FollowUpPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("Alle kanalen"), None)
        for channel in follow_up.FOLLOW_UP_CHANNELS:
            self.channel.addItem(labels.channel_label(channel), channel.value)
        self.channel.currentIndexChanged.connect(lambda _i: self.load())
        bar.addWidget(QLabel(self.tr("Kanaal"), self))
        bar.addWidget(self.channel)
        refresh = QPushButton(self.tr("&Vernieuwen"), self)
        refresh.clicked.connect(self.load)
        bar.addWidget(refresh)
        bar.addStretch(1)
        self.letters_button = QPushButton(self.tr("Brieven afdrukken…"), self)
        self.letters_button.clicked.connect(lambda: self.print_batch(Channel.LETTER))
        self.cards_button = QPushButton(self.tr("Kaartjes afdrukken…"), self)
        self.cards_button.clicked.connect(lambda: self.print_batch(Channel.CARD))
        self.visits_xlsx = QPushButton(self.tr("Bezoeklijst Excel…"), self)
        self.visits_xlsx.clicked.connect(lambda: self.export_visit_list("xlsx"))
        self.visits_pdf = QPushButton(self.tr("Bezoeklijst PDF…"), self)
        self.visits_pdf.clicked.connect(lambda: self.export_visit_list("pdf"))
        self.visit_button = QPushButton(self.tr("Bezoekresultaat…"), self)
        self.visit_button.clicked.connect(self.record_visit)
        for button in (
            self.letters_button,
            self.cards_button,
            self.visits_xlsx,
            self.visits_pdf,
            self.visit_button,
        ):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.message = QLabel(self.tr("Bewoners die het belplan niet bereikte."), self)
        self.message.setObjectName("Notice")
        self.message.setProperty("kind", "info")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.model: RowTableModel[FollowUpItem] = RowTableModel(
            [
                Column(lambda: self.tr("Naam"), lambda i: i.name),
                Column(lambda: self.tr("Adres"), lambda i: i.address),
                Column(lambda: self.tr("Postcode"), lambda i: i.postcode),
                Column(lambda: self.tr("Wijk"), lambda i: i.wijk),
                Column(lambda: self.tr("Kenmerk"), lambda i: i.reference),
                Column(lambda: self.tr("Kanaal"), lambda i: labels.channel_label(i.channel)),
                Column(
                    lambda: self.tr("Verstuurd"),
                    lambda i: i.sent_on.strftime("%d-%m-%Y") if i.sent_on else "",
                ),
                Column(
                    lambda: self.tr("Laatste bezoek"),
                    lambda i: labels.outcome_label(i.last_visit) if i.last_visit else "",
                ),
            ],
            key=lambda i: i.case_id,
            parent=self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("FollowUpView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)

    # --- the list ---------------------------------------------------------------------

    def selected_channel(self) -> Channel | None:
        data = self.channel.currentData()
        return Channel(data) if data else None

    def load(self) -> None:
        self.ui.worker.run(
            follow_up.follow_up_list,
            self.ui.app,
            self.selected_channel(),
            on_done=self._shown,
            on_error=self._failed,
            owner=self,
        )

    def _shown(self, items: list[FollowUpItem]) -> None:
        self.model.set_rows(items)
        self._say(self.tr("{0} bewoners op de vervolglijst.").format(len(items)), "info")
        self.list_shown.emit(len(items))

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self._say(sentence, "error")

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # --- letters and cards --------------------------------------------------------------

    def print_batch(self, channel: Channel, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Opslaan als PDF"), "", self.tr("PDF (*.pdf)")
            )
            if not path:
                return
        self.ui.worker.run(
            print_letters,
            self.ui.app,
            channel,
            path,
            on_done=lambda ids: self._printed(channel, path, ids),
            on_error=self._failed,
            owner=self,
        )

    def _printed(self, channel: Channel, path: str, case_ids: list[int]) -> None:
        if not case_ids:
            self._say(self.tr("Er is niets meer te versturen."), "info")
            self.action_finished.emit("")
            return
        answer = QMessageBox.question(
            self,
            self.tr("Als verstuurd vastleggen?"),
            self.tr(
                "{0} stuks staan in {1}. Zijn ze afgedrukt en gaan ze op de post? Dan worden "
                "ze als verstuurd vastgelegd (eenmaal per bewoner)."
            ).format(len(case_ids), path),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._say(self.tr("Afgedrukt, niet als verstuurd vastgelegd."), "info")
            self.action_finished.emit(path)
            return
        self.ui.worker.run(
            follow_up.mark_sent,
            self.ui.app,
            channel,
            case_ids,
            on_done=lambda n: self._marked(path, n),
            on_error=self._failed,
            owner=self,
        )

    def _marked(self, path: str, recorded: int) -> None:
        self._say(self.tr("{0} als verstuurd vastgelegd.").format(recorded), "ok")
        self.load()
        self.action_finished.emit(path)

    # --- home visits --------------------------------------------------------------------

    def export_visit_list(self, fmt: str, path: str | None = None) -> None:
        if path is None:
            pattern = self.tr("Excel (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Bezoeklijst opslaan"), "", pattern
            )
            if not path:
                return
        self.ui.worker.run(
            export_visits,
            self.ui.app,
            fmt,
            path,
            on_done=lambda n: self._exported(path, n),
            on_error=self._failed,
            owner=self,
        )

    def _exported(self, path: str, count: int) -> None:
        self._say(self.tr("Bezoeklijst met {0} adressen opgeslagen.").format(count), "ok")
        self.action_finished.emit(path)

    def record_visit(self, result: str | None = None) -> None:
        rows = self.view.selectionModel().selectedRows()
        item = self.model.row_at(rows[0].row()) if rows else None
        if item is None:
            self._say(self.tr("Kies eerst een bewoner in de lijst."), "error")
            return
        if result is None:
            dialog = VisitDialog(item, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            result = dialog.value()
        help_types: tuple[Any, ...] = ()
        if result == Outcome.REACHED_HELP_ACCEPTED.value:
            from app.ui.tabs.next_call_dialogs import HelpRequestDialog

            help_dialog = HelpRequestDialog(self)
            if help_dialog.exec() != QDialog.DialogCode.Accepted:
                return
            help_types = tuple(help_dialog.value().help_types)
        self.ui.worker.run(
            follow_up.record_visit,
            self.ui.app,
            item.case_id,
            result,
            help_types=help_types,
            on_done=lambda _status: self._visited(),
            on_error=self._failed,
            owner=self,
        )

    def _visited(self) -> None:
        self._say(self.tr("Huisbezoek vastgelegd."), "ok")
        self.load()
        self.action_finished.emit("")
