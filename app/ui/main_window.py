"""The main window: the tabs the user's role allows, a menu and a status bar.

The window holds layout only; each tab's work lives in its own module (app/ui/tabs) and goes
through the services on the database worker.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui import resources
from app.ui.context import UiContext
from app.ui.outbox_sync import OutboxSync
from app.ui.status import CallingWindowWatcher
from app.ui.tabs import TabSpec, tabs_for

log = logging.getLogger("vroegbel.ui")


def role_label(role: str | None) -> str:
    labels = {
        "agent": QCoreApplication.translate("Roles", "beller"),
        "coach": QCoreApplication.translate("Roles", "budgetcoach"),
        "teamlead": QCoreApplication.translate("Roles", "teamleider"),
        "admin": QCoreApplication.translate("Roles", "functioneel beheerder"),
    }
    return labels.get(role or "", "")


class MainWindow(QMainWindow):
    """One logged-in session's window."""

    #: the person chose "Afmelden"
    logout_requested = Signal()
    #: the person chose "Scherm vergrendelen"
    lock_requested = Signal()
    #: the person chose another language ("nl" or "en")
    language_chosen = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("MainWindow")
        self.setWindowIcon(resources.app_icon())
        self._title()
        self._tabs_by_key: dict[str, QWidget] = {}
        self._slots: dict[str, tuple[TabSpec, QWidget]] = {}
        self._closing = False

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if ui.demo:
            self.demo_banner = QLabel(
                self.tr(
                    "DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets "
                    "wordt naar de gemeente gestuurd."
                ),
                central,
            )
            self.demo_banner.setObjectName("DemoBanner")
            self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.demo_banner.setWordWrap(True)
            layout.addWidget(self.demo_banner)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("MainTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._build_tabs(tabs_for(ui.role))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_menu()
        self._build_status_bar()
        self._restore_geometry()

    # --- construction -----------------------------------------------------------------

    def _title(self) -> None:
        title = self.tr("Vroegbel — vroegsignalering")
        if self.ui.demo:
            title = self.tr("DEMO — {0}").format(title)
        name = self.ui.display_name or self.ui.actor.username
        self.setWindowTitle(f"{title} — {name}")

    def _build_tabs(self, specs: list[TabSpec]) -> None:
        """Each tab starts as an empty slot: the window shows at once after the login, the
        current tab is built right after (`QTimer.singleShot(0)`), the others when first
        shown. `tab(key)` builds one on demand."""
        for spec in specs:
            slot = QWidget(self.tabs)
            slot.setObjectName(f"slot_{spec.key}")
            slot_layout = QVBoxLayout(slot)
            slot_layout.setContentsMargins(0, 0, 0, 0)
            self._slots[spec.key] = (spec, slot)
            self.tabs.addTab(slot, spec.title())
        if not specs:
            empty = QLabel(self.tr("Voor uw rol is er in deze versie geen werkscherm."), self.tabs)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(empty, self.tr("Welkom"))
        QTimer.singleShot(0, self._build_current_tab)

    def _build_current_tab(self) -> None:
        slot = self.tabs.currentWidget()
        for key, (_spec, candidate) in self._slots.items():
            if candidate is slot:
                self.tab(key)

    def _build_tab(self, spec: TabSpec, slot: QWidget) -> QWidget:
        try:
            widget = spec.factory(self.ui, slot)
        except Exception:  # a broken tab must not take the whole window down
            log.exception("tab %s could not be built", spec.key)
            widget = QLabel(self.tr("Dit onderdeel kon niet worden geladen."), slot)
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        widget.setObjectName(widget.objectName() or f"tab_{spec.key}")
        layout = slot.layout()
        assert layout is not None
        layout.addWidget(widget)
        return widget

    def _build_menu(self) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&Vroegbel"))

        lang_menu = app_menu.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.ui.prefs.language == code)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            group.addAction(action)
            lang_menu.addAction(action)
        self.language_actions = group

        self.outbox_action = QAction(self.tr("&Bewaarde uitkomsten…"), self)
        self.outbox_action.triggered.connect(self.show_outbox)
        self.outbox_action.setVisible(self.ui.outbox is not None)
        app_menu.addAction(self.outbox_action)

        self.dial_action = QAction(self.tr("&Kiesinstelling van deze werkplek…"), self)
        self.dial_action.triggered.connect(self.edit_dial_template)
        app_menu.addAction(self.dial_action)

        app_menu.addSeparator()
        self.lock_action = QAction(self.tr("Scherm &vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        app_menu.addAction(self.lock_action)
        self.logout_action = QAction(self.tr("&Afmelden"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.logout_action.triggered.connect(self._ask_logout)
        app_menu.addAction(self.logout_action)
        self.quit_action = QAction(self.tr("A&fsluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        app_menu.addAction(self.quit_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Vroegbel"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("MainStatusBar")
        self.db_label = QLabel(self)
        self.db_label.setObjectName("DbState")
        self.outbox_label = QLabel(self)
        self.outbox_label.setObjectName("OutboxState")
        self.window_label = QLabel(self)
        self.window_label.setObjectName("WindowState")
        name = self.ui.display_name or self.ui.actor.username
        self.user_label = QLabel(self.tr("{0} ({1})").format(name, role_label(self.ui.role)), self)
        self.user_label.setObjectName("UserState")
        for label in (self.window_label, self.outbox_label, self.db_label, self.user_label):
            bar.addPermanentWidget(label)

        self._set_connection(self.ui.worker.connected)
        self.ui.worker.connection_changed.connect(self._set_connection)
        self._pending = 0
        self._refused = 0
        self._set_outbox(0)
        self.ui.events.outbox_changed.connect(self._set_outbox)
        self.ui.events.outbox_refused.connect(self._set_refused)
        self.ui.events.status_message.connect(lambda text: bar.showMessage(text, 8000))

        self.window_watcher = CallingWindowWatcher(self.ui, self)
        self.window_watcher.changed.connect(self.window_label.setText)
        self.window_watcher.start()

        self.outbox_sync: OutboxSync | None = None
        if self.ui.outbox is not None:
            self.outbox_sync = OutboxSync(self.ui, self)
            self.outbox_sync.start()

    def _restore_geometry(self) -> None:
        geometry = self.ui.prefs.get("window/geometry")
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    # --- status -----------------------------------------------------------------------

    def _set_connection(self, connected: bool | None) -> None:
        if connected is False:
            self.db_label.setText(self.tr("● Database niet bereikbaar"))
            self.db_label.setProperty("state", "bad")
        else:
            label = self.ui.database_label or self.tr("Database")
            self.db_label.setText(self.tr("● {0} verbonden").format(label))
            self.db_label.setProperty("state", "good")
        self._repolish(self.db_label)

    def _set_outbox(self, pending: int) -> None:
        self._pending = pending
        parts = []
        if pending:
            parts.append(self.tr("%n uitkomst(en) wachten op verzending", "", pending))
        if self._refused:
            parts.append(self.tr("%n geweigerd (menu Vroegbel)", "", self._refused))
        if parts:
            self.outbox_label.setText(" · ".join(parts))
            self.outbox_label.setProperty("state", "bad" if self._refused else "warn")
        else:
            self.outbox_label.setText(self.tr("Alles verzonden"))
            self.outbox_label.setProperty("state", "good")
        self._repolish(self.outbox_label)

    def _set_refused(self, refused: int) -> None:
        self._refused = refused
        self._set_outbox(self._pending)

    def edit_dial_template(self) -> None:
        """Ask this desk's dial action (app.ui.dialing); a bad template is one sentence."""
        from PySide6.QtWidgets import QInputDialog

        from app.ui.dialing import DialTemplateError, check_template

        current = str(self.ui.prefs.get("call/dial_uri"))
        text, ok = QInputDialog.getText(
            self,
            self.tr("Kiesinstelling"),
            self.tr(
                "Hoe deze werkplek belt bij Bellen (Ctrl+D), bijvoorbeeld tel:{e164}, "
                "sip:{e164}@pbx.example of callto:{e164}. Leeg: zelf kiezen op een "
                "aparte telefoon."
            ),
            text=current,
        )
        if not ok:
            return
        try:
            value = check_template(text)
        except DialTemplateError as exc:
            QMessageBox.warning(self, self.tr("Kiesinstelling"), str(exc))
            return
        self.ui.prefs.set("call/dial_uri", value)
        self.statusBar().showMessage(self.tr("Kiesinstelling opgeslagen"), 5000)

    def show_outbox(self) -> None:
        if self.ui.outbox is None:
            return
        from app.ui.outbox_dialog import OutboxDialog

        self.outbox_dialog = OutboxDialog(self.ui, self)
        self.outbox_dialog.open()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- actions ----------------------------------------------------------------------

    def tab(self, key: str) -> QWidget | None:
        """The widget of a tab by its registry key, built now if it was not yet (None when
        the role does not see it)."""
        widget = self._tabs_by_key.get(key)
        if widget is None and key in self._slots and not self._closing:
            spec, slot = self._slots[key]
            # A new tab loads its own data when built: no tab_shown() for this first time.
            widget = self._tabs_by_key[key] = self._build_tab(spec, slot)
        return widget

    def show_tab(self, key: str) -> None:
        if key in self._slots:
            self.tabs.setCurrentWidget(self._slots[key][1])
            self.tab(key)

    def _tab_changed(self, index: int) -> None:
        slot = self.tabs.widget(index)
        for key, (_spec, candidate) in self._slots.items():
            if candidate is slot:
                built = key in self._tabs_by_key
                widget = self.tab(key)  # a first visit builds it
                if built and widget is not None:
                    self._call_shown(widget)

    @staticmethod
    def _call_shown(widget: QWidget) -> None:
        shown = getattr(widget, "tab_shown", None)
        if callable(shown):
            shown()

    def can_leave(self) -> bool:
        """Ask every tab whether it may be closed now (e.g. a case still on screen)."""
        for widget in self._tabs_by_key.values():
            check = getattr(widget, "can_close", None)
            if callable(check) and not check():
                return False
        return True

    def _ask_logout(self) -> None:
        if self.can_leave():
            self.logout_requested.emit()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Vroegbel"),
            self.tr(
                "<h3>Vroegbel {0}</h3><p>Bellen voor vroegsignalering van schulden: "
                "bewoners met betalingsachterstanden persoonlijk bereiken en, als zij dat "
                "willen, doorverwijzen naar een budgetcoach van de gemeente.</p>"
                "<p>Licentie: EUPL-1.2.</p>"
            ).format(__version__),
        )

    def shutdown(self) -> None:
        """Stop timers and let tabs release what they hold; called before closing."""
        self._closing = True
        self.window_watcher.stop()
        if self.outbox_sync is not None:
            self.outbox_sync.stop()
        for widget in self._tabs_by_key.values():
            stop = getattr(widget, "shutdown", None)
            if callable(stop):
                try:
                    stop()
                except Exception:
                    log.exception("tab shutdown failed")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.can_leave():
            event.ignore()
            return
        self.ui.prefs.set("window/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)
