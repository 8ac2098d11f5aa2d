"""The budget coaches' workplace: **Overdrachten** (handed-off cases).

Left the list (urgent first, then oldest) with the local target and the legal deadline for the
first conversation; right the chosen case's full details and the coach's actions: take or give
back, record a contact attempt, the help offered, and close. Everything goes through
app/services/handoff.py on the database worker; opening a case's details is audited there.
The list refreshes itself when the shared change token moves (every few seconds, cheap).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import AMSTERDAM
from app.models.enums import CloseReason, HelpType, Role
from app.services import handoff, monitor
from app.services.handoff import DeadlineState, HandoffDetails, HandoffRow
from app.ui import labels, plain_text
from app.ui.context import UiContext
from app.ui.tabs.row_models import (
    BAD,
    BAD_BG,
    GOOD,
    MUTED,
    WARN,
    WARN_BG,
    Column,
    RowTableModel,
)

log = logging.getLogger("vroegbel.ui.handoff")

REFRESH_MS = 5000

COL_URGENT, COL_NAME, COL_WIJK, COL_HANDED, COL_TARGET, COL_LEGAL, COL_COACH = range(7)


def _date(value: Any) -> str:
    return value.strftime("%d-%m-%Y") if value is not None else ""


class HandoffTab(QWidget):
    """The Overdrachten tab (coaches)."""

    #: the list was (re)loaded
    list_loaded = Signal()
    #: the details of a handoff were shown (handoff id)
    details_loaded = Signal(int)
    #: an action finished (name of the action)
    action_done = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("HandoffTab")
        self._token: Any = None
        self._details: HandoffDetails | None = None
        self._busy = False
        self._closed = False
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        self.reload()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        self.notice = QLabel(self)
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)

        top = QHBoxLayout()
        title = QLabel(self.tr("Overdrachten aan de budgetcoaches"), self)
        title.setObjectName("CardName")
        top.addWidget(title)
        top.addStretch(1)
        self.mine_box = QCheckBox(self.tr("Alleen mijn zaken"), self)
        self.closed_box = QCheckBox(self.tr("Ook afgesloten"), self)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"), self)
        for w in (self.mine_box, self.closed_box, self.refresh_button):
            top.addWidget(w)
        self.mine_box.toggled.connect(self.reload)
        self.closed_box.toggled.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        outer.addLayout(top)

        self.summary = QLabel(self)
        self.summary.setObjectName("Muted")
        outer.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter, 1)

        self.model: RowTableModel[HandoffRow] = RowTableModel(
            self._columns(), key=lambda r: r.handoff_id, parent=self
        )
        self.table = QTableView(splitter)
        self.table.setObjectName("HandoffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_COACH, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)

        # Right: the resident's details scroll; the coach's controls (take, contact, help,
        # close) stay below them, always in view — at 1366x768 too.
        self.side = QWidget(splitter)
        self.side.setMinimumWidth(430)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(8)
        self.detail_scroll = QScrollArea(self.side)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel = QWidget(self.detail_scroll)
        self.detail_scroll.setWidget(self.panel)
        side.addWidget(self.detail_scroll, 1)
        self._build_panel()
        side.addWidget(self.action_card, 0)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 460])

        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(self.reload)

    def _columns(self) -> list[Column[HandoffRow]]:

        def state_bg(state: Callable[[HandoffRow], DeadlineState]) -> Callable[[HandoffRow], Any]:
            def pick(r: HandoffRow) -> QColor | None:
                s = state(r)
                if not r.is_open:
                    return None
                if s is DeadlineState.OVERDUE:
                    return BAD_BG
                if s is DeadlineState.DUE_TODAY:
                    return WARN_BG
                return None

            return pick

        def state_fg(state: Callable[[HandoffRow], DeadlineState]) -> Callable[[HandoffRow], Any]:
            def pick(r: HandoffRow) -> QColor | None:
                s = state(r)
                if s is DeadlineState.OVERDUE or s is DeadlineState.MET_LATE:
                    return BAD
                if s is DeadlineState.DUE_TODAY:
                    return WARN
                if s is DeadlineState.MET:
                    return GOOD
                return None

            return pick

        return [
            Column(
                lambda: self.tr("Spoed"),
                lambda r: self.tr("Spoed") if r.urgent else "",
                sort=lambda r: 0 if r.urgent else 1,
                foreground=lambda r: BAD if r.urgent else None,
            ),
            Column(
                lambda: self.tr("Bewoner"),
                lambda r: r.resident_name or self.tr("(gegevens verwijderd)"),
                tooltip=lambda r: ", ".join(labels.help_type_label(t) for t in r.help_types),
            ),
            Column(lambda: self.tr("Wijk"), lambda r: r.wijk),
            Column(
                lambda: self.tr("Overdracht"),
                lambda r: r.handed_off_at.astimezone(AMSTERDAM).strftime("%d-%m %H:%M"),
                sort=lambda r: r.handed_off_at,
                tooltip=lambda r: labels.moment(r.handed_off_at),
            ),
            Column(
                lambda: self.tr("Lokaal"),
                lambda r: self._deadline_text(r.target_due_on, r.target_state, short=True),
                sort=lambda r: r.target_due_on,
                foreground=state_fg(lambda r: r.target_state),
                background=state_bg(lambda r: r.target_state),
                tooltip=lambda r: self.tr("Eerste gesprek volgens de gemeentelijke termijn"),
            ),
            Column(
                lambda: self.tr("Wettelijk"),
                lambda r: self._deadline_text(r.legal_due_on, r.legal_state, short=True),
                sort=lambda r: r.legal_due_on,
                foreground=state_fg(lambda r: r.legal_state),
                background=state_bg(lambda r: r.legal_state),
                tooltip=lambda r: self.tr(
                    "Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken"
                ),
            ),
            Column(
                lambda: self.tr("Coach"),
                lambda r: self._coach_text(r),
                foreground=lambda r: MUTED if r.coach_id is None else None,
            ),
        ]

    def _deadline_text(self, due: Any, state: DeadlineState, *, short: bool = False) -> str:
        text = due.strftime("%d-%m") if short else _date(due)
        marks = {
            DeadlineState.OVERDUE: self.tr("verlopen"),
            DeadlineState.DUE_TODAY: self.tr("vandaag"),
            DeadlineState.MET: self.tr("gehaald"),
            DeadlineState.MET_LATE: self.tr("te laat"),
        }
        mark = marks.get(state)
        return f"{text} · {mark}" if mark else text

    def _coach_text(self, r: HandoffRow) -> str:
        if not r.is_open:
            return self.tr("afgesloten")
        if r.coach_id is None:
            return self.tr("nog niemand")
        if r.coach_id == self.ui.actor.user_id:
            return self.tr("ik")
        return r.coach_name or ""

    def _build_panel(self) -> None:
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(10)

        self.empty_label = QLabel(
            self.tr("Kies links een overdracht om de gegevens van de bewoner te zien."),
            self.panel,
        )
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        self.card = QFrame(self.panel)
        self.card.setObjectName("Card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(14, 12, 14, 12)
        self.name_label = plain_text.plain(QLabel(self.card))
        self.name_label.setObjectName("CardName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.addWidget(self.name_label)
        self.deadline_label = QLabel(self.card)
        self.deadline_label.setWordWrap(True)
        card.addWidget(self.deadline_label)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(4)
        card.addLayout(self.facts)
        self.arrears_title = self._section(self.tr("Achterstanden per schuldeiser"), card)
        self.arrears_grid = QGridLayout()
        self.arrears_grid.setHorizontalSpacing(12)
        card.addLayout(self.arrears_grid)
        self._section(self.tr("Hulpvraag en notities van de beller"), card)
        self.notes_label = plain_text.rich(QLabel(self.card))  # values escaped by _html
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.addWidget(self.notes_label)
        self._section(self.tr("Contact door de budgetcoach"), card)
        self.contacts_label = plain_text.rich(QLabel(self.card))  # values escaped by _html
        self.contacts_label.setWordWrap(True)
        card.addWidget(self.contacts_label)
        layout.addWidget(self.card)

        layout.addStretch(1)

        # Actions: outside the scrolling details (see __init__), in three compact pages.
        self.action_card = QFrame(self.side)
        self.action_card.setObjectName("Card")
        act = QVBoxLayout(self.action_card)
        act.setContentsMargins(12, 8, 12, 8)
        act.setSpacing(6)
        buttons = QHBoxLayout()
        self.take_button = QPushButton(self.tr("In &behandeling nemen"), self.action_card)
        self.take_button.setProperty("accent", True)
        self.release_button = QPushButton(self.tr("&Teruggeven"), self.action_card)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        act.addLayout(buttons)
        self.take_button.clicked.connect(self.take)
        self.release_button.clicked.connect(self.release)

        self.action_pages = QTabWidget(self.action_card)
        self.action_pages.setObjectName("HandoffActions")
        self.action_pages.setDocumentMode(True)
        act.addWidget(self.action_pages)

        contact_page = QWidget(self.action_pages)
        contact = QVBoxLayout(contact_page)
        contact.setContentsMargins(0, 6, 0, 0)
        reach = QHBoxLayout()
        self.reached_radio = QRadioButton(self.tr("Bewoner gesproken"), contact_page)
        self.not_reached_radio = QRadioButton(self.tr("Niet bereikt"), contact_page)
        self.reached_radio.setChecked(True)
        group = QButtonGroup(contact_page)
        group.addButton(self.reached_radio)
        group.addButton(self.not_reached_radio)
        reach.addWidget(self.reached_radio)
        reach.addWidget(self.not_reached_radio)
        reach.addStretch(1)
        contact.addLayout(reach)
        self.contact_note = QPlainTextEdit(contact_page)
        self.contact_note.setPlaceholderText(
            self.tr("Korte notitie (geen BSN of medische details)")
        )
        self.contact_note.setFixedHeight(56)
        contact.addWidget(self.contact_note)
        self.contact_button = QPushButton(self.tr("Contact &vastleggen"), contact_page)
        self.contact_button.clicked.connect(self.record_contact)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.contact_button)
        contact.addLayout(row)
        contact.addStretch(1)
        self.action_pages.addTab(contact_page, self.tr("Contactpoging"))

        help_page = QWidget(self.action_pages)
        help_layout = QVBoxLayout(help_page)
        help_layout.setContentsMargins(0, 6, 0, 0)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.help_boxes: dict[HelpType, QCheckBox] = {}
        for i, kind in enumerate(HelpType):
            box = QCheckBox(labels.help_type_label(kind), help_page)
            self.help_boxes[kind] = box
            grid.addWidget(box, i // 2, i % 2)  # two columns keep the page short
        help_layout.addLayout(grid)
        self.help_button = QPushButton(self.tr("Geboden hulp &opslaan"), help_page)
        self.help_button.clicked.connect(self.save_help)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.help_button)
        help_layout.addLayout(row)
        help_layout.addStretch(1)
        self.action_pages.addTab(help_page, self.tr("Geboden hulp"))

        close_page = QWidget(self.action_pages)
        close_layout = QVBoxLayout(close_page)
        close_layout.setContentsMargins(0, 6, 0, 0)
        close_row = QHBoxLayout()
        self.reason_combo = QComboBox(close_page)
        for reason in handoff.COACH_CLOSE_REASONS:
            self.reason_combo.addItem(self.close_reason_label(reason), reason.value)
        self.close_button = QPushButton(self.tr("&Afsluiten…"), close_page)
        self.close_button.clicked.connect(self.close_handoff)
        close_row.addWidget(self.reason_combo, 1)
        close_row.addWidget(self.close_button)
        close_layout.addLayout(close_row)
        close_layout.addStretch(1)
        self.action_pages.addTab(close_page, self.tr("Afsluiten"))
        self._show_details(None)

    def _section(self, text: str, layout: QVBoxLayout) -> QLabel:
        label = QLabel(text.upper(), self.panel)
        label.setObjectName("SectionTitle")
        layout.addSpacing(4)
        layout.addWidget(label)
        return label

    def close_reason_label(self, reason: CloseReason) -> str:
        names = {
            CloseReason.HELP_DELIVERED: self.tr("Hulp geboden"),
            CloseReason.HELP_DECLINED: self.tr("Bewoner wil toch geen hulp"),
            CloseReason.NO_HELP_NEEDED: self.tr("Geen hulp nodig"),
            CloseReason.ALREADY_IN_DEBT_HELP: self.tr("Al in schuldhulptraject"),
            CloseReason.NOT_REACHED: self.tr("Bewoner niet bereikt"),
            CloseReason.WITHDRAWN: self.tr("Ingetrokken"),
        }
        return names.get(reason, reason.value)

    # --- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        if self._closed:
            return
        self.ui.worker.run(
            handoff.list_handoffs,
            self.ui.app,
            include_closed=self.closed_box.isChecked(),
            mine_only=self.mine_box.isChecked(),
            on_done=self._list_loaded,
            on_error=self._error,
        )

    def _poll(self) -> None:
        if self._closed or not self.isVisible() or self.ui.worker.busy:
            return
        self.ui.worker.run(monitor.change_token, self.ui.app, on_done=self._token_read)

    def _token_read(self, token: Any) -> None:
        if token != self._token:
            self._token = token
            self.reload()

    def _list_loaded(self, rows: list[HandoffRow]) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        open_rows = [r for r in rows if r.is_open]
        urgent = sum(1 for r in open_rows if r.urgent)
        waiting = sum(1 for r in open_rows if r.coach_id is None)
        overdue = sum(1 for r in open_rows if r.legal_state is DeadlineState.OVERDUE)
        text = self.tr("{0} open, waarvan {1} met spoed en {2} nog zonder coach.").format(
            len(open_rows), urgent, waiting
        )
        if overdue:
            text += " " + self.tr("{0} over de wettelijke termijn.").format(overdue)
        self.summary.setText(text)
        if selected is not None:
            row = self.model.row_of_key(selected.handoff_id)
            if row >= 0:
                self.table.selectRow(row)
                fresh = self.model.row_at(row)
                if fresh is not None and fresh != selected and self._details is not None:
                    self.load_details(fresh.handoff_id)
            else:
                self._show_details(None)
        self.list_loaded.emit()

    def selected_row(self) -> HandoffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_handoff(self, handoff_id: int) -> None:
        row = self.model.row_of_key(handoff_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        row = self.selected_row()
        if row is None:
            self._show_details(None)
        elif self._details is None or self._details.row.handoff_id != row.handoff_id:
            self.load_details(row.handoff_id)

    def load_details(self, handoff_id: int) -> None:
        self.ui.worker.run(
            handoff.details,
            self.ui.app,
            handoff_id,
            on_done=self._details_loaded,
            on_error=self._error,
        )

    def _details_loaded(self, details: HandoffDetails) -> None:
        current = self.selected_row()
        if current is not None and current.handoff_id != details.row.handoff_id:
            return  # the coach chose another case meanwhile
        self._show_details(details)
        self.details_loaded.emit(details.row.handoff_id)

    # --- showing ----------------------------------------------------------------------

    def _show_details(self, details: HandoffDetails | None) -> None:
        self._details = details
        self.empty_label.setVisible(details is None)
        self.card.setVisible(details is not None)
        self.action_card.setVisible(details is not None)
        if details is None:
            return
        row = details.row
        person = details.persons[0] if details.persons else None
        if person is not None:
            name = " ".join(p for p in (person.first_name, person.last_name) if p)
        else:
            name = self.tr("(persoonsgegevens verwijderd)")
        urgent = self.tr("  · SPOED") if row.urgent else ""
        self.name_label.setText(f"{name}{urgent}")
        self.deadline_label.setText(
            self.tr("Lokale termijn: {0} · wettelijke termijn: {1}").format(
                self._deadline_text(row.target_due_on, row.target_state),
                self._deadline_text(row.legal_due_on, row.legal_state),
            )
        )
        color = "#b23b3b" if row.legal_state is DeadlineState.OVERDUE else "#5b6b78"
        self.deadline_label.setStyleSheet(f"color: {color};")

        while self.facts.count():
            item = self.facts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        facts: list[tuple[str, str]] = [(self.tr("Zaak"), str(row.case_id))]
        if person is not None:
            if person.bsn:
                facts.append((self.tr("BSN"), person.bsn))
            if person.birth_date:
                facts.append((self.tr("Geboren"), _date(person.birth_date)))
        others = [
            " ".join(p for p in (o.first_name, o.last_name) if p) for o in details.persons[1:]
        ]
        if others:
            facts.append((self.tr("Ook genoemd"), ", ".join(others)))
        facts.append((self.tr("Adres"), details.address or "—"))
        facts.append((self.tr("Wijk"), row.wijk))
        phones = [
            labels.phone(p.number_e164) + (self.tr(" (onjuist)") if p.struck else "")
            for p in details.phones
        ]
        facts.append((self.tr("Telefoon"), ", ".join(phones) or "—"))
        if person is not None and person.email:
            facts.append((self.tr("E-mail"), person.email))
        facts.append(
            (
                self.tr("Coach"),
                self._coach_text(row)
                + (f" ({labels.moment(row.taken_at)})" if row.taken_at else ""),
            )
        )
        for i, (key, value) in enumerate(facts):
            k = QLabel(key, self.card)
            k.setObjectName("FieldLabel")
            v = plain_text.plain(QLabel(value, self.card))
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(k, i, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(v, i, 1)
        self.facts.setColumnStretch(1, 1)

        while self.arrears_grid.count():
            item = self.arrears_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, a in enumerate(details.arrears):
            cells = [
                a.creditor,
                labels.creditor_label(a.creditor_type),
                _date(a.received_on),
                labels.money(a.arrears_cents),
            ]
            for j, text in enumerate(cells):
                cell = QLabel(text, self.card)
                if j == 3:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.arrears_grid.addWidget(cell, i, j)
        total = QLabel(self.tr("Totaal"), self.card)
        total.setObjectName("FieldLabel")
        amount = QLabel(labels.money(row.total_arrears_cents), self.card)
        amount.setObjectName("Arrears")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        n = len(details.arrears)
        self.arrears_grid.addWidget(total, n, 0)
        self.arrears_grid.addWidget(amount, n, 3)
        self.arrears_grid.setColumnStretch(0, 1)

        lines = [
            self.tr("<b>Gevraagde hulp:</b> {0}").format(
                ", ".join(labels.help_type_label(t) for t in row.help_types) or "—"
            )
        ]
        if details.help_request_note:
            lines.append(self.tr("<b>Hulpvraag:</b> {0}").format(_html(details.help_request_note)))
        for note in details.agent_notes:
            text = f"{labels.moment(note.at)} — {_html(note.agent_name)}: "
            text += labels.outcome_label(note.outcome)
            if note.notes:
                text += f" — <i>{_html(note.notes)}</i>"
            lines.append(text)
        self.notes_label.setText("<br>".join(lines))

        if details.contacts:
            contact_lines = []
            for c in details.contacts:
                state = self.tr("gesproken") if c.reached else self.tr("niet bereikt")
                text = f"{labels.moment(c.at)} — {_html(c.coach_name)}: {state}"
                if c.note:
                    text += f" — <i>{_html(c.note)}</i>"
                contact_lines.append(text)
            self.contacts_label.setText("<br>".join(contact_lines))
        else:
            self.contacts_label.setText(self.tr("Nog geen contactpogingen."))

        for kind, box in self.help_boxes.items():
            box.setChecked(kind in details.help_offered)
        self._update_actions()

    def _update_actions(self) -> None:
        d = self._details
        mine = d is not None and d.row.coach_id == self.ui.actor.user_id
        is_open = d is not None and d.row.is_open
        is_coach = self.ui.role is Role.COACH
        self.take_button.setVisible(is_open and d is not None and d.row.coach_id is None)
        self.take_button.setEnabled(is_coach and not self._busy)
        self.release_button.setVisible(is_open and mine)
        for w in (
            self.contact_button,
            self.help_button,
            self.close_button,
            self.contact_note,
            self.reached_radio,
            self.not_reached_radio,
            self.reason_combo,
            *self.help_boxes.values(),
        ):
            w.setEnabled(bool(is_open and mine and is_coach and not self._busy))

    # --- actions ----------------------------------------------------------------------

    def _run(self, name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._busy = True
        self._update_actions()
        self.ui.worker.run(
            fn,
            self.ui.app,
            *args,
            on_done=lambda result: self._acted(name, result),
            on_error=self._action_failed,
            owner=self,
            **kwargs,
        )

    def _acted(self, name: str, result: Any) -> None:
        self._busy = False
        messages = {
            "take": self.tr("U heeft deze overdracht in behandeling genomen."),
            "release": self.tr("De overdracht is teruggegeven aan alle budgetcoaches."),
            "contact": self.tr("Het contact is vastgelegd."),
            "help": self.tr("De geboden hulp is opgeslagen."),
            "close": self.tr("De overdracht en de zaak zijn afgesloten."),
        }
        self._notice(messages.get(name, ""), "ok")
        if name == "contact":
            self.contact_note.clear()
        if isinstance(result, HandoffRow):
            self._details = None
            self.reload()
            self.load_details(result.handoff_id)
        self.action_done.emit(name)

    def _action_failed(self, sentence: str, _exc: BaseException) -> None:
        self._busy = False
        self._update_actions()
        self._notice(sentence, "error")
        self.reload()

    def _current_id(self) -> int | None:
        return self._details.row.handoff_id if self._details is not None else None

    def take(self) -> None:
        hid = self._current_id()
        if hid is not None:
            self._run("take", handoff.take, hid)

    def release(self) -> None:
        hid = self._current_id()
        if hid is not None:
            self._run("release", handoff.release, hid)

    def record_contact(self) -> None:
        hid = self._current_id()
        if hid is not None:
            self._run(
                "contact",
                handoff.record_contact,
                hid,
                reached=self.reached_radio.isChecked(),
                note=self.contact_note.toPlainText(),
            )

    def chosen_help(self) -> list[HelpType]:
        return [kind for kind, box in self.help_boxes.items() if box.isChecked()]

    def save_help(self) -> None:
        hid = self._current_id()
        if hid is not None:
            self._run("help", handoff.set_help_offered, hid, self.chosen_help())

    def close_handoff(self, *, confirm: bool = True) -> None:
        hid = self._current_id()
        if hid is None:
            return
        reason = CloseReason(self.reason_combo.currentData())
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Overdracht afsluiten"),
                self.tr(
                    "Overdracht afsluiten als “{0}”? Daarmee wordt ook de zaak gesloten."
                ).format(self.close_reason_label(reason)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run("close", handoff.close, hid, reason, help_offered=self.chosen_help())

    def _notice(self, text: str, kind: str) -> None:
        if not text:
            self.notice.hide()
            return
        self.notice.setText(text)
        self.notice.setProperty("kind", kind)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.show()

    def _error(self, sentence: str, _exc: BaseException) -> None:
        self._notice(sentence, "error")

    # --- tab protocol -----------------------------------------------------------------

    def tab_shown(self) -> None:
        self.reload()

    def shutdown(self) -> None:
        self._closed = True
        self.timer.stop()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
