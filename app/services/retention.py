"""Retention (DOMAIN.md section 8): purge the personal data whose time is up.

- A case closed without accepted help (no handoff): `retention_closed_months` (default 6)
  after it was closed.
- A handed-off case: `retention_handoff_months` (default 18) after the coach closed the
  handoff (`Handoff.closed_at`).
- Open cases and cases still with a coach are kept.

A purge blanks the personal columns and keeps every row the figures of section 7 use:
signals lose BSN, names, birth date and e-mail (their dates, amounts, creditor type and
reference stay); phone numbers are deleted (attempts keep slot, outcome, contact and time);
the notes of attempts, help requests and coach contacts are blanked; the case is unlinked
from its household and the household (the address) is deleted once no case refers to it;
`Case.purged_at` is set. Each purged case gets a `purge` audit event (no personal data).

"Gone" means gone from the file, not only unlinked. On SQLite `PRAGMA secure_delete` (set
by app.db on every connection) zeroes deleted content; after the purge this module runs
VACUUM (rebuilding the file without free pages) and `wal_checkpoint(TRUNCATE)` (the WAL
still holds the old page images until it is checkpointed and truncated). On PostgreSQL an
UPDATE or DELETE leaves the old row version as a dead tuple in the table's pages until
VACUUM removes it; autovacuum does that eventually (when enough rows changed). Even then a
plain VACUUM only frees the space: the old bytes stay in the page until reused. So this module
runs `VACUUM (FULL, ANALYZE)` on the purged tables itself, which writes each table and its
indexes into new files, outside a transaction (VACUUM cannot run inside one). See
docs/SECURITY.md for the table lock this takes, WAL segments and backups.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, delete, exists, func, or_, select, text, update
from sqlalchemy.orm import Session

from app.models import (
    Attempt,
    Case,
    CoachContact,
    Handoff,
    HelpRequest,
    Household,
    PhoneNumber,
    Signal,
)
from app.models.enums import CaseStatus, Role
from app.services import audit, settings
from app.services.authz import allowed
from app.services.context import AppContext

log = logging.getLogger(__name__)

RULE_CLOSED = "closed"
RULE_HANDOFF = "handoff"
CHUNK = 500
#: How long VACUUM FULL waits for a table that workstations are using.
PG_LOCK_TIMEOUT = "10s"

#: The tables whose rows a purge changes; rewritten with VACUUM FULL afterwards on PostgreSQL.
PURGED_TABLES = (
    "signals",
    "phone_numbers",
    "attempts",
    "help_requests",
    "coach_contacts",
    "households",
    "cases",
)


@dataclass(frozen=True)
class PurgeItem:
    case_id: int
    rule: str  # RULE_CLOSED or RULE_HANDOFF
    closed_at: datetime  # the case's closing, or the coach's closing of the handoff


@dataclass
class RetentionResult:
    dry_run: bool
    cutoff_closed: datetime
    cutoff_handoff: datetime
    cases: list[PurgeItem] = field(default_factory=list)
    signals_blanked: int = 0
    phones_deleted: int = 0
    notes_blanked: int = 0
    households_deleted: int = 0
    #: What was done to reclaim the space (VACUUM, checkpoint), in one Dutch sentence.
    reclaim: str = ""
    #: False when SQLite could not fully checkpoint (another workstation was reading).
    reclaim_complete: bool = True

    @property
    def purged(self) -> int:
        return len(self.cases)

    def summary(self) -> str:
        verb = "zouden worden" if self.dry_run else "zijn"
        return (
            f"{self.purged} zaken {verb} opgeschoond "
            f"(gesloten zonder hulp: {sum(c.rule == RULE_CLOSED for c in self.cases)}, "
            f"na overdracht: {sum(c.rule == RULE_HANDOFF for c in self.cases)}); "
            f"signalen {self.signals_blanked}, telefoonnummers {self.phones_deleted}, "
            f"notities {self.notes_blanked}, adressen {self.households_deleted}."
        )


def months_before(moment: datetime, months: int) -> datetime:
    """The same wall-clock moment `months` calendar months earlier (day clamped)."""
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            day -= 1


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def due_cases(
    session: Session, cutoff_closed: datetime, cutoff_handoff: datetime
) -> list[PurgeItem]:
    """The cases whose personal data retention allows to purge now."""
    has_handoff = exists().where(Handoff.case_id == Case.id)
    closed = session.execute(
        select(Case.id, Case.closed_at)
        .where(
            Case.status == CaseStatus.CLOSED.value,
            Case.purged_at.is_(None),
            Case.closed_at.is_not(None),
            Case.closed_at <= cutoff_closed,
            ~has_handoff,
        )
        .order_by(Case.id)
    ).all()
    handed_off = session.execute(
        select(Case.id, Handoff.closed_at)
        .join(Handoff, Handoff.case_id == Case.id)
        .where(
            Case.status == CaseStatus.CLOSED.value,
            Case.purged_at.is_(None),
            Handoff.closed_at.is_not(None),
            Handoff.closed_at <= cutoff_handoff,
        )
        .order_by(Case.id)
    ).all()
    items = [PurgeItem(case_id, RULE_CLOSED, at) for case_id, at in closed if at is not None]
    items += [PurgeItem(case_id, RULE_HANDOFF, at) for case_id, at in handed_off if at]
    return sorted(items, key=lambda item: item.case_id)


def _count(session: Session, ids: list[int], result: RetentionResult) -> list[int]:
    """Count what a purge of `ids` touches; returns the households that would be deleted."""
    personal = or_(
        Signal.bsn.is_not(None),
        Signal.last_name.is_not(None),
        Signal.first_name.is_not(None),
        Signal.birth_date.is_not(None),
        Signal.email.is_not(None),
    )
    result.signals_blanked += int(
        session.scalar(select(func.count(Signal.id)).where(Signal.case_id.in_(ids), personal)) or 0
    )
    result.phones_deleted += int(
        session.scalar(select(func.count(PhoneNumber.id)).where(PhoneNumber.case_id.in_(ids))) or 0
    )
    result.notes_blanked += int(
        session.scalar(
            select(func.count(Attempt.id)).where(
                Attempt.case_id.in_(ids), Attempt.notes.is_not(None)
            )
        )
        or 0
    )
    result.notes_blanked += int(
        session.scalar(
            select(func.count(HelpRequest.id)).where(
                HelpRequest.case_id.in_(ids), HelpRequest.note.is_not(None)
            )
        )
        or 0
    )
    result.notes_blanked += int(
        session.scalar(
            select(func.count(CoachContact.id))
            .join(Handoff, Handoff.id == CoachContact.handoff_id)
            .where(Handoff.case_id.in_(ids), CoachContact.note.is_not(None))
        )
        or 0
    )
    households = [
        hid
        for hid in session.scalars(
            select(Case.household_id).where(Case.id.in_(ids), Case.household_id.is_not(None))
        )
        if hid is not None
    ]
    return households


def _purge(session: Session, ids: list[int], now: datetime) -> None:
    session.execute(
        update(Signal)
        .where(Signal.case_id.in_(ids))
        .values(bsn=None, last_name=None, first_name=None, birth_date=None, email=None)
    )
    # Attempts keep their row; their phone_id is set NULL by the foreign key as well.
    session.execute(
        update(Attempt)
        .where(Attempt.case_id.in_(ids), Attempt.phone_id.is_not(None))
        .values(phone_id=None)
    )
    session.execute(delete(PhoneNumber).where(PhoneNumber.case_id.in_(ids)))
    session.execute(update(Attempt).where(Attempt.case_id.in_(ids)).values(notes=None))
    session.execute(update(HelpRequest).where(HelpRequest.case_id.in_(ids)).values(note=None))
    handoff_ids = select(Handoff.id).where(Handoff.case_id.in_(ids)).scalar_subquery()
    session.execute(
        update(CoachContact).where(CoachContact.handoff_id.in_(handoff_ids)).values(note=None)
    )
    session.execute(update(Case).where(Case.id.in_(ids)).values(household_id=None, purged_at=now))


def _delete_orphan_households(session: Session, household_ids: Sequence[int]) -> int:
    deleted = 0
    unique = sorted(set(household_ids))
    for chunk in _chunks(unique):
        orphan = and_(Household.id.in_(chunk), ~exists().where(Case.household_id == Household.id))
        deleted += int(session.scalar(select(func.count(Household.id)).where(orphan)) or 0)
        session.execute(delete(Household).where(orphan))
    return deleted


def _orphans_after(session: Session, household_ids: Sequence[int], ids: set[int]) -> int:
    """For a dry run: households whose every case is being purged now."""
    unique = sorted(set(household_ids))
    count = 0
    for chunk in _chunks(unique):
        rows = session.execute(
            select(Case.household_id, Case.id).where(Case.household_id.in_(chunk))
        ).all()
        keep = {hid for hid, case_id in rows if case_id not in ids}
        count += len(set(chunk) - keep)
    return count


#: Sessions, replication slots and prepared transactions whose snapshot is older than the
#: purge: VACUUM must keep the old row versions for them (MVCC), whatever it is told.
_PG_OLD_SNAPSHOTS = """
SELECT (SELECT count(*) FROM pg_stat_activity
         WHERE pid <> pg_backend_pid() AND backend_xmin IS NOT NULL
           AND age(backend_xmin) >= age(CAST(CAST(:xid AS text) AS xid)))
     + (SELECT count(*) FROM pg_replication_slots
         WHERE xmin IS NOT NULL AND age(xmin) >= age(CAST(CAST(:xid AS text) AS xid)))
     + (SELECT count(*) FROM pg_prepared_xacts
         WHERE age(transaction) >= age(CAST(CAST(:xid AS text) AS xid)))
"""


def _reclaim(ctx: AppContext, result: RetentionResult, purge_xid: int | None = None) -> None:
    """Make the purged bytes unreadable in the file itself (outside any transaction)."""
    engine = ctx.db.engine
    if ctx.db.is_sqlite:
        raw = engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert connection is not None
            connection.execute("PRAGMA temp_store=MEMORY")  # no temporary file on disk
            connection.execute("VACUUM")
            busy, _log_frames, _done = connection.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).fetchone()
        except Exception:  # e.g. locked by another workstation: the purge itself is committed
            log.warning("VACUUM after the purge failed", exc_info=True)
            result.reclaim_complete = False
            result.reclaim = (
                "De gegevens zijn gewist, maar het databasebestand kon nu niet opnieuw worden "
                "opgebouwd (VACUUM) omdat het in gebruik is; draai de opschoning later opnieuw."
            )
            return
        finally:
            raw.close()
        result.reclaim_complete = busy == 0
        result.reclaim = (
            "Het databasebestand is opnieuw opgebouwd (VACUUM) en het WAL-bestand geleegd."
            if busy == 0
            else "Het databasebestand is opnieuw opgebouwd (VACUUM), maar het WAL-bestand kon "
            "niet worden geleegd omdat een andere werkplek leest; draai de opschoning later "
            "opnieuw."
        )
        return
    if ctx.db.dialect == "postgresql":
        failed: list[str] = []
        partial: list[str] = []
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # VACUUM by a role that may not vacuum a table only warns and skips it: ask first.
            allowed_tables = set(
                conn.execute(
                    text(
                        "SELECT c.relname FROM pg_class c "
                        "WHERE c.relname = ANY(:names) AND c.relkind = 'r' "
                        "AND c.relnamespace = to_regnamespace(current_schema())::oid "
                        "AND (pg_has_role(current_user, c.relowner, 'USAGE') "
                        "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user))"
                    ),
                    {"names": list(PURGED_TABLES)},
                ).scalars()
            )
            # A plain VACUUM makes dead row versions unreachable but leaves their bytes in the
            # pages' free space (seen with pageinspect); VACUUM FULL writes the table and its
            # indexes into new files. It locks each table while it runs (seconds): wait at most
            # PG_LOCK_TIMEOUT for the lock, else fall back to a plain VACUUM and say so.
            conn.exec_driver_sql(f"SET lock_timeout = '{PG_LOCK_TIMEOUT}'")
            for table in PURGED_TABLES:
                if table not in allowed_tables:
                    failed.append(table)
                    continue
                try:
                    conn.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {table}")
                    continue
                except Exception:
                    log.warning("VACUUM FULL %s failed", table, exc_info=True)
                partial.append(table)
                try:
                    conn.exec_driver_sql(f"VACUUM (ANALYZE) {table}")
                except Exception:
                    log.warning("VACUUM %s failed", table, exc_info=True)
            conn.exec_driver_sql("RESET lock_timeout")
            held = 0
            if purge_xid is not None:
                held = int(conn.execute(text(_PG_OLD_SNAPSHOTS), {"xid": purge_xid}).scalar_one())
        result.reclaim_complete = not failed and not partial and not held
        if failed:
            result.reclaim = (
                f"VACUUM mocht niet op {', '.join(failed)} (de rol is geen eigenaar); dat doet "
                "autovacuum later, of de eigenaar nu met VACUUM FULL (zie docs/SECURITY.md)."
            )
        elif partial:
            result.reclaim = (
                f"{', '.join(partial)} was in gebruik: alleen gevacuumd, niet herschreven; "
                "draai de opschoning buiten kantoortijd opnieuw."
            )
        elif held:
            result.reclaim = (
                "De tabellen zijn herschreven (VACUUM FULL), maar een andere verbinding (een "
                "lopende back-up, een open transactie) ziet nog de oude gegevens; die blijven "
                "tot de volgende opschoning."
            )
        else:
            result.reclaim = (
                "De tabellen zijn herschreven (VACUUM FULL): oude rijversies staan niet meer in "
                "de databasebestanden."
            )


@allowed(Role.ADMIN, system=True)
def run_retention(ctx: AppContext, dry_run: bool = False) -> RetentionResult:
    """Purge (or with `dry_run`, only list) the personal data whose retention has passed."""
    now = ctx.clock.now()
    with ctx.db.begin(immediate=not dry_run) as session:
        cutoff_closed = months_before(now, int(settings.get(session, "retention_closed_months")))
        cutoff_handoff = months_before(now, int(settings.get(session, "retention_handoff_months")))
        result = RetentionResult(
            dry_run=dry_run, cutoff_closed=cutoff_closed, cutoff_handoff=cutoff_handoff
        )
        result.cases = due_cases(session, cutoff_closed, cutoff_handoff)
        ids = [item.case_id for item in result.cases]
        households: list[int] = []
        for chunk in _chunks(ids):
            households += _count(session, chunk, result)
        if dry_run:
            result.households_deleted = _orphans_after(session, households, set(ids))
            session.rollback()
            return result
        for chunk in _chunks(ids):
            _purge(session, chunk, now)
        session.flush()
        result.households_deleted = _delete_orphan_households(session, households)
        for item in result.cases:
            audit.record(
                session,
                ctx,
                "purge",
                case_id=item.case_id,
                detail=f"{item.rule}; gesloten {item.closed_at.date().isoformat()}",
            )
        audit.record(session, ctx, "retention_run", detail=result.summary())
        purge_xid: int | None = None
        if ctx.db.dialect == "postgresql":
            session.flush()
            purge_xid = int(
                session.execute(text("SELECT txid_current() % 4294967296")).scalar_one()
            )
    # Also when nothing new was purged: a run that could not reclaim (file in use) is
    # completed by the next one.
    _reclaim(ctx, result, purge_xid)
    return result
