"""The admin tab's operations: shared settings, closed days, wijk mapping, conversation guide
and the audit log.

Every change is role-checked (admin) and audited with its kind and what changed, never with
personal data. Reading the audit log is for the admin only (functioneel beheer answers the
privacy officer's questions); the team lead sees the work through the queue and the reports,
not through the log of who looked at which case (docs/SECURITY.md).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from app.models import AuditEvent, ClosedDay, WijkMapping
from app.models.enums import Role, Slot
from app.services import audit, settings
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput, NotFound

ALL_ROLES = (Role.AGENT, Role.COACH, Role.TEAMLEAD, Role.ADMIN)

# --- shared settings ------------------------------------------------------------------------

#: Whole-number settings and their allowed range (inclusive). The legal deadlines can only be
#: made shorter than the law (Wgs art. 4: 3 working days, 4 weeks), never longer.
INT_RANGES: dict[str, tuple[int, int]] = {
    "max_attempts": (1, 20),
    "min_evening_attempts": (0, 20),
    "min_saturday_attempts": (0, 20),
    "plan_days": (1, 90),
    "contact_rate_weeks": (1, 52),
    "lease_minutes": (1, 240),
    "callback_reserved_minutes": (0, 240),
    "local_target_working_days": (1, 60),
    "legal_urgent_working_days": (1, 3),
    "legal_normal_weeks": (1, 4),
    "retention_closed_months": (1, 120),
    "retention_handoff_months": (1, 240),
    "idle_lock_minutes": (1, 120),
    "login_max_failures": (3, 20),
    "login_lock_minutes": (1, 24 * 60),
    "handling_weeks": (1, 26),
    "default_calls_per_hour": (1, 60),
}

MAX_GUIDE_CHARS = 50_000
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class SettingItem:
    key: str
    label: str
    value: Any
    default: Any

    @property
    def is_default(self) -> bool:
        return bool(self.value == self.default)


def _validate_windows(value: Any) -> dict[str, dict[str, Any]]:
    slots = {slot.value for slot in Slot}
    if not isinstance(value, dict) or set(value) != slots:
        raise InvalidInput(
            "De belvensters moeten precies ochtend, middag, avond en zaterdag geven."
        )
    clean: dict[str, dict[str, Any]] = {}
    for slot, window in value.items():
        if not isinstance(window, dict):
            raise InvalidInput(f"Het belvenster '{slot}' is onleesbaar.")
        days = window.get("weekdays")
        start, end = window.get("start"), window.get("end")
        if (
            not isinstance(days, list)
            or not days
            or any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6 for d in days)
            or len(set(days)) != len(days)
        ):
            raise InvalidInput(f"Het belvenster '{slot}' heeft geen geldige weekdagen (0–6).")
        if 6 in days:
            raise InvalidInput("Op zondag wordt niet gebeld.")
        if not isinstance(start, str) or not isinstance(end, str):
            raise InvalidInput(f"Het belvenster '{slot}' heeft geen begin- en eindtijd.")
        if not _HHMM.match(start) or not _HHMM.match(end) or start >= end:
            raise InvalidInput(
                f"Het belvenster '{slot}' moet een begintijd vóór de eindtijd hebben (UU:MM)."
            )
        clean[slot] = {"weekdays": sorted(days), "start": start, "end": end}
    return clean


#: what may follow a plan without contact (issue 14): letter, card through the door, a home
#: visit by the wijkteam, or nothing.
FOLLOW_UP_CHOICES = ("letter", "card", "home_visit", "none")

#: the letter and card templates the admin edits (fields: app/services/follow_up.py).
TEMPLATE_SETTINGS = ("letter_template", "letter_template_en", "card_template", "card_template_en")


def validate_setting(key: str, value: Any, current: dict[str, Any] | None = None) -> Any:
    """The value to store for `key`, or InvalidInput with one Dutch sentence."""
    spec = settings.SPECS.get(key)
    if spec is None:
        raise InvalidInput(f"Onbekende instelling '{key}'.")
    if key == "calling_windows":
        return _validate_windows(value)
    if key in TEMPLATE_SETTINGS:
        from app.services.follow_up import check_template

        if len(value) > MAX_GUIDE_CHARS if isinstance(value, str) else False:
            raise InvalidInput(f"Een sjabloon heeft hoogstens {MAX_GUIDE_CHARS} tekens.")
        return check_template(value)
    if key in ("letterhead", "callcenter_phone", "callcenter_hours"):
        if not isinstance(value, str) or not value.strip() or len(value) > 2000:
            raise InvalidInput(f"'{spec.label}' is een tekst van 1 tot 2000 tekens.")
        return value.strip()
    if key == "follow_up_channel":
        if value not in FOLLOW_UP_CHOICES:
            raise InvalidInput("Het vervolg na het belplan is letter, card, home_visit of none.")
        return value
    if key == "conversation_guide":
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise InvalidInput("De gespreksleidraad is tekst.")
        if len(value) > MAX_GUIDE_CHARS:
            raise InvalidInput(f"De gespreksleidraad heeft hoogstens {MAX_GUIDE_CHARS} tekens.")
        return value
    if key in INT_RANGES or isinstance(spec.default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"'{spec.label}' is een geheel getal.")
        low, high = INT_RANGES.get(key, (0, 1_000_000))
        if not low <= value <= high:
            raise InvalidInput(f"'{spec.label}' ligt tussen {low} en {high}.")
        if current is not None and key in {
            "max_attempts",
            "min_evening_attempts",
            "min_saturday_attempts",
        }:
            merged = {**current, key: value}
            if merged["min_evening_attempts"] + merged["min_saturday_attempts"] > int(
                merged["max_attempts"]
            ):
                raise InvalidInput(
                    "Het minimum aantal avond- en zaterdagpogingen samen past niet in het "
                    "maximale aantal pogingen."
                )
        return value
    # A setting declared later by another part of the app: keep the default's JSON type.
    if spec.default is not None and not isinstance(value, type(spec.default)):
        raise InvalidInput(f"'{spec.label}' heeft een ongeldige waarde.")
    return value


def _describe(key: str, value: Any) -> str:
    if key == "conversation_guide":
        return "standaardtekst" if value is None else f"{len(value)} tekens"
    text = repr(value)
    return text if len(text) <= 300 else text[:297] + "..."


@allowed(Role.ADMIN)
def list_settings(ctx: AppContext) -> list[SettingItem]:
    with ctx.db.read() as session:
        values = settings.get_all(session)
    return [
        SettingItem(key=key, label=spec.label, value=values[key], default=spec.default)
        for key, spec in settings.SPECS.items()
    ]


@allowed(*ALL_ROLES)
def get_setting(ctx: AppContext, key: str) -> Any:
    """One shared setting (none is secret; e.g. `idle_lock_minutes` for every workstation)."""
    if key not in settings.SPECS:
        raise InvalidInput(f"Onbekende instelling '{key}'.")
    with ctx.db.read() as session:
        return settings.get(session, key)


@allowed(Role.ADMIN)
def put_setting(ctx: AppContext, key: str, value: Any) -> None:
    """Validate and store a shared setting; `None` for a setting restores its default."""
    with ctx.db.begin() as session:
        _store_settings(session, ctx, {key: value})


@allowed(Role.ADMIN)
def put_settings(ctx: AppContext, changes: Mapping[str, Any]) -> int:
    """Store several settings all or nothing: the whole combination is validated first (e.g.
    the attempt limits against each other, as they will be after saving), then everything is
    written in one transaction. Returns how many values changed."""
    with ctx.db.begin() as session:
        return _store_settings(session, ctx, changes)


def _store_settings(session: Session, ctx: AppContext, changes: Mapping[str, Any]) -> int:
    current = settings.get_all(session)
    wanted: dict[str, Any] = {}
    for key, value in changes.items():
        spec = settings.SPECS.get(key)
        if value is None and spec is not None and key != "conversation_guide":
            value = spec.default
        wanted[key] = validate_setting(key, value)  # each on its own
    final = {**current, **wanted}
    for key in wanted:  # then the combination, as it will be stored
        validate_setting(key, final[key], final)
    changed = 0
    for key, clean in wanted.items():
        old = current.get(key)
        if old == clean:
            continue
        settings.put(session, key, clean)
        audit.record(
            session,
            ctx,
            "setting_changed",
            detail=f"{key}: {_describe(key, old)} -> {_describe(key, clean)}",
        )
        changed += 1
    return changed


# --- closed days ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ClosedDayItem:
    day: date
    reason: str


@allowed(*ALL_ROLES)
def list_closed_days(ctx: AppContext, since: date | None = None) -> list[ClosedDayItem]:
    """Extra days without calls (public holidays come from the `holidays` package)."""
    with ctx.db.read() as session:
        query = select(ClosedDay).order_by(ClosedDay.day)
        if since is not None:
            query = query.where(ClosedDay.day >= since)
        return [ClosedDayItem(row.day, row.reason) for row in session.scalars(query)]


@allowed(Role.ADMIN)
def add_closed_day(ctx: AppContext, day: date, reason: str = "") -> None:
    """Add (or re-describe) an extra closed day, e.g. 5 May or 24 December."""
    if not isinstance(day, date) or isinstance(day, datetime):
        raise InvalidInput("Geef een datum op.")
    reason = reason.strip()
    if len(reason) > 200:
        raise InvalidInput("Een reden heeft hoogstens 200 tekens.")
    with ctx.db.begin() as session:
        row = session.get(ClosedDay, day)
        if row is None:
            session.add(ClosedDay(day=day, reason=reason))
        elif row.reason == reason:
            return
        else:
            row.reason = reason
        audit.record(session, ctx, "closed_day_added", detail=f"{day.isoformat()} {reason}".strip())


@allowed(Role.ADMIN)
def remove_closed_day(ctx: AppContext, day: date) -> None:
    with ctx.db.begin() as session:
        row = session.get(ClosedDay, day)
        if row is None:
            raise NotFound(f"{day.isoformat()} staat niet in de lijst met gesloten dagen.")
        session.delete(row)
        audit.record(session, ctx, "closed_day_removed", detail=day.isoformat())


# --- wijk mapping ---------------------------------------------------------------------------

_POSTCODE_AREA = re.compile(r"^[1-9]\d{3}$")
_POSTCODE_FULL = re.compile(r"^[1-9]\d{3}[A-Z]{2}$")


@dataclass(frozen=True)
class WijkRow:
    postcode: str
    wijk: str


def normalise_mapping_postcode(raw: str) -> str:
    """`2031`, `2031AB`, `2031 ab` -> `2031` / `2031AB`; InvalidInput otherwise."""
    code = re.sub(r"\s+", "", raw or "").upper()
    if _POSTCODE_AREA.match(code) or (
        _POSTCODE_FULL.match(code) and code[4:] not in {"SA", "SD", "SS"}
    ):
        return code
    raise InvalidInput(
        f"'{raw}' is geen postcodegebied van 4 cijfers en geen volledige postcode (1234AB)."
    )


def validate_wijk_rows(rows: Iterable[tuple[str, str] | WijkRow]) -> list[WijkRow]:
    """Normalise and check mapping rows; errors name the row (1 = first data row)."""
    clean: dict[str, WijkRow] = {}
    for number, row in enumerate(rows, start=1):
        postcode, wijk = (row.postcode, row.wijk) if isinstance(row, WijkRow) else row
        try:
            code = normalise_mapping_postcode(postcode)
        except InvalidInput as exc:
            raise InvalidInput(f"Rij {number}: {exc}") from None
        name = (wijk or "").strip()
        if not name or len(name) > 120:
            raise InvalidInput(f"Rij {number}: de wijknaam is leeg of langer dan 120 tekens.")
        earlier = clean.get(code)
        if earlier is not None and earlier.wijk != name:
            raise InvalidInput(
                f"Rij {number}: postcode {code} staat al bij '{earlier.wijk}', niet bij '{name}'."
            )
        clean[code] = WijkRow(code, name)
    return sorted(clean.values(), key=lambda r: r.postcode)


def parse_wijk_csv(text: str) -> list[WijkRow]:
    """Read a `postcode,wijk` CSV (FORMATS.md; `;` also accepted) for `replace_wijk_mapping`."""
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [r for r in reader if any(cell.strip() for cell in r)]
    if not rows:
        raise InvalidInput("Het wijkbestand is leeg.")
    header = [cell.strip().lower() for cell in rows[0]]
    if "postcode" not in header or "wijk" not in header:
        raise InvalidInput("Het wijkbestand heeft geen kopregel 'postcode,wijk'.")
    p, w = header.index("postcode"), header.index("wijk")
    pairs: list[tuple[str, str]] = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) <= max(p, w):
            raise InvalidInput(f"Regel {number}: er ontbreekt een kolom.")
        pairs.append((row[p], row[w]))
    try:
        return validate_wijk_rows(pairs)
    except InvalidInput as exc:
        # Row numbers in a file count the header as line 1.
        message = str(exc)
        match = re.match(r"Rij (\d+): (.*)", message)
        if match:
            raise InvalidInput(f"Regel {int(match[1]) + 1}: {match[2]}") from None
        raise


@allowed(Role.ADMIN, Role.TEAMLEAD)
def list_wijk_mapping(ctx: AppContext) -> list[WijkRow]:
    with ctx.db.read() as session:
        return [
            WijkRow(row.postcode, row.wijk)
            for row in session.scalars(select(WijkMapping).order_by(WijkMapping.postcode))
        ]


@allowed(Role.ADMIN)
def replace_wijk_mapping(ctx: AppContext, rows: Sequence[tuple[str, str] | WijkRow]) -> int:
    """Replace the whole mapping (new cases get their wijk from it; existing cases keep
    theirs, so the figures of earlier periods do not move). Returns the number of rows."""
    clean = validate_wijk_rows(rows)
    with ctx.db.begin() as session:
        before = session.scalar(select(func.count()).select_from(WijkMapping)) or 0
        session.execute(delete(WijkMapping))
        session.add_all(WijkMapping(postcode=r.postcode, wijk=r.wijk) for r in clean)
        wijken = len({r.wijk for r in clean})
        audit.record(
            session,
            ctx,
            "wijk_mapping_replaced",
            detail=f"{len(clean)} postcodes in {wijken} wijken (was {before} postcodes)",
        )
    return len(clean)


# --- conversation guide ---------------------------------------------------------------------


def default_conversation_guide() -> str:
    """The guide shipped with the app (app/resources/conversation_guide.md)."""
    return (
        resources.files("app")
        .joinpath("resources", "conversation_guide.md")
        .read_text(encoding="utf-8")
    )


@allowed(*ALL_ROLES)
def get_conversation_guide(ctx: AppContext) -> str:
    """The municipality's own guide, or the default text."""
    with ctx.db.read() as session:
        own = settings.get(session, "conversation_guide")
    return own if isinstance(own, str) and own.strip() else default_conversation_guide()


@allowed(Role.ADMIN)
def set_conversation_guide(ctx: AppContext, text: str | None) -> None:
    """Store the municipality's own guide (Markdown); empty or None restores the default."""
    put_setting(ctx, "conversation_guide", text)


# --- audit log ------------------------------------------------------------------------------

MAX_AUDIT_PAGE = 500


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    user_id: int | None = None
    case_id: int | None = None
    kinds: Sequence[str] = ()
    since: datetime | None = None  # inclusive, aware
    until: datetime | None = None  # exclusive, aware


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_id: int | None
    username: str
    kind: str
    case_id: int | None
    detail: str


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int
    offset: int
    limit: int


def _filtered(query: Select[Any], given: AuditFilter) -> Select[Any]:
    if given.username:
        query = query.where(AuditEvent.username == given.username.strip().lower())
    if given.user_id is not None:
        query = query.where(AuditEvent.user_id == given.user_id)
    if given.case_id is not None:
        query = query.where(AuditEvent.case_id == given.case_id)
    if given.kinds:
        query = query.where(AuditEvent.kind.in_(list(given.kinds)))
    for moment in (given.since, given.until):
        if moment is not None and moment.tzinfo is None:
            raise InvalidInput("Een tijdstip in het filter heeft een tijdzone nodig.")
    if given.since is not None:
        query = query.where(AuditEvent.at >= given.since)
    if given.until is not None:
        query = query.where(AuditEvent.at < given.until)
    return query


@allowed(Role.ADMIN)
def query_audit(
    ctx: AppContext, given: AuditFilter | None = None, offset: int = 0, limit: int = 100
) -> AuditPage:
    """One page of the audit log, newest first, for a table with paging."""
    given = given or AuditFilter()
    if offset < 0 or not 1 <= limit <= MAX_AUDIT_PAGE:
        raise InvalidInput(f"Een pagina heeft 1 tot {MAX_AUDIT_PAGE} regels.")
    with ctx.db.read() as session:
        total = int(session.scalar(_filtered(select(func.count(AuditEvent.id)), given)) or 0)
        query = _filtered(select(AuditEvent), given).order_by(
            AuditEvent.at.desc(), AuditEvent.id.desc()
        )
        rows = [
            AuditRow(e.id, e.at, e.user_id, e.username, e.kind, e.case_id, e.detail)
            for e in session.scalars(query.offset(offset).limit(limit))
        ]
    return AuditPage(rows=rows, total=total, offset=offset, limit=limit)


@allowed(Role.ADMIN)
def audit_kinds(ctx: AppContext) -> list[str]:
    """The kinds present in the log, for the filter's drop-down."""
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEvent.kind).distinct().order_by(AuditEvent.kind)))
