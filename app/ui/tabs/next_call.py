"""The agent's workplace: **Volgende oproep**, the case card, the guide and the outcome buttons.

The widget holds layout and display state only. Claiming, the case card, saving outcomes and
renewing the lease are calls to app/services/queue.py on the database worker; when the shared
database cannot be reached a saved outcome goes to the local outbox and the agent goes on.

Keyboard: F5 / Ctrl+N next call; Ctrl+1 … Ctrl+9 the outcomes in the order of DOMAIN.md
section 6; Ctrl+W give the case back; Ctrl+D dial the chosen number; Ctrl+Shift+C copy it;
Alt+N the notes.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clock import local
from app.models.enums import CONVERSATION_OUTCOMES, Channel, Outcome
from app.services import planning, queue
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput, PermissionDenied
from app.services.outcomes import HINT_OUTCOMES
from app.services.queue import CaseCard, ClaimedCase, ClaimKind, OutcomeEntry
from app.ui import labels, resources
from app.ui.context import UiContext
from app.ui.dialing import DialTemplateError, dial_uri
from app.ui.outbox_sync import SaveResult, save_outcome_task
from app.ui.tabs.inbound_dialog import InboundDialog
from app.ui.tabs.next_call_dialogs import CallbackDialog, HelpRequestDialog
from app.ui.tabs.next_call_models import COL_AGENT, COL_AT, COL_OUTCOME, COL_SLOT, AttemptsModel
from app.ui.worker import is_connection_error

log = logging.getLogger("vroegbel.ui.next_call")

#: Outcome buttons in the order of DOMAIN.md section 6, with their shortcuts.
OUTCOME_KEYS: list[tuple[Outcome, str, str]] = [
    (Outcome.NO_ANSWER, "Ctrl+1", "none"),
    (Outcome.VOICEMAIL, "Ctrl+2", "none"),
    (Outcome.BUSY, "Ctrl+3", "none"),
    (Outcome.WRONG_NUMBER, "Ctrl+4", "wrong"),
    (Outcome.CALLBACK_REQUESTED, "Ctrl+5", "contact"),
    (Outcome.REACHED_NO_HELP_NEEDED, "Ctrl+6", "contact"),
    (Outcome.REACHED_HELP_ACCEPTED, "Ctrl+7", "help"),
    (Outcome.REACHED_HELP_DECLINED, "Ctrl+8", "contact"),
    (Outcome.ALREADY_IN_DEBT_HELP, "Ctrl+9", "contact"),
]


# --- work on the database thread --------------------------------------------------------


@dataclass(frozen=True)
class ClaimResult:
    claimed: ClaimedCase | None
    card: CaseCard | None
    next_opening: datetime | None
    in_hours: bool


def claim_next(ctx: AppContext) -> ClaimResult:
    """Claim the next case and read its card; or say when the next window opens."""
    claimed = queue.next_call(ctx)
    if claimed is None:
        opening = queue.next_window_opening(ctx)
        return ClaimResult(None, None, opening, in_hours=opening is None)
    card = queue.case_card(ctx, claimed.case_id)
    return ClaimResult(claimed, card, None, in_hours=True)


def window_info(ctx: AppContext) -> tuple[Any, datetime | None]:
    """(the window open now or None, the next opening)."""
    return queue.current_window(ctx), queue.next_window_opening(ctx)


def add_phone_task(ctx: AppContext, case_id: int, number: str) -> CaseCard:
    """Add the number, then read the card again (it shows the new number)."""
    queue.add_phone_number(ctx, case_id, number)
    return queue.case_card(ctx, case_id)


def load_guide(ctx: AppContext) -> str:
    from app.services import admin

    return admin.get_conversation_guide(ctx)


def load_calendar(ctx: AppContext) -> Any:
    with ctx.db.read() as session:
        return queue.load_calendar(session)


#: Point sizes of Markdown headings in the guide (Qt's defaults are too large beside a card).
HEADING_POINTS = {1: 14.0, 2: 12.0, 3: 11.0}


def show_markdown(browser: QTextBrowser, text: str) -> None:
    """Render Markdown with calm heading sizes and a little space between blocks."""
    browser.setMarkdown(text)
    document = browser.document()
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            heading = QTextCharFormat()
            heading.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            heading.setFontPointSize(HEADING_POINTS.get(level, 10.5))
            heading.setForeground(QColor("#1f5f8b") if level == 1 else QColor("#1d2b36"))
            cursor.mergeCharFormat(heading)
            spacing = QTextBlockFormat()
            spacing.setTopMargin(10 if level > 1 else 0)
            spacing.setBottomMargin(4)
            cursor.mergeBlockFormat(spacing)
        block = block.next()


# --- the tab ----------------------------------------------------------------------------


class NextCallTab(QWidget):
    """The Next-call tab (agents)."""

    #: the tab's state changed: "idle", "claiming", "case", "saving"
    state_changed = Signal(str)
    #: an outcome was stored in the shared database (SaveResult)
    outcome_saved = Signal(object)
    #: an outcome was kept in the local outbox (case id)
    outcome_queued = Signal(int)

    RENEW_INTERVAL_MS = 60_000
    TICK_MS = 1000

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NextCallTab")
        self.ui = ui
        self.state = "idle"
        self.claimed: ClaimedCase | None = None
        self.card: CaseCard | None = None
        self.lease_expires_at: datetime | None = None
        # When the agent pressed Bellen (or Ctrl+D) on the case on screen: the start of the
        # call's handling time. The first press counts; a redial is the same conversation.
        self.call_started_at: datetime | None = None
        self.help_dialog: HelpRequestDialog | None = None
        self.callback_dialog: CallbackDialog | None = None
        self.inbound_dialog: InboundDialog | None = None
        self._calendar: Any = None
        self._build()
        self._shortcuts()

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(self.TICK_MS)
        self.tick_timer.timeout.connect(self._tick)
        self.renew_timer = QTimer(self)
        self.renew_timer.setInterval(self.RENEW_INTERVAL_MS)
        self.renew_timer.timeout.connect(self.renew_lease)
        self.ui.events.locked_changed.connect(self._locked)

        self.ui.worker.run(
            load_guide, self.ui.app, on_done=self._show_guide, on_error=self._no_guide
        )
        self.refresh_window_info()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(14)
        self.next_button = QPushButton(self.tr("Volgende oproep"), self)
        self.next_button.setObjectName("NextCallButton")
        self.next_button.setProperty("accent", True)
        self.next_button.setToolTip(self.tr("Volgende bewoner bellen (F5 of Ctrl+N)"))
        self.next_button.clicked.connect(self.next_call)
        self.next_button.setMinimumWidth(320)
        self.next_button.setMaximumWidth(420)
        top.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.inbound_button = QPushButton(self.tr("Inwoner belt terug"), self)
        self.inbound_button.setObjectName("InboundButton")
        self.inbound_button.setToolTip(self.tr("De zaak zoeken van een bewoner die zelf belt (F6)"))
        self.inbound_button.clicked.connect(self.open_inbound_search)
        top.addWidget(self.inbound_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice = QLabel("", self)
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        top.addWidget(self.notice, 1)
        self.lease_label = QLabel("", self)
        self.lease_label.setObjectName("LeaseLabel")
        self.lease_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.lease_label.hide()
        top.addStretch(0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        top.addWidget(self.lease_label, 0, right)
        outer.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self.splitter)
        self.stack.addWidget(self._build_idle_page())
        self.stack.addWidget(self._build_case_page())
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self._build_guide())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 480])
        state = self.ui.prefs.get("next_call/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: self.ui.prefs.set("next_call/splitter", self.splitter.saveState())
        )
        outer.addWidget(self.splitter, 1)
        self.work_bar = self._build_work_bar(self)
        self.work_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.work_bar.hide()
        outer.addWidget(self.work_bar)

    def _build_idle_page(self) -> QWidget:
        page = QFrame(self)
        page.setObjectName("IdlePanel")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        self.idle_title = QLabel(self.tr("Klaar voor het volgende gesprek"), page)
        self.idle_title.setObjectName("IdleTitle")
        self.idle_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_title.setWordWrap(True)
        layout.addWidget(self.idle_title)
        self.idle_text = QLabel(
            self.tr("Druk op Volgende oproep (F5) om de volgende bewoner te bellen."), page
        )
        self.idle_text.setObjectName("IdleText")
        self.idle_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_text.setWordWrap(True)
        layout.addWidget(self.idle_text)
        layout.addStretch(2)
        return page

    def _build_case_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.setSpacing(10)
        inner_layout.addWidget(self._build_card(inner))
        self.history_title = QLabel(self.tr("Eerdere pogingen"), inner)
        self.history_title.setObjectName("SectionTitle")
        inner_layout.addWidget(self.history_title)
        self.attempts_model = AttemptsModel(self)
        self.attempts_view = QTableView(inner)
        self.attempts_view.setObjectName("AttemptsView")
        self.attempts_view.setModel(self.attempts_model)
        self.attempts_view.setAlternatingRowColors(True)
        self.attempts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attempts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attempts_view.verticalHeader().hide()
        self.attempts_view.setWordWrap(False)
        header = self.attempts_view.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (COL_AT, COL_SLOT, COL_OUTCOME, COL_AGENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.attempts_view.setMinimumHeight(110)
        inner_layout.addWidget(self.attempts_view)
        self.history_extra = QLabel("", inner)
        self.history_extra.setObjectName("Muted")
        self.history_extra.setWordWrap(True)
        inner_layout.addWidget(self.history_extra)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)

        return page

    def _build_card(self, parent: QWidget) -> QWidget:
        card = QFrame(parent)
        card.setObjectName("Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.name_label = QLabel("", card)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setObjectName("CardName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.name_label, 1)
        self.kind_label = QLabel("", card)
        self.kind_label.setObjectName("LeaseLabel")
        head.addWidget(self.kind_label)
        layout.addLayout(head)
        self.other_names = QLabel("", card)
        self.other_names.setObjectName("Muted")
        self.other_names.setWordWrap(True)
        layout.addWidget(self.other_names)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        row = 0
        phone_title = QLabel(self.tr("Telefoon"), card)
        phone_title.setObjectName("FieldLabel")
        grid.addWidget(phone_title, row, 0, Qt.AlignmentFlag.AlignTop)
        self.phones_box = QWidget(card)
        self.phones_layout = QGridLayout(self.phones_box)
        self.phones_layout.setContentsMargins(0, 0, 0, 0)
        self.phones_layout.setHorizontalSpacing(8)
        grid.addWidget(self.phones_box, row, 1)
        self.phone_group = QButtonGroup(self)
        self.phone_rows: list[tuple[queue.PhoneLine, QRadioButton]] = []
        row += 1
        self.address_label = self._field(grid, row, self.tr("Adres"), card)
        row += 1
        self.wijk_label = self._field(grid, row, self.tr("Wijk"), card)
        row += 1
        self.creditors_label = self._field(grid, row, self.tr("Schuldeisers"), card)
        row += 1
        self.arrears_label = self._field(grid, row, self.tr("Totale achterstand"), card)
        self.arrears_label.setObjectName("Arrears")
        row += 1
        self.attempts_label = self._field(grid, row, self.tr("Pogingen"), card)
        row += 1
        # Why the planner put this attempt where it is (DOMAIN.md 4.5), and what a colleague
        # heard about when the household can be reached.
        self.why_label = self._field(grid, row, self.tr("Waarom dit tijdvak"), card)
        self.why_label.setObjectName("WhyNext")
        row += 1
        self.hint_label = self._field(grid, row, self.tr("Bereikbaar"), card)
        self.hint_label.setObjectName("ReachHint")
        layout.addLayout(grid)
        return card

    @staticmethod
    def _field(grid: QGridLayout, row: int, title: str, parent: QWidget) -> QLabel:
        label = QLabel(title, parent)
        label.setObjectName("FieldLabel")
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        value = QLabel("", parent)
        value.setTextFormat(Qt.TextFormat.PlainText)  # names and streets come from files
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(value, row, 1)
        return value

    def _build_work_bar(self, parent: QWidget) -> QWidget:
        """Notes and outcome buttons across the full width, while a case is on screen."""
        panel = QFrame(parent)
        panel.setObjectName("OutcomePanel")
        row = QHBoxLayout(panel)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(16)
        notes_box = QVBoxLayout()
        notes_box.setSpacing(6)
        notes_label = QLabel(self.tr("&Notities bij dit gesprek"), panel)
        notes_label.setObjectName("SectionTitle")
        notes_box.addWidget(notes_label)
        self.notes_edit = QPlainTextEdit(panel)
        self.notes_edit.setObjectName("NotesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Wat is besproken? Geen medische of andere gevoelige details.")
        )
        notes_label.setBuddy(self.notes_edit)
        self.notes_edit.setMaximumHeight(132)
        notes_box.addWidget(self.notes_edit, 1)
        hint_row = QHBoxLayout()
        hint_title = QLabel(self.tr("&Beste bereikbaar"), panel)
        hint_title.setObjectName("FieldLabel")
        hint_row.addWidget(hint_title)
        self.hint_combo = QComboBox(panel)
        self.hint_combo.setObjectName("ReachHintCombo")
        self.hint_combo.setEditable(True)
        self.hint_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.hint_combo.setToolTip(
            self.tr(
                "Hoorde u van een huisgenoot of de bewoner wanneer die beter bereikbaar is? "
                "Kies een tijdvak of typ een tijd (19:30). Geldt bij geen gehoor, voicemail, in "
                "gesprek en een terugbelafspraak."
            )
        )
        self.hint_combo.addItem(self.tr("(niets gehoord)"), None)
        for slot in planning.SLOT_LABELS:
            self.hint_combo.addItem(labels.slot_label(slot.value), slot.value)
        hint_title.setBuddy(self.hint_combo)
        hint_row.addWidget(self.hint_combo, 1)
        notes_box.addLayout(hint_row)
        row.addLayout(notes_box, 2)
        row.addLayout(self._build_outcomes(panel), 5)
        return panel

    def _build_outcomes(self, panel: QWidget) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(self.tr("Uitkomst van dit gesprek"), panel)
        title.setObjectName("SectionTitle")
        head.addWidget(title)
        keys_hint = QLabel(self.tr("Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W"), panel)
        keys_hint.setObjectName("Muted")
        head.addWidget(keys_hint, 1, Qt.AlignmentFlag.AlignRight)
        head.addSpacing(12)
        layout.addLayout(head)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        for number, (outcome, keys, kind) in enumerate(OUTCOME_KEYS):
            button = QPushButton(f"{labels.outcome_label(outcome)}   {number + 1}", panel)
            button.setObjectName(f"outcome_{outcome.value}")
            button.setProperty("outcome", kind)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda o=outcome: self.choose_outcome(o))
            button.setToolTip(
                self.tr("{0} ({1})").format(
                    labels.outcome_label(outcome),
                    QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            button.clicked.connect(lambda _=False, o=outcome: self.choose_outcome(o))
            grid.addWidget(button, number // 3, number % 3)
            self.outcome_buttons[outcome] = button
        layout.addLayout(grid)
        self.cancel_button = QPushButton(self.tr("Teruggeven zonder uitkomst"), panel)
        self.cancel_button.setObjectName("CancelCaseButton")
        self.cancel_shortcut = QShortcut(QKeySequence("Ctrl+W"), self)
        self.cancel_shortcut.activated.connect(self.cancel_case)
        self.cancel_button.setToolTip(
            self.tr("De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)")
        )
        self.cancel_button.clicked.connect(self.cancel_case)
        head.addWidget(self.cancel_button)
        return layout

    def _build_guide(self) -> QWidget:
        frame = QFrame(self)
        frame.setObjectName("GuidePanel")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 6, 6)
        title = QLabel(self.tr("Gespreksleidraad"), frame)
        title.setObjectName("SectionTitle")
        layout.addWidget(title)
        self.guide = QTextBrowser(frame)
        self.guide.setObjectName("Guide")
        self.guide.setOpenExternalLinks(False)
        self.guide.setOpenLinks(False)
        layout.addWidget(self.guide, 1)
        return frame

    def _shortcuts(self) -> None:
        # QShortcut, not QPushButton.setShortcut: a button's shortcut clicks ~100 ms later.
        self.next_shortcuts = []
        for keys in ("F5", "Ctrl+N"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._next_by_key)
            self.next_shortcuts.append(shortcut)
        self.dial_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self.dial_shortcut.activated.connect(self.dial_selected)
        self.copy_shortcut = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        self.copy_shortcut.activated.connect(self.copy_selected)
        self.inbound_shortcut = QShortcut(QKeySequence("F6"), self)
        self.inbound_shortcut.activated.connect(self.open_inbound_search)

    def _next_by_key(self) -> None:
        if self.next_button.isEnabled():
            self.next_call()

    # --- state ------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        holding = state in ("case", "saving")
        self.next_button.setEnabled(state == "idle")
        self.inbound_button.setEnabled(state == "idle")
        inbound_case = self.claimed is not None and self.claimed.kind is ClaimKind.INBOUND
        for outcome, button in self.outcome_buttons.items():
            # A resident who calls is spoken to: only the conversation outcomes fit.
            fits = not inbound_case or outcome in CONVERSATION_OUTCOMES
            button.setEnabled(state == "case" and fits)
        self.cancel_button.setEnabled(state == "case")
        self.notes_edit.setReadOnly(state != "case")
        self.stack.setCurrentIndex(1 if holding else 0)
        self.work_bar.setVisible(holding)
        self.lease_label.setVisible(holding)
        self.state_changed.emit(state)

    def show_notice(self, text: str, kind: str = "info") -> None:
        self.notice.setText(text)
        self.notice.setProperty("kind", kind)
        self.notice.setVisible(bool(text))
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

    def _idle(self, title: str, text: str) -> None:
        self.idle_title.setText(title)
        self.idle_text.setText(text)

    # --- the guide and the calling window ---------------------------------------------

    def _show_guide(self, text: str) -> None:
        show_markdown(self.guide, text)

    def _no_guide(self, _sentence: str, _exc: BaseException) -> None:
        show_markdown(self.guide, resources.default_conversation_guide())

    def refresh_window_info(self) -> None:
        self.ui.worker.run(
            window_info, self.ui.app, on_done=self._show_window_info, on_error=self._offline_idle
        )

    def tab_shown(self) -> None:
        if self.state == "idle":
            self.refresh_window_info()
            self.refresh_guide()

    def refresh_guide(self) -> None:
        """Read the guide again (the admin may have changed it)."""
        self.ui.worker.run(
            load_guide, self.ui.app, on_done=self._show_guide, on_error=self._no_guide
        )

    def _show_window_info(self, info: tuple[Any, datetime | None]) -> None:
        if self.state != "idle":
            return
        window, opening = info
        if window is not None:
            self._idle(
                self.tr("Klaar voor het volgende gesprek"),
                self.tr(
                    "Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de "
                    "volgende bewoner te bellen."
                ).format(local(window.end).strftime("%H:%M")),
            )
        else:
            self._show_outside_hours(opening)

    def _show_outside_hours(self, opening: datetime | None) -> None:
        self._idle(self.tr("Buiten de beltijden"), self._opening_text(opening))

    def _opening_text(self, opening: datetime | None) -> str:
        if opening is None:
            return self.tr("Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.")
        return self.tr("Het volgende belvenster opent {0}.").format(
            labels.relative_moment(opening, self.ui.clock.now())
        )

    def _offline_text(self) -> str:
        return self.tr(
            "Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp. "
            "Bewaarde uitkomsten worden vanzelf verzonden zodra de verbinding terug is; "
            "probeer Volgende oproep zo opnieuw."
        )

    def _offline_idle(self, sentence: str, exc: BaseException) -> None:
        if self.state == "idle" and is_connection_error(exc):
            self._idle(self.tr("Database niet bereikbaar"), self._offline_text())

    # --- claiming ---------------------------------------------------------------------

    def next_call(self) -> None:
        if self.state != "idle":
            return
        self._set_state("claiming")
        self.show_notice(self.tr("De volgende bewoner wordt opgezocht…"), "info")
        self.ui.worker.run(
            claim_next, self.ui.app, on_done=self._claimed, on_error=self._claim_failed
        )

    def _claimed(self, result: ClaimResult) -> None:
        if result.claimed is None or result.card is None:
            self._set_state("idle")
            if result.in_hours:
                self.show_notice("", "info")
                self._idle(
                    self.tr("Er staat nu niemand klaar"),
                    self.tr(
                        "In dit belvenster is er op dit moment geen bewoner om te bellen. "
                        "Probeer het over een paar minuten opnieuw."
                    ),
                )
            else:
                self.show_notice("", "info")  # the panel below says when the window opens
                self._show_outside_hours(result.next_opening)
            return
        self.claimed = result.claimed
        self.call_started_at = None
        self._show_card(result.card, result.claimed)
        self._set_state("case")
        self.show_notice("", "info")
        self.lease_expires_at = result.claimed.lease_expires_at
        self._tick()
        self.tick_timer.start()
        self.renew_timer.start()
        self.ui.events.case_changed.emit(result.card.case_id)
        self.outcome_buttons[Outcome.NO_ANSWER].setFocus()

    def _claim_failed(self, sentence: str, exc: BaseException) -> None:
        self._set_state("idle")
        if is_connection_error(exc):
            self.show_notice(
                self.tr(
                    "De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden "
                    "opgehaald. Vastgelegde uitkomsten blijven bewaard op deze computer."
                ),
                "offline",
            )
            self._idle(self.tr("Database niet bereikbaar"), self._offline_text())
        else:
            self.show_notice(sentence, "error")

    # --- the card ---------------------------------------------------------------------

    def _show_card(self, card: CaseCard, claimed: ClaimedCase) -> None:
        self.card = card
        self.name_label.setText(card.name or self.tr("(naam onbekend)"))
        others = [n for n in card.names if n != card.name]
        self.other_names.setText(
            self.tr("Ook op dit adres: {0}").format(", ".join(others)) if others else ""
        )
        self.other_names.setVisible(bool(others))
        if claimed.kind is ClaimKind.CALLBACK:
            due = card.open_callbacks[0].due_at if card.open_callbacks else None
            self.kind_label.setText(
                self.tr("Terugbelafspraak {0}").format(labels.moment(due))
                if due
                else self.tr("Terugbelafspraak")
            )
        elif claimed.kind is ClaimKind.HELD:
            self.kind_label.setText(self.tr("Al bij u in behandeling"))
        elif claimed.kind is ClaimKind.INBOUND:
            self.kind_label.setText(
                self.tr("Inwoner belt terug")
                if card.status == "open"
                else self.tr("Inwoner belt terug · zaak was afgesloten zonder contact")
            )
        else:
            self.kind_label.setText(
                self.tr("Geplande poging · {0}").format(labels.slot_label(claimed.slot))
            )
        self._show_phones(card)
        self.address_label.setText(card.address or self.tr("onbekend"))
        self.wijk_label.setText(card.wijk or self.tr("onbekend"))
        self.creditors_label.setText(
            ", ".join(labels.creditor_label(c) for c in card.creditor_types) or "—"
        )
        self.arrears_label.setText(labels.money(card.total_arrears_cents))
        self.attempts_label.setText(
            self.tr("{0} van maximaal {1} pogingen gebruikt").format(
                card.attempts_used, card.max_attempts
            )
        )
        self.attempts_model.set_attempts(card.attempts)
        has_history = bool(card.attempts)
        self.history_title.setVisible(has_history)
        self.attempts_view.setVisible(has_history)
        extra = []
        for request in card.help_requests:
            extra.append(
                self.tr("Eerdere hulpvraag ({0}): {1}").format(
                    labels.moment(request.created_at),
                    ", ".join(labels.help_type_label(t) for t in request.help_types),
                )
            )
        self.history_extra.setText("\n".join(extra))
        self.history_extra.setVisible(bool(extra))
        self.why_label.setText(card.why_next or "—")
        self.hint_label.setText(card.reach_hint or "—")
        self.notes_edit.clear()
        self.hint_combo.setCurrentIndex(0)
        self.hint_combo.setEditText(self.hint_combo.itemText(0))

    def _show_phones(self, card: CaseCard) -> None:
        while self.phones_layout.count():
            item = self.phones_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for button in self.phone_group.buttons():
            self.phone_group.removeButton(button)
        self.phone_rows = []
        first_valid: QRadioButton | None = None
        for row, line in enumerate(card.phones):
            radio = QRadioButton(labels.phone(line.number_e164), self.phones_box)
            radio.setObjectName("PhoneNumber")
            radio.setProperty("struck", line.struck)
            radio.setEnabled(not line.struck)
            radio.setToolTip(self.tr("Het nummer dat u belt"))
            self.phone_group.addButton(radio, line.id)
            self.phones_layout.addWidget(radio, row, 0)
            if line.struck:
                struck = QLabel(self.tr("onjuist"), self.phones_box)
                struck.setObjectName("Muted")
                self.phones_layout.addWidget(struck, row, 1)
            else:
                dial = QPushButton(self.tr("Bellen"), self.phones_box)
                dial.setObjectName("DialButton")
                dial.setToolTip(self.tr("Bellen via de telefoon van deze werkplek (Ctrl+D)"))
                dial.clicked.connect(lambda _=False, r=radio, n=line.number_e164: self._dial(r, n))
                copy = QPushButton(self.tr("Kopiëren"), self.phones_box)
                copy.setObjectName("CopyButton")
                copy.setToolTip(self.tr("Nummer kopiëren (Ctrl+Shift+C)"))
                copy.clicked.connect(lambda _=False, n=line.number_e164: self._copy(n))
                self.phones_layout.addWidget(dial, row, 1)
                self.phones_layout.addWidget(copy, row, 2)
                if first_valid is None:
                    first_valid = radio
            self.phone_rows.append((line, radio))
        self.phones_layout.setColumnStretch(3, 1)
        if first_valid is not None:
            first_valid.setChecked(True)
        if not card.phones:
            none = QLabel(self.tr("geen telefoonnummer bekend"), self.phones_box)
            self.phones_layout.addWidget(none, 0, 0)
        add = QPushButton(self.tr("Nummer toevoegen…"), self.phones_box)
        add.setObjectName("AddPhoneButton")
        add.setToolTip(self.tr("Een ander nummer dat de bewoner u geeft"))
        add.clicked.connect(self.add_phone_number)
        self.add_phone_button = add
        self.phones_layout.addWidget(
            add, max(len(card.phones), 1), 0, 1, 3, Qt.AlignmentFlag.AlignLeft
        )

    def add_phone_number(self) -> None:
        """The resident gives another number: add it to the case (checked by the service)."""
        if self.claimed is None or self.state != "case":
            return
        number, ok = QInputDialog.getText(
            self,
            self.tr("Nummer toevoegen"),
            self.tr("Telefoonnummer (bijvoorbeeld 06 12345678):"),
        )
        if not ok or not number.strip():
            return
        case_id = self.claimed.case_id
        self.ui.worker.run(
            add_phone_task,
            self.ui.app,
            case_id,
            number.strip(),
            on_done=self._phone_added,
            on_error=lambda sentence, _exc: self.show_notice(sentence, "error"),
            owner=self,
        )

    def _phone_added(self, card: CaseCard) -> None:
        if self.card is None or self.claimed is None or card.case_id != self.card.case_id:
            return
        self.card = card
        self._show_phones(card)
        self.show_notice(self.tr("Nummer toegevoegd."), "ok")

    def selected_phone_id(self) -> int | None:
        checked = self.phone_group.checkedId()
        return checked if checked != -1 else None

    def _selected_number(self) -> str | None:
        phone_id = self.selected_phone_id()
        for line, _radio in self.phone_rows:
            if line.id == phone_id:
                return line.number_e164
        return None

    def _dial(self, radio: QRadioButton, number: str) -> None:
        radio.setChecked(True)
        self.start_call(number)

    def start_call(self, number: str) -> None:
        """Mark the start of the call and hand the number to this desk's dial action."""
        if self.call_started_at is None:
            self.call_started_at = self.ui.clock.now()
        template = str(self.ui.prefs.get("call/dial_uri"))
        try:
            uri = dial_uri(template, number)
        except DialTemplateError as exc:
            self.show_notice(str(exc), "error")
            return
        if uri is None:
            self.ui.events.status_message.emit(
                self.tr("Gesprek gestart; kies het nummer op uw telefoon.")
            )
            return
        QDesktopServices.openUrl(QUrl(uri))

    def _copy(self, number: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self.ui.events.status_message.emit(self.tr("Nummer gekopieerd"))

    def dial_selected(self) -> None:
        number = self._selected_number()
        if self.state == "case" and number:
            self.start_call(number)

    def copy_selected(self) -> None:
        number = self._selected_number()
        if self.state == "case" and number:
            self._copy(number)

    # --- the lease --------------------------------------------------------------------

    def _tick(self) -> None:
        if self.lease_expires_at is None:
            return
        remaining = int((self.lease_expires_at - self.ui.clock.now()).total_seconds())
        remaining = max(remaining, 0)
        if remaining == 0 and self._leave_lapsed_case():
            return
        self.lease_label.setText(
            self.tr("Voor u gereserveerd: nog {0}:{1:02d}").format(remaining // 60, remaining % 60)
        )
        self.lease_label.setProperty("state", "warn" if remaining < 120 else "")
        self.lease_label.style().unpolish(self.lease_label)
        self.lease_label.style().polish(self.lease_label)

    def _locked(self, locked: bool) -> None:
        """A locked screen does not hold a case: the lease runs out unless unlocked in time."""
        if locked:
            self.renew_timer.stop()
        elif self.claimed is not None and self.state in ("case", "saving"):
            if self._lease_over() and self._leave_lapsed_case():
                return
            self.renew_lease()
            self.renew_timer.start()

    def _lease_over(self) -> bool:
        return self.lease_expires_at is not None and self.lease_expires_at <= self.ui.clock.now()

    def _leave_lapsed_case(self) -> bool:
        """The lease ran out (the database was away, or the screen was locked too long): the
        resident leaves the screen, since the queue may hand them to a colleague. Not while a
        save runs or the agent has typed something: their words are never thrown away; they
        are told to save now instead. True when the card left."""
        if self.state != "case" or self.claimed is None:
            return False
        typed = bool(self.notes_edit.toPlainText().strip())
        if typed or self.help_dialog is not None or self.callback_dialog is not None:
            if self.notice.property("kind") != "warn":
                self.show_notice(
                    self.tr(
                        "De reservering van deze zaak is verlopen; sla de uitkomst nu op, "
                        "anders kan een collega deze bewoner bellen."
                    ),
                    "warn",
                )
            return False
        case_id = self.claimed.case_id
        self._finish_case()
        self.show_notice(
            self.tr(
                "De reservering van zaak {0} is verlopen; de zaak is terug in de wachtrij."
            ).format(case_id),
            "error",
        )
        # Give the lease back at once (harmless when it was already cleared or taken over).
        self.ui.worker.run(queue.release, self.ui.app, case_id, on_error=lambda *_: None)
        return True

    def renew_lease(self) -> None:
        if self.claimed is None or self.state not in ("case", "saving"):
            return
        case_id = self.claimed.case_id
        self.ui.worker.run(
            queue.renew_lease,
            self.ui.app,
            case_id,
            on_done=functools.partial(self._renewed, case_id),
            on_error=functools.partial(self._renew_failed, case_id),
            owner=self,
        )

    def _renewed(self, case_id: int, expires: datetime) -> None:
        if self.claimed is not None and self.claimed.case_id == case_id:
            self.lease_expires_at = expires
            self._tick()

    def _renew_failed(self, case_id: int, sentence: str, exc: BaseException) -> None:
        if self.claimed is None or self.claimed.case_id != case_id:
            return
        if is_connection_error(exc):
            self.show_notice(
                self.tr(
                    "De database is even niet bereikbaar. U kunt het gesprek afmaken; de "
                    "uitkomst wordt op deze computer bewaard."
                ),
                "offline",
            )
            return
        if isinstance(exc, Conflict | PermissionDenied):
            self._finish_case()
            self.show_notice(
                self.tr("Deze zaak is niet meer voor u gereserveerd: {0}").format(sentence),
                "error",
            )

    # --- outcomes ---------------------------------------------------------------------

    def choose_outcome(self, outcome: Outcome) -> None:
        if self.state != "case" or self.claimed is None:
            return
        if not self.outcome_buttons[outcome].isEnabled():
            return
        if outcome is Outcome.REACHED_HELP_ACCEPTED:
            self.open_help_form()
        elif outcome is Outcome.CALLBACK_REQUESTED:
            self.open_callback_picker()
        elif outcome is Outcome.WRONG_NUMBER and self.selected_phone_id() is None:
            self.show_notice(self.tr("Kies eerst welk nummer onjuist is."), "error")
        else:
            self.save(outcome)

    def open_help_form(self) -> HelpRequestDialog:
        dialog = HelpRequestDialog(self)
        self.help_dialog = dialog
        dialog.accepted.connect(
            lambda: self.save(Outcome.REACHED_HELP_ACCEPTED, help_request=dialog.value())
        )
        dialog.finished.connect(lambda _r: setattr(self, "help_dialog", None))
        dialog.open()
        return dialog

    def open_callback_picker(self) -> None:
        if self._calendar is not None:
            self._open_callback_dialog(self._calendar)
            return
        self.ui.worker.run(
            load_calendar,
            self.ui.app,
            on_done=self._open_callback_dialog,
            on_error=self._calendar_failed,
        )

    def _calendar_failed(self, sentence: str, exc: BaseException) -> None:
        from app.scheduler.calendar import CallingCalendar

        if is_connection_error(exc):
            # Offline: the default calling hours; the save checks them again when it lands.
            self._open_callback_dialog(CallingCalendar())
        else:
            self.show_notice(sentence, "error")

    def _open_callback_dialog(self, calendar: Any) -> None:
        self._calendar = calendar
        if self.state != "case":
            return
        dialog = CallbackDialog(calendar, self.ui.clock.now(), self)
        self.callback_dialog = dialog
        dialog.accepted.connect(
            lambda: self.save(Outcome.CALLBACK_REQUESTED, callback_at=dialog.value())
        )
        dialog.finished.connect(lambda _r: setattr(self, "callback_dialog", None))
        dialog.open()

    def save(
        self,
        outcome: Outcome,
        *,
        help_request: Any = None,
        callback_at: datetime | None = None,
    ) -> None:
        if self.claimed is None or self.state != "case":
            return
        try:
            reach_hint = self.reach_hint() if outcome in HINT_OUTCOMES else None
        except InvalidInput as exc:
            # Nothing is saved: the agent corrects the time and presses the outcome again.
            self.show_notice(str(exc), "error")
            self.hint_combo.setFocus()
            return
        entry = OutcomeEntry.new(
            outcome,
            self.ui.clock.now(),
            phone_id=self.selected_phone_id(),
            notes=self.notes_edit.toPlainText().strip() or None,
            help_request=help_request,
            callback_at=callback_at,
            reach_hint=reach_hint,
            started_at=self.call_started_at,
            channel=(Channel.PHONE_IN if self.claimed.kind is ClaimKind.INBOUND else Channel.PHONE),
        )
        case_id = self.claimed.case_id
        self._set_state("saving")
        self.show_notice(self.tr("Bezig met opslaan…"), "info")
        self.ui.worker.run(
            save_outcome_task,
            self.ui.app,
            self.ui.outbox,
            case_id,
            entry,
            on_done=functools.partial(self._saved_entry, entry),
            on_error=self._save_failed,
            owner=self,
        )

    def reach_hint(self) -> str | None:
        """The "best reachable" hint as stored (slot code or HH:MM); None when nothing heard.

        Raises InvalidInput (one Dutch sentence) for a typed text that is neither."""
        index = self.hint_combo.currentIndex()
        text = self.hint_combo.currentText().strip()
        if index >= 0 and text == self.hint_combo.itemText(index):
            data = self.hint_combo.itemData(index)
            return str(data) if data else None
        return planning.parse_hint(text)

    def _saved_entry(self, entry: OutcomeEntry, result: SaveResult) -> None:
        self._saved(result, entry)

    def _saved(self, result: SaveResult, entry: OutcomeEntry) -> None:
        label = labels.outcome_label(entry.outcome)
        if entry.callback_at is not None:
            label = self.tr("{0} op {1}").format(label, labels.moment(entry.callback_at))
        elif entry.help_request is not None:
            label = self.tr("{0}; de budgetcoaches nemen het over").format(label)
        if result.state == "saved":
            self._finish_case()
            self.show_notice(
                self.tr(
                    "Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner."
                ).format(label),
                "ok",
            )
            self.ui.worker.mark_connection(True)
            self.ui.events.outbox_changed.emit(result.pending)
            self.outcome_saved.emit(result)
            return
        case_id = self.claimed.case_id if self.claimed is not None else 0
        self._finish_case()
        self.ui.events.outbox_changed.emit(result.pending)
        if result.state == "pending":
            self.ui.worker.mark_connection(False)
            self.show_notice(
                self.tr(
                    "De database is niet bereikbaar. De uitkomst ({0}) is op deze computer "
                    "bewaard en wordt verzonden zodra de verbinding terug is."
                ).format(label),
                "offline",
            )
            self.outcome_queued.emit(case_id)
        else:
            self.show_notice(
                self.tr("De uitkomst ({0}) is niet opgeslagen: {1}").format(
                    label, result.reason or ""
                ),
                "error",
            )

    def _save_failed(self, sentence: str, exc: BaseException) -> None:
        if isinstance(exc, Conflict):
            # The case was closed or taken over meanwhile: nothing to correct on this screen.
            self._finish_case()
            self.show_notice(sentence, "error")
            return
        # A refusal the agent can correct (e.g. a missing choice), or no outbox and no
        # database: the case stays on screen so the agent can try again.
        self._set_state("case")
        if is_connection_error(exc):
            sentence = self.tr("Niet opgeslagen: {0} Probeer het opnieuw.").format(sentence)
        self.show_notice(sentence, "error")

    # --- a resident who calls back (issue 14) ------------------------------------------

    def open_inbound_search(self) -> InboundDialog | None:
        if self.state != "idle" or self.inbound_dialog is not None:
            return None
        dialog = InboundDialog(self.ui, self)
        self.inbound_dialog = dialog
        dialog.accepted.connect(lambda: self.open_inbound_case(dialog.chosen_case_id))
        dialog.finished.connect(lambda _r: setattr(self, "inbound_dialog", None))
        dialog.open()
        return dialog

    def open_inbound_case(self, case_id: int | None) -> None:
        if case_id is None or self.state != "idle":
            return
        self._set_state("claiming")
        self.show_notice(self.tr("De zaak wordt geopend…"), "info")
        self.ui.worker.run(
            queue.open_inbound,
            self.ui.app,
            case_id,
            on_done=self._inbound_opened,
            on_error=self._claim_failed,
        )

    def _inbound_opened(self, card: CaseCard) -> None:
        claimed = ClaimedCase(
            case_id=card.case_id,
            kind=ClaimKind.INBOUND,
            lease_expires_at=card.lease_expires_at or self.ui.clock.now(),
            slot=None,
        )
        self.claimed = claimed
        self._show_card(card, claimed)
        self._set_state("case")
        self.show_notice(
            self.tr(
                "Leg het gesprek vast met een van de uitkomsten; het telt als bereikt en gebruikt "
                "geen belpoging."
            ),
            "info",
        )
        self.lease_expires_at = claimed.lease_expires_at
        self._tick()
        self.tick_timer.start()
        self.renew_timer.start()
        self.ui.events.case_changed.emit(card.case_id)
        self.outcome_buttons[Outcome.REACHED_NO_HELP_NEEDED].setFocus()

    # --- giving the case back ---------------------------------------------------------

    def cancel_case(self) -> None:
        if self.state != "case" or self.claimed is None:
            return
        case_id = self.claimed.case_id
        self._finish_case()
        self.show_notice(self.tr("De zaak is teruggegeven aan de wachtrij."), "info")
        self.ui.worker.run(
            queue.release,
            self.ui.app,
            case_id,
            on_error=lambda s, e: self._release_failed(s, e),
            owner=self,
        )

    def _release_failed(self, sentence: str, exc: BaseException) -> None:
        if is_connection_error(exc):
            self.show_notice(
                self.tr(
                    "De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; "
                    "hij komt vanzelf terug in de wachtrij als de reservering verloopt."
                ),
                "offline",
            )
        else:
            self.show_notice(sentence, "error")

    def _finish_case(self) -> None:
        self.tick_timer.stop()
        self.renew_timer.stop()
        self.claimed = None
        self.card = None
        self.lease_expires_at = None
        self.call_started_at = None
        self._set_state("idle")
        self._idle(
            self.tr("Klaar voor het volgende gesprek"),
            self.tr("Druk op Volgende oproep (F5) om de volgende bewoner te bellen."),
        )
        self.ui.events.case_changed.emit(0)

    # --- leaving ----------------------------------------------------------------------

    def can_close(self) -> bool:
        if self.state not in ("case", "saving") or self.claimed is None:
            return True
        if self.state == "saving":
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Zaak nog open"),
            self.tr(
                "U heeft nog een bewoner op het scherm zonder uitkomst. De zaak teruggeven aan "
                "de wachtrij?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.cancel_case()
        return True

    def shutdown(self) -> None:
        self.tick_timer.stop()
        self.renew_timer.stop()
        if self.claimed is not None and self.state == "case":
            self.ui.worker.run(queue.release, self.ui.app, self.claimed.case_id)
            self.claimed = None

    def dialog_open(self) -> QDialog | None:
        return self.help_dialog or self.callback_dialog or self.inbound_dialog
