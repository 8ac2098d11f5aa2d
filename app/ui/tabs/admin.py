"""The admin's workplace (*functioneel beheer*): **Beheer**.

A list of pages on the left: import a signal file (progress, summary, the rejected rows with
line and reason, saved as CSV for correction); users and roles; calling windows, closed days
and attempt limits; the wijk mapping; the conversation guide; retention; the audit log with
filters; the DDAS export. Every page calls the services (intake, accounts, admin, retention,
ddas) on the database worker; the services check the admin role and audit every change.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import AMSTERDAM
from app.models.enums import Role, Slot
from app.services import accounts, admin, ddas, follow_up, intake, retention, safe_output
from app.services.accounts import UserInfo
from app.services.admin import AuditFilter, AuditPage, AuditRow, ClosedDayItem, WijkRow
from app.services.context import AppContext
from app.services.intake import RejectedRow, SignalImportResult
from app.ui import labels
from app.ui.context import UiContext
from app.ui.tabs.row_models import BAD, MUTED, WARN, Column, RowTableModel

log = logging.getLogger("vroegbel.ui.admin")

AUDIT_PAGE = 100
WEEKDAYS = range(7)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# --- work on the database thread --------------------------------------------------------


def write_rejected_csv(path: str, columns: Sequence[str], rejected: Sequence[RejectedRow]) -> str:
    """The rejected rows with their own columns plus `line` and `reason`, as
    `import-signals --rejects` writes them (neutralised, `;`, UTF-8 with BOM), written
    beside the target and renamed when complete: correct the file and import it again."""
    with safe_output.atomic_path(path) as temporary:
        intake.write_rejects(temporary, columns, rejected)
    return path


@dataclass(frozen=True)
class SettingsBundle:
    values: dict[str, Any]
    closed_days: list[ClosedDayItem]


def read_settings(ctx: AppContext) -> SettingsBundle:
    items = admin.list_settings(ctx)
    today = ctx.clock.now().astimezone(AMSTERDAM).date()
    return SettingsBundle(
        {i.key: i.value for i in items},
        admin.list_closed_days(ctx, since=today - timedelta(days=31)),
    )


def save_settings(ctx: AppContext, changes: dict[str, Any]) -> int:
    """Store the changed settings all or nothing (the service validates the combination)."""
    return admin.put_settings(ctx, changes)


def read_audit(ctx: AppContext, given: AuditFilter, offset: int) -> tuple[AuditPage, list[str]]:
    return admin.query_audit(ctx, given, offset, AUDIT_PAGE), admin.audit_kinds(ctx)


# --- small building blocks --------------------------------------------------------------


def audit_kind_label(kind: str) -> str:
    """A Dutch name for an audit kind; unknown kinds (newer versions) show their code."""
    names = {
        "login": QCoreApplication.translate("AuditKind", "Aangemeld"),
        "login_failed": QCoreApplication.translate("AuditKind", "Aanmelden mislukt"),
        "account_locked": QCoreApplication.translate(
            "AuditKind", "Account geblokkeerd na mislukte pogingen"
        ),
        "access_refused": QCoreApplication.translate("AuditKind", "Toegang geweigerd"),
        "password_changed": QCoreApplication.translate("AuditKind", "Wachtwoord gewijzigd"),
        "password_change_failed": QCoreApplication.translate(
            "AuditKind", "Wachtwoord wijzigen mislukt"
        ),
        "password_reset": QCoreApplication.translate("AuditKind", "Wachtwoord gereset"),
        "user_created": QCoreApplication.translate("AuditKind", "Account aangemaakt"),
        "user_locked": QCoreApplication.translate("AuditKind", "Account geblokkeerd"),
        "user_unlocked": QCoreApplication.translate("AuditKind", "Account gedeblokkeerd"),
        "user_removed": QCoreApplication.translate("AuditKind", "Account verwijderd"),
        "user_renamed": QCoreApplication.translate("AuditKind", "Naam gewijzigd"),
        "role_changed": QCoreApplication.translate("AuditKind", "Rol gewijzigd"),
        "claim": QCoreApplication.translate("AuditKind", "Zaak opgepakt"),
        "release": QCoreApplication.translate("AuditKind", "Zaak teruggegeven"),
        "lease_released": QCoreApplication.translate(
            "AuditKind", "Zaak vrijgegeven door teamleider"
        ),
        "lease_expired": QCoreApplication.translate("AuditKind", "Reservering verlopen"),
        "reassign": QCoreApplication.translate("AuditKind", "Zaak toegewezen"),
        "outcome": QCoreApplication.translate("AuditKind", "Uitkomst vastgelegd"),
        "outcome_refused": QCoreApplication.translate(
            "AuditKind", "Uitkomst geweigerd (zaak niet in behandeling)"
        ),
        "view_case": QCoreApplication.translate("AuditKind", "Zaak ingezien"),
        "view_personal_data": QCoreApplication.translate("AuditKind", "Persoonsgegevens ingezien"),
        "phone_added": QCoreApplication.translate("AuditKind", "Telefoonnummer toegevoegd"),
        "handoff_take": QCoreApplication.translate("AuditKind", "Overdracht in behandeling"),
        "handoff_release": QCoreApplication.translate("AuditKind", "Overdracht teruggegeven"),
        "coach_contact": QCoreApplication.translate("AuditKind", "Contact budgetcoach"),
        "help_offered": QCoreApplication.translate("AuditKind", "Geboden hulp vastgelegd"),
        "handoff_close": QCoreApplication.translate("AuditKind", "Overdracht afgesloten"),
        "report": QCoreApplication.translate("AuditKind", "Cijfers bekeken"),
        "report_export": QCoreApplication.translate("AuditKind", "Rapport geëxporteerd"),
        "simulate": QCoreApplication.translate("AuditKind", "Belregels doorgerekend"),
        "export_ddas": QCoreApplication.translate("AuditKind", "DDAS-levering"),
        "import_signals": QCoreApplication.translate("AuditKind", "Signalen ingelezen"),
        "import_history": QCoreApplication.translate("AuditKind", "Contacthistorie ingelezen"),
        "setting_changed": QCoreApplication.translate("AuditKind", "Instelling gewijzigd"),
        "closed_day_added": QCoreApplication.translate("AuditKind", "Gesloten dag toegevoegd"),
        "closed_day_removed": QCoreApplication.translate("AuditKind", "Gesloten dag verwijderd"),
        "wijk_mapping_replaced": QCoreApplication.translate("AuditKind", "Wijkindeling vervangen"),
        "retention_run": QCoreApplication.translate("AuditKind", "Bewaartermijn: opgeschoond"),
    }
    return names.get(kind, kind)


_DETAIL_PAIR = re.compile(r"^[a-z_]+=\S*$")
_ISO_DAY = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


def audit_detail_text(kind: str, detail: str | None) -> str:
    """The audit detail for a person: `rows=7 imported=3` becomes "regels 7 · ingelezen 3",
    an outcome code its label, a date dd-mm-jjjj. Anything else (free Dutch text, a detail of
    a newer version) is shown as stored; the raw detail stays in the tooltip."""
    if not detail:
        return ""
    if kind == "outcome":
        return labels.outcome_label(detail)
    words = detail.split()
    if not words or not all(_DETAIL_PAIR.match(word) for word in words):
        return detail
    names = {
        "rows": QCoreApplication.translate("AuditDetail", "regels"),
        "imported": QCoreApplication.translate("AuditDetail", "ingelezen"),
        "attached": QCoreApplication.translate("AuditDetail", "bij open zaak"),
        "new_cases": QCoreApplication.translate("AuditDetail", "nieuwe zaken"),
        "duplicates": QCoreApplication.translate("AuditDetail", "dubbel"),
        "rejected": QCoreApplication.translate("AuditDetail", "afgewezen"),
        "needs_phone": QCoreApplication.translate("AuditDetail", "zonder telefoon"),
        "invalid_phones": QCoreApplication.translate("AuditDetail", "ongeldige nummers"),
        "handed_off": QCoreApplication.translate("AuditDetail", "overgedragen"),
        "closed": QCoreApplication.translate("AuditDetail", "afgesloten"),
        "from": QCoreApplication.translate("AuditDetail", "van"),
        "to": QCoreApplication.translate("AuditDetail", "t/m"),
        "cases": QCoreApplication.translate("AuditDetail", "zaken"),
        "format": QCoreApplication.translate("AuditDetail", "formaat"),
        "coach": QCoreApplication.translate("AuditDetail", "coach"),
    }
    parts: list[str] = []
    for word in words:
        key, _, value = word.partition("=")
        day = _ISO_DAY.match(value)
        if day:
            value = f"{day[3]}-{day[2]}-{day[1]}"
        elif value in ("", "-"):
            value = "–"
        elif key == "format":
            value = value.upper()
        parts.append(f"{names.get(key, key)} {value}")
    return " · ".join(parts)


class Page(QWidget):
    """One admin page: a title, an intro, a notice line and its content."""

    def __init__(self, ui: UiContext, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = ui
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 8, 8)
        outer.setSpacing(8)
        heading = QLabel(title, self)
        heading.setObjectName("CardName")
        outer.addWidget(heading)
        text = QLabel(intro, self)
        text.setObjectName("Muted")
        text.setWordWrap(True)
        outer.addWidget(text)
        self.notice = QLabel(self)
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body, 1)

    def say(self, text: str, kind: str = "ok") -> None:
        self.notice.setText(text)
        self.notice.setProperty("kind", kind)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(text))

    def failed(self, sentence: str, _exc: BaseException) -> None:
        self.say(sentence, "error")

    def done_then_load(self, text: str) -> None:
        """Say what was done and read the page again."""
        self.say(text, "ok")
        self.load()

    def run(
        self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None], **kw: Any
    ) -> None:
        self.ui.worker.run(fn, *args, on_done=on_done, on_error=self.failed, owner=self, **kw)

    def store_settings(self, changes: dict[str, Any]) -> None:
        """Store the settings this page changed, all or nothing (admin.put_settings), and read
        the page again; a refusal leaves the page as the admin typed it."""
        if not changes:
            self.say(self.tr("Er is niets gewijzigd."), "info")
            return
        self.run(
            save_settings,
            self.ui.app,
            changes,
            on_done=lambda n: self.done_then_load(
                self.tr("{0} instelling(en) opgeslagen.").format(n)
            ),
        )

    def load(self) -> None:
        """Read the page's data (called when the page is shown)."""


def _table(parent: QWidget, model: Any, stretch_col: int = -1) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_col >= 0:
        header.setSectionResizeMode(stretch_col, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def _buttons(*widgets: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    if stretch_first:
        row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


# --- import ------------------------------------------------------------------------------


class ImportPage(Page):
    imported = Signal(object)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Signalen inlezen"),
            self.tr(
                "Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels "
                "worden ingelezen; regels met een fout staan hieronder met regelnummer en "
                "reden. Sla ze op, verbeter ze en lees het bestand opnieuw in: wat al bekend "
                "is wordt overgeslagen."
            ),
            parent,
        )
        self.result: SignalImportResult | None = None
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Kies een bestand…"))
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Bladeren…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.import_button = QPushButton(self.tr("&Inlezen"), self)
        self.import_button.setProperty("accent", True)
        self.import_button.clicked.connect(lambda: self.import_file(self.path_edit.text()))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.import_button)
        self.body.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.body.addWidget(self.progress)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.summary)

        self.rejected: RowTableModel[RejectedRow] = RowTableModel(
            [
                Column(lambda: self.tr("Regel"), lambda r: str(r.line), sort=lambda r: r.line),
                Column(lambda: self.tr("Reden"), lambda r: r.reason, foreground=lambda r: BAD),
                Column(
                    lambda: self.tr("Inhoud van de regel"),
                    lambda r: " ; ".join(c for c in r.cells[:6] if c),
                    foreground=lambda r: MUTED,
                ),
            ],
            key=lambda r: r.line,
            parent=self,
        )
        self.rejected_title = QLabel(self.tr("AFGEWEZEN REGELS"), self)
        self.rejected_title.setObjectName("SectionTitle")
        self.body.addWidget(self.rejected_title)
        self.rejected_view = _table(self, self.rejected, stretch_col=2)
        self.rejected_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive
        )
        self.rejected_view.horizontalHeader().resizeSection(1, 380)
        self.body.addWidget(self.rejected_view, 1)
        self.save_button = QPushButton(self.tr("Afgewezen regels &opslaan als CSV…"), self)
        self.save_button.clicked.connect(lambda: self.save_rejected())
        self.body.addLayout(_buttons(self.save_button))
        self._show_rejected(False)

    def _show_rejected(self, visible: bool) -> None:
        self.rejected_title.setVisible(visible)
        self.rejected_view.setVisible(visible)
        self.save_button.setVisible(visible)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Signaalbestand kiezen"),
            "",
            self.tr("Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def import_file(self, path: str) -> None:
        if not path:
            self.say(self.tr("Kies eerst een bestand."), "error")
            return
        self.path_edit.setText(path)
        self.say("")
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)  # the import reports no steps: a busy bar
        self.progress.show()
        self.summary.setText(self.tr("Bezig met inlezen van {0}…").format(Path(path).name))
        self.ui.worker.run(
            intake.import_signals,
            self.ui.app,
            path,
            on_done=self._imported,
            on_error=self._import_failed,
            owner=self,
        )

    def _import_failed(self, sentence: str, exc: BaseException) -> None:
        self.progress.hide()
        self.import_button.setEnabled(True)
        self.summary.setText("")
        self.failed(sentence, exc)

    def _imported(self, result: SignalImportResult) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.hide()
        self.import_button.setEnabled(True)
        lines = [
            self.tr(
                "<b>{0}</b> regels gelezen: <b>{1}</b> ingelezen ({2} nieuwe zaken, {3} bij "
                "een open zaak gevoegd), {4} al bekend, <b>{5}</b> afgewezen."
            ).format(
                result.rows_read,
                result.imported,
                result.new_cases,
                result.attached,
                result.duplicates,
                len(result.rejected),
            )
        ]
        lines += [f"• {w}" for w in result.warnings]
        self.summary.setText("<br>".join(lines))
        self.rejected.set_rows(result.rejected)
        self._show_rejected(bool(result.rejected))
        if result.rejected:
            self.say(
                self.tr(
                    "{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in."
                ).format(len(result.rejected)),
                "error",
            )
        else:
            self.say(self.tr("Alle regels zijn ingelezen."), "ok")
        self.imported.emit(result)

    def save_rejected(self, path: str | None = None) -> None:
        if self.result is None or not self.result.rejected:
            return
        if path is None:
            source = Path(self.path_edit.text() or "signalen.csv")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Afgewezen regels opslaan"),
                str(source.with_name(source.stem + "-afgewezen.csv")),
                self.tr("CSV-bestand (*.csv)"),
            )
            if not path:
                return
        self.run(
            write_rejected_csv,
            path,
            self.result.columns,
            self.result.rejected,
            on_done=lambda p: self.say(self.tr("Opgeslagen: {0}").format(p), "ok"),
        )


# --- users -------------------------------------------------------------------------------


def role_label(role: Role | str) -> str:
    from app.ui.main_window import role_label as label

    return label(str(role))


class UsersPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Gebruikers en rollen"),
            self.tr(
                "Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account "
                "krijgt een tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding "
                "zelf vervangt. Geef het tijdelijke wachtwoord persoonlijk door."
            ),
            parent,
        )

        def status(u: UserInfo) -> str:
            if u.removed_at is not None:
                return self.tr("verwijderd")
            if u.locked:
                return self.tr("geblokkeerd")
            if u.must_change_password:
                return self.tr("moet wachtwoord kiezen")
            return self.tr("actief")

        self.users: RowTableModel[UserInfo] = RowTableModel(
            [
                Column(lambda: self.tr("Gebruikersnaam"), lambda u: u.username),
                Column(lambda: self.tr("Naam"), lambda u: u.display_name),
                Column(lambda: self.tr("Rol"), lambda u: role_label(u.role)),
                Column(
                    lambda: self.tr("Status"),
                    status,
                    foreground=lambda u: BAD if u.locked else (WARN if u.removed_at else None),
                ),
                Column(
                    lambda: self.tr("Laatst aangemeld"),
                    lambda u: labels.moment(u.last_login_at) if u.last_login_at else "—",
                ),
            ],
            key=lambda u: u.id,
            parent=self,
        )
        self.view = _table(self, self.users, stretch_col=1)
        self.body.addWidget(self.view, 1)
        self.lock_button = QPushButton(self.tr("&Blokkeren"), self)
        self.unlock_button = QPushButton(self.tr("&Deblokkeren"), self)
        self.reset_button = QPushButton(self.tr("&Wachtwoord resetten…"), self)
        self.lock_button.clicked.connect(lambda: self._act("lock"))
        self.unlock_button.clicked.connect(lambda: self._act("unlock"))
        self.reset_button.clicked.connect(lambda: self._act("reset"))
        self.body.addLayout(_buttons(self.lock_button, self.unlock_button, self.reset_button))

        box = QFrame(self)
        box.setObjectName("Card")
        form = QGridLayout(box)
        form.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("NIEUW ACCOUNT"), box)
        title.setObjectName("SectionTitle")
        form.addWidget(title, 0, 0, 1, 4)
        self.new_username = QLineEdit(box)
        self.new_username.setPlaceholderText(self.tr("bijv. jdevries"))
        self.new_name = QLineEdit(box)
        self.new_name.setPlaceholderText(self.tr("bijv. Jan de Vries"))
        self.new_role = QComboBox(box)
        for role in (Role.AGENT, Role.COACH, Role.TEAMLEAD, Role.ADMIN):
            self.new_role.addItem(role_label(role), role.value)
        self.create_button = QPushButton(self.tr("Account &aanmaken"), box)
        self.create_button.setProperty("accent", True)
        self.create_button.clicked.connect(self.create_user)
        for col, (text, widget) in enumerate(
            (
                (self.tr("Gebruikersnaam"), self.new_username),
                (self.tr("Naam"), self.new_name),
                (self.tr("Rol"), self.new_role),
            )
        ):
            label = QLabel(text, box)
            label.setObjectName("FieldLabel")
            label.setBuddy(widget)
            form.addWidget(label, 1, col)
            form.addWidget(widget, 2, col)
        form.addWidget(self.create_button, 2, 3)
        self.body.addWidget(box)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()
        #: the last temporary password shown (tests read it; never logged)
        self.last_password = ""

    def load(self) -> None:
        self.run(accounts.list_users, self.ui.app, True, on_done=self._loaded)

    def _loaded(self, users: list[UserInfo]) -> None:
        self.users.set_rows(users)
        self._update()

    def selected(self) -> UserInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.users.row_at(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        for i, u in enumerate(self.users.rows):
            if u.username == username:
                self.view.selectRow(i)

    def _update(self) -> None:
        u = self.selected()
        active = u is not None and u.removed_at is None
        self.lock_button.setEnabled(active and u is not None and not u.locked)
        self.unlock_button.setEnabled(active and u is not None and u.locked)
        self.reset_button.setEnabled(active)

    def _act(self, action: str) -> None:
        u = self.selected()
        if u is None:
            return
        if action == "lock":
            self.run(
                accounts.lock_user,
                self.ui.app,
                u.username,
                on_done=lambda _r: self._done(self.tr("{0} is geblokkeerd.").format(u.username)),
            )
        elif action == "unlock":
            self.run(
                accounts.unlock_user,
                self.ui.app,
                u.username,
                on_done=lambda _r: self._done(
                    self.tr("{0} kan zich weer aanmelden.").format(u.username)
                ),
            )
        else:
            self.run(
                accounts.reset_password,
                self.ui.app,
                u.username,
                on_done=lambda pw: self._password(u.username, pw),
            )

    def _done(self, text: str) -> None:
        self.say(text, "ok")
        self.load()

    def _password(self, username: str, password: str) -> None:
        self.last_password = password
        self._done(
            self.tr(
                "Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet "
                "nog eens getoond."
            ).format(username, password)
        )

    def create_user(self) -> None:
        username = self.new_username.text().strip()
        if not username:
            self.say(self.tr("Vul een gebruikersnaam in."), "error")
            return
        self.run(
            accounts.create_user,
            self.ui.app,
            username,
            self.new_role.currentData(),
            self.new_name.text().strip() or None,
            on_done=self._created,
        )

    def _created(self, result: tuple[UserInfo, str]) -> None:
        info, password = result
        self.new_username.clear()
        self.new_name.clear()
        self._password(info.username, password)


# --- calling windows, closed days, limits, retention -------------------------------------


class SettingsPage(Page):
    """Calling windows, attempt limits and the coach's deadlines, closed days."""

    #: the settings in the order shown, with a unit
    INT_KEYS: tuple[str, ...] = (
        "max_attempts",
        "min_evening_attempts",
        "min_saturday_attempts",
        "plan_days",
        "lease_minutes",
        "callback_reserved_minutes",
        "local_target_working_days",
        "legal_urgent_working_days",
        "legal_normal_weeks",
    )

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Belvensters, pogingen en gesloten dagen"),
            self.tr(
                "Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen "
                "wordt nooit gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u "
                "hieronder toe. Wijzigingen gelden voor alle werkplekken."
            ),
            parent,
        )
        self.values: dict[str, Any] = {}
        columns = QHBoxLayout()
        columns.setSpacing(12)
        self.body.addLayout(columns, 1)

        left = QVBoxLayout()
        columns.addLayout(left, 3)
        win_box = QFrame(self)
        win_box.setObjectName("Card")
        grid = QGridLayout(win_box)
        grid.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("BELVENSTERS"), win_box)
        title.setObjectName("SectionTitle")
        grid.addWidget(title, 0, 0, 1, 10)
        for d in WEEKDAYS:
            head = QLabel(labels.weekday_short(d), win_box)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 1, 1 + d)
        grid.addWidget(QLabel(self.tr("van"), win_box), 1, 8)
        grid.addWidget(QLabel(self.tr("tot"), win_box), 1, 9)
        self.window_days: dict[str, list[QCheckBox]] = {}
        self.window_start: dict[str, QTimeEdit] = {}
        self.window_end: dict[str, QTimeEdit] = {}
        for r, slot in enumerate(Slot, start=2):
            grid.addWidget(QLabel(labels.slot_label(slot).capitalize(), win_box), r, 0)
            boxes = []
            for d in WEEKDAYS:
                box = QCheckBox(win_box)
                box.setToolTip(f"{labels.slot_label(slot)} – {labels.weekday_short(d)}")
                grid.addWidget(box, r, 1 + d, Qt.AlignmentFlag.AlignCenter)
                boxes.append(box)
            self.window_days[slot.value] = boxes
            start, end = QTimeEdit(win_box), QTimeEdit(win_box)
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            self.window_start[slot.value] = start
            self.window_end[slot.value] = end
            grid.addWidget(start, r, 8)
            grid.addWidget(end, r, 9)
        left.addWidget(win_box)

        limits = QFrame(self)
        limits.setObjectName("Card")
        form = QFormLayout(limits)
        form.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("POGINGEN EN TERMIJNEN"), limits)
        title.setObjectName("SectionTitle")
        form.addRow(title)
        self.spins: dict[str, QSpinBox] = {}
        from app.services import settings as shared

        for key in self.INT_KEYS:
            spin = QSpinBox(limits)
            low, high = admin.INT_RANGES.get(key, (0, 1000))
            spin.setRange(low, high)
            spin.setMinimumWidth(80)
            self.spins[key] = spin
            form.addRow(self.setting_label(key, shared.SPECS[key].label), spin)
        left.addWidget(limits)
        left.addStretch(1)

        right = QVBoxLayout()
        columns.addLayout(right, 2)
        closed_box = QFrame(self)
        closed_box.setObjectName("Card")
        cl = QVBoxLayout(closed_box)
        cl.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("EXTRA GESLOTEN DAGEN"), closed_box)
        title.setObjectName("SectionTitle")
        cl.addWidget(title)
        self.closed: RowTableModel[ClosedDayItem] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Datum"),
                    lambda c: f"{labels.weekday_short(c.day.weekday())} {c.day:%d-%m-%Y}",
                ),
                Column(lambda: self.tr("Reden"), lambda c: c.reason),
            ],
            key=lambda c: c.day,
            parent=self,
        )
        self.closed_view = _table(closed_box, self.closed, stretch_col=1)
        cl.addWidget(self.closed_view, 1)
        add_row = QHBoxLayout()
        self.closed_date = QDateEdit(closed_box)
        self.closed_date.setCalendarPopup(True)
        self.closed_date.setDisplayFormat("dd-MM-yyyy")
        self.closed_date.setDate(_qdate(ui.clock.now().astimezone(AMSTERDAM).date()))
        self.closed_reason = QLineEdit(closed_box)
        self.closed_reason.setPlaceholderText(self.tr("Reden, bijv. Bevrijdingsdag"))
        self.add_closed_button = QPushButton(self.tr("&Toevoegen"), closed_box)
        self.remove_closed_button = QPushButton(self.tr("Ve&rwijderen"), closed_box)
        self.add_closed_button.clicked.connect(self.add_closed_day)
        self.remove_closed_button.clicked.connect(self.remove_closed_day)
        add_row.addWidget(self.closed_date)
        add_row.addWidget(self.closed_reason, 1)
        add_row.addWidget(self.add_closed_button)
        cl.addLayout(add_row)
        cl.addLayout(_buttons(self.remove_closed_button))
        right.addWidget(closed_box, 1)

        self.save_button = QPushButton(self.tr("Instellingen &opslaan"), self)
        self.save_button.setProperty("accent", True)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Wijzigingen ongedaan maken"), self)
        self.reset_button.clicked.connect(self.load)
        self.body.addLayout(_buttons(self.reset_button, self.save_button))

    def setting_label(self, key: str, fallback: str) -> str:
        names = {
            "max_attempts": self.tr("Maximaal aantal belpogingen"),
            "min_evening_attempts": self.tr("Minimaal aantal pogingen in de avond"),
            "min_saturday_attempts": self.tr("Minimaal aantal pogingen op zaterdag"),
            "plan_days": self.tr("Alle pogingen binnen (kalenderdagen)"),
            "lease_minutes": self.tr("Een zaak blijft gereserveerd (minuten)"),
            "callback_reserved_minutes": self.tr("Terugbelafspraak voorbehouden (minuten)"),
            "local_target_working_days": self.tr("Lokale termijn eerste gesprek coach (werkdagen)"),
            "legal_urgent_working_days": self.tr("Wettelijke termijn bij dreiging (werkdagen)"),
            "legal_normal_weeks": self.tr("Wettelijke termijn overig (weken)"),
            "retention_closed_months": self.tr("Gesloten zonder hulp: bewaren (maanden)"),
            "retention_handoff_months": self.tr("Na afsluiting door de coach: bewaren (maanden)"),
            "idle_lock_minutes": self.tr("Scherm vergrendelen na (minuten zonder invoer)"),
        }
        return names.get(key, fallback)

    def load(self) -> None:
        self.run(read_settings, self.ui.app, on_done=self._loaded)

    def _loaded(self, bundle: SettingsBundle) -> None:
        self.values = dict(bundle.values)
        windows = bundle.values.get("calling_windows") or {}
        for slot in Slot:
            spec = windows.get(slot.value, {})
            days = set(spec.get("weekdays", []))
            for d, box in enumerate(self.window_days[slot.value]):
                box.setChecked(d in days)
            for edit, text in (
                (self.window_start[slot.value], spec.get("start", "09:00")),
                (self.window_end[slot.value], spec.get("end", "17:00")),
            ):
                edit.setTime(QTime.fromString(text, "HH:mm"))
        for key, spin in self.spins.items():
            spin.setValue(int(bundle.values.get(key, spin.minimum())))
        self.closed.set_rows(bundle.closed_days)

    def edited_windows(self) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for slot in Slot:
            result[slot.value] = {
                "weekdays": [
                    d for d, b in enumerate(self.window_days[slot.value]) if b.isChecked()
                ],
                "start": self.window_start[slot.value].time().toString("HH:mm"),
                "end": self.window_end[slot.value].time().toString("HH:mm"),
            }
        return result

    def changes(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        windows = self.edited_windows()
        if windows != self.values.get("calling_windows"):
            found["calling_windows"] = windows
        for key, spin in self.spins.items():
            if spin.value() != self.values.get(key):
                found[key] = spin.value()
        return found

    def save(self) -> None:
        self.store_settings(self.changes())

    def add_closed_day(self) -> None:
        day = _pydate(self.closed_date.date())
        self.run(
            admin.add_closed_day,
            self.ui.app,
            day,
            self.closed_reason.text().strip(),
            on_done=lambda _r: self._closed_day_added(),
        )

    def _closed_day_added(self) -> None:
        self.closed_reason.clear()
        self.load()

    def remove_closed_day(self) -> None:
        rows = self.closed_view.selectionModel().selectedRows()
        item = self.closed.row_at(rows[0].row()) if rows else None
        if item is not None:
            self.run(admin.remove_closed_day, self.ui.app, item.day, on_done=lambda _r: self.load())


class FollowUpSettingsPage(Page):
    """Issue 14: what follows the plan, and the letter and card the admin edits."""

    TEXT_KEYS: tuple[str, ...] = ("letterhead", "callcenter_phone", "callcenter_hours")
    TEMPLATE_KEYS: tuple[str, ...] = (
        "letter_template",
        "letter_template_en",
        "card_template",
        "card_template_en",
    )

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Vervolg: brief, kaartje, huisbezoek"),
            self.tr(
                "Wat volgt op een belplan zonder contact, en de tekst van de brief en het "
                "kaartje. In een sjabloon staan velden tussen accolades: {0}."
            ).format(", ".join("{" + f + "}" for f in follow_up.TEMPLATE_FIELDS)),
            parent,
        )
        box = QFrame(self)
        box.setObjectName("Card")
        form = QFormLayout(box)
        form.setContentsMargins(12, 10, 12, 10)
        self.channel = QComboBox(box)
        for code, text in (
            ("letter", self.tr("Brief")),
            ("card", self.tr("Kaartje door de bus")),
            ("home_visit", self.tr("Huisbezoek door het wijkteam")),
            ("none", self.tr("Geen vervolg")),
        ):
            self.channel.addItem(text, code)
        form.addRow(self.tr("Vervolg na het belplan"), self.channel)
        self.texts: dict[str, QLineEdit] = {}
        for key, label in (
            ("letterhead", self.tr("Briefhoofd")),
            ("callcenter_phone", self.tr("Telefoonnummer callcenter")),
            ("callcenter_hours", self.tr("Bereikbaar")),
        ):
            edit = QLineEdit(box)
            self.texts[key] = edit
            form.addRow(label, edit)
        self.template_choice = QComboBox(box)
        for key, label in (
            ("letter_template", self.tr("Brief (Nederlands)")),
            ("letter_template_en", self.tr("Brief (Engels)")),
            ("card_template", self.tr("Kaartje (Nederlands)")),
            ("card_template_en", self.tr("Kaartje (Engels)")),
        ):
            self.template_choice.addItem(label, key)
        form.addRow(self.tr("Sjabloon"), self.template_choice)
        self.body.addWidget(box)
        self.template_edit = QPlainTextEdit(self)
        self.template_edit.setObjectName("TemplateEdit")
        self.template_edit.setMinimumHeight(260)
        self.body.addWidget(self.template_edit, 1)
        self.templates: dict[str, str] = {}
        self._shown_template = "letter_template"
        self.template_choice.currentIndexChanged.connect(self._switch_template)
        self.save_button = QPushButton(self.tr("&Opslaan"), self)
        self.save_button.setProperty("accent", True)
        self.save_button.clicked.connect(self.save)
        self.body.addLayout(_buttons(self.save_button))
        self._values: dict[str, Any] = {}

    def _switch_template(self, _index: int) -> None:
        self.templates[self._shown_template] = self.template_edit.toPlainText()
        self._shown_template = str(self.template_choice.currentData())
        self.template_edit.setPlainText(self.templates.get(self._shown_template, ""))

    def load(self) -> None:
        self.run(read_settings, self.ui.app, on_done=self._loaded)

    def _loaded(self, bundle: SettingsBundle) -> None:
        self._values = dict(bundle.values)
        index = self.channel.findData(bundle.values.get("follow_up_channel", "letter"))
        self.channel.setCurrentIndex(max(index, 0))
        for key, edit in self.texts.items():
            edit.setText(str(bundle.values.get(key, "")))
        self.templates = {k: str(bundle.values.get(k, "")) for k in self.TEMPLATE_KEYS}
        self._shown_template = str(self.template_choice.currentData())
        self.template_edit.setPlainText(self.templates[self._shown_template])

    def changes(self) -> dict[str, Any]:
        self.templates[self._shown_template] = self.template_edit.toPlainText()
        found: dict[str, Any] = {}
        if self.channel.currentData() != self._values.get("follow_up_channel"):
            found["follow_up_channel"] = self.channel.currentData()
        for key, edit in self.texts.items():
            if edit.text().strip() != self._values.get(key):
                found[key] = edit.text()
        for key in self.TEMPLATE_KEYS:
            if key in self.templates and self.templates[key] != self._values.get(key):
                found[key] = self.templates[key]
        return found

    def save(self) -> None:
        """Channel, texts and templates together, all or nothing (admin.put_settings): a
        refused template leaves every setting as it was and the page as the admin typed it."""
        self.store_settings(self.changes())


class RetentionPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Bewaartermijnen"),
            self.tr(
                "Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers "
                "blijven. Een zaak die zonder hulp is gesloten wordt opgeschoond na de eerste "
                "termijn; een overgedragen zaak pas als de budgetcoach haar heeft afgesloten, "
                "plus de tweede termijn. Open zaken blijven altijd staan. Het opschonen gebeurt "
                "elke nacht vanzelf."
            ),
            parent,
        )
        box = QFrame(self)
        box.setObjectName("Card")
        form = QFormLayout(box)
        form.setContentsMargins(12, 10, 12, 10)
        self.closed_months = QSpinBox(box)
        self.closed_months.setRange(*admin.INT_RANGES["retention_closed_months"])
        self.handoff_months = QSpinBox(box)
        self.handoff_months.setRange(*admin.INT_RANGES["retention_handoff_months"])
        self.idle_minutes = QSpinBox(box)
        self.idle_minutes.setRange(*admin.INT_RANGES["idle_lock_minutes"])
        form.addRow(self.tr("Gesloten zonder hulp: bewaren (maanden)"), self.closed_months)
        form.addRow(self.tr("Na afsluiting door de coach: bewaren (maanden)"), self.handoff_months)
        form.addRow(self.tr("Scherm vergrendelen na (minuten zonder invoer)"), self.idle_minutes)
        self.body.addWidget(box)
        self.save_button = QPushButton(self.tr("&Opslaan"), self)
        self.save_button.setProperty("accent", True)
        self.save_button.clicked.connect(self.save)
        self.dry_button = QPushButton(
            self.tr("&Proefdraaien: wat zou nu worden opgeschoond?"), self
        )
        self.dry_button.clicked.connect(self.dry_run)
        self.body.addLayout(_buttons(self.dry_button, self.save_button))
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.body.addWidget(self.result_label)
        self.body.addStretch(1)
        self._values: dict[str, Any] = {}

    def load(self) -> None:
        self.run(read_settings, self.ui.app, on_done=self._loaded)

    def _loaded(self, bundle: SettingsBundle) -> None:
        self._values = bundle.values
        self.closed_months.setValue(int(bundle.values["retention_closed_months"]))
        self.handoff_months.setValue(int(bundle.values["retention_handoff_months"]))
        self.idle_minutes.setValue(int(bundle.values["idle_lock_minutes"]))

    def save(self) -> None:
        changes = {
            key: spin.value()
            for key, spin in (
                ("retention_closed_months", self.closed_months),
                ("retention_handoff_months", self.handoff_months),
                ("idle_lock_minutes", self.idle_minutes),
            )
            if spin.value() != self._values.get(key)
        }
        if not changes:
            self.say(self.tr("Er is niets gewijzigd."), "info")
            return
        self.run(
            save_settings,
            self.ui.app,
            changes,
            on_done=lambda n: self.done_then_load(
                self.tr("{0} instelling(en) opgeslagen.").format(n)
            ),
        )

    def dry_run(self) -> None:
        self.result_label.setText(self.tr("Bezig…"))
        self.run(
            retention.run_retention,
            self.ui.app,
            True,
            on_done=lambda r: self.result_label.setText(r.summary()),
        )


# --- wijk mapping and conversation guide ------------------------------------------------


class WijkPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Wijkindeling"),
            self.tr(
                "Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. "
                "Een postcodegebied (2031) of een hele postcode (2031AB); de langste "
                "overeenkomst telt. Een postcode zonder wijk komt in ‘Onbekend’."
            ),
            parent,
        )
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Postcode"), self.tr("Wijk")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 120)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("Muted")
        self.add_button = QPushButton(self.tr("Regel &toevoegen"), self)
        self.remove_button = QPushButton(self.tr("Regel ve&rwijderen"), self)
        self.file_button = QPushButton(self.tr("&Inlezen uit CSV…"), self)
        self.save_button = QPushButton(self.tr("&Opslaan"), self)
        self.save_button.setProperty("accent", True)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.file_button.clicked.connect(lambda: self.read_file())
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        for b in (self.add_button, self.remove_button, self.file_button, self.save_button):
            row.addWidget(b)
        self.body.addLayout(row)

    def load(self) -> None:
        self.run(admin.list_wijk_mapping, self.ui.app, on_done=self.show_rows)

    def show_rows(self, rows: Sequence[WijkRow]) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(r.postcode))
            self.table.setItem(i, 1, QTableWidgetItem(r.wijk))
        self.count_label.setText(self.tr("{0} regels").format(len(rows)))

    def rows(self) -> list[tuple[str, str]]:
        found = []
        for i in range(self.table.rowCount()):
            p, w = self.table.item(i, 0), self.table.item(i, 1)
            postcode = p.text().strip() if p else ""
            wijk = w.text().strip() if w else ""
            if postcode or wijk:
                found.append((postcode, wijk))
        return found

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0) or QTableWidgetItem())

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def read_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Wijkindeling inlezen"), "", self.tr("CSV-bestand (*.csv)")
            )
            if not path:
                return
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
            rows = admin.parse_wijk_csv(text)
        except (OSError, UnicodeDecodeError) as exc:
            self.say(self.tr("Het bestand kan niet gelezen worden: {0}").format(exc), "error")
            return
        except Exception as exc:  # InvalidInput: one sentence from the service
            self.say(str(exc), "error")
            return
        self.show_rows(rows)
        self.say(
            self.tr("{0} regels ingelezen; controleer ze en druk op Opslaan.").format(len(rows)),
            "info",
        )

    def save(self) -> None:
        self.run(
            admin.replace_wijk_mapping,
            self.ui.app,
            self.rows(),
            on_done=lambda n: self.done_then_load(
                self.tr("Wijkindeling opgeslagen ({0} regels).").format(n)
            ),
        )


class GuidePage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Gespreksleidraad"),
            self.tr(
                "De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, "
                "- opsomming. Rechts ziet u hoe het eruitziet."
            ),
            parent,
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.editor = QPlainTextEdit(splitter)
        self.editor.setObjectName("GuideEditor")
        self.preview = QTextBrowser(splitter)
        self.preview.setObjectName("Guide")
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        self.body.addWidget(splitter, 1)
        self.editor.textChanged.connect(lambda: self.preview.setMarkdown(self.editor.toPlainText()))
        self.default_button = QPushButton(self.tr("Standaardtekst terugzetten"), self)
        self.default_button.clicked.connect(self.restore_default)
        self.save_button = QPushButton(self.tr("&Opslaan"), self)
        self.save_button.setProperty("accent", True)
        self.save_button.clicked.connect(self.save)
        self.body.addLayout(_buttons(self.default_button, self.save_button))

    def load(self) -> None:
        self.run(admin.get_conversation_guide, self.ui.app, on_done=self.editor.setPlainText)

    def save(self) -> None:
        self.run(
            admin.set_conversation_guide,
            self.ui.app,
            self.editor.toPlainText(),
            on_done=lambda _r: self.say(self.tr("De gespreksleidraad is opgeslagen."), "ok"),
        )

    def restore_default(self) -> None:
        self.run(
            admin.set_conversation_guide,
            self.ui.app,
            None,
            on_done=lambda _r: self.done_then_load(self.tr("De standaardtekst staat weer klaar.")),
        )


# --- audit log ---------------------------------------------------------------------------


class AuditLogPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Auditlog"),
            self.tr(
                "Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, "
                "exports, aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en "
                "bevat zelf geen persoonsgegevens."
            ),
            parent,
        )
        filters = QHBoxLayout()
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText(self.tr("Gebruiker"))
        self.case_edit = QLineEdit(self)
        self.case_edit.setPlaceholderText(self.tr("Zaaknummer"))
        self.case_edit.setMaximumWidth(110)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Alle soorten"), "")
        self.kind_combo.setMinimumContentsLength(16)
        today = ui.clock.now().astimezone(AMSTERDAM).date()
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=30)), self)
        self.to_edit = QDateEdit(_qdate(today), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.search_button = QPushButton(self.tr("&Zoeken"), self)
        self.search_button.setProperty("accent", True)
        self.search_button.clicked.connect(lambda: self.search(0))
        for w in (self.user_edit, self.case_edit, self.kind_combo):
            filters.addWidget(w)
        filters.addWidget(QLabel(self.tr("van"), self))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("t/m"), self))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.search_button)
        self.body.addLayout(filters)
        self.rows: RowTableModel[AuditRow] = RowTableModel(
            [
                Column(lambda: self.tr("Tijdstip"), lambda r: labels.moment(r.at)),
                Column(lambda: self.tr("Gebruiker"), lambda r: r.username),
                Column(
                    lambda: self.tr("Soort"),
                    lambda r: audit_kind_label(r.kind),
                    tooltip=lambda r: r.kind,
                ),
                Column(lambda: self.tr("Zaak"), lambda r: str(r.case_id or ""), align_right=True),
                Column(
                    lambda: self.tr("Details"),
                    lambda r: audit_detail_text(r.kind, r.detail),
                    tooltip=lambda r: r.detail,
                ),
            ],
            key=lambda r: r.id,
            parent=self,
        )
        self.view = _table(self, self.rows, stretch_col=4)
        self.body.addWidget(self.view, 1)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("Muted")
        self.prev_button = QPushButton(self.tr("◀ &Vorige"), self)
        self.next_button = QPushButton(self.tr("V&olgende ▶"), self)
        self.prev_button.clicked.connect(lambda: self.search(max(0, self.offset - AUDIT_PAGE)))
        self.next_button.clicked.connect(lambda: self.search(self.offset + AUDIT_PAGE))
        row = QHBoxLayout()
        row.addWidget(self.page_label, 1)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        self.body.addLayout(row)
        self.offset: int = 0
        self.total: int = 0

    def load(self) -> None:
        self.search(0)

    def current_filter(self) -> AuditFilter:
        case_text = self.case_edit.text().strip()
        since = datetime.combine(_pydate(self.from_edit.date()), time(0), tzinfo=AMSTERDAM)
        until = datetime.combine(
            _pydate(self.to_edit.date()) + timedelta(days=1), time(0), tzinfo=AMSTERDAM
        )
        kind = self.kind_combo.currentData()
        return AuditFilter(
            username=self.user_edit.text().strip() or None,
            case_id=int(case_text) if case_text.isdigit() else None,
            kinds=(kind,) if kind else (),
            since=since.astimezone(UTC),
            until=until.astimezone(UTC),
        )

    def search(self, offset: int) -> None:
        case_text = self.case_edit.text().strip()
        if case_text and not case_text.isdigit():
            self.say(self.tr("Een zaaknummer bestaat uit cijfers."), "error")
            return
        self.say("")
        self.run(read_audit, self.ui.app, self.current_filter(), offset, on_done=self._shown)

    def _shown(self, result: tuple[AuditPage, list[str]]) -> None:
        page, kinds = result
        self.offset, self.total = page.offset, page.total
        self.rows.set_rows(page.rows)
        known = {self.kind_combo.itemData(i) for i in range(self.kind_combo.count())}
        for kind in sorted(set(kinds) - known, key=audit_kind_label):
            self.kind_combo.addItem(audit_kind_label(kind), kind)
        first = page.offset + 1 if page.rows else 0
        self.page_label.setText(
            self.tr("{0}–{1} van {2} gebeurtenissen").format(
                first, page.offset + len(page.rows), page.total
            )
        )
        self.prev_button.setEnabled(page.offset > 0)
        self.next_button.setEnabled(page.offset + len(page.rows) < page.total)


# --- DDAS --------------------------------------------------------------------------------


class DdasPage(Page):
    exported = Signal(object)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Levering aan CBS (DDAS)"),
            self.tr(
                "De signalen, zaken en contactpogingen van een periode in het landelijke "
                "uitwisselmodel (DDAS 1.2), gecontroleerd tegen het schema voordat het bestand "
                "wordt geschreven. Lever het bestand aan via de gebruikelijke weg."
            ),
            parent,
        )
        box = QFrame(self)
        box.setObjectName("Card")
        form = QFormLayout(box)
        form.setContentsMargins(12, 10, 12, 10)
        today = ui.clock.now().astimezone(AMSTERDAM).date()
        last_month_end = today.replace(day=1) - timedelta(days=1)
        self.from_edit = QDateEdit(_qdate(last_month_end.replace(day=1)), box)
        self.to_edit = QDateEdit(_qdate(last_month_end), box)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.code_edit = QLineEdit(box)
        self.code_edit.setPlaceholderText(self.tr("bijv. 0392 (Haarlem)"))
        self.code_edit.setMaxLength(6)
        self.supplier_edit = QLineEdit(box)
        self.supplier_edit.setPlaceholderText(self.tr("optioneel"))
        form.addRow(self.tr("Meldingen van"), self.from_edit)
        form.addRow(self.tr("tot en met"), self.to_edit)
        form.addRow(self.tr("Gemeentecode"), self.code_edit)
        form.addRow(self.tr("Leverancierscode"), self.supplier_edit)
        self.body.addWidget(box)
        self.export_button = QPushButton(self.tr("&Exporteren…"), self)
        self.export_button.setProperty("accent", True)
        self.export_button.clicked.connect(lambda: self.export())
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.body.addLayout(_buttons(self.export_button))
        self.body.addWidget(self.progress)
        self.body.addStretch(1)

    def export(self, path: str | None = None) -> None:
        date_from, date_to = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        code = self.code_edit.text().strip()
        if not code:
            self.say(self.tr("Vul de gemeentecode in (vier cijfers)."), "error")
            return
        if path is None:
            suggested = f"ddas-{code}-{date_from:%Y%m%d}-{date_to:%Y%m%d}.json"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("DDAS-levering opslaan"), suggested, self.tr("JSON (*.json)")
            )
            if not path:
                return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.say(self.tr("Bezig met samenstellen en controleren…"), "info")
        self.ui.worker.run(
            ddas.export_ddas,
            self.ui.app,
            date_from,
            date_to,
            code,
            path,
            supplier_code=self.supplier_edit.text().strip() or None,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, sentence: str, exc: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.failed(sentence, exc)

    def _done(self, result: Any) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.say(
            self.tr(
                "Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken)."
            ).format(result.path, result.signals, result.cases, result.attempts, result.contacts),
            "ok",
        )
        self.exported.emit(result)


# --- the tab -----------------------------------------------------------------------------


class JobsPage(Page):
    """The shared background jobs: per job the last run, on which workstation, the last error."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            self.tr("Gedeelde taken"),
            self.tr(
                "Elke geopende Vroegbel doet mee met de gedeelde taken (en een eventuele "
                "server met 'vroegbel scheduler'); per tijdstip voert precies één werkplek een "
                "taak uit. Hier ziet u per taak wanneer die het laatst draaide, op welke "
                "werkplek, en de laatste fout van de afgelopen twee weken."
            ),
            parent,
        )
        from app.services.shared_jobs import JobStatus

        names = {
            "move_missed_windows": self.tr("Gemiste belvensters doorschuiven"),
            "expire_leases": self.tr("Verlopen reserveringen vrijgeven"),
            "flag_overdue_handoffs": self.tr("Overdrachten over de termijn markeren"),
            "retention": self.tr("Nachtelijke opschoning (bewaartermijnen)"),
            "prune_job_runs": self.tr("Oude taakregistratie opruimen"),
        }

        def when(moment: datetime | None) -> str:
            return labels.moment(moment) if moment else "—"

        def outcome(s: JobStatus) -> str:
            if s.last_started_at is None:
                return self.tr("nog niet gedraaid")
            if s.last_finished_at is None:
                return self.tr("bezig, of de werkplek stopte halverwege")
            if s.last_error and s.last_error_at == s.last_started_at:
                return self.tr("mislukt")
            return s.last_summary or self.tr("klaar")

        self.model: RowTableModel[JobStatus] = RowTableModel(
            [
                Column(lambda: self.tr("Taak"), lambda s: names.get(s.job, s.label)),
                Column(lambda: self.tr("Laatst gedraaid"), lambda s: when(s.last_started_at)),
                Column(lambda: self.tr("Werkplek"), lambda s: s.last_host or "—"),
                Column(
                    lambda: self.tr("Resultaat"),
                    outcome,
                    foreground=lambda s: (
                        BAD if s.last_error and s.last_error_at == s.last_started_at else None
                    ),
                ),
                Column(
                    lambda: self.tr("Laatste fout"),
                    lambda s: (
                        f"{when(s.last_error_at)} ({s.last_error_host}): {s.last_error}"
                        if s.last_error
                        else "—"
                    ),
                    foreground=lambda s: WARN if s.last_error else MUTED,
                ),
            ],
            key=lambda s: s.job,
            parent=self,
        )
        if ui.app.db.login_group is not None:
            # issue 13/15: a personal database login may not write the jobs' ledger nor touch
            # every case; its client runs no shared jobs and the owner's scheduler does.
            self.personal_note = QLabel(
                self.tr(
                    "Deze werkplek is aangemeld met een persoonlijke databaselogin en voert "
                    "daarom zelf geen gedeelde taken uit: die draaien op de server met "
                    "'vroegbel scheduler' als eigenaar van de database. Staan de tijden "
                    "hieronder stil, controleer dan die server."
                ),
                self,
            )
            self.personal_note.setObjectName("JobsPersonalLoginNote")
            self.personal_note.setWordWrap(True)
            self.body.addWidget(self.personal_note)
        self.view = _table(self, self.model, stretch_col=4)
        self.body.addWidget(self.view, 1)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"), self)
        self.refresh_button.clicked.connect(self.load)
        self.body.addLayout(_buttons(self.refresh_button))

    def load(self) -> None:
        from app.services import shared_jobs

        self.run(shared_jobs.job_status, self.ui.app, on_done=self.model.set_rows)


class AdminTab(QWidget):
    """The Beheer tab (admin): a list of pages."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("AdminTab")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.nav = QListWidget(self)
        self.nav.setObjectName("AdminNav")
        self.nav.setFixedWidth(230)
        self.nav.setStyleSheet(
            "QListWidget#AdminNav { padding: 4px; }"
            "QListWidget#AdminNav::item { padding: 7px 8px; border-radius: 4px; }"
            "QListWidget#AdminNav::item:selected { background: #1f5f8b; color: #ffffff; }"
        )
        self.stack = QStackedWidget(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        # Pages are built when first shown: the tab appears at once after the login.
        self._page_classes: dict[str, Callable[[UiContext, QWidget], Page]] = {
            "import": ImportPage,
            "users": UsersPage,
            "settings": SettingsPage,
            "wijken": WijkPage,
            "guide": GuidePage,
            "retention": RetentionPage,
            "follow_up": FollowUpSettingsPage,
            "audit": AuditLogPage,
            "ddas": DdasPage,
            "jobs": JobsPage,
        }
        self.pages: dict[str, Page] = {}
        self._scrolls: dict[str, QScrollArea] = {}
        titles = {
            "import": self.tr("Signalen inlezen"),
            "users": self.tr("Gebruikers en rollen"),
            "settings": self.tr("Belvensters en pogingen"),
            "wijken": self.tr("Wijkindeling"),
            "guide": self.tr("Gespreksleidraad"),
            "retention": self.tr("Bewaartermijnen"),
            "follow_up": self.tr("Vervolg en brief"),
            "audit": self.tr("Auditlog"),
            "ddas": self.tr("Levering aan CBS (DDAS)"),
            "jobs": self.tr("Gedeelde taken"),
        }
        for key in self._page_classes:
            # Each page scrolls on a small screen instead of growing the window.
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.viewport().setAutoFillBackground(False)  # the window's own background
            self._scrolls[key] = scroll
            self.stack.addWidget(scroll)
            self.nav.addItem(titles[key])
        self._loaded: set[str] = set()
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(0)

    def page(self, key: str) -> Page:
        """The page `key`, built on first use."""
        page = self.pages.get(key)
        if page is None:
            scroll = self._scrolls[key]
            page = self._page_classes[key](self.ui, scroll)
            page.setAutoFillBackground(False)
            scroll.setWidget(page)
            self.pages[key] = page
        return page

    import_page = property(lambda self: self.page("import"))
    users_page = property(lambda self: self.page("users"))
    settings_page = property(lambda self: self.page("settings"))
    wijk_page = property(lambda self: self.page("wijken"))
    guide_page = property(lambda self: self.page("guide"))
    retention_page = property(lambda self: self.page("retention"))
    audit_page = property(lambda self: self.page("audit"))
    ddas_page = property(lambda self: self.page("ddas"))
    follow_up_page = property(lambda self: self.page("follow_up"))
    jobs_page = property(lambda self: self.page("jobs"))

    def _page_changed(self, row: int) -> None:
        key = list(self._page_classes)[row]
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        page.load()
        self._loaded.add(key)

    def show_page(self, key: str) -> Page:
        self.nav.setCurrentRow(list(self._page_classes).index(key))
        return self.page(key)

    def current_page(self) -> Page:
        return self.page(list(self._page_classes)[max(0, self.nav.currentRow())])

    def tab_shown(self) -> None:
        self.current_page().load()
