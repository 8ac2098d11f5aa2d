"""Importing signal files, the wijk mapping and contact history (FORMATS.md, DOMAIN.md 3 and 9).

Each import is one unit of work: the whole file is applied or, on any failure in the middle,
nothing is. Rows that break a rule are collected with their line number and reason; the
other rows are imported.

The signal import is built for monthly files of 100,000 rows: the file is parsed before the
transaction starts, then everything the file's keys touch (known signal references,
households, their active cases and phone numbers) is read with a handful of bulk queries and
the new rows are written with executemany inserts – no query per row.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.clock import local
from app.models import Attempt, Case, Household, PhoneNumber, Signal, WijkMapping
from app.models.enums import (
    CaseStatus,
    Channel,
    CloseReason,
    CreditorType,
    HelpType,
    Outcome,
    Role,
    Slot,
)
from app.scheduler.planner import NO_EVIDENCE, HouseholdEvidence
from app.services import audit, planning
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.db_errors import DbProblem, classify
from app.services.errors import Conflict, InvalidInput
from app.services.intake_parsing import (
    HISTORY_COLUMNS,
    SIGNAL_COLUMNS,
    FileUnreadable,
    HistoryRow,
    SignalRow,
    Table,
    longest_match,
    map_columns,
    parse_history_row,
    parse_signal_row,
    parse_wijk_mapping,
    read_table,
    row_values,
)
from app.services.outcomes import (
    FOLLOW_UP_REASONS,
    HelpRequestInput,
    OutcomeInput,
    record_outcome,
)
from app.services.safe_output import DUTCH_CSV

#: The wijk of a case whose postcode matches no mapping entry (FORMATS.md).
UNKNOWN_WIJK = "Onbekend"

#: Keys per IN (...) list: well inside SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 5000

_T = TypeVar("_T")


class UnreadableFile(InvalidInput):
    """The file cannot be read at all (missing, not CSV/XLSX, required columns missing)."""


class WijkMappingInvalid(InvalidInput):
    """A wijk mapping file with bad lines: nothing of it is loaded."""

    def __init__(self, problems: Sequence[tuple[int, str]]) -> None:
        self.problems = list(problems)
        first_line, first_reason = self.problems[0]
        more = len(self.problems) - 1
        tail = f" (en nog {more} fout{'en' if more > 1 else ''})" if more else ""
        super().__init__(
            f"De wijkindeling is niet geladen: regel {first_line}: {first_reason}{tail}."
        )


@dataclass(frozen=True)
class RejectedRow:
    """A rejected row: its line in the file, why, and its cells as they were in the file."""

    line: int
    reason: str
    cells: list[str]


@dataclass
class SignalImportResult:
    columns: list[str] = field(default_factory=list)
    rows_read: int = 0
    imported: int = 0
    attached: int = 0
    new_cases: int = 0
    duplicates: int = 0
    needs_phone: int = 0
    unknown_wijk: int = 0
    unplanned: int = 0
    invalid_phones: int = 0
    invalid_emails: int = 0
    wijk_mapping_entries: int | None = None
    rejected: list[RejectedRow] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """Dutch notes on rows that were imported but not completely."""
        notes: list[str] = []
        if self.invalid_phones:
            notes.append(
                f"{self.invalid_phones} ongeldig(e) telefoonnummer(s) niet opgeslagen "
                "(de rij zelf is wel ingelezen)"
            )
        if self.invalid_emails:
            notes.append(f"{self.invalid_emails} ongeldig(e) e-mailadres(sen) niet opgeslagen")
        if self.needs_phone:
            notes.append(
                f"{self.needs_phone} zaak/zaken zonder geldig telefoonnummer: "
                "buiten de belrij tot er een nummer is"
            )
        if self.unknown_wijk:
            notes.append(f"{self.unknown_wijk} nieuwe zaak/zaken in wijk '{UNKNOWN_WIJK}'")
        if self.unplanned:
            notes.append(
                f"{self.unplanned} nieuwe zaak/zaken zonder eerste belpoging: de belvensters "
                "laten geen ruimte (controleer belvensters en gesloten dagen)"
            )
        return notes

    def audit_detail(self) -> str:
        """Counts only: never anything from the rows themselves."""
        return (
            f"rows={self.rows_read} imported={self.imported} attached={self.attached} "
            f"new_cases={self.new_cases} duplicates={self.duplicates} "
            f"rejected={len(self.rejected)} needs_phone={self.needs_phone} "
            f"invalid_phones={self.invalid_phones}"
        )


@dataclass
class HistoryImportResult:
    columns: list[str] = field(default_factory=list)
    rows_read: int = 0
    imported: int = 0
    duplicates: int = 0
    handed_off: int = 0
    closed: int = 0
    missing_help_types: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        notes: list[str] = []
        if self.missing_help_types:
            notes.append(
                f"{self.missing_help_types} geaccepteerd hulpaanbod zonder soort hulp: "
                "vastgelegd als 'other'"
            )
        return notes

    def audit_detail(self) -> str:
        return (
            f"rows={self.rows_read} imported={self.imported} duplicates={self.duplicates} "
            f"rejected={len(self.rejected)} handed_off={self.handed_off} closed={self.closed}"
        )


def write_rejects(path: Path, columns: Sequence[str], rejected: Sequence[RejectedRow]) -> None:
    """The rejected rows with their original columns plus `line` and `reason` (UTF-8 with BOM,
    `;`), every cell neutralised against formula injection (app/services/safe_output.py).

    The file can be corrected and imported again: the extra columns are ignored, and the
    apostrophe before a neutralised cell is taken off again when it is read. Raises OSError;
    callers write it to a temporary file and rename it (`import-signals --rejects`,
    the admin tab through `safe_output.atomic_path`).
    """
    width = max([len(columns), *(len(r.cells) for r in rejected)])
    header = [*columns, *[""] * (width - len(columns)), "line", "reason"]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = DUTCH_CSV.writer(out)
        writer.writerow(DUTCH_CSV.row(header))
        for row in rejected:
            cells = [*row.cells, *[""] * (width - len(row.cells))]
            writer.writerow(DUTCH_CSV.row([*cells, row.line, row.reason]))


# --- reading ----------------------------------------------------------------------------


def _read(path: Path | str) -> Table:
    try:
        return read_table(path)
    except FileUnreadable as exc:
        raise UnreadableFile(str(exc)) from exc


def _columns(table: Table, specs: Iterable[Any]) -> dict[str, int]:
    try:
        return map_columns(table.headers, specs)
    except FileUnreadable as exc:
        raise UnreadableFile(str(exc)) from exc


@dataclass
class ParsedSignals:
    table: Table
    rows: list[SignalRow]
    rejected: list[RejectedRow]
    rows_read: int = 0


def parse_signal_table(table: Table) -> ParsedSignals:
    """Check every row of a signal file (no database): valid rows and rejected rows."""
    columns = _columns(table, SIGNAL_COLUMNS)
    width = len(table.headers)
    good: list[SignalRow] = []
    rejected: list[RejectedRow] = []
    count = 0
    for line, cells in _rows(table):
        count += 1
        values, surplus = row_values(cells, columns, width)
        parsed = parse_signal_row(line, values)
        if isinstance(parsed, str) or surplus:
            reason = "; ".join(r for r in (surplus, parsed if isinstance(parsed, str) else "") if r)
            rejected.append(RejectedRow(line, reason, list(cells)))
        else:
            good.append(parsed)
    return ParsedSignals(table, good, rejected, count)


def _rows(table: Table) -> Iterator[tuple[int, list[str]]]:
    """The table's rows; a file that turns out unreadable halfway is an UnreadableFile."""
    try:
        yield from table.rows
    except FileUnreadable as exc:
        raise UnreadableFile(str(exc)) from exc


def _chunks(items: Sequence[_T], size: int = _CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _member(session: Session, column: Any, keys: Sequence[Any]) -> sa.ColumnElement[bool]:
    """`column IN (keys)`; on PostgreSQL `column = ANY(:array)`: one parameter instead of
    thousands, which psycopg would otherwise re-parse and SQLAlchemy expand on every chunk
    (about a quarter of the client's CPU in a 100,000-row import)."""
    if session.get_bind().dialect.name == "postgresql":
        array = bindparam(None, list(keys), type_=postgresql.ARRAY(column.type))
        return cast(sa.ColumnElement[bool], column == sa.any_(array))
    return cast(sa.ColumnElement[bool], column.in_(keys))


def _key_chunks(session: Session, keys: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """`keys` in chunks for `_member` lookups.

    On PostgreSQL each lookup is planned with its actual keys. psycopg prepares a statement
    once it has run five times, and the server may then switch to a generic plan, in which
    `= ANY($1)` is a parameter of unknown size that it cannot hash: on a table whose
    statistics predate a large insert (filled earlier in this same transaction, or by an
    import autovacuum has not analysed yet) that plan scans the whole table once per key –
    minutes instead of a fraction of a second for a 100,000-row file. Only the lookups: the
    foreign-key checks of a COPY are best served by their cached plans.
    """
    if not keys or session.get_bind().dialect.name != "postgresql":
        yield from _chunks(keys)
        return
    previous = session.scalar(sa.text("SELECT current_setting('plan_cache_mode')"))
    session.execute(sa.text("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"))
    yield from _chunks(keys)
    # Not in a `finally`: a lookup that fails ends the transaction, and SET LOCAL with it.
    session.execute(
        sa.text("SELECT set_config('plan_cache_mode', :previous, true)"), {"previous": previous}
    )


# --- wijk mapping -----------------------------------------------------------------------


def read_wijk_mapping(path: Path | str) -> dict[str, str]:
    """Read and check a wijk mapping file; WijkMappingInvalid lists every bad line."""
    try:
        parsed = parse_wijk_mapping(_read(path))
    except FileUnreadable as exc:
        raise UnreadableFile(str(exc)) from exc
    if parsed.problems:
        raise WijkMappingInvalid(parsed.problems)
    if not parsed.mapping:
        raise UnreadableFile("Het wijkbestand bevat geen enkele postcode.")
    return parsed.mapping


def replace_wijk_mapping(session: Session, ctx: AppContext, mapping: dict[str, str]) -> None:
    """Replace the whole mapping inside the caller's unit of work (audited, counts only)."""
    session.execute(delete(WijkMapping))
    if mapping:
        session.execute(
            insert(WijkMapping), [{"postcode": p, "wijk": w} for p, w in sorted(mapping.items())]
        )
    audit.record(
        session,
        ctx,
        "wijk_mapping_replaced",
        detail=f"{len(mapping)} postcodes in {len(set(mapping.values()))} wijken (import)",
    )


@allowed(Role.ADMIN)
def load_wijk_mapping(ctx: AppContext, path: Path | str) -> int:
    """Replace the wijk mapping with a CSV `postcode,wijk`; returns the number of entries."""
    mapping = read_wijk_mapping(path)
    with ctx.db.begin() as session:
        replace_wijk_mapping(session, ctx, mapping)
    return len(mapping)


def current_wijk_mapping(session: Session) -> dict[str, str]:
    return dict(session.execute(select(WijkMapping.postcode, WijkMapping.wijk)).tuples().all())


def wijk_for(postcode: str, mapping: dict[str, str]) -> str:
    """Longest match of the full postcode over its 4-digit area; `Onbekend` without one."""
    return longest_match(postcode, mapping) or UNKNOWN_WIJK


# --- planning the first attempt -----------------------------------------------------------

_SLOT_CODES = frozenset(slot.value for slot in Slot)

_PLAN_FIELDS = (
    "next_slot",
    "next_window_start",
    "next_window_end",
    "plan_started_at",
    "missed_windows",
    "attempts_used",
)


class _FirstAttempts:
    """Plans the first attempt of new cases through app.services.planning.

    For a case without attempts the plan depends on the moment and the case's wijk only
    (DOMAIN.md 4.5: every slot is untried, ties go to the wijk's contact rate), so one
    planner call per wijk serves every new case of that wijk in this import.
    """

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.context = planning.planning_context(session)
        self._by_wijk: dict[str, dict[str, Any] | None] = {}
        self._known: dict[int, HouseholdEvidence] = {}

    def load_households(self, household_ids: Sequence[int]) -> None:
        """Where these households (known before this import, without an active case) were
        reached in earlier cases, and the voicemails they answered with a return call there:
        such a household's first attempt is planned on its own (DOMAIN.md 4.5), the others
        per wijk. A brand-new household has no earlier case, so a first import asks nothing."""
        ids = sorted(set(household_ids))
        for chunk in _key_chunks(self.session, ids):
            rows = self.session.execute(
                select(Case.household_id, Attempt.slot, planning.returned_voicemail_column())
                .join(Attempt, Attempt.case_id == Case.id)
                .where(
                    _member(self.session, Case.household_id, chunk),
                    Attempt.is_contact.is_(True),
                )
                .distinct()
            )
            reached: dict[int, set[Slot]] = {}
            returned: dict[int, set[Slot]] = {}
            for hid, slot, after_voicemail in rows:
                if slot in _SLOT_CODES:
                    reached.setdefault(int(hid), set()).add(Slot(slot))
                if after_voicemail in _SLOT_CODES:
                    returned.setdefault(int(hid), set()).add(Slot(after_voicemail))
            for hid in reached.keys() | returned.keys():
                self._known[hid] = HouseholdEvidence(
                    reached=frozenset(reached.get(hid, ())),
                    voicemail_returned=frozenset(returned.get(hid, ())),
                )

    def _plan(self, case: Case, household: HouseholdEvidence | None = None) -> bool:
        return planning.plan_first_attempt(
            self.session, case, self.now, context=self.context, household=household
        )

    def _fields(
        self, values: dict[str, Any], household: HouseholdEvidence
    ) -> dict[str, Any] | None:
        probe = Case(**values)  # transient: never added to the session
        before = {name: getattr(probe, name) for name in _PLAN_FIELDS}
        if not self._plan(probe, household):
            return None
        after = {name: getattr(probe, name) for name in _PLAN_FIELDS}
        return {name: value for name, value in after.items() if value != before[name]}

    def fields_for(self, values: dict[str, Any]) -> dict[str, Any] | None:
        """The plan columns for a new case with these column values; None without room."""
        known = self._known.get(values.get("household_id") or -1)
        if known:
            return self._fields(values, known)
        wijk = str(values["wijk"])
        if wijk not in self._by_wijk:
            self._by_wijk[wijk] = self._fields(values, NO_EVIDENCE)
        return self._by_wijk[wijk]

    def plan_existing(self, case: Case) -> bool:
        """Plan the first attempt of a stored case (one that just got a phone number)."""
        return self._plan(case)


def _insert_cases(session: Session, new_cases: list[dict[str, Any]]) -> dict[int, int]:
    """Insert the new cases; their ids by household (one active case per household, a unique
    index, so they are read back by household)."""
    stored: dict[int, int] = {}
    if not new_cases:
        return stored
    for batch in _same_keys(new_cases):
        _executemany(session, _table(Case), batch)
    new_hids = [int(c["household_id"]) for c in new_cases]
    for id_chunk in _key_chunks(session, new_hids):
        for case_id, hid in session.execute(
            select(Case.id, Case.household_id).where(
                _member(session, Case.household_id, id_chunk),
                Case.status != CaseStatus.CLOSED.value,
            )
        ):
            stored[hid] = case_id
    return stored


class _Background:
    """One database step run on a second thread while this thread builds rows.

    Only on PostgreSQL, where the server does the step's real work in its own process, so
    that it overlaps the Python work here on a second core (SQLite works inside this
    process: there the step simply runs first). The session is used by one thread at a
    time: this thread does not touch it until `result()`, and leaving the block waits for
    the step, also when building the rows failed.
    """

    def __init__(self, session: Session, step: Callable[..., _T], *args: Any) -> None:
        self._session = session
        self._step = step
        self._args = args
        self._pool: ThreadPoolExecutor | None = None
        self._future: Future[_T] | None = None
        self._value: _T | None = None

    def __enter__(self) -> _Background:
        if self._session.get_bind().dialect.name == "postgresql":
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vroegbel-import")
            self._future = self._pool.submit(self._step, *self._args)
        else:
            self._value = self._step(*self._args)
        return self

    def result(self) -> Any:
        return self._future.result() if self._future is not None else self._value

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)


# --- signal import ------------------------------------------------------------------------


@allowed(Role.ADMIN)
def import_signals(
    ctx: AppContext,
    path: Path | str,
    *,
    wijken: Path | str | None = None,
    before_commit: Callable[[SignalImportResult], object] | None = None,
) -> SignalImportResult:
    """Import a signal file (and first replace the wijk mapping when `wijken` is given).

    `before_commit` gets the complete result inside the unit of work, just before it commits:
    what it must deliver besides the rows (the rejects file) is written there, and when it
    raises, nothing of the import is stored or audited."""
    mapping_file = read_wijk_mapping(wijken) if wijken is not None else None
    parsed = parse_signal_table(_read(path))
    result = SignalImportResult(
        columns=list(parsed.table.headers),
        rows_read=parsed.rows_read,
        rejected=list(parsed.rejected),
    )
    try:
        with ctx.db.begin(immediate=True) as session:
            _one_import_at_a_time(session)
            if mapping_file is not None:
                replace_wijk_mapping(session, ctx, mapping_file)
                result.wijk_mapping_entries = len(mapping_file)
            _store_signals(session, ctx, parsed.rows, result)
            result.rejected.sort(key=lambda r: r.line)
            audit.record(session, ctx, "import_signals", detail=result.audit_detail())
            if before_commit is not None:
                before_commit(result)
    except Exception as exc:
        # COPY raises psycopg's own UniqueViolation, whose text quotes the address key: only
        # the classifier's sentence is shown.
        info = classify(exc)
        if isinstance(exc, IntegrityError) or (info and info.problem is DbProblem.CONFLICT):
            raise Conflict(
                "Tijdens het inlezen veranderde de database (een andere import?); er is niets "
                "ingelezen, probeer het opnieuw."
            ) from exc
        raise
    result.rejected.sort(key=lambda r: r.line)
    return result


#: PostgreSQL advisory lock key of the imports ("vbimport" in ASCII).
IMPORT_LOCK_KEY = 0x7662696D706F7274


def _one_import_at_a_time(session: Session) -> None:
    """Two imports at once on PostgreSQL both insert the same new households and one fails
    at its commit; holding this transaction-level lock makes the second wait and then find
    the first one's rows (as SQLite's BEGIN IMMEDIATE does)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


def _store_signals(
    session: Session, ctx: AppContext, rows: list[SignalRow], result: SignalImportResult
) -> None:
    now = ctx.clock.now()

    # 1. Duplicates: references already stored, and repeats within the file itself.
    refs = list(dict.fromkeys(r.signal_id for r in rows))
    known: set[str] = set()
    for chunk in _key_chunks(session, refs):
        known.update(
            session.scalars(
                select(Signal.signal_ref).where(_member(session, Signal.signal_ref, chunk))
            )
        )
    fresh: list[SignalRow] = []
    seen: set[str] = set()
    for row in rows:
        if row.signal_id in known or row.signal_id in seen:
            result.duplicates += 1
            continue
        seen.add(row.signal_id)
        fresh.append(row)
    result.invalid_phones = sum(r.invalid_phones for r in fresh)
    result.invalid_emails = sum(1 for r in fresh if r.invalid_email)
    if not fresh:
        return

    # 2. Households by address, in file order.
    groups: dict[str, list[SignalRow]] = {}
    for row in fresh:
        groups.setdefault(row.address_key, []).append(row)
    keys = list(groups)
    household_ids: dict[str, int] = {}
    for chunk in _key_chunks(session, keys):
        household_ids.update(
            (key, hid)
            for hid, key in session.execute(
                select(Household.id, Household.address_key).where(
                    _member(session, Household.address_key, chunk)
                )
            )
        )

    # 3. The active (not closed) case of each known household, and its phone numbers.
    active: dict[int, dict[str, Any]] = {}  # household id -> case columns
    known_ids = list(household_ids.values())
    for id_chunk in _key_chunks(session, known_ids):
        for case_row in session.execute(
            select(
                Case.id,
                Case.household_id,
                Case.status,
                Case.needs_phone,
                Case.next_slot,
                Case.total_arrears_cents,
                Case.first_received_on,
            ).where(
                _member(session, Case.household_id, id_chunk),
                Case.status != CaseStatus.CLOSED.value,
            )
        ):
            active[case_row.household_id] = dict(case_row._mapping)
    phones_of: dict[int, list[str]] = {}
    active_case_ids = [c["id"] for c in active.values()]
    for id_chunk in _key_chunks(session, active_case_ids):
        for case_id, number in session.execute(
            select(PhoneNumber.case_id, PhoneNumber.number_e164)
            .where(_member(session, PhoneNumber.case_id, id_chunk))
            .order_by(PhoneNumber.case_id, PhoneNumber.position)
        ):
            phones_of.setdefault(case_id, []).append(number)

    # 4. New households.
    new_households = [
        {
            "address_key": key,
            "postcode": group[0].postcode,
            "house_number": group[0].house_number,
            "house_number_suffix": group[0].house_number_suffix,
            "street": group[0].street,
            "city": group[0].city,
        }
        for key, group in groups.items()
        if key not in household_ids
    ]
    if new_households:
        # Inserted with the driver's executemany (COPY on PostgreSQL), then their ids read
        # back by the unique address key (cheaper than RETURNING through the ORM for 100,000
        # rows, and as cheap as taking them from the sequence beforehand).
        _executemany(session, _table(Household), new_households)
        new_keys = [str(h["address_key"]) for h in new_households]
        for chunk in _key_chunks(session, new_keys):
            household_ids.update(
                (key, hid)
                for hid, key in session.execute(
                    select(Household.id, Household.address_key).where(
                        _member(session, Household.address_key, chunk)
                    )
                )
            )

    # 5. New cases for households without an active case; their first attempt is planned.
    open_status = CaseStatus.OPEN.value  # an enum's .value is a property: not per row
    mapping = current_wijk_mapping(session)
    planner = _FirstAttempts(session, now)
    planner.load_households([hid for hid in known_ids if hid not in active])
    new_cases: list[dict[str, Any]] = []
    for key, group in groups.items():
        hid = household_ids[key]
        if hid in active:
            continue
        wijk = next((r.wijk for r in group if r.wijk), None)
        if wijk is None:
            wijk = wijk_for(group[0].postcode, mapping)
            if wijk == UNKNOWN_WIJK:
                result.unknown_wijk += 1
        has_phone = any(r.phones for r in group)
        values: dict[str, Any] = {
            "household_id": hid,
            "wijk": wijk,
            "status": open_status,
            "opened_at": now,
            "first_received_on": min(r.received_on for r in group),
            "total_arrears_cents": sum(r.arrears_cents for r in group),
            "attempts_used": 0,
            "missed_windows": 0,
            "needs_phone": not has_phone,
        }
        _check_total(values["total_arrears_cents"])
        if has_phone:
            plan = planner.fields_for(values)
            if plan is None:
                result.unplanned += 1
            values.update(plan or {})
        else:
            result.needs_phone += 1
        new_cases.append(values)
    case_of_household: dict[int, int] = {hid: c["id"] for hid, c in active.items()}
    result.new_cases = len(new_cases)

    # 6. Signals and phone numbers. Their rows are built while the new cases are stored (on
    #    PostgreSQL in the background: the server's index work overlaps this thread's); a
    #    row knows its household until the case ids are known.
    with _Background(session, _insert_cases, session, new_cases) as storing:
        numbers_of: dict[int, list[str]] = {
            hid: phones_of.get(int(c["id"]), []) for hid, c in active.items()
        }
        creditor_type_value = {kind: kind.value for kind in CreditorType}
        signal_rows: list[dict[str, Any]] = []
        signal_households: list[int] = []
        phone_rows: list[dict[str, Any]] = []
        phone_households: list[int] = []
        attached: dict[int, list[SignalRow]] = {}
        for key, group in groups.items():
            hid = household_ids[key]
            numbers = numbers_of.setdefault(hid, [])
            for row in group:
                signal_rows.append(
                    {
                        "signal_ref": row.signal_id,
                        "received_on": row.received_on,
                        "creditor": row.creditor,
                        "creditor_type": creditor_type_value[row.creditor_type],
                        "arrears_cents": row.arrears_cents,
                        "bsn": row.bsn,
                        "last_name": row.last_name,
                        "first_name": row.first_name,
                        "birth_date": row.birth_date,
                        "email": row.email,
                        "imported_at": now,
                    }
                )
                signal_households.append(hid)
                for number in row.phones:
                    if number not in numbers:
                        phone_rows.append({"number_e164": number, "position": len(numbers)})
                        phone_households.append(hid)
                        numbers.append(number)
                if hid in active:
                    attached.setdefault(hid, []).append(row)
        case_of_household.update(storing.result())
    for signal_row, hid in zip(signal_rows, signal_households, strict=True):
        signal_row["case_id"] = case_of_household[hid]
    for phone_row, hid in zip(phone_rows, phone_households, strict=True):
        phone_row["case_id"] = case_of_household[hid]
    _executemany(session, _table(Signal), signal_rows)
    _executemany(session, _table(PhoneNumber), phone_rows)
    result.imported = len(signal_rows)
    result.attached = sum(len(v) for v in attached.values())

    # 7. Attached signals add their arrears (and creditor type, through the signal row) to
    #    the active case; the plan is not restarted. A case that was waiting for a phone
    #    number and now has one joins the queue with its first attempt planned.
    updates: list[dict[str, Any]] = []
    now_callable: list[int] = []
    for hid, group in attached.items():
        current = active[hid]
        total = int(current["total_arrears_cents"]) + sum(r.arrears_cents for r in group)
        _check_total(total)
        first: date = min([current["first_received_on"], *(r.received_on for r in group)])
        gains_phone = bool(current["needs_phone"]) and any(r.phones for r in group)
        updates.append(
            {
                "b_id": current["id"],
                "b_total": total,
                "b_first": first,
                "b_needs_phone": bool(current["needs_phone"]) and not gains_phone,
            }
        )
        if gains_phone and current["status"] == CaseStatus.OPEN.value:
            now_callable.append(int(current["id"]))
    if updates:
        table = _table(Case)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                total_arrears_cents=bindparam("b_total"),
                first_received_on=bindparam("b_first"),
                needs_phone=bindparam("b_needs_phone"),
            ),
            updates,
        )
    for id_chunk in _key_chunks(session, now_callable):
        for case in session.scalars(select(Case).where(_member(session, Case.id, id_chunk))):
            if case.next_slot is None and case.attempts_used == 0:
                planner.plan_existing(case)


def _table(model: type[Any]) -> sa.Table:
    """The model's Table: bulk inserts go through Core executemany. The ORM's bulk insert splits
    rows into a separate statement whenever the set of None values changes (optional columns
    such as bsn, e-mail, birth date), which for a real file means one statement per few rows."""
    return cast(sa.Table, model.__table__)


def _executemany(session: Session, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows with the driver's executemany, the column types' bind processing
    applied once per distinct value.

    SQLAlchemy's own executemany builds and type-processes every row's parameters one by one
    (a third of a 100,000-row import); here a file's many equal values (the import time, the
    received dates, the creditor types) are converted once. Every row has the same keys.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    convert: dict[str, Callable[[Any], Any]] = {}
    for name in names:
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            convert[name] = _memoised(processor)
    order = list(compiled.positiontup or []) if compiled.positional else names

    # Column by column: one comprehension per column instead of a function call per cell
    # (1.4 million cells in a 100,000-row file).
    columns: list[list[Any]] = []
    for name in order:
        cells = [row[name] for row in rows]
        fn = convert.get(name)
        if fn is not None:
            cells = [None if raw is None else fn(raw) for raw in cells]
        columns.append(cells)
    if dialect.name == "postgresql":
        # COPY: one stream instead of one statement per row in pipeline mode (about 8x the
        # rate of executemany for 100,000 rows; ids are read back by their unique keys).
        driver: Any = connection.connection.driver_connection
        quote = dialect.identifier_preparer.quote
        target = dialect.identifier_preparer.format_table(table)
        column_list = ", ".join(quote(table.c[n].name) for n in order)
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY {target} ({column_list}) FROM STDIN") as copy,
        ):
            for values in zip(*columns, strict=True):
                copy.write_row(values)
        return
    if compiled.positional:
        params: list[Any] = list(zip(*columns, strict=True))
    else:
        params = [dict(zip(order, values, strict=True)) for values in zip(*columns, strict=True)]
    connection.exec_driver_sql(compiled.string, params)


def _memoised(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    done: dict[Any, Any] = {}

    def convert(raw: Any) -> Any:
        try:
            return done[raw]
        except KeyError:
            result = done[raw] = processor(raw)
            return result
        except TypeError:  # unhashable: convert every time
            return processor(raw)

    return convert


def _same_keys(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """executemany needs the same columns in every row: group rows by their key set."""
    batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        batches.setdefault(tuple(sorted(row)), []).append(row)
    yield from batches.values()


def _check_total(cents: int) -> None:
    if cents > 2_000_000_000:
        raise InvalidInput("De totale achterstand van een huishouden wordt onwaarschijnlijk hoog.")


# --- contact history ----------------------------------------------------------------------


@dataclass
class ParsedHistory:
    table: Table
    rows: list[HistoryRow]
    rejected: list[RejectedRow]
    cells: dict[int, list[str]] = field(default_factory=dict)  # line -> cells of good rows
    rows_read: int = 0


def parse_history_table(table: Table) -> ParsedHistory:
    columns = _columns(table, HISTORY_COLUMNS)
    width = len(table.headers)
    good: list[HistoryRow] = []
    rejected: list[RejectedRow] = []
    cells_of: dict[int, list[str]] = {}
    count = 0
    for line, cells in _rows(table):
        count += 1
        values, surplus = row_values(cells, columns, width)
        parsed = parse_history_row(line, values)
        if isinstance(parsed, str) or surplus:
            reason = "; ".join(r for r in (surplus, parsed if isinstance(parsed, str) else "") if r)
            rejected.append(RejectedRow(line, reason, list(cells)))
        else:
            good.append(parsed)
            cells_of[line] = list(cells)
    return ParsedHistory(table, good, rejected, cells_of, count)


def history_key(case_id: int, row: HistoryRow) -> str:
    """The idempotency key of a historical attempt: importing a history twice adds nothing."""
    text = f"{case_id}|{row.at.isoformat()}|{row.outcome.value}|{row.agent}"
    if row.channel is not Channel.PHONE:
        # Outbound calls keep the key they had before channels existed (re-import adds nothing).
        text += f"|{row.channel.value}"
    return "history:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:48]


_CLOSED_LABELS = {
    CloseReason.NO_HELP_NEEDED.value: "geen hulpvraag",
    CloseReason.HELP_DECLINED.value: "hulp afgewezen",
    CloseReason.ALREADY_IN_DEBT_HELP.value: "al in schuldhulptraject",
    CloseReason.NOT_REACHED.value: "niet bereikt",
    CloseReason.NO_VALID_NUMBER.value: "geen geldig nummer",
    CloseReason.HELP_DELIVERED.value: "hulp geleverd",
    CloseReason.WITHDRAWN.value: "ingetrokken",
}


@allowed(Role.ADMIN)
def import_history(
    ctx: AppContext,
    path: Path | str,
    *,
    before_commit: Callable[[HistoryImportResult], object] | None = None,
) -> HistoryImportResult:
    """Apply an earlier callcenter's attempts, in time order, through the outcome rules
    (`before_commit` as for import_signals)."""
    parsed = parse_history_table(_read(path))
    result = HistoryImportResult(
        columns=list(parsed.table.headers),
        rows_read=parsed.rows_read,
        rejected=list(parsed.rejected),
    )
    now = ctx.clock.now()
    with ctx.db.begin(immediate=True) as session:
        _one_import_at_a_time(session)
        refs = list(dict.fromkeys(r.signal_id for r in parsed.rows))
        case_of_ref: dict[str, int] = {}
        for chunk in _key_chunks(session, refs):
            case_of_ref.update(
                session.execute(
                    select(Signal.signal_ref, Signal.case_id).where(
                        _member(session, Signal.signal_ref, chunk)
                    )
                )
                .tuples()
                .all()
            )
        case_ids = list(set(case_of_ref.values()))
        cases: dict[int, Case] = {}
        for id_chunk in _key_chunks(session, case_ids):
            cases.update(
                (c.id, c)
                for c in session.scalars(
                    select(Case)
                    .where(_member(session, Case.id, id_chunk))
                    .options(selectinload(Case.phones))
                )
            )
        keyed: list[tuple[HistoryRow, int, str]] = []
        for row in parsed.rows:
            case_id = case_of_ref.get(row.signal_id)
            if case_id is None:
                result.rejected.append(_reject_history(parsed, row, "signal_id is onbekend"))
            elif row.at > now:
                result.rejected.append(_reject_history(parsed, row, "tijdstip ligt in de toekomst"))
            elif local(row.at).date() < cases[case_id].first_received_on:
                # No call precedes the signal that started the case: such a date (1900-01-01,
                # a typo) would make the plan replay think the case ran out of attempts.
                first = cases[case_id].first_received_on.strftime("%d-%m-%Y")
                result.rejected.append(
                    _reject_history(
                        parsed, row, f"tijdstip ligt voor het eerste signaal van de zaak ({first})"
                    )
                )
            else:
                keyed.append((row, case_id, history_key(case_id, row)))
        known: set[str] = set()
        all_keys = [k for _, _, k in keyed]
        for chunk in _key_chunks(session, all_keys):
            known.update(
                k
                for k in session.scalars(
                    select(Attempt.idempotency_key).where(
                        _member(session, Attempt.idempotency_key, chunk)
                    )
                )
                if k is not None
            )

        keyed.sort(key=lambda item: item[0].at)  # stable: equal times keep the file's order
        replay = _HistoryPlanning(session)
        for row, case_id, key in keyed:
            if key in known:
                result.duplicates += 1
                continue
            case = cases[case_id]
            if not _accepts(case, row):
                result.rejected.append(_reject_history(parsed, row, _not_open(case)))
                continue
            if row.channel is Channel.PHONE:
                replay.before(case, row.at)
            help_request = None
            if row.outcome is Outcome.REACHED_HELP_ACCEPTED:
                types = row.help_types
                if not types:
                    types = [HelpType.OTHER]
                    result.missing_help_types += 1
                help_request = HelpRequestInput(types, urgent=row.urgent, note=row.notes)
            given = OutcomeInput(
                outcome=row.outcome,
                at=row.at,
                agent_id=None,
                agent_name=row.agent,
                notes=row.notes,
                help_request=help_request,
                idempotency_key=key,
                source="history",
                audit_event=False,
                channel=row.channel,
                reach_hint=row.reach_hint,
            )
            # Everything record_outcome refuses (a case that is not open, accepted help without
            # a help type, an outcome that does not fit the channel) was checked above, so a
            # ServiceError here is unexpected: it aborts the whole import rather than leaving
            # a half-recorded attempt behind. The one exception: a conversation after the plan
            # cannot reopen a case whose household has a newer one (refused before any write).
            try:
                record_outcome(session, ctx, case, given)
            except Conflict as exc:
                if row.channel is Channel.PHONE:
                    raise
                result.rejected.append(_reject_history(parsed, row, str(exc).rstrip(".")))
                continue
            known.add(key)
            result.imported += 1
            if case.status == CaseStatus.HANDED_OFF.value:
                result.handed_off += 1
            elif case.status == CaseStatus.CLOSED.value:
                result.closed += 1
        result.rejected.sort(key=lambda r: r.line)
        audit.record(session, ctx, "import_history", detail=result.audit_detail())
        if before_commit is not None:
            before_commit(result)
    result.rejected.sort(key=lambda r: r.line)
    return result


class _HistoryPlanning:
    """The plan's day limit while replaying an earlier callcenter's calls.

    Those calls are facts: the earlier callcenter did not follow this plan, and a call on
    day 30 of a case did happen even though our plan ends after 21 days. While a row is
    applied, the session's planning context (app.services.planning, cached per session)
    gets a `plan_days` that reaches at least 21 days past the row's own day, so that
    record_outcome plans the next attempt instead of closing the case as not reached for
    lack of room. Every other rule (seven attempts, the outcomes) applies unchanged.
    """

    def __init__(self, session: Session) -> None:
        self.context = planning.planning_context(session)
        self.base = self.context.rules

    def before(self, case: Case, at: datetime) -> None:
        start = case.plan_started_at or at
        span = (local(at).date() - local(start).date()).days
        needed = max(self.base.plan_days, span + self.base.plan_days)
        if self.context.rules.plan_days != needed:
            self.context.rules = dataclasses.replace(self.base, plan_days=needed)


def _accepts(case: Case, row: HistoryRow) -> bool:
    """An outbound call needs an open case; what follows the plan (an inbound call, letter,
    card, home visit) is also accepted on a case closed as not reached (issue 14)."""
    if case.status == CaseStatus.OPEN.value:
        return True
    return (
        row.channel is not Channel.PHONE
        and case.status == CaseStatus.CLOSED.value
        and case.close_reason in FOLLOW_UP_REASONS
    )


def _not_open(case: Case) -> str:
    if case.status == CaseStatus.HANDED_OFF.value:
        return "de zaak is al overgedragen aan de budgetcoaches"
    label = _CLOSED_LABELS.get(case.close_reason or "", case.close_reason or "")
    return f"de zaak is al afgesloten ({label})"


def _reject_history(parsed: ParsedHistory, row: HistoryRow, reason: str) -> RejectedRow:
    return RejectedRow(row.line, reason, list(parsed.cells.get(row.line, [])))
