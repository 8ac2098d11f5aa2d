"""The two forms of the Next-call tab: the help request and the callback appointment."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import AMSTERDAM, local
from app.models.enums import HelpType
from app.scheduler.calendar import CallingCalendar
from app.services.outcomes import HelpRequestInput
from app.ui import labels

#: How far ahead a callback may be agreed (calendar days).
CALLBACK_DAYS_AHEAD = 21
#: The step between offered callback times (minutes).
CALLBACK_STEP_MINUTES = 15


class HelpRequestDialog(QDialog):
    """What help the resident accepted: help types, urgency, a note for the coach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpRequestDialog")
        self.setWindowTitle(self.tr("Hulpvraag vastleggen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Hulpvraag vastleggen"), self)
        title.setObjectName("DialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "De bewoner neemt het hulpaanbod aan. Een budgetcoach van de gemeente neemt "
                "contact op; kies waar de bewoner hulp bij wil."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("DialogIntro")
        layout.addWidget(intro)

        group = QGroupBox(self.tr("Gewenste hulp (minstens één)"), self)
        group_layout = QVBoxLayout(group)
        self.type_boxes: dict[HelpType, QCheckBox] = {}
        for help_type in HelpType:
            box = QCheckBox(labels.help_type_label(help_type), group)
            box.setObjectName(f"help_{help_type.value}")
            box.toggled.connect(self._validate)
            group_layout.addWidget(box)
            self.type_boxes[help_type] = box
        layout.addWidget(group)

        self.urgent_box = QCheckBox(self.tr("&Urgent — er dreigt iets op korte termijn"), self)
        self.urgent_box.setObjectName("help_urgent")
        layout.addWidget(self.urgent_box)
        urgent_hint = QLabel(
            self.tr(
                "Urgent is: dreigende huisuitzetting, afsluiting van gas, stroom, warmte of water, "
                "beëindiging van de zorgverzekering of een zitting bij de rechter. De coach "
                "spreekt de bewoner dan binnen 3 werkdagen, anders binnen 4 weken."
            ),
            self,
        )
        urgent_hint.setObjectName("Muted")
        urgent_hint.setWordWrap(True)
        layout.addWidget(urgent_hint)

        note_label = QLabel(self.tr("&Toelichting voor de budgetcoach"), self)
        layout.addWidget(note_label)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("help_note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld: wat speelt er, wanneer is de bewoner goed bereikbaar.")
        )
        self.note_edit.setFixedHeight(90)
        note_label.setBuddy(self.note_edit)
        layout.addWidget(self.note_edit)

        self.error = QLabel("", self)
        self.error.setObjectName("ErrorLine")
        self.error.setProperty("kind", "error")
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Hulpvraag &opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setProperty("accent", True)
        self.ok_button.setDefault(True)
        self.ok_button.setObjectName("help_save")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.type_boxes[HelpType.PAYMENT_ARRANGEMENT].setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.type_boxes[HelpType.PAYMENT_ARRANGEMENT].setFocus()

    def selected_types(self) -> list[HelpType]:
        return [t for t, box in self.type_boxes.items() if box.isChecked()]

    def _validate(self) -> None:
        if self.selected_types():
            self.error.hide()

    def accept(self) -> None:
        if not self.selected_types():
            self.error.setText(self.tr("Kies minstens één soort hulp."))
            self.error.show()
            return
        super().accept()

    def value(self) -> HelpRequestInput:
        return HelpRequestInput(
            help_types=tuple(self.selected_types()),
            urgent=self.urgent_box.isChecked(),
            note=self.note_edit.toPlainText().strip() or None,
        )


def callback_times(
    calendar: CallingCalendar, day: date, now: datetime, step_minutes: int = CALLBACK_STEP_MINUTES
) -> list[datetime]:
    """The times a callback may be agreed on `day`: inside its calling windows, after now,
    every `step_minutes` (the last one at least a step before the window closes)."""
    times: list[datetime] = []
    for window in calendar.windows_on(day):
        start = local(window.start)
        end = local(window.end)
        moment = start
        while moment + timedelta(minutes=step_minutes) <= end:
            if moment > now:
                times.append(moment)
            # step in wall-clock time so a DST day still offers round times
            wall = (datetime.combine(day, moment.time()) + timedelta(minutes=step_minutes)).time()
            if wall <= moment.time():
                break
            moment = datetime.combine(day, wall, tzinfo=AMSTERDAM)
    seen: set[datetime] = set()
    unique = []
    for moment in times:
        if moment not in seen:
            seen.add(moment)
            unique.append(moment)
    return unique


class CallbackDialog(QDialog):
    """Pick a day and a time for the callback; only moments inside calling hours are offered."""

    def __init__(
        self,
        calendar: CallingCalendar,
        now: datetime,
        parent: QWidget | None = None,
        days_ahead: int = CALLBACK_DAYS_AHEAD,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CallbackDialog")
        self.setWindowTitle(self.tr("Terugbelafspraak maken"))
        self.calendar_rules = calendar
        self.now = now
        self.first_day = local(now).date()
        self.last_day = self.first_day + timedelta(days=days_ahead)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Terugbelafspraak maken"), self)
        title.setObjectName("DialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Kies samen met de bewoner een dag en tijd binnen de beltijden. Grijze dagen "
                "zijn gesloten (zondag, feestdag of sluitingsdag). U krijgt de afspraak tot "
                "15 minuten na het tijdstip zelf; daarna mag een collega bellen."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("DialogIntro")
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("callback_day")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumDate(_qdate(self.first_day))
        self.calendar.setMaximumDate(_qdate(self.last_day))
        self._grey_closed_days()
        row.addWidget(self.calendar, 3)

        right = QVBoxLayout()
        self.times_label = QLabel(self.tr("&Tijd"), self)
        right.addWidget(self.times_label)
        self.times = QListWidget(self)
        self.times.setObjectName("callback_time")
        self.times.setMinimumWidth(180)
        self.times_label.setBuddy(self.times)
        right.addWidget(self.times, 1)
        row.addLayout(right, 2)
        layout.addLayout(row)

        self.summary = QLabel("", self)
        self.summary.setObjectName("Notice")
        self.summary.setProperty("kind", "info")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Afspraak &opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("callback_save")
        self.ok_button.setProperty("accent", True)
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.calendar.selectionChanged.connect(self._fill_times)
        self.times.currentItemChanged.connect(self._update_summary)
        self.times.itemActivated.connect(lambda _item: self.accept())
        self.calendar.setSelectedDate(_qdate(self._first_open_day()))
        self._fill_times()
        self.times.setFocus()
        self.resize(720, 460)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.times.setFocus()

    # --- days and times ---------------------------------------------------------------

    def _first_open_day(self) -> date:
        day = self.first_day
        while day <= self.last_day:
            if callback_times(self.calendar_rules, day, self.now):
                return day
            day += timedelta(days=1)
        return self.first_day

    def is_open_day(self, day: date) -> bool:
        return bool(callback_times(self.calendar_rules, day, self.now))

    def _grey_closed_days(self) -> None:
        # Saturday is a calling day: no weekend red; closed and past days grey.
        plain = QTextCharFormat()
        plain.setForeground(QBrush(QColor("#1d2b36")))
        self.calendar.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, plain)
        self.calendar.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, plain)
        closed = QTextCharFormat()
        closed.setForeground(QBrush(QColor("#aab4bc")))
        closed.setToolTip(self.tr("Op deze dag wordt niet gebeld"))
        day = self.first_day - timedelta(days=42)  # the grid shows up to six weeks back
        while day <= self.last_day:
            if day < self.first_day or not self.is_open_day(day):
                self.calendar.setDateTextFormat(_qdate(day), closed)
            day += timedelta(days=1)

    def selected_day(self) -> date:
        q = self.calendar.selectedDate()
        return date(q.year(), q.month(), q.day())

    def _fill_times(self) -> None:
        self.times.clear()
        moments = callback_times(self.calendar_rules, self.selected_day(), self.now)
        for moment in moments:
            item = QListWidgetItem(moment.strftime("%H:%M"))
            item.setData(Qt.ItemDataRole.UserRole, moment)
            self.times.addItem(item)
        if moments:
            self.times.setEnabled(True)
            self.times.setCurrentRow(0)
        else:
            self.times.setEnabled(False)
            item = QListWidgetItem(self.tr("Geen beltijden op deze dag"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.times.addItem(item)
        self._update_summary()

    def selected_time(self) -> datetime | None:
        item = self.times.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, datetime) else None

    def select(self, moment: datetime) -> bool:
        """Select a moment (tests and keyboard users); False when it is not offered."""
        when = local(moment)
        self.calendar.setSelectedDate(_qdate(when.date()))
        for row in range(self.times.count()):
            if self.times.item(row).data(Qt.ItemDataRole.UserRole) == when:
                self.times.setCurrentRow(row)
                return True
        return False

    def _update_summary(self) -> None:
        moment = self.selected_time()
        self.ok_button.setEnabled(moment is not None)
        if moment is None:
            self.summary.setText(self.tr("Kies een dag met beltijden."))
        else:
            self.summary.setText(self.tr("Terugbellen op {0}.").format(labels.moment(moment)))

    def accept(self) -> None:
        if self.selected_time() is None:
            return
        super().accept()

    def value(self) -> datetime | None:
        return self.selected_time()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
