"""The team lead's table of open cases: a lazy model that never holds 100,000 rows.

`OpenCasesModel` reads pages of `monitor.list_cases` (keyset on the case id) on the database
worker as the view scrolls (`canFetchMore`/`fetchMore`, like Anki's browser model). A refresh
re-reads only the range already loaded and applies the difference as row inserts, removals and
`dataChanged` — never a reset — so the selection and scroll position stay put: no flicker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from app.clock import AMSTERDAM
from app.services import monitor
from app.services.context import AppContext
from app.services.monitor import CaseFilter, CaseRow
from app.ui import labels
from app.ui.context import UiContext
from app.ui.tabs.row_models import BAD, MUTED, WARN_BG, RowRole, SortRole

PAGE = 200
#: rows per worker call when a refresh re-reads the loaded range
CHUNK = 250

(
    COL_CASE,
    COL_WIJK,
    COL_RECEIVED,
    COL_ARREARS,
    COL_ATTEMPTS,
    COL_WINDOW,
    COL_CALLBACK,
    COL_AGENT,
) = range(8)

_AnyIndex = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("OpenCasesModel", "Zaak"),
        QCoreApplication.translate("OpenCasesModel", "Wijk"),
        QCoreApplication.translate("OpenCasesModel", "Gemeld op"),
        QCoreApplication.translate("OpenCasesModel", "Achterstand"),
        QCoreApplication.translate("OpenCasesModel", "Pogingen"),
        QCoreApplication.translate("OpenCasesModel", "Volgend belvenster"),
        QCoreApplication.translate("OpenCasesModel", "Terugbellen"),
        QCoreApplication.translate("OpenCasesModel", "Bij beller"),
    ]


@dataclass(frozen=True)
class Reread:
    rows: list[CaseRow]
    total: int
    at: datetime


def read_first(ctx: AppContext, kind: CaseFilter, wijk: str | None, limit: int = PAGE) -> Reread:
    """The first page and the total (one worker call)."""
    rows = monitor.list_cases(ctx, kind, limit=limit, wijk=wijk)
    return Reread(rows, monitor.count_cases(ctx, kind, wijk), ctx.clock.now())


def read_page(ctx: AppContext, kind: CaseFilter, wijk: str | None, after_id: int) -> Reread:
    rows = monitor.list_cases(ctx, kind, after_id=after_id, limit=PAGE, wijk=wijk)
    return Reread(rows, -1, ctx.clock.now())


def read_chunk(ctx: AppContext, kind: CaseFilter, wijk: str | None, after: int | None) -> Reread:
    """One chunk of a refresh; the first chunk also brings the total."""
    rows = monitor.list_cases(ctx, kind, after_id=after, limit=CHUNK, wijk=wijk)
    total = monitor.count_cases(ctx, kind, wijk) if after is None else -1
    return Reread(rows, total, ctx.clock.now())


def window_text(start: datetime, end: datetime, now: datetime) -> str:
    """'vandaag 09:00–12:30', 'morgen 17:00–21:00' or 'za 28-11 10:00–16:00'."""
    first = start.astimezone(AMSTERDAM)
    last = end.astimezone(AMSTERDAM)
    days = (first.date() - now.astimezone(AMSTERDAM).date()).days
    if days == 0:
        day = QCoreApplication.translate("OpenCasesModel", "vandaag")
    elif days == 1:
        day = QCoreApplication.translate("OpenCasesModel", "morgen")
    elif days == -1:
        day = QCoreApplication.translate("OpenCasesModel", "gisteren")
    else:
        day = f"{labels.weekday_short(first.weekday())} {first:%d-%m}"
    return f"{day} {first:%H:%M}–{last:%H:%M}"


def sorted_diff(old: list[CaseRow], new: list[CaseRow]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes like difflib's ("equal", "delete", "insert") for two lists sorted by case id:
    one linear merge (difflib's matcher is quadratic, 0.4 s for 5,000 rows)."""
    ops: list[tuple[str, int, int, int, int]] = []

    def add(tag: str, i: int, j: int) -> None:
        di = 0 if tag == "insert" else 1
        dj = 0 if tag == "delete" else 1
        if ops and ops[-1][0] == tag and ops[-1][2] == i and ops[-1][4] == j:
            t, i1, _i2, j1, _j2 = ops[-1]
            ops[-1] = (t, i1, i + di, j1, j + dj)
        else:
            ops.append((tag, i, i + di, j, j + dj))

    i = j = 0
    while i < len(old) or j < len(new):
        if j >= len(new) or (i < len(old) and old[i].case_id < new[j].case_id):
            add("delete", i, j)
            i += 1
        elif i >= len(old) or new[j].case_id < old[i].case_id:
            add("insert", i, j)
            j += 1
        else:
            add("equal", i, j)
            i += 1
            j += 1
    return ops


class OpenCasesModel(QAbstractTableModel):
    """Open cases, loaded page by page; plan state only (no personal data)."""

    #: the total number of rows the filter matches (not only the loaded ones)
    total_changed = Signal(int)
    #: a page or a refresh arrived
    loaded = Signal()

    def __init__(self, ui: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._rows: list[CaseRow] = []
        self._kind = CaseFilter.OPEN
        self._wijk: str | None = None
        self._exhausted = True
        self._fetching = False
        self._generation = 0
        self._total = 0
        self._pending_total = -1
        self._now = ui.clock.now()
        self._headers = _headers()
        self._closed = False

    def shutdown(self) -> None:
        """Start no more reads (the window closes; the worker is about to stop)."""
        self._closed = True

    # --- loading ----------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def fetching(self) -> bool:
        return self._fetching

    def set_filter(self, kind: CaseFilter, wijk: str | None = None) -> None:
        """Start over with another filter: the first page is read on the worker."""
        if self._closed:
            return
        self._kind = kind
        self._wijk = wijk or None
        self._generation += 1
        generation = self._generation
        self._fetching = True
        if self._rows:
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
        self.ui.worker.run(
            read_first,
            self.ui.app,
            kind,
            self._wijk,
            on_done=lambda r: self._first_arrived(generation, r),
            on_error=lambda _s, _e: self._failed(generation),
            owner=self,
        )

    def _first_arrived(self, generation: int, result: Reread) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._now = result.at
        if result.rows:
            self.beginInsertRows(QModelIndex(), 0, len(result.rows) - 1)
            self._rows = list(result.rows)
            self.endInsertRows()
        self._exhausted = len(result.rows) < PAGE
        self._set_total(result.total)
        self.loaded.emit()

    def canFetchMore(self, parent: _AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: _AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetching or not self._rows or self._closed:
            return
        self._fetching = True
        generation = self._generation
        self.ui.worker.run(
            read_page,
            self.ui.app,
            self._kind,
            self._wijk,
            self._rows[-1].case_id,
            on_done=lambda r: self._page_arrived(generation, r),
            on_error=lambda _s, _e: self._failed(generation),
            owner=self,
        )

    def _page_arrived(self, generation: int, result: Reread) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        fresh = [r for r in result.rows if not self._rows or r.case_id > self._rows[-1].case_id]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._exhausted = len(result.rows) < PAGE
        self.loaded.emit()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False

    def refresh(self) -> None:
        """Re-read the loaded range in chunks of CHUNK rows, one worker call each, and apply
        each chunk's differences to its stretch of rows. Small chunks keep every step short
        on both threads (the worker builds rows while holding the GIL), so the GUI thread
        never waits long, however far the table was scrolled."""
        if self._fetching:
            return
        self._fetching = True
        upto = self._rows[-1].case_id if self._rows and not self._exhausted else None
        self._next_chunk(self._generation, None, upto)

    def _next_chunk(self, generation: int, after: int | None, upto: int | None) -> None:
        if self._closed:
            return
        self.ui.worker.run(
            read_chunk,
            self.ui.app,
            self._kind,
            self._wijk,
            after,
            on_done=lambda r: self._chunk_arrived(generation, after, upto, r),
            on_error=lambda _s, _e: self._failed(generation),
            owner=self,
        )

    def _chunk_arrived(
        self, generation: int, after: int | None, upto: int | None, result: Reread
    ) -> None:
        if generation != self._generation:
            return
        self._now = result.at
        if result.total >= 0:
            self._pending_total = result.total
        rows = result.rows
        full = len(rows) == CHUNK
        hi: int | None  # the stretch (after, hi] this chunk replaces; None: to the end
        if upto is not None and (not full or rows[-1].case_id >= upto):
            beyond = full or any(r.case_id > upto for r in rows)
            rows = [r for r in rows if r.case_id <= upto]
            hi, done = upto, True
            if not beyond:
                self._exhausted = True  # nothing after the loaded rows any more
        elif full:
            hi, done = rows[-1].case_id, False
        else:
            hi, done = None, True
        self._replace_stretch(after, hi, rows)
        if done:
            self._fetching = False
            self._set_total(self._pending_total)
            self.loaded.emit()
        else:
            self._next_chunk(generation, hi, upto)

    def _replace_stretch(self, after: int | None, hi: int | None, rows: list[CaseRow]) -> None:
        """Make the loaded rows with ids in (after, hi] equal to `rows`."""
        ids = [r.case_id for r in self._rows]
        first = 0 if after is None else bisect.bisect_right(ids, after)
        last = len(ids) if hi is None else bisect.bisect_right(ids, hi)
        for tag, i1, i2, j1, j2 in reversed(sorted_diff(self._rows[first:last], rows)):
            self._apply_op(tag, first + i1, first + i2, rows, j1, j2)

    def apply(self, new: list[CaseRow]) -> None:
        """Turn the current rows into `new` with the fewest row operations."""
        # Apply from the end so earlier positions stay valid.
        for tag, i1, i2, j1, j2 in reversed(sorted_diff(self._rows, new)):
            self._apply_op(tag, i1, i2, new, j1, j2)

    def _apply_op(self, tag: str, i1: int, i2: int, new: list[CaseRow], j1: int, j2: int) -> None:
        if tag == "equal":
            changed = [k for k in range(i2 - i1) if self._rows[i1 + k] != new[j1 + k]]
            for k in changed:
                self._rows[i1 + k] = new[j1 + k]
            if changed:
                self.dataChanged.emit(
                    self.index(i1 + min(changed), 0),
                    self.index(i1 + max(changed), len(self._headers) - 1),
                )
            return
        if i2 > i1:
            self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
            del self._rows[i1:i2]
            self.endRemoveRows()
        if j2 > j1:
            self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
            self._rows[i1:i1] = new[j1:j2]
            self.endInsertRows()

    def _set_total(self, total: int) -> None:
        if total >= 0 and total != self._total:
            self._total = total
            self.total_changed.emit(total)

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        col = index.column()
        if not 0 <= col < len(self._headers):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == SortRole:
            return self._sort(row, col)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_WINDOW and row.next_slot:
            return labels.slot_label(row.next_slot)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            COL_CASE,
            COL_ARREARS,
            COL_ATTEMPTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_WINDOW and row.next_window_end and row.next_window_end <= self._now:
                return QBrush(BAD)
            if col == COL_WINDOW and row.needs_phone:
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_AGENT and row.is_leased(self._now):
            return QBrush(WARN_BG)
        return None

    def _text(self, row: CaseRow, col: int) -> str:
        if col == COL_CASE:
            return str(row.case_id)
        if col == COL_WIJK:
            return row.wijk
        if col == COL_RECEIVED:
            return row.first_received_on.strftime("%d-%m-%Y")
        if col == COL_ARREARS:
            return labels.money(row.total_arrears_cents)
        if col == COL_ATTEMPTS:
            return str(row.attempts_used)
        if col == COL_WINDOW:
            if row.needs_phone:
                return QCoreApplication.translate("OpenCasesModel", "wacht op telefoonnummer")
            if row.next_window_start is None or row.next_window_end is None:
                return ""
            return window_text(row.next_window_start, row.next_window_end, self._now)
        if col == COL_CALLBACK:
            return (
                labels.relative_moment(row.next_callback_at, self._now)
                if (row.next_callback_at)
                else ""
            )
        if col == COL_AGENT:
            if not row.lease_agent_name or row.lease_claimed_at is None:
                return ""
            since = row.lease_claimed_at.astimezone(AMSTERDAM).strftime("%H:%M")
            return QCoreApplication.translate("OpenCasesModel", "{0} sinds {1}").format(
                row.lease_agent_name, since
            )
        return ""

    def _sort(self, row: CaseRow, col: int) -> Any:
        if col in (COL_CASE,):
            return row.case_id
        if col == COL_ARREARS:
            return row.total_arrears_cents
        if col == COL_ATTEMPTS:
            return row.attempts_used
        return self._text(row, col)
